import { sql, type Kysely } from 'kysely';

/** Notifications to agents: SLA warnings and breaches, escalations, automation "notify" actions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table notifications (
      id bigserial primary key,
      workspace_id uuid not null references workspaces(id) on delete cascade,
      agent_id uuid not null references agents(id) on delete cascade,
      ticket_id bigint references tickets(id) on delete cascade,
      kind text not null,
      data jsonb not null default '{}',
      read_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index notifications_inbox on notifications (agent_id, created_at desc);
    create index notifications_unread on notifications (agent_id) where read_at is null;
  `.execute(db);
}

import { sql, type Kysely } from 'kysely';

/** Inbox filters an agent saved under a name; a shared one shows in every agent's inbox. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table saved_views (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      agent_id uuid not null references agents(id) on delete cascade,
      name text not null,
      filters jsonb not null default '{}',
      shared boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index saved_views_workspace on saved_views (workspace_id, agent_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table saved_views`.execute(db);
}

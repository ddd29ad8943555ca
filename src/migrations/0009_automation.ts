import { sql, type Kysely } from 'kysely';

/**
 * Automation: ordered rules (trigger, conditions and actions as JSON data) and the log of every
 * run that matched. A scheduled rule fires once per ticket per status spell; the dedupe key
 * (rule, ticket, the instant the status last changed) is unique per rule.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table automation_rules (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      name text not null,
      position integer not null default 0,
      enabled boolean not null default true,
      trigger text not null check (trigger in ('ticket.created','customer.replied','agent.replied','ticket.updated','sla.warning','sla.breach','schedule')),
      conditions jsonb not null default '{"all":[]}',
      actions jsonb not null default '[]',
      created_by uuid references agents(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index automation_rules_workspace on automation_rules (workspace_id, trigger, position);

    create table automation_runs (
      id bigserial primary key,
      workspace_id uuid not null references workspaces(id) on delete cascade,
      rule_id uuid not null references automation_rules(id) on delete cascade,
      ticket_id bigint references tickets(id) on delete cascade,
      trigger text not null,
      depth integer not null default 0,
      matched boolean not null default true,
      actions jsonb not null default '[]',
      error text,
      dedupe_key text,
      created_at timestamptz not null default now(),
      unique (rule_id, dedupe_key)
    );
    create index automation_runs_recent on automation_runs (workspace_id, created_at desc);
    create index automation_runs_ticket on automation_runs (ticket_id);
    create index automation_runs_rule on automation_runs (rule_id, created_at desc);
  `.execute(db);
}

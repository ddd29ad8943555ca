import { sql, type Kysely } from 'kysely';

/** Routing: queues, rules, agents' skills, shifts, presence and capacity. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table tickets add column queue_id uuid;

    create table routing_queues (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      name text not null,
      team_id uuid references teams(id) on delete set null,
      strategy text not null default 'least_loaded' check (strategy in ('least_loaded','round_robin')),
      vip boolean not null default false,
      auto_assign boolean not null default true,
      position integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (workspace_id, name)
    );
    create index routing_queues_workspace on routing_queues (workspace_id, position);

    create table routing_rules (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      name text not null,
      position integer not null default 0,
      enabled boolean not null default true,
      conditions jsonb not null default '{}',
      queue_id uuid not null references routing_queues(id) on delete cascade,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index routing_rules_workspace on routing_rules (workspace_id, position);

    create table agent_routing (
      agent_id uuid primary key references agents(id) on delete cascade,
      workspace_id uuid not null references workspaces(id) on delete cascade,
      languages jsonb not null default '[]',
      intents text[] not null default '{}',
      channels text[] not null default '{}',
      brand_ids uuid[] not null default '{}',
      markets text[] not null default '{}',
      shift_calendar_id uuid references business_calendars(id) on delete set null,
      capacity jsonb not null default '{"chat":3,"email":20,"marketplace":20,"other":20}',
      presence text not null default 'offline' check (presence in ('online','away','offline')),
      presence_at timestamptz,
      last_seen_at timestamptz,
      last_assigned_at timestamptz,
      updated_at timestamptz not null default now()
    );
    create index agent_routing_workspace on agent_routing (workspace_id, presence);

    alter table tickets add constraint tickets_queue_fk foreign key (queue_id) references routing_queues(id) on delete set null;
    create index tickets_routing_waiting on tickets (workspace_id, queue_id, created_at) where queue_id is not null and assignee_id is null;
  `.execute(db);
}

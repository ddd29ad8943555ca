import { sql, type Kysely } from 'kysely';

/**
 * The foundation schema. Every table carries `workspace_id` so one database can hold several
 * sellers; brands (stores and marketplace accounts) exist from the first migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table workspaces (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      base_currency char(3) not null default 'USD',
      timezone text not null default 'UTC',
      is_demo boolean not null default false,
      settings jsonb not null default '{}',
      created_at timestamptz not null default now()
    );

    create table brands (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      name text not null,
      kind text not null check (kind in ('shopify','woocommerce','amazon','ebay','aliexpress','temu','shopee','walmart','etsy','other')),
      marketplace_region text,
      support_email text,
      default_language text not null default 'en',
      settings jsonb not null default '{}',
      archived_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (workspace_id, name)
    );

    create table teams (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      name text not null,
      description text not null default '',
      timezone text not null default 'UTC',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (workspace_id, name)
    );

    create table agent_levels (
      workspace_id uuid not null references workspaces(id) on delete cascade,
      level text not null check (level in ('junior','intermediate','senior')),
      compensation_limit numeric(12,2),
      primary key (workspace_id, level)
    );

    create table agents (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      email text not null,
      name text not null,
      role text not null check (role in ('agent','lead','supervisor','admin')),
      level text not null default 'junior' check (level in ('junior','intermediate','senior')),
      password_hash text,
      locale text not null default 'en',
      timezone text not null default 'UTC',
      brand_ids uuid[] not null default '{}',
      active boolean not null default true,
      last_login_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index agents_email_unique on agents (lower(email));

    create table agent_teams (
      agent_id uuid not null references agents(id) on delete cascade,
      team_id uuid not null references teams(id) on delete cascade,
      primary key (agent_id, team_id)
    );

    create table sessions (
      token_hash text primary key,
      agent_id uuid not null references agents(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      last_seen_at timestamptz not null default now(),
      user_agent text
    );
    create index sessions_agent on sessions (agent_id);

    create table api_tokens (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      agent_id uuid not null references agents(id) on delete cascade,
      name text not null,
      token_hash text not null unique,
      prefix text not null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );

    create table setup_tokens (
      token_hash text primary key,
      workspace_id uuid not null references workspaces(id) on delete cascade,
      expires_at timestamptz not null,
      used_at timestamptz
    );

    create table customers (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      name text not null default '',
      first_name text,
      last_name text,
      title text,
      country char(2),
      language text,
      timezone text,
      tier text not null default 'standard',
      notes text not null default '',
      custom_fields jsonb not null default '{}',
      anonymized_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index customers_workspace_name on customers (workspace_id, lower(name));

    create table customer_identities (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      customer_id uuid not null references customers(id) on delete cascade,
      kind text not null check (kind in ('email','chat_visitor','marketplace_alias','phone')),
      value text not null,
      marketplace text,
      created_at timestamptz not null default now(),
      unique (workspace_id, kind, value)
    );
    create index customer_identities_customer on customer_identities (customer_id);

    create table tickets (
      id bigint generated by default as identity primary key,
      workspace_id uuid not null references workspaces(id) on delete cascade,
      brand_id uuid not null references brands(id),
      team_id uuid references teams(id) on delete set null,
      assignee_id uuid references agents(id) on delete set null,
      customer_id uuid not null references customers(id),
      subject text not null,
      status text not null default 'new' check (status in ('new','open','pending','on_hold','solved','closed')),
      priority text not null default 'P3' check (priority in ('P1','P2','P3','P4')),
      channel text not null check (channel in ('email','chat','marketplace','api','web_form','social','phone')),
      marketplace text,
      marketplace_order_id text,
      intent text,
      intent_confidence real,
      language text,
      tags text[] not null default '{}',
      custom_fields jsonb not null default '{}',
      sla_policy_id uuid,
      first_response_due_at timestamptz,
      next_response_due_at timestamptz,
      resolution_due_at timestamptz,
      sla_paused_since timestamptz,
      sla_breached_at timestamptz,
      first_customer_message_at timestamptz,
      last_customer_message_at timestamptz,
      first_agent_reply_at timestamptz,
      last_agent_reply_at timestamptz,
      solved_at timestamptz,
      closed_at timestamptz,
      merged_into_id bigint references tickets(id) deferrable initially deferred,
      linked_ticket_id bigint references tickets(id) deferrable initially deferred,
      message_count integer not null default 0,
      search_vector tsvector not null default ''::tsvector,
      -- millisecond precision: list cursors carry these as JS dates
      created_at timestamptz not null default date_trunc('milliseconds', now()),
      updated_at timestamptz not null default date_trunc('milliseconds', now())
    );
    create index tickets_list on tickets (workspace_id, updated_at desc, id desc);
    create index tickets_status on tickets (workspace_id, status, updated_at desc, id desc);
    create index tickets_assignee on tickets (workspace_id, assignee_id, updated_at desc, id desc);
    create index tickets_priority on tickets (workspace_id, priority, updated_at desc, id desc);
    create index tickets_language on tickets (workspace_id, language, updated_at desc, id desc);
    create index tickets_intent on tickets (workspace_id, intent, updated_at desc, id desc);
    create index tickets_brand on tickets (workspace_id, brand_id, updated_at desc, id desc);
    create index tickets_created on tickets (workspace_id, created_at desc, id desc);
    create index tickets_customer on tickets (customer_id, created_at desc);
    create index tickets_tags on tickets using gin (tags);
    create index tickets_search on tickets using gin (search_vector);

    create table messages (
      id bigint generated by default as identity primary key,
      workspace_id uuid not null references workspaces(id) on delete cascade,
      ticket_id bigint not null references tickets(id) on delete cascade,
      direction text not null check (direction in ('inbound','outbound','note')),
      author_agent_id uuid references agents(id) on delete set null,
      author_customer_id uuid references customers(id) on delete set null,
      body_text text not null default '',
      body_html text,
      language text,
      external_id text,
      in_reply_to text,
      channel_meta jsonb not null default '{}',
      created_at timestamptz not null default now()
    );
    create index messages_ticket on messages (ticket_id, created_at, id);
    create unique index messages_external_id on messages (workspace_id, external_id) where external_id is not null;

    create table attachments (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      message_id bigint not null references messages(id) on delete cascade,
      filename text not null,
      content_type text not null,
      size_bytes bigint not null,
      sha256 text not null,
      content_id text,
      inline boolean not null default false,
      created_at timestamptz not null default now()
    );
    create index attachments_message on attachments (message_id);

    create table ticket_events (
      id bigint generated by default as identity primary key,
      workspace_id uuid not null references workspaces(id) on delete cascade,
      ticket_id bigint not null references tickets(id) on delete cascade,
      type text not null,
      actor_kind text not null check (actor_kind in ('agent','customer','system','api')),
      actor_id text,
      data jsonb not null default '{}',
      created_at timestamptz not null default now()
    );
    create index ticket_events_ticket on ticket_events (ticket_id, id);

    create table audit_log (
      id bigint generated by default as identity primary key,
      workspace_id uuid references workspaces(id) on delete cascade,
      action text not null,
      actor_kind text not null,
      actor_id text,
      subject_type text,
      subject_id text,
      data jsonb not null default '{}',
      ip text,
      created_at timestamptz not null default now()
    );
    create index audit_log_workspace on audit_log (workspace_id, id desc);

    create table jobs (
      id bigint generated by default as identity primary key,
      name text not null,
      payload jsonb not null default '{}',
      status text not null default 'queued' check (status in ('queued','running','succeeded','failed')),
      run_at timestamptz not null default now(),
      attempts integer not null default 0,
      max_attempts integer not null default 10,
      locked_by text,
      locked_until timestamptz,
      last_error text,
      dedupe_key text unique,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create index jobs_due on jobs (run_at, id) where status = 'queued';
    create index jobs_leases on jobs (locked_until) where status = 'running';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists jobs, audit_log, ticket_events, attachments, messages, tickets,
      customer_identities, customers, setup_tokens, api_tokens, sessions, agent_teams, agents,
      agent_levels, teams, brands, workspaces cascade;
  `.execute(db);
}

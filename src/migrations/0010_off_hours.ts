import { sql, type Kysely } from 'kysely';

/**
 * Service messages: a workspace's off-hours acknowledgement and SLA remediation settings. No row
 * means the defaults (see modules/sla/off-hours/sla-settings.ts); the JSON holds only what an
 * admin changed, so a default added later reaches every workspace that never touched it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sla_settings (
      workspace_id uuid primary key references workspaces(id) on delete cascade,
      off_hours jsonb not null default '{}',
      remediation jsonb not null default '{}',
      updated_at timestamptz not null default now()
    );
  `.execute(db);
}

import { sql, type Kysely } from 'kysely';

/** SLA: business calendars, policies and the clocks they run on tickets. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table tickets add column sla_due_at timestamptz, add column sla_warn_at timestamptz;
  `.execute(db);
}

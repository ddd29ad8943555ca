import { sql, type Kysely } from 'kysely';

/** Routing: queues, rules, agents' skills, shifts, presence and capacity. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table tickets add column queue_id uuid;
  `.execute(db);
}

import { sql, type Kysely } from 'kysely';
import type { Database } from '../modules/database.js';

export const HOUSEKEEPING_JOB = 'housekeeping.run';

/** Drops expired sessions and setup links, and finished jobs older than a week. */
export async function runHousekeeping(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', new Date()).execute();
  await db.deleteFrom('setup_tokens').where('expires_at', '<', new Date()).execute();
  await sql`delete from jobs where status = 'succeeded' and finished_at < now() - interval '7 days'`.execute(db);
}

import { sql, type Kysely } from 'kysely';
import { pruneAutomationRuns } from '../modules/automation/automation-retention.js';
import type { Database } from '../modules/database.js';
import { pruneNotifications } from '../modules/notifications/notification.service.js';

export const HOUSEKEEPING_JOB = 'housekeeping.run';

/**
 * Drops expired sessions and setup links, finished jobs older than a week, automation runs past
 * their retention (180 days) and old notifications (read ones after 90 days).
 */
export async function runHousekeeping(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', new Date()).execute();
  await db.deleteFrom('setup_tokens').where('expires_at', '<', new Date()).execute();
  await sql`delete from jobs where status = 'succeeded' and finished_at < now() - interval '7 days'`.execute(db);
  await pruneAutomationRuns(db);
  await pruneNotifications(db);
}

import type { Db } from '../database.js';

/** How long the rule run log is kept: long enough to answer "why did this ticket change last quarter?". */
export const AUTOMATION_RUN_RETENTION_DAYS = 180;

/**
 * Deletes run log rows older than the retention, except a scheduled rule's claim on a ticket that
 * is still unresolved: that row is what stops "pending 3 days → reminder" from firing twice in one
 * spell, however long the spell lasts. Returns how many rows went.
 */
export async function pruneAutomationRuns(db: Db, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - AUTOMATION_RUN_RETENTION_DAYS * 86_400_000);
  const result = await db
    .deleteFrom('automation_runs')
    .where('created_at', '<', cutoff)
    .where((eb) =>
      eb.or([
        eb('dedupe_key', 'is', null),
        eb.not(
          eb.exists(
            eb
              .selectFrom('tickets')
              .select('tickets.id')
              .whereRef('tickets.id', '=', 'automation_runs.ticket_id')
              .where('tickets.status', 'not in', ['solved', 'closed'])
              .where('tickets.merged_into_id', 'is', null),
          ),
        ),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

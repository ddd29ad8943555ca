import type { Db } from '../../database.js';
import { enqueue } from '../../../platform/jobs/queue.js';
import { inTransaction } from '../../transaction.js';
import { refreshTicketsSla } from './refresh-ticket-sla.js';

export const SLA_RECOMPUTE_JOB = 'sla.recompute';
/** Edits within this window share one recompute, which runs when the window has passed. */
const RECOMPUTE_COALESCE_MS = 2_000;
export const RECOMPUTE_BATCH = 1_000;

/** Asks for the workspace's clocks to be recomputed (after a policy or calendar edit), in the caller's transaction. */
export async function scheduleSlaRecompute(db: Db, workspaceId: string): Promise<void> {
  const slot = Math.floor(Date.now() / RECOMPUTE_COALESCE_MS);
  await enqueue(db, SLA_RECOMPUTE_JOB, { workspaceId }, { dedupeKey: `${SLA_RECOMPUTE_JOB}:${workspaceId}:${slot}`, runAt: new Date((slot + 1) * RECOMPUTE_COALESCE_MS), maxAttempts: 3 });
}

/**
 * Recomputes the clocks of every ticket of the workspace that may still run one (not solved or
 * closed, or still holding an unmet clock), in batches by id, one transaction per batch.
 * Returns how many tickets it looked at.
 */
export async function recomputeWorkspaceSla(db: Db, workspaceId: string, options: { now?: Date; batchSize?: number; onBatch?: (done: number) => void } = {}): Promise<number> {
  const batchSize = options.batchSize ?? RECOMPUTE_BATCH;
  let after = 0;
  let done = 0;
  for (;;) {
    const ids = (
      await db
        .selectFrom('tickets')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '>', after)
        .where('merged_into_id', 'is', null)
        .where((eb) =>
          eb.or([
            eb('status', 'not in', ['solved', 'closed']),
            eb.exists(eb.selectFrom('sla_clocks').select('sla_clocks.id').whereRef('sla_clocks.ticket_id', '=', 'tickets.id').where('sla_clocks.met_at', 'is', null)),
          ]),
        )
        .orderBy('id')
        .limit(batchSize)
        .execute()
    ).map((r) => r.id);
    if (ids.length === 0) return done;
    await inTransaction(db, async (trx) => {
      // The ticket rows first, in id order, as every ticket change takes them before their clocks:
      // writing clocks first and tickets second deadlocked with a reply to one of these tickets.
      await trx.selectFrom('tickets').select('id').where('id', 'in', ids).orderBy('id').forUpdate().execute();
      await refreshTicketsSla(trx, workspaceId, ids, options.now ?? new Date());
    });
    done += ids.length;
    after = ids.at(-1)!;
    options.onBatch?.(done);
  }
}

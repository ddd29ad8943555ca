import type { Kysely } from 'kysely';
import type { JobHandler } from '../../platform/jobs/worker.js';
import type { Database } from '../database.js';
import { ROUTING_REBALANCE_JOB, runRoutingRebalance } from './routing-rebalance.js';

export { runRoutingRebalance } from './routing-rebalance.js';

/** The routing module's job handlers (registered by the runtime). */
export function routingJobHandlers(db: Kysely<Database>): Record<string, JobHandler> {
  return {
    [ROUTING_REBALANCE_JOB]: async (payload) => {
      await runRoutingRebalance(db, new Date(), typeof payload.workspaceId === 'string' ? payload.workspaceId : undefined);
    },
  };
}

/** Jobs the scheduler enqueues for the routing module, each once per period: presence timeouts, shift ends, waiting tickets. */
export const ROUTING_SCHEDULE: { name: string; everyMs: number }[] = [{ name: ROUTING_REBALANCE_JOB, everyMs: 60_000 }];

/** Routing needs no timers of its own: the scheduled rebalance does its periodic work. */
export function startRoutingTimers(_db: Kysely<Database>, _onError: (error: unknown) => void): () => Promise<void> {
  return async () => {};
}

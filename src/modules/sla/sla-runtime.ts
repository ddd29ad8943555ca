import type { Kysely } from 'kysely';
import type { JobHandler } from '../../platform/jobs/worker.js';
import type { Database } from '../database.js';
import { recomputeWorkspaceSla, SLA_RECOMPUTE_JOB } from './clocks/recompute-sla.js';
import { startSlaTicker } from './ticker/sla-timer.js';

/** The sla module's job handlers: the recompute after a policy or calendar edit. */
export function slaJobHandlers(db: Kysely<Database>): Record<string, JobHandler> {
  return {
    [SLA_RECOMPUTE_JOB]: async (payload) => {
      if (typeof payload.workspaceId === 'string') await recomputeWorkspaceSla(db, payload.workspaceId);
    },
  };
}

/** None: warnings and breaches are not jobs; the ticker (startSlaTimers) reads the clocks' own next instants. */
export const SLA_SCHEDULE: Array<{ name: string; everyMs: number }> = [];

/** Timers of the sla module that run in every serving process; returns their stop function. */
export function startSlaTimers(db: Kysely<Database>, onError: (error: unknown) => void): () => Promise<void> {
  return startSlaTicker(db, { onError });
}

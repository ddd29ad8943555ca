import type { Kysely } from 'kysely';
import type { JobHandler } from '../../platform/jobs/worker.js';
import type { Database } from '../database.js';

/** The sla module's job handlers (registered by the runtime). */
export function slaJobHandlers(_db: Kysely<Database>): Record<string, JobHandler> {
  return {};
}

/** Jobs the scheduler enqueues for the sla module, each once per period. */
export const SLA_SCHEDULE: Array<{ name: string; everyMs: number }> = [];

/** Timers of the sla module that run in every serving process; returns their stop function. */
export function startSlaTimers(_db: Kysely<Database>, _onError: (error: unknown) => void): () => Promise<void> {
  return async () => {};
}

import type { Kysely } from 'kysely';
import type { JobHandler } from '../../platform/jobs/worker.js';
import type { Database } from '../database.js';

/** The routing module's job handlers (registered by the runtime). */
export function routingJobHandlers(_db: Kysely<Database>): Record<string, JobHandler> {
  return {};
}

/** Jobs the scheduler enqueues for the routing module, each once per period. */
export const ROUTING_SCHEDULE: Array<{ name: string; everyMs: number }> = [];

/** Timers of the routing module that run in every serving process; returns their stop function. */
export function startRoutingTimers(_db: Kysely<Database>, _onError: (error: unknown) => void): () => Promise<void> {
  return async () => {};
}

import type { Kysely } from 'kysely';
import type { JobHandler } from '../../platform/jobs/worker.js';
import type { Database } from '../database.js';

/** The automation module's job handlers (registered by the runtime). */
export function automationJobHandlers(_db: Kysely<Database>): Record<string, JobHandler> {
  return {};
}

/** Jobs the scheduler enqueues for the automation module, each once per period. */
export const AUTOMATION_SCHEDULE: Array<{ name: string; everyMs: number }> = [];

/** Timers of the automation module that run in every serving process; returns their stop function. */
export function startAutomationTimers(_db: Kysely<Database>, _onError: (error: unknown) => void): () => Promise<void> {
  return async () => {};
}

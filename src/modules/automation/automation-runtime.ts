import type { Kysely } from 'kysely';
import type { JobHandler } from '../../platform/jobs/worker.js';
import type { Database } from '../database.js';
import { runScheduledRules, SCHEDULE_EVERY_MS, SCHEDULE_JOB } from './automation-schedule.js';
import { deliverWebhook, WEBHOOK_JOB } from './webhook/webhook.js';

/** The automation module's job handlers (registered by the runtime). */
export function automationJobHandlers(db: Kysely<Database>): Record<string, JobHandler> {
  return {
    [SCHEDULE_JOB]: async () => {
      await runScheduledRules(db, new Date());
    },
    [WEBHOOK_JOB]: async (payload) => {
      await deliverWebhook(db, payload);
    },
  };
}

/** Jobs the scheduler enqueues for the automation module, each once per period. */
export const AUTOMATION_SCHEDULE: Array<{ name: string; everyMs: number }> = [{ name: SCHEDULE_JOB, everyMs: SCHEDULE_EVERY_MS }];

/** Timers of the automation module that run in every serving process; returns their stop function. */
export function startAutomationTimers(_db: Kysely<Database>, _onError: (error: unknown) => void): () => Promise<void> {
  // Nothing per process: scheduled rules run as a job, so only one process runs each period.
  return async () => {};
}

import type { Kysely } from 'kysely';
import { enqueue } from '../platform/jobs/queue.js';

export interface ScheduledJob {
  name: string;
  everyMs: number;
}

/**
 * Enqueues each scheduled job once per period. Every app process runs a scheduler; the dedupe
 * key (job name + period number) makes sure only one of them gets to add the job.
 */
export function startScheduler(db: Kysely<any>, jobs: ScheduledJob[], onError: (error: unknown) => void): () => void {
  const tick = async () => {
    const now = Date.now();
    for (const job of jobs) {
      const slot = Math.floor(now / job.everyMs);
      await enqueue(db, job.name, {}, { dedupeKey: `${job.name}:${slot}`, maxAttempts: 3 }).catch(onError);
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), 30_000);
  timer.unref();
  return () => clearInterval(timer);
}

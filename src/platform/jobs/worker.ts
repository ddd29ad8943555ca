import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../db/database.js';
import { claimJobs, completeJob, extendLease, failJob, JOBS_CHANNEL, type ClaimedJob } from './queue.js';

export interface JobContext {
  job: ClaimedJob;
  db: Kysely<any>;
}
export type JobHandler = (payload: Record<string, unknown>, context: JobContext) => Promise<void>;

export interface JobWorkerOptions {
  concurrency: number;
  /** How long a claimed job is ours before another process may take it over. */
  leaseMs?: number;
  /** Poll interval when no notification arrives (delayed jobs, missed notifies). */
  pollMs?: number;
  onError?: (job: ClaimedJob, error: unknown) => void;
}

/**
 * Runs jobs from the jobs table. Handlers are registered by modules at composition time.
 * A job whose name has no handler fails with a clear error instead of looping.
 */
export class JobWorker {
  readonly id = `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
  private readonly handlers = new Map<string, JobHandler>();
  private running = 0;
  private stopped = true;
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private polling = false;
  private pollAgain = false;
  private readonly idleWaiters: (() => void)[] = [];

  constructor(
    private readonly database: DatabaseHandle<any>,
    private readonly options: JobWorkerOptions,
  ) {}

  register(name: string, handler: JobHandler): this {
    if (this.handlers.has(name)) throw new Error(`Job handler ${name} is registered twice.`);
    this.handlers.set(name, handler);
    return this;
  }

  async start(): Promise<void> {
    if (this.options.concurrency <= 0 || !this.stopped) return;
    this.stopped = false;
    this.unlisten = await this.database.listen(JOBS_CHANNEL, () => void this.poll());
    this.schedule();
    void this.poll();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.unlisten?.();
    while (this.running > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Runs every due job now and resolves when none is left (tests and the CLI). */
  async drain(): Promise<void> {
    for (;;) {
      const jobs = await claimJobs(this.database.db, this.id, 50, this.options.leaseMs ?? 300_000);
      if (jobs.length === 0) return;
      await Promise.all(jobs.map((job) => this.run(job)));
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.poll().finally(() => this.schedule());
    }, this.options.pollMs ?? 1000);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    if (this.stopped) return;
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    this.polling = true;
    try {
      do {
        this.pollAgain = false;
        const free = this.options.concurrency - this.running;
        if (free <= 0) break;
        const jobs = await claimJobs(this.database.db, this.id, free, this.options.leaseMs ?? 300_000);
        for (const job of jobs) void this.run(job).finally(() => void this.poll());
        if (jobs.length === free) this.pollAgain = true;
      } while (this.pollAgain && !this.stopped);
    } catch (error) {
      this.options.onError?.({ id: 0, name: 'poll', payload: {}, attempts: 0, maxAttempts: 0 }, error);
    } finally {
      this.polling = false;
    }
  }

  private async run(job: ClaimedJob): Promise<void> {
    this.running++;
    const leaseMs = this.options.leaseMs ?? 300_000;
    const heartbeat = setInterval(() => void extendLease(this.database.db, job.id, this.id, leaseMs).catch(() => {}), leaseMs / 3);
    heartbeat.unref();
    try {
      const handler = this.handlers.get(job.name);
      if (!handler) throw new Error(`No handler is registered for job ${job.name}.`);
      await handler(job.payload, { job, db: this.database.db });
      await completeJob(this.database.db, job.id, this.id);
    } catch (error) {
      this.options.onError?.(job, error);
      const message = error instanceof Error ? error.message : String(error);
      await failJob(this.database.db, job, this.id, message).catch(() => {});
    } finally {
      clearInterval(heartbeat);
      this.running--;
      if (this.running === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
    }
  }
}

import type { Kysely } from 'kysely';
import { HOUSEKEEPING_JOB, runHousekeeping } from '../jobs/housekeeping.job.js';
import { startScheduler } from '../jobs/scheduler.js';
import type { Database } from '../modules/database.js';
import { EmailChannel, emailJobHandlers, installEmailDelivery } from '../modules/email/email-channel.js';
import path from 'node:path';
import { AttachmentStore } from '../platform/files/attachment-store.js';
import type { Config } from '../platform/config.js';
import { openDatabase, type DatabaseHandle } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrator.js';
import { JobWorker, type JobHandler } from '../platform/jobs/worker.js';
import { installTriage, runRetrainJob, TRIAGE_RETRAIN_JOB } from '../modules/triage/triage-runtime.js';
import { SLA_SCHEDULE, slaJobHandlers, startSlaTimers } from '../modules/sla/sla-runtime.js';
import { ROUTING_SCHEDULE, routingJobHandlers, startRoutingTimers } from '../modules/routing/routing-runtime.js';
import { AUTOMATION_SCHEDULE, automationJobHandlers, startAutomationTimers } from '../modules/automation/automation-runtime.js';

export interface Runtime {
  config: Config;
  database: DatabaseHandle<Database>;
  db: Kysely<Database>;
  worker: JobWorker;
  /** Inbound processor, SMTP listener and IMAP pollers (started with `background`). */
  email: EmailChannel;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  inMemory?: boolean;
  /** Start the job worker and the scheduler (serve does; one-off CLI commands do not). */
  background?: boolean;
  onJobError?: (name: string, error: unknown) => void;
  onEmailLog?: (level: 'info' | 'error', message: string, error?: unknown) => void;
  /** Model loading and retrain decisions. */
  onTriageLog?: (message: string) => void;
}

/** Every job handler of every module, registered in one place. */
function jobHandlers(database: DatabaseHandle<Database>, attachments: AttachmentStore, options: RuntimeOptions): Record<string, JobHandler> {
  return {
    [HOUSEKEEPING_JOB]: () => runHousekeeping(database.db),
    [TRIAGE_RETRAIN_JOB]: (payload) => runRetrainJob(database.db, payload, (line) => options.onTriageLog?.(line)),
    ...emailJobHandlers(database, attachments),
    ...slaJobHandlers(database.db),
    ...routingJobHandlers(database.db),
    ...automationJobHandlers(database.db),
  };
}

/** Opens and migrates the database and wires the job worker; the HTTP server is built apart. */
export async function openRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  const database = await openDatabase<Database>({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
    ...(options.inMemory ? { inMemory: true } : {}),
  });
  await migrateToLatest(database.db);
  // Every inbound message is triaged as it is stored, so the model is loaded before anything else runs.
  const stopFollowingModel = await installTriage(database, { follow: Boolean(options.background), log: (line) => options.onTriageLog?.(line) });
  const worker = new JobWorker(database, {
    concurrency: config.jobConcurrency,
    onError: (job, error) => options.onJobError?.(job.name, error),
  });
  const attachments = new AttachmentStore(path.join(config.dataDir, 'attachments'));
  for (const [name, handler] of Object.entries(jobHandlers(database, attachments, options))) worker.register(name, handler);
  installEmailDelivery();
  const email = new EmailChannel(database, attachments, config, {
    info: (message) => options.onEmailLog?.('info', message),
    error: (message, error) => options.onEmailLog?.('error', message, error),
  });

  let stopScheduler: (() => void) | undefined;
  const stopTimers: Array<() => Promise<void>> = [];
  if (options.background) {
    await worker.start();
    await email.start();
    const schedule = [
      { name: HOUSEKEEPING_JOB, everyMs: 3_600_000 },
      { name: TRIAGE_RETRAIN_JOB, everyMs: 6 * 3_600_000 },
      ...SLA_SCHEDULE,
      ...ROUTING_SCHEDULE,
      ...AUTOMATION_SCHEDULE,
    ];
    const onTimerError = (e: unknown) => options.onJobError?.('timer', e);
    stopTimers.push(startSlaTimers(database.db, onTimerError), startRoutingTimers(database.db, onTimerError), startAutomationTimers(database.db, onTimerError));
    stopScheduler = startScheduler(database.db, schedule, (e) =>
      options.onJobError?.('scheduler', e),
    );
  }
  return {
    config,
    database,
    db: database.db,
    worker,
    email,
    async close() {
      stopScheduler?.();
      for (const stop of stopTimers) await stop();
      await email.stop();
      await worker.stop();
      await stopFollowingModel();
      await database.close();
    },
  };
}

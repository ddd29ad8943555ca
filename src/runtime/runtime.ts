import type { Kysely } from 'kysely';
import { HOUSEKEEPING_JOB, runHousekeeping } from '../jobs/housekeeping.job.js';
import { startScheduler } from '../jobs/scheduler.js';
import type { Database } from '../modules/database.js';
import type { Config } from '../platform/config.js';
import { openDatabase, type DatabaseHandle } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrator.js';
import { JobWorker, type JobHandler } from '../platform/jobs/worker.js';

export interface Runtime {
  config: Config;
  database: DatabaseHandle<Database>;
  db: Kysely<Database>;
  worker: JobWorker;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  inMemory?: boolean;
  /** Start the job worker and the scheduler (serve does; one-off CLI commands do not). */
  background?: boolean;
  onJobError?: (name: string, error: unknown) => void;
}

/** Every job handler of every module, registered in one place. */
function jobHandlers(db: Kysely<Database>): Record<string, JobHandler> {
  return {
    [HOUSEKEEPING_JOB]: () => runHousekeeping(db),
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
  const worker = new JobWorker(database, {
    concurrency: config.jobConcurrency,
    onError: (job, error) => options.onJobError?.(job.name, error),
  });
  for (const [name, handler] of Object.entries(jobHandlers(database.db))) worker.register(name, handler);

  let stopScheduler: (() => void) | undefined;
  if (options.background) {
    await worker.start();
    stopScheduler = startScheduler(database.db, [{ name: HOUSEKEEPING_JOB, everyMs: 3_600_000 }], (e) =>
      options.onJobError?.('scheduler', e),
    );
  }
  return {
    config,
    database,
    db: database.db,
    worker,
    async close() {
      stopScheduler?.();
      await worker.stop();
      await database.close();
    },
  };
}

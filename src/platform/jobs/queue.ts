import { sql, type Kysely, type Transaction } from 'kysely';
import type { JobsTable } from './job.table.js';

export interface JobsSchema {
  jobs: JobsTable;
}
// Accepts any schema that contains the jobs table (the app's Database does).
type AnyDb = Kysely<any> | Transaction<any>;
const jobsDb = (db: AnyDb) => db as Kysely<JobsSchema>;

export const JOBS_CHANNEL = 'meridian_jobs';

export interface EnqueueOptions {
  /** When to run, default now. */
  runAt?: Date;
  maxAttempts?: number;
  /** A second enqueue with the same key is ignored while the first exists. */
  dedupeKey?: string;
}

/**
 * Adds a job inside the caller's transaction, so it exists only if the work that asked for it
 * commits. Returns the job id, or null when the dedupe key was already taken.
 *
 * @example await enqueue(trx, 'outbox.send', { messageId: 42 }, { dedupeKey: 'outbox:42' })
 */
export async function enqueue(
  db: AnyDb,
  name: string,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<number | null> {
  const row = await jobsDb(db)
    .insertInto('jobs')
    .values({
      name,
      payload: JSON.stringify(payload),
      run_at: options.runAt ?? new Date(),
      max_attempts: options.maxAttempts ?? 10,
      dedupe_key: options.dedupeKey ?? null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  await sql`select pg_notify(${JOBS_CHANNEL}, ${name})`.execute(db);
  return row?.id ?? null;
}

export interface ClaimedJob {
  id: number;
  name: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

/**
 * Claims up to `limit` due jobs for one worker. `FOR UPDATE SKIP LOCKED` lets any number of
 * processes claim at once without two getting the same job; a running job whose lease ran out
 * (its process died) is claimed again, so every job runs at least once.
 */
export async function claimJobs(db: AnyDb, workerId: string, limit: number, leaseMs: number): Promise<ClaimedJob[]> {
  const result = await sql<{ id: number; name: string; payload: Record<string, unknown>; attempts: number; max_attempts: number }>`
    update jobs set status = 'running', locked_by = ${workerId},
      locked_until = now() + make_interval(secs => ${leaseMs / 1000}), attempts = attempts + 1
    where id in (
      select id from jobs
      where (status = 'queued' and run_at <= now()) or (status = 'running' and locked_until < now())
      order by run_at, id
      limit ${limit}
      for update skip locked
    )
    returning id, name, payload, attempts, max_attempts`.execute(db);
  return result.rows.map((r) => ({
    id: r.id,
    name: r.name,
    payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
  }));
}

/** Marks a job done, only if this worker still holds it. */
export async function completeJob(db: AnyDb, id: number, workerId: string): Promise<void> {
  await jobsDb(db)
    .updateTable('jobs')
    .set({ status: 'succeeded', finished_at: new Date(), locked_until: null, last_error: null })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .execute();
}

/** Exponential back-off: 2 s, 4 s, 8 s … capped at one hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(2 ** attempt * 1000, 3_600_000);
}

export async function failJob(db: AnyDb, job: ClaimedJob, workerId: string, error: string): Promise<void> {
  const final = job.attempts >= job.maxAttempts;
  await jobsDb(db)
    .updateTable('jobs')
    .set({
      status: final ? 'failed' : 'queued',
      run_at: new Date(Date.now() + retryDelayMs(job.attempts)),
      locked_until: null,
      last_error: error.slice(0, 2000),
      finished_at: final ? new Date() : null,
    })
    .where('id', '=', job.id)
    .where('locked_by', '=', workerId)
    .execute();
}

export async function extendLease(db: AnyDb, id: number, workerId: string, leaseMs: number): Promise<void> {
  await sql`update jobs set locked_until = now() + make_interval(secs => ${leaseMs / 1000})
    where id = ${id} and locked_by = ${workerId} and status = 'running'`.execute(db);
}

import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrator.js';
import { claimJobs, enqueue, retryDelayMs } from '../../src/platform/jobs/queue.js';
import { JobWorker } from '../../src/platform/jobs/worker.js';
import { createTestDatabase, postgresUnavailableReason } from '../helpers/postgres.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe('jobs on the configured backend', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('runs a job, retries a failing one with back-off, and gives up after max attempts', async () => {
    const worker = new JobWorker(t.runtime.database, { concurrency: 2 });
    const ran: string[] = [];
    let flaky = 0;
    worker.register('test.ok', async (payload) => void ran.push(String(payload.n)));
    worker.register('test.flaky', async () => {
      flaky++;
      if (flaky < 2) throw new Error('temporary failure');
    });
    worker.register('test.broken', async () => {
      throw new Error('always broken');
    });
    await enqueue(t.runtime.db, 'test.ok', { n: 1 });
    const flakyId = await enqueue(t.runtime.db, 'test.flaky', {});
    const brokenId = await enqueue(t.runtime.db, 'test.broken', {}, { maxAttempts: 1 });
    await worker.drain();
    expect(ran).toEqual(['1']);

    const flakyRow = await t.runtime.db.selectFrom('jobs').selectAll().where('id', '=', flakyId!).executeTakeFirstOrThrow();
    expect(flakyRow).toMatchObject({ status: 'queued', attempts: 1, last_error: 'temporary failure' });
    expect(flakyRow.run_at.getTime()).toBeGreaterThan(Date.now() + retryDelayMs(1) - 1500);
    const brokenRow = await t.runtime.db.selectFrom('jobs').selectAll().where('id', '=', brokenId!).executeTakeFirstOrThrow();
    expect(brokenRow).toMatchObject({ status: 'failed', attempts: 1, last_error: 'always broken' });

    await t.runtime.db.updateTable('jobs').set({ run_at: new Date() }).where('id', '=', flakyId!).execute();
    await worker.drain();
    expect(flaky).toBe(2);
    const done = await t.runtime.db.selectFrom('jobs').select('status').where('id', '=', flakyId!).executeTakeFirstOrThrow();
    expect(done.status).toBe('succeeded');
  });

  it('holds delayed jobs until they are due and ignores a repeated dedupe key', async () => {
    const later = await enqueue(t.runtime.db, 'test.later', {}, { runAt: new Date(Date.now() + 60_000), dedupeKey: 'later-1' });
    const again = await enqueue(t.runtime.db, 'test.later', {}, { dedupeKey: 'later-1' });
    expect(later).not.toBeNull();
    expect(again).toBeNull();
    const claimed = await claimJobs(t.runtime.db, 'w', 10, 60_000);
    expect(claimed.map((j) => j.id)).not.toContain(later);
  });

  it('takes over a job whose worker died (lease expired)', async () => {
    const id = await enqueue(t.runtime.db, 'test.orphan', {});
    const first = await claimJobs(t.runtime.db, 'dead-worker', 10, 60_000);
    expect(first.map((j) => j.id)).toContain(id);
    expect((await claimJobs(t.runtime.db, 'other', 10, 60_000)).map((j) => j.id)).not.toContain(id);
    await sql`update jobs set locked_until = now() - interval '1 second' where id = ${id}`.execute(t.runtime.db);
    const retaken = await claimJobs(t.runtime.db, 'other', 10, 60_000);
    expect(retaken.find((j) => j.id === id)?.attempts).toBe(2);
  });

  it('fails a job that has no handler with a clear error', async () => {
    const worker = new JobWorker(t.runtime.database, { concurrency: 1 });
    const id = await enqueue(t.runtime.db, 'test.nobody', {}, { maxAttempts: 1 });
    await worker.drain();
    const row = await t.runtime.db.selectFrom('jobs').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
    expect(row.last_error).toContain('No handler is registered for job test.nobody');
  });

  it('wakes up a started worker as soon as a job is enqueued', async () => {
    const worker = new JobWorker(t.runtime.database, { concurrency: 1, pollMs: 60_000 });
    const done = new Promise<void>((resolve) => worker.register('test.wake', async () => resolve()));
    await worker.start();
    await enqueue(t.runtime.db, 'test.wake', {});
    await done;
    await worker.stop();
  });
});

describe('jobs shared by two app processes on one PostgreSQL', async () => {
  const unavailable = await postgresUnavailableReason();
  if (unavailable) console.warn(`SKIPPED two-process job test: ${unavailable}`);

  it.skipIf(unavailable)('runs each of 1,000 jobs exactly once', async () => {
    const testDb = await createTestDatabase();
    const database = await openDatabase<any>({ databaseUrl: testDb.url, dataDir: '' });
    try {
      await migrateToLatest(database.db);
      await sql`create table job_runs (job_id bigint not null, worker text not null)`.execute(database.db);
      const workers = [0, 1].map(() =>
        spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/job-worker.ts'], {
          env: { ...process.env, JOB_TEST_DATABASE_URL: testDb.url },
          stdio: ['ignore', 'pipe', 'inherit'],
        }),
      );
      await Promise.all(workers.map((w) => new Promise((resolve) => w.stdout!.once('data', resolve))));
      await database.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 1000; i++) await enqueue(trx, 'test.record', { i });
      });
      const deadline = Date.now() + 60_000;
      for (;;) {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from jobs where status = 'succeeded'`.execute(database.db);
        if (rows[0]!.n === 1000 || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      for (const w of workers) w.kill('SIGTERM');
      const runs = await sql<{ job_id: number; n: number }>`select job_id, count(*)::int as n from job_runs group by job_id`.execute(database.db);
      expect(runs.rows).toHaveLength(1000);
      expect(runs.rows.every((r) => r.n === 1)).toBe(true);
      const perWorker = await sql<{ worker: string; n: number }>`select worker, count(*)::int as n from job_runs group by worker`.execute(database.db);
      expect(perWorker.rows).toHaveLength(2);
    } finally {
      await database.close();
      await testDb.drop();
    }
  });
});

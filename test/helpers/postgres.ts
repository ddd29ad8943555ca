import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where tests find a PostgreSQL server to create throwaway databases on. */
export const ADMIN_URL = process.env.MERIDIAN_TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let reachable: Promise<string | null> | undefined;

/** Null when PostgreSQL answers; otherwise why not (the reason a PostgreSQL-only test is skipped). */
export function postgresUnavailableReason(): Promise<string | null> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select 1');
      return null;
    } catch (error) {
      return `PostgreSQL is not reachable at ${ADMIN_URL.replace(/:[^:@/]*@/, ':***@')} (${(error as Error).message}); set MERIDIAN_TEST_PG_ADMIN_URL`;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

/** Creates an empty database for one test file and returns its URL and a dropper. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `meridian_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

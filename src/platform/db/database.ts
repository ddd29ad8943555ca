import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import { PGliteDialect } from './pglite-dialect.js';
import { preparingPool } from './prepared-statements.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** Receives NOTIFY payloads of one channel. */
export type NotificationHandler = (payload: string) => void;

/**
 * An open database: a Kysely handle plus LISTEN for live updates and job wake-ups.
 * Both backends speak the same SQL; NOTIFY is sent with `pg_notify` inside the caller's
 * transaction so listeners only hear about committed work.
 */
export interface DatabaseHandle<DB> {
  kind: DatabaseKind;
  db: Kysely<DB>;
  listen(channel: string, handler: NotificationHandler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** In-memory PGlite (tests and benchmarks); ignored for PostgreSQL. */
  inMemory?: boolean;
}

// bigint columns (ids, counts) fit comfortably in a JS number; numeric stays a string.
const INT8_OID = 20;
const parseInt8 = (value: string) => Number(value);

export async function openDatabase<DB>(options: OpenDatabaseOptions): Promise<DatabaseHandle<DB>> {
  return options.databaseUrl ? openPostgres<DB>(options.databaseUrl, options.poolSize ?? 10) : openPGlite<DB>(options);
}

async function openPGlite<DB>(options: OpenDatabaseOptions): Promise<DatabaseHandle<DB>> {
  let dataDir: string | undefined;
  let unlock = () => {};
  if (!options.inMemory) {
    dataDir = path.join(options.dataDir, 'pglite');
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(options.dataDir);
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, { parsers: { [INT8_OID]: parseInt8 } });
  } catch (error) {
    unlock();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    kind: 'pglite',
    db,
    async listen(channel, handler) {
      const unsubscribe = await pglite.listen(channel, handler);
      return async () => {
        if (!pglite.closed) await unsubscribe();
      };
    },
    async close() {
      await db.destroy();
      unlock();
    },
  };
}

async function openPostgres<DB>(url: string, poolSize: number): Promise<DatabaseHandle<DB>> {
  const types = { getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser };
  // JIT compilation is for long analytical queries. Ours are short, but a correlated subquery can
  // give a plan a large estimated cost, and then compiling it (~130 ms) costs a hundred times the
  // query itself (the SLA recompute's batch query: 1.8 ms of work, 154 ms with JIT).
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types, options: '-c jit=off' });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Nothing to do here.
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool) as unknown as pg.Pool }) });
  await sql`select 1`.execute(db);

  const listeners = new Map<string, Set<NotificationHandler>>();
  let listenClient: pg.Client | undefined;
  let closing = false;

  async function connectListener(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    client.on('notification', (msg) => {
      for (const handler of listeners.get(msg.channel) ?? []) handler(msg.payload ?? '');
    });
    client.on('error', () => {
      // Reconnect and re-subscribe; events in the gap are missed, so clients re-fetch on reconnect.
      listenClient = undefined;
      if (!closing) void reconnect();
    });
    for (const channel of listeners.keys()) await client.query(`listen ${pg.escapeIdentifier(channel)}`);
    return client;
  }
  async function reconnect(): Promise<void> {
    for (let delay = 250; !closing && !listenClient; delay = Math.min(delay * 2, 10_000)) {
      try {
        listenClient = await connectListener();
      } catch {
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  return {
    kind: 'postgres',
    db,
    async listen(channel, handler) {
      listenClient ??= await connectListener();
      let handlers = listeners.get(channel);
      if (!handlers) {
        handlers = new Set();
        listeners.set(channel, handlers);
        await listenClient.query(`listen ${pg.escapeIdentifier(channel)}`);
      }
      handlers.add(handler);
      return async () => {
        handlers.delete(handler);
      };
    },
    async close() {
      closing = true;
      await listenClient?.end().catch(() => undefined);
      await db.destroy();
    },
  };
}

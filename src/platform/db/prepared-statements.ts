import type pg from 'pg';

/**
 * Hot statements carry a `/* prepare:NAME *\/` comment; on PostgreSQL they run as named prepared
 * statements, so each connection parses and plans them once (the ticket-creating statement runs
 * ~1.7x faster this way). Everything else, and PGlite, runs as usual; to PGlite it is a comment.
 */
const MARKER = /^\s*\/\* prepare:([a-z0-9_]+) \*\//;

export function prepareMarker(name: string): string {
  return `/* prepare:${name} */`;
}

type Queryable = Pick<pg.PoolClient, 'query' | 'release'>;

function wrapClient(client: pg.PoolClient): Queryable {
  return {
    query: ((config: unknown, values?: unknown) => {
      if (typeof config === 'string') {
        const name = MARKER.exec(config)?.[1];
        if (name) return client.query({ name, text: config, values: values as unknown[] });
      }
      return (client.query as (c: unknown, v?: unknown) => unknown)(config, values);
    }) as pg.PoolClient['query'],
    release: (error?: Error | boolean) => client.release(error),
  };
}

/** The pool as Kysely's PostgresDialect sees it, with marked statements prepared. */
export function preparingPool(pool: pg.Pool) {
  return {
    connect: async () => wrapClient(await pool.connect()),
    end: () => pool.end(),
  };
}

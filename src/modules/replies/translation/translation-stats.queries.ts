import { sql } from 'kysely';
import type { Db } from '../../database.js';

export interface ProviderStats {
  provider: string;
  calls: number;
  cachedCalls: number;
  characters: number;
  cost: number;
  errors: number;
}

export interface TranslationStats extends Omit<ProviderStats, 'provider'> {
  days: number;
  /** Of the calls that went to a provider (cache hits would only flatter it). */
  latencyMs: { p50: number | null; p95: number | null };
  byProvider: ProviderStats[];
}

interface Row {
  provider: string | null;
  calls: string | number;
  cached_calls: string | number;
  characters: string | number | null;
  cost: string | number | null;
  errors: string | number;
  p50: number | null;
  p95: number | null;
}

/** What translation cost and how it behaved over the last `days` days, in total and per provider. */
export async function translationStats(db: Db, workspaceId: string, days = 30): Promise<TranslationStats> {
  const { rows } = await sql<Row>`
    select provider,
      count(*) as calls,
      count(*) filter (where cached) as cached_calls,
      coalesce(sum(characters), 0) as characters,
      coalesce(sum(cost), 0) as cost,
      count(*) filter (where error is not null) as errors,
      percentile_cont(0.5) within group (order by latency_ms) filter (where not cached and error is null) as p50,
      percentile_cont(0.95) within group (order by latency_ms) filter (where not cached and error is null) as p95
    from translation_calls
    where workspace_id = ${workspaceId} and created_at > now() - make_interval(days => ${days})
    group by grouping sets ((provider), ())
    order by provider nulls first
  `.execute(db);
  const toStats = (row: Row | undefined) => ({
    calls: Number(row?.calls ?? 0),
    cachedCalls: Number(row?.cached_calls ?? 0),
    characters: Number(row?.characters ?? 0),
    cost: Number(row?.cost ?? 0),
    errors: Number(row?.errors ?? 0),
  });
  const total = rows.find((r) => r.provider === null);
  const round = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : Math.round(Number(ms)));
  return {
    days,
    ...toStats(total),
    latencyMs: { p50: round(total?.p50), p95: round(total?.p95) },
    byProvider: rows.filter((r) => r.provider !== null).map((r) => ({ provider: r.provider!, ...toStats(r) })),
  };
}

import { sql } from 'kysely';
import type { Db } from '../database.js';

/**
 * How common a search is, from the statistics Postgres keeps on the search vector (its most
 * common lexemes and their frequencies), refreshed every few minutes per process.
 *
 * Why: the words of Chinese, Japanese and Thai are stored as overlapping character pairs, and the
 * planner multiplies the frequencies of the pairs of one word as if they were independent. For
 * a common word it then expects one match and fetches and sorts every match through the search
 * index (seconds at a million tickets), where walking the list's ordered index would find a page
 * of matches in a few hundred rows. The pairs of one word occur together, so the rarest pair
 * bounds how often the word occurs: that is the estimate used here.
 */
interface LexemeStats {
  frequency: Map<string, number>;
  /** Frequency of the least common lexeme Postgres tracks: anything untracked is rarer. */
  floor: number;
  rows: number;
}

const REFRESH_MS = 5 * 60_000;
let cached: Promise<LexemeStats> | undefined;
let cachedAt = 0;

async function loadStats(db: Db): Promise<LexemeStats> {
  const { rows } = await sql<{ elems: string[] | null; freqs: number[] | null; reltuples: number }>`
    select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs,
      (select reltuples from pg_class where relname = 'tickets') as reltuples
    from pg_stats where tablename = 'tickets' and attname = 'search_vector'`.execute(db);
  const row = rows[0];
  const frequency = new Map<string, number>();
  (row?.elems ?? []).forEach((lexeme, i) => frequency.set(lexeme, row?.freqs?.[i] ?? 0));
  const tracked = [...frequency.values()];
  return { frequency, floor: tracked.length ? Math.min(...tracked) : 0, rows: Math.max(row?.reltuples ?? 0, 0) };
}

function statsFor(db: Db): Promise<LexemeStats> {
  if (!cached || Date.now() - cachedAt > REFRESH_MS) {
    cachedAt = Date.now();
    cached = loadStats(db).catch(() => ({ frequency: new Map(), floor: 0, rows: 0 }));
  }
  return cached;
}

/** Estimated number of tickets matching every term. */
export function estimateMatches(stats: LexemeStats, terms: { lexeme: string; prefix: boolean }[]): number {
  let bound = 1;
  for (const term of terms) {
    let frequency = 0;
    if (term.prefix) {
      for (const [lexeme, f] of stats.frequency) if (lexeme.startsWith(term.lexeme)) frequency += f;
    } else {
      frequency = stats.frequency.get(term.lexeme) ?? 0;
    }
    bound = Math.min(bound, frequency || stats.floor / 2);
  }
  return bound * stats.rows;
}

/**
 * The estimated share of tickets matching, when walking the ordered list index beats the
 * search index (a page of `limit` matches is found after about limit/share rows, while the
 * search index reads every match); otherwise null.
 */
export async function orderedWalkShare(db: Db, terms: { lexeme: string; prefix: boolean }[], limit: number): Promise<number | null> {
  const stats = await statsFor(db);
  if (stats.rows === 0) return null;
  const matches = estimateMatches(stats, terms);
  return matches * matches >= limit * stats.rows ? matches / stats.rows : null;
}

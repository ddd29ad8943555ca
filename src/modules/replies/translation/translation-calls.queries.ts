import type { Db } from '../../database.js';

export interface TranslationCall {
  provider: string;
  targetLanguage: string;
  characters: number;
  cached: boolean;
  latencyMs: number;
  cost: number;
  error?: string | null;
}

/** One row per translation asked for: the stats and the bill are read from these. */
export async function recordTranslationCall(db: Db, workspaceId: string, call: TranslationCall): Promise<void> {
  await db
    .insertInto('translation_calls')
    .values({
      workspace_id: workspaceId,
      provider: call.provider,
      target_language: call.targetLanguage,
      characters: call.characters,
      cached: call.cached,
      latency_ms: Math.round(call.latencyMs),
      cost: call.cost,
      error: call.error ? call.error.slice(0, 500) : null,
    })
    .execute();
}

export interface CachedTranslation {
  translated: string;
  sourceLanguage: string | null;
}

export async function findCachedTranslation(db: Db, workspaceId: string, hash: string): Promise<CachedTranslation | null> {
  const row = await db
    .selectFrom('translations')
    .select(['translated', 'source_language'])
    .where('workspace_id', '=', workspaceId)
    .where('hash', '=', hash)
    .executeTakeFirst();
  return row ? { translated: row.translated, sourceLanguage: row.source_language } : null;
}

export async function storeCachedTranslation(
  db: Db,
  workspaceId: string,
  entry: { hash: string; provider: string; sourceLanguage: string | null; targetLanguage: string; translated: string },
): Promise<void> {
  await db
    .insertInto('translations')
    .values({
      workspace_id: workspaceId,
      hash: entry.hash,
      provider: entry.provider,
      source_language: entry.sourceLanguage,
      target_language: entry.targetLanguage,
      translated: entry.translated,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'hash']).doNothing())
    .execute();
}

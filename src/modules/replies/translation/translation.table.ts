import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../../shared/db-types.js';

export const PROVIDER_KINDS = ['openai', 'deepl', 'libretranslate'] as const;
/** `openai` is any OpenAI-compatible chat-completions endpoint (OpenAI, DeepSeek, Qwen, Ollama, vLLM). */
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** numeric columns arrive as strings to keep their precision. */
type Numeric = ColumnType<string, number | string | undefined, number | string>;

/** One row per workspace that has translation on; no row means translation is off. */
export interface TranslationSettingsTable {
  workspace_id: string;
  provider: ProviderKind;
  url: string;
  /** Write-only through the API: views only say whether there is one. */
  api_key: string | null;
  model: string | null;
  cost_per_million_chars: Numeric;
  updated_at: Timestamp;
}

/** The cache: one translated text per sha256(provider|model|from|to|text). */
export interface TranslationsTable {
  workspace_id: string;
  hash: string;
  provider: string;
  source_language: string | null;
  target_language: string;
  translated: string;
  created_at: Timestamp;
}

/** One row per translation asked for, from the cache or the provider: what it cost and how long it took. */
export interface TranslationCallsTable {
  id: Generated<number>;
  workspace_id: string;
  provider: string;
  target_language: string;
  characters: number;
  cached: boolean;
  latency_ms: number;
  cost: Numeric;
  error: string | null;
  created_at: Timestamp;
}

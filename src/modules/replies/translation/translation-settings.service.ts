import { AppError } from '../../../shared/errors.js';
import type { Db } from '../../database.js';
import { DEFAULT_URLS, normalizeProviderUrl } from './provider-factory.js';
import type { ProviderKind } from './translation.table.js';

/** What the API shows of the settings: the key is write-only. */
export interface TranslationSettingsView {
  enabled: boolean;
  provider: ProviderKind | null;
  url: string | null;
  model: string | null;
  hasApiKey: boolean;
  costPerMillionChars: number;
}

export interface TranslationSettingsInput {
  provider: ProviderKind;
  /** Defaults to the provider's public API. */
  url?: string | undefined;
  /** Omitted: keep the stored key; null: remove it. */
  apiKey?: string | null | undefined;
  model?: string | null | undefined;
  costPerMillionChars?: number | undefined;
}

/** The settings a provider is built from (with the key: never leaves the module). */
export interface ProviderSettings {
  provider: ProviderKind;
  url: string;
  apiKey: string | null;
  model: string | null;
  costPerMillionChars: number;
}

export const TRANSLATION_OFF_MESSAGE = 'Translation is off: no provider is configured';

const OFF: TranslationSettingsView = { enabled: false, provider: null, url: null, model: null, hasApiKey: false, costPerMillionChars: 0 };

export async function findProviderSettings(db: Db, workspaceId: string): Promise<ProviderSettings | null> {
  const row = await db.selectFrom('translation_settings').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
  if (!row) return null;
  return { provider: row.provider, url: row.url, apiKey: row.api_key, model: row.model, costPerMillionChars: Number(row.cost_per_million_chars) };
}

/** The settings, or `unprocessable` "Translation is off…" when the workspace has none. */
export async function getProviderSettingsOrThrow(db: Db, workspaceId: string): Promise<ProviderSettings> {
  const settings = await findProviderSettings(db, workspaceId);
  if (!settings) throw new AppError('unprocessable', `${TRANSLATION_OFF_MESSAGE}; an admin can set one up under translation settings.`);
  return settings;
}

export function settingsView(settings: ProviderSettings | null): TranslationSettingsView {
  if (!settings) return OFF;
  return {
    enabled: true,
    provider: settings.provider,
    url: settings.url,
    model: settings.model,
    hasApiKey: settings.apiKey !== null,
    costPerMillionChars: settings.costPerMillionChars,
  };
}

export async function getTranslationSettings(db: Db, workspaceId: string): Promise<TranslationSettingsView> {
  return settingsView(await findProviderSettings(db, workspaceId));
}

/** For every agent: whether translation is on (the UI says "translation is off" when it is not). */
export async function translationStatus(db: Db, workspaceId: string): Promise<{ enabled: boolean; provider?: ProviderKind }> {
  const settings = await findProviderSettings(db, workspaceId);
  return settings ? { enabled: true, provider: settings.provider } : { enabled: false };
}

/**
 * Replaces the settings (the key is kept when omitted). Refuses combinations a provider cannot
 * work with: an OpenAI-compatible endpoint without a model, DeepL without a key.
 */
export async function putTranslationSettings(db: Db, workspaceId: string, input: TranslationSettingsInput): Promise<TranslationSettingsView> {
  const current = await findProviderSettings(db, workspaceId);
  const apiKey = input.apiKey === undefined ? (current?.apiKey ?? null) : input.apiKey?.trim() || null;
  const model = input.model?.trim() || null;
  if (input.provider === 'openai' && !model) {
    throw new AppError('unprocessable', 'An OpenAI-compatible provider needs a model name (e.g. gpt-4o-mini, deepseek-chat, qwen-plus, llama3.1).');
  }
  if (input.provider === 'deepl' && !apiKey) throw new AppError('unprocessable', 'DeepL needs an API key.');
  const values = {
    provider: input.provider,
    url: normalizeProviderUrl(input.provider, input.url ?? DEFAULT_URLS[input.provider]),
    api_key: apiKey,
    model,
    cost_per_million_chars: input.costPerMillionChars ?? 0,
    updated_at: new Date(),
  };
  await db
    .insertInto('translation_settings')
    .values({ workspace_id: workspaceId, ...values })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
    .execute();
  return getTranslationSettings(db, workspaceId);
}

/** Turns translation off; the cache and the call log stay (they hold no key). */
export async function deleteTranslationSettings(db: Db, workspaceId: string): Promise<TranslationSettingsView> {
  await db.deleteFrom('translation_settings').where('workspace_id', '=', workspaceId).execute();
  return OFF;
}

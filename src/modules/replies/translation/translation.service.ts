import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { AppError } from '../../../shared/errors.js';
import type { Db } from '../../database.js';
import { triageMessage } from '../../triage/active-triage.js';
import { baseLanguage } from './language-codes.js';
import { protectText, restoreText, type ProtectedSpan } from './protect.js';
import type { ProviderPolicy, TranslationProvider } from './provider.js';
import { createTranslationProvider } from './provider-factory.js';
import { findCachedTranslation, recordTranslationCall, storeCachedTranslation } from './translation-calls.queries.js';
import { getProviderSettingsOrThrow, type ProviderSettings } from './translation-settings.service.js';
import type { ProviderKind } from './translation.table.js';

export interface TranslateInput {
  text: string;
  /** Target language tag ("de", "pt-BR", "zh-CN"). */
  to: string;
  /** Source language; null or omitted lets the provider (or our own detector) find it. */
  from?: string | null | undefined;
  /** People's names to keep as written. */
  names?: readonly string[] | undefined;
}

export interface TranslateResult {
  text: string;
  /** The source language as given or detected; null when nobody could tell. */
  from: string | null;
  to: string;
  provider: ProviderKind;
  cached: boolean;
  latencyMs: number;
}

export interface TranslateOptions {
  signal?: AbortSignal;
  /** Timeouts and retries of the provider (tests shorten them). */
  policy?: Partial<ProviderPolicy>;
}

/** Texts below this confidence of our own detector do not get a source language from it. */
const MIN_LOCAL_CONFIDENCE = 0.5;

/** sha256(provider|model|from|to|text): the cache key. */
export function translationCacheKey(settings: Pick<ProviderSettings, 'provider' | 'model'>, from: string | null, to: string, text: string): string {
  return createHash('sha256').update([settings.provider, settings.model ?? '', from ?? '', to, text].join('|')).digest('hex');
}

/** Characters as the providers bill them: code points, not UTF-16 units. */
export function billedCharacters(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

/**
 * Translates one text with the workspace's provider, through the cache. Template variables, URLs,
 * e-mail addresses, order and tracking numbers, amounts and the given names come back exactly as
 * written; when the provider loses or repeats one the translation is refused (`unprocessable`), not
 * returned with a hole. Every call, cached or not, failed or not, is logged with its cost and latency.
 */
export async function translateText(db: Db, workspaceId: string, input: TranslateInput, options: TranslateOptions = {}): Promise<TranslateResult> {
  const settings = await getProviderSettingsOrThrow(db, workspaceId);
  const from = input.from ?? null;
  const started = performance.now();
  const characters = billedCharacters(input.text);
  const hash = translationCacheKey(settings, from, input.to, input.text);
  const log = (entry: { cached: boolean; cost: number; error?: string }) =>
    recordTranslationCall(db, workspaceId, {
      provider: settings.provider,
      targetLanguage: input.to,
      characters,
      latencyMs: performance.now() - started,
      ...entry,
    });

  const hit = await findCachedTranslation(db, workspaceId, hash);
  if (hit) {
    await log({ cached: true, cost: 0 });
    return result(hit.translated, hit.sourceLanguage ?? from, true);
  }

  let billed = false;
  try {
    const provider = createTranslationProvider(settings.provider, { url: settings.url, apiKey: settings.apiKey, model: settings.model, policy: options.policy });
    const protectedText = protectText(input.text, { style: provider.tokenStyle, names: input.names ?? [], language: from ? baseLanguage(from) : null });
    const [answer] = await provider.translate([protectedText.text], input.to, from, options.signal);
    billed = true;
    const restored = restoreText(answer?.text ?? '', protectedText);
    if (!restored.ok) throw tokensLost(provider, restored);
    const source = from ?? answer?.detectedLanguage ?? detectLocally(input.text);
    await storeCachedTranslation(db, workspaceId, { hash, provider: settings.provider, sourceLanguage: source, targetLanguage: input.to, translated: restored.text });
    await log({ cached: false, cost: costOf(characters, settings) });
    return result(restored.text, source, false);
  } catch (error) {
    await log({ cached: false, cost: billed ? costOf(characters, settings) : 0, error: (error as Error).message });
    throw error;
  }

  function result(text: string, source: string | null, cached: boolean): TranslateResult {
    return { text, from: source, to: input.to, provider: settings.provider, cached, latencyMs: Math.round(performance.now() - started) };
  }
}

export interface TranslateWithBackResult extends TranslateResult {
  /** The translation translated back into the source language, for the agent to check before sending. */
  back?: string;
}

/** An agent's reply: translated into the buyer's language and, on request, back into the agent's. */
export async function translateWithBack(
  db: Db,
  workspaceId: string,
  input: TranslateInput & { back?: boolean | undefined },
  options: TranslateOptions = {},
): Promise<TranslateWithBackResult> {
  const forward = await translateText(db, workspaceId, input, options);
  if (!input.back) return forward;
  if (!forward.from) throw new AppError('unprocessable', 'The source language could not be detected; give "from" to get a back-translation.');
  const back = await translateText(db, workspaceId, { text: forward.text, to: forward.from, from: input.to, names: input.names }, options);
  return { ...forward, back: back.text };
}

/** Translates "Hello" without the cache: proves the URL, key and model work. */
export async function testTranslationProvider(db: Db, workspaceId: string, to = 'de', options: TranslateOptions = {}) {
  const settings = await getProviderSettingsOrThrow(db, workspaceId);
  const provider = createTranslationProvider(settings.provider, { url: settings.url, apiKey: settings.apiKey, model: settings.model, policy: options.policy });
  const started = performance.now();
  const sample = 'Hello';
  try {
    const [answer] = await provider.translate([sample], to, 'en', options.signal);
    const latencyMs = Math.round(performance.now() - started);
    await recordTranslationCall(db, workspaceId, { provider: settings.provider, targetLanguage: to, characters: sample.length, cached: false, latencyMs, cost: costOf(sample.length, settings) });
    return { ok: true as const, provider: settings.provider, sample: answer?.text ?? '', latencyMs };
  } catch (error) {
    const latencyMs = performance.now() - started;
    await recordTranslationCall(db, workspaceId, { provider: settings.provider, targetLanguage: to, characters: sample.length, cached: false, latencyMs, cost: 0, error: (error as Error).message });
    throw error;
  }
}

function costOf(characters: number, settings: ProviderSettings): number {
  return (characters * settings.costPerMillionChars) / 1e6;
}

function detectLocally(text: string): string | null {
  const triage = triageMessage({ text });
  return triage && triage.languageConfidence >= MIN_LOCAL_CONFIDENCE ? triage.language : null;
}

function tokensLost(provider: TranslationProvider, restored: { missing: ProtectedSpan[]; duplicated: ProtectedSpan[]; unknown: number[] }): AppError {
  const describe = (spans: ProtectedSpan[]) => spans.map((s) => `${s.kind} ${s.value}`).join(', ');
  const problems = [
    restored.missing.length ? `lost ${describe(restored.missing)}` : '',
    restored.duplicated.length ? `repeated ${describe(restored.duplicated)}` : '',
    restored.unknown.length ? `invented placeholder(s) ${restored.unknown.join(', ')}` : '',
  ].filter(Boolean);
  return new AppError(
    'unprocessable',
    `${provider.label} changed protected parts of the text (${problems.join('; ')}); the translation was not used, so nothing is lost. Try again or translate by hand.`,
    { missing: restored.missing, duplicated: restored.duplicated, unknown: restored.unknown },
  );
}

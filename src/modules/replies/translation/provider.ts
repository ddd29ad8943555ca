import type { TokenStyle } from './protect.js';
import type { ProviderKind } from './translation.table.js';

/** One translated text, and the source language when the provider detected it (ISO 639-1, lower case). */
export interface TranslatedText {
  text: string;
  detectedLanguage: string | null;
}

/**
 * The port every translation service is reached through (OpenAI-compatible chat, DeepL,
 * LibreTranslate). Texts come in already protected (see protect.ts) and go out in the same order.
 * Failures are `AppError`s with a message naming the provider and the reason.
 */
export interface TranslationProvider {
  readonly name: ProviderKind;
  /** For people: "DeepL", "LibreTranslate at lt.example.com", … (never the key). */
  readonly label: string;
  /** How protected spans must be marked so this provider leaves them alone. */
  readonly tokenStyle: TokenStyle;
  translate(texts: string[], to: string, from?: string | null, signal?: AbortSignal): Promise<TranslatedText[]>;
}

/** How patient a provider is with its service. */
export interface ProviderPolicy {
  /** Per HTTP request. */
  timeoutMs: number;
  /** Tries of one request when the service answers 429 or 503 (the first included). */
  maxAttempts: number;
  /** The longest wait between tries, whatever Retry-After says. */
  maxRetryWaitMs: number;
}

export const DEFAULT_POLICY: ProviderPolicy = { timeoutMs: 20_000, maxAttempts: 3, maxRetryWaitMs: 10_000 };

export interface ProviderOptions {
  /** Base URL: `https://api.openai.com/v1`, `https://api-free.deepl.com`, `http://localhost:5000`. */
  url: string;
  apiKey?: string | null;
  model?: string | null;
  policy?: Partial<ProviderPolicy>;
}

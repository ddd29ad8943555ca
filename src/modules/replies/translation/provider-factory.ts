import { DeepLProvider } from './deepl.js';
import { LibreTranslateProvider } from './libretranslate.js';
import { OpenAiCompatibleProvider } from './openai-compatible.js';
import type { ProviderOptions, TranslationProvider } from './provider.js';
import type { ProviderKind } from './translation.table.js';

/** The provider a workspace configured. Throws `unprocessable` when a required setting is missing. */
export function createTranslationProvider(kind: ProviderKind, options: ProviderOptions): TranslationProvider {
  switch (kind) {
    case 'openai':
      return new OpenAiCompatibleProvider(options);
    case 'deepl':
      return new DeepLProvider(options);
    case 'libretranslate':
      return new LibreTranslateProvider(options);
  }
}

/** Where each provider lives when the settings give no URL. */
export const DEFAULT_URLS: Record<ProviderKind, string> = {
  openai: 'https://api.openai.com/v1',
  deepl: 'https://api.deepl.com',
  libretranslate: 'https://libretranslate.com',
};

/** Accepts the URL as people paste it: trailing slashes and the endpoint path itself are dropped. */
export function normalizeProviderUrl(kind: ProviderKind, url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '');
  const suffix = kind === 'openai' ? /\/chat\/completions$/ : kind === 'deepl' ? /\/v2(\/translate)?$/ : /\/translate$/;
  return trimmed.replace(suffix, '');
}

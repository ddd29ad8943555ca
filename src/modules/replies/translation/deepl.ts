import { AppError } from '../../../shared/errors.js';
import { deeplSource, deeplTarget, fromProviderLanguage } from './language-codes.js';
import type { ProviderOptions, TranslatedText, TranslationProvider } from './provider.js';
import { joinUrl, postJson } from './provider-http.js';

interface DeepLAnswer {
  translations?: { detected_source_language?: string; text?: unknown }[];
}

/** DeepL sends at most 50 texts per request. */
const BATCH = 50;

/**
 * DeepL's v2 API (`https://api.deepl.com` or `https://api-free.deepl.com`). Protected spans travel as
 * `<x id="n"/>` with tag_handling=xml, which DeepL keeps in place.
 */
export class DeepLProvider implements TranslationProvider {
  readonly name = 'deepl' as const;
  readonly label: string;
  readonly tokenStyle = 'xml' as const;

  constructor(private readonly options: ProviderOptions) {
    if (!options.apiKey) throw new AppError('unprocessable', 'DeepL needs an API key (the "Authentication Key" of the DeepL account).');
    this.label = 'DeepL';
  }

  async translate(texts: string[], to: string, from?: string | null, signal?: AbortSignal): Promise<TranslatedText[]> {
    const out: TranslatedText[] = [];
    for (let i = 0; i < texts.length; i += BATCH) out.push(...(await this.batch(texts.slice(i, i + BATCH), to, from ?? null, signal)));
    return out;
  }

  private async batch(texts: string[], to: string, from: string | null, signal: AbortSignal | undefined): Promise<TranslatedText[]> {
    const key = this.options.apiKey!;
    const answer = (await postJson({
      label: this.label,
      url: joinUrl(this.options.url, '/v2/translate'),
      headers: { authorization: `DeepL-Auth-Key ${key}` },
      body: {
        text: texts,
        target_lang: deeplTarget(to),
        ...(from ? { source_lang: deeplSource(from) } : {}),
        tag_handling: 'xml',
        ignore_tags: ['x'],
      },
      policy: this.options.policy,
      signal,
      secret: key,
      special: (status, _body, message) => {
        if (status === 456) return new AppError('unavailable', `DeepL: the character quota of this account is used up (HTTP 456${message ? `: ${message}` : ''}).`);
        if (status === 413) return new AppError('unprocessable', 'DeepL: the text is too long for one request (HTTP 413).');
        return undefined;
      },
    })) as DeepLAnswer;
    const translations = answer?.translations;
    if (!Array.isArray(translations) || translations.length !== texts.length || translations.some((t) => typeof t?.text !== 'string')) {
      throw new AppError('unavailable', `DeepL: the answer does not hold ${texts.length} translation(s).`);
    }
    return translations.map((t) => ({ text: t.text as string, detectedLanguage: fromProviderLanguage(t.detected_source_language) }));
  }
}

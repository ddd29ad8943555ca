import { AppError } from '../../../shared/errors.js';
import { fromProviderLanguage, libreLanguage } from './language-codes.js';
import type { ProviderOptions, TranslatedText, TranslationProvider } from './provider.js';
import { joinUrl, postJson } from './provider-http.js';

interface LibreAnswer {
  translatedText?: unknown;
  detectedLanguage?: { language?: string; confidence?: number };
}

/** LibreTranslate, self-hosted or libretranslate.com (which needs an api_key). */
export class LibreTranslateProvider implements TranslationProvider {
  readonly name = 'libretranslate' as const;
  readonly label: string;
  readonly tokenStyle = 'brackets' as const;

  constructor(private readonly options: ProviderOptions) {
    this.label = `LibreTranslate at ${new URL(options.url).host}`;
  }

  async translate(texts: string[], to: string, from?: string | null, signal?: AbortSignal): Promise<TranslatedText[]> {
    const out: TranslatedText[] = [];
    for (const text of texts) out.push(await this.translateOne(text, to, from ?? null, signal));
    return out;
  }

  private async translateOne(text: string, to: string, from: string | null, signal: AbortSignal | undefined): Promise<TranslatedText> {
    const key = this.options.apiKey;
    const answer = (await postJson({
      label: this.label,
      url: joinUrl(this.options.url, '/translate'),
      headers: {},
      body: { q: text, source: from ? libreLanguage(from) : 'auto', target: libreLanguage(to), format: 'text', ...(key ? { api_key: key } : {}) },
      policy: this.options.policy,
      signal,
      secret: key,
    })) as LibreAnswer;
    if (typeof answer?.translatedText !== 'string') throw new AppError('unavailable', `${this.label}: the answer has no translatedText.`);
    return { text: answer.translatedText, detectedLanguage: fromProviderLanguage(answer.detectedLanguage?.language) };
  }
}

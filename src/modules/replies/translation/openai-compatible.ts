import { AppError } from '../../../shared/errors.js';
import { languageName } from './language-codes.js';
import type { ProviderOptions, TranslatedText, TranslationProvider } from './provider.js';
import { joinUrl, postJson } from './provider-http.js';

interface ChatCompletion {
  choices?: { message?: { content?: unknown } }[];
}

/**
 * Any OpenAI-compatible chat-completions endpoint: OpenAI, DeepSeek, Qwen (DashScope), a local
 * Ollama (`http://localhost:11434/v1`) or vLLM. The key is optional (local servers need none).
 */
export class OpenAiCompatibleProvider implements TranslationProvider {
  readonly name = 'openai' as const;
  readonly label: string;
  readonly tokenStyle = 'brackets' as const;
  private readonly model: string;

  constructor(private readonly options: ProviderOptions) {
    if (!options.model) throw new AppError('unprocessable', 'An OpenAI-compatible provider needs a model name (e.g. gpt-4o-mini, deepseek-chat, qwen-plus).');
    this.model = options.model;
    this.label = `OpenAI-compatible endpoint ${new URL(options.url).host} (${options.model})`;
  }

  async translate(texts: string[], to: string, from?: string | null, signal?: AbortSignal): Promise<TranslatedText[]> {
    const out: TranslatedText[] = [];
    for (const text of texts) out.push({ text: await this.translateOne(text, to, from ?? null, signal), detectedLanguage: null });
    return out;
  }

  private async translateOne(text: string, to: string, from: string | null, signal: AbortSignal | undefined): Promise<string> {
    const key = this.options.apiKey;
    const answer = (await postJson({
      label: this.label,
      url: joinUrl(this.options.url, '/chat/completions'),
      headers: key ? { authorization: `Bearer ${key}` } : {},
      body: {
        model: this.model,
        temperature: 0,
        messages: [
          { role: 'system', content: systemPrompt(to, from) },
          { role: 'user', content: text },
        ],
      },
      policy: this.options.policy,
      signal,
      secret: key,
      special: (status, body, message) => {
        // OpenAI says "out of credit" with a 429 that no retry will cure.
        const code = (body as { error?: { code?: unknown; type?: unknown } } | null)?.error;
        if (status === 429 && (code?.code === 'insufficient_quota' || code?.type === 'insufficient_quota')) {
          return new AppError('unavailable', `${this.label}: the account has no quota left (${message}).`);
        }
        return undefined;
      },
    })) as ChatCompletion;
    const content = answer?.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new AppError('unavailable', `${this.label}: the answer has no choices[0].message.content.`);
    // Chat models like to add a trailing newline or wrap the answer in blank lines.
    return text === text.trim() ? content.trim() : content;
  }
}

/** The instruction: translate only, and copy the ⟦n⟧ tokens through untouched. */
export function systemPrompt(to: string, from: string | null): string {
  const source = from ? ` from ${languageName(from)} (${from})` : '';
  return [
    `You are the translation engine of a customer-service helpdesk. Translate the user's message${source} into ${languageName(to)} (${to}).`,
    'Reply with the translation only: no notes, no quotes, no explanations. Keep the tone, the formality and the line breaks.',
    'The message contains placeholders like ⟦1⟧ and ⟦2⟧ that stand for order numbers, names, amounts, links and template variables.',
    'Copy every placeholder exactly as written, each one exactly once, where it belongs in the translated sentence. Never translate, renumber, drop or repeat a placeholder.',
  ].join('\n');
}

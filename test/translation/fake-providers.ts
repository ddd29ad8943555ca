// Local HTTP servers that speak each translation provider's real wire format: the paths, the
// authentication headers, the request and response bodies, and the error bodies and statuses
// (401/403 bad key, 429 with Retry-After, 456 DeepL quota, 503). Tests script what comes next.

import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProviderKind } from '../../src/modules/replies/translation/translation.table.js';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
  at: number;
}

/** A canned answer for the next request, or 'hang' to never answer (timeouts). */
export type Scripted = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang';

export interface FakeProvider {
  kind: ProviderKind;
  /** The base URL to configure (what an admin would paste). */
  url: string;
  apiKey: string;
  model: string | null;
  requests: RecordedRequest[];
  /** Consumed one per request before the normal behaviour. */
  script: Scripted[];
  /** The "translation": (protected text, the provider's target code) → translated text. */
  transform: (text: string, to: string) => string;
  /** Real-shaped error answers of this provider. */
  errors: {
    rateLimited(retryAfter?: string): Scripted;
    unavailable(retryAfter?: string): Scripted;
    quota(): Scripted;
  };
  /** Forget requests, script and transform. */
  reset(): void;
  close(): Promise<void>;
}

/** Tags the text with its target language, replacing an earlier tag: "[de] Hello" → "[en] Hello". */
export function tagTranslation(text: string, to: string): string {
  return `[${to.toLowerCase()}] ${text.replace(/^\[[^\]]+\] /, '')}`;
}

export const FAKE_KEYS: Record<ProviderKind, string> = {
  openai: 'sk-test-0123456789abcdef',
  deepl: '279a2e9d-83b3-c416-7e2d-f721593e42a0:fx',
  libretranslate: 'lt-key-0123456789',
};

type Handler = (fake: FakeProvider, req: RecordedRequest) => { status: number; body: unknown; headers?: Record<string, string> };

const HANDLERS: Record<ProviderKind, Handler> = {
  openai: (fake, req) => {
    if (req.path !== '/v1/chat/completions') {
      return { status: 404, body: { error: { message: `Invalid URL (POST ${req.path})`, type: 'invalid_request_error', param: null, code: null } } };
    }
    if (req.headers.authorization !== `Bearer ${fake.apiKey}`) {
      const given = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
      return {
        status: 401,
        body: {
          error: {
            message: `Incorrect API key provided: ${given}. You can find your API key at https://platform.openai.com/account/api-keys.`,
            type: 'invalid_request_error',
            param: null,
            code: 'invalid_api_key',
          },
        },
      };
    }
    const { model, messages } = req.body ?? {};
    if (typeof model !== 'string' || !Array.isArray(messages) || messages.length === 0) {
      return { status: 400, body: { error: { message: "'messages' is a required property", type: 'invalid_request_error', param: null, code: null } } };
    }
    const system = messages.find((m: { role: string }) => m.role === 'system')?.content ?? '';
    const user = messages.find((m: { role: string }) => m.role === 'user')?.content ?? '';
    const to = /into .+? \(([A-Za-z-]+)\)\./.exec(system)?.[1] ?? '??';
    const content = fake.transform(user, to);
    return {
      status: 200,
      body: {
        id: 'chatcmpl-test',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens: 50, completion_tokens: 20, total_tokens: 70 },
      },
    };
  },

  deepl: (fake, req) => {
    if (req.path !== '/v2/translate') return { status: 404, body: { message: 'Not found' } };
    if (req.headers.authorization !== `DeepL-Auth-Key ${fake.apiKey}`) return { status: 403, body: { message: 'Authorization failure, check auth_key' } };
    const { text, target_lang: target } = req.body ?? {};
    if (!Array.isArray(text) || text.length === 0) return { status: 400, body: { message: "Parameter 'text' not specified." } };
    // DeepL refuses the bare variants it deprecated.
    if (typeof target !== 'string' || ['EN', 'PT'].includes(target.toUpperCase())) return { status: 400, body: { message: "Value for 'target_lang' not supported." } };
    const detected = (req.body.source_lang as string | undefined) ?? 'EN';
    return { status: 200, body: { translations: text.map((t: string) => ({ detected_source_language: detected, text: fake.transform(t, target) })) } };
  },

  libretranslate: (fake, req) => {
    if (req.path !== '/translate') return { status: 404, body: { error: 'Not Found' } };
    const { q, source, target, api_key: key } = req.body ?? {};
    if (fake.apiKey && key !== fake.apiKey) return { status: 403, body: { error: 'Invalid API key' } };
    if (typeof q !== 'string') return { status: 400, body: { error: 'Invalid request: missing q parameter' } };
    if (typeof target !== 'string' || target.length === 0) return { status: 400, body: { error: 'Invalid request: missing target parameter' } };
    const body: Record<string, unknown> = { translatedText: fake.transform(q, target) };
    if (source === 'auto') body.detectedLanguage = { confidence: 90, language: 'en' };
    return { status: 200, body };
  },
};

function retryHeader(retryAfter: string | undefined): Record<string, string> {
  return retryAfter === undefined ? {} : { 'retry-after': retryAfter };
}

const ERRORS: Record<ProviderKind, FakeProvider['errors']> = {
  openai: {
    rateLimited: (retryAfter) => ({
      status: 429,
      headers: retryHeader(retryAfter),
      body: { error: { message: 'Rate limit reached for gpt-4o-mini in organization org-test on requests per min (RPM): Limit 3, Used 3, Requested 1.', type: 'requests', param: null, code: 'rate_limit_exceeded' } },
    }),
    unavailable: (retryAfter) => ({
      status: 503,
      headers: retryHeader(retryAfter),
      body: { error: { message: 'The engine is currently overloaded, please try again later', type: 'server_error', param: null, code: null } },
    }),
    quota: () => ({
      status: 429,
      body: { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } },
    }),
  },
  deepl: {
    rateLimited: (retryAfter) => ({ status: 429, headers: retryHeader(retryAfter), body: { message: 'Too many requests' } }),
    unavailable: (retryAfter) => ({ status: 503, headers: retryHeader(retryAfter), body: { message: 'Service unavailable' } }),
    quota: () => ({ status: 456, body: { message: 'Quota Exceeded' } }),
  },
  libretranslate: {
    rateLimited: (retryAfter) => ({ status: 429, headers: retryHeader(retryAfter), body: { error: 'Too many request limits violations' } }),
    unavailable: (retryAfter) => ({ status: 503, headers: retryHeader(retryAfter), body: { error: 'Service Unavailable' } }),
    quota: () => ({ status: 403, body: { error: 'Visit https://portal.libretranslate.com to get an API key' } }),
  },
};

/** Starts a fake of `kind` on an ephemeral port. */
export async function startFakeProvider(kind: ProviderKind): Promise<FakeProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const fake: FakeProvider = {
    kind,
    url: kind === 'openai' ? `${base}/v1` : base,
    apiKey: FAKE_KEYS[kind],
    model: kind === 'openai' ? 'gpt-4o-mini' : null,
    requests: [],
    script: [],
    transform: tagTranslation,
    errors: ERRORS[kind],
    reset() {
      fake.requests.length = 0;
      fake.script.length = 0;
      fake.transform = tagTranslation;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: unknown = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = null;
      }
      const recorded: RecordedRequest = { method: req.method ?? '', path: (req.url ?? '').split('?')[0]!, headers: req.headers, body, at: Date.now() };
      fake.requests.push(recorded);
      const next = fake.script.shift();
      if (next === 'hang') return; // never answer
      const answer = next ?? (req.method === 'POST' && req.headers['content-type']?.startsWith('application/json')
        ? HANDLERS[kind](fake, recorded)
        : { status: 415, body: { error: 'Content-Type must be application/json' } });
      res.writeHead(answer.status, { 'content-type': 'application/json', ...(answer.headers ?? {}) });
      res.end(JSON.stringify(answer.body ?? {}));
    });
  });
  return fake;
}

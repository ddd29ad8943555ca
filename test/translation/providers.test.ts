// The same contract for every translation provider, each against a local server speaking its real format.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTranslationProvider } from '../../src/modules/replies/translation/provider-factory.js';
import type { ProviderPolicy, TranslationProvider } from '../../src/modules/replies/translation/provider.js';
import { PROVIDER_KINDS, type ProviderKind } from '../../src/modules/replies/translation/translation.table.js';
import { AppError } from '../../src/shared/errors.js';
import { type FakeProvider, startFakeProvider } from './fake-providers.js';

const FAST: Partial<ProviderPolicy> = { timeoutMs: 2_000, maxAttempts: 3, maxRetryWaitMs: 2_000 };

function providerFor(fake: FakeProvider, overrides: { apiKey?: string | null; policy?: Partial<ProviderPolicy>; url?: string } = {}): TranslationProvider {
  return createTranslationProvider(fake.kind, {
    url: overrides.url ?? fake.url,
    apiKey: overrides.apiKey === undefined ? fake.apiKey : overrides.apiKey,
    model: fake.model,
    policy: overrides.policy ?? FAST,
  });
}

async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error, 'expected the call to fail').toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each(PROVIDER_KINDS)('translation provider %s', (kind: ProviderKind) => {
  let fake: FakeProvider;
  beforeAll(async () => {
    fake = await startFakeProvider(kind);
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.reset());

  it('translates with the request its API expects', async () => {
    const [result] = await providerFor(fake).translate(['Where is my order ⟦1⟧?'], 'de', 'en');
    expect(result!.text).toMatch(/^\[de\] Where is my order ⟦1⟧\?$/);
    expect(fake.requests).toHaveLength(1);
    const { headers, body, path } = fake.requests[0]!;
    expect(headers['content-type']).toBe('application/json');
    if (kind === 'openai') {
      expect(path).toBe('/v1/chat/completions');
      expect(headers.authorization).toBe(`Bearer ${fake.apiKey}`);
      expect(body).toMatchObject({ model: 'gpt-4o-mini', temperature: 0 });
      expect(body.messages.map((m: { role: string }) => m.role)).toEqual(['system', 'user']);
      expect(body.messages[0].content).toContain('⟦1⟧');
      expect(body.messages[0].content).toContain('German (de)');
      expect(body.messages[1].content).toBe('Where is my order ⟦1⟧?');
    } else if (kind === 'deepl') {
      expect(path).toBe('/v2/translate');
      expect(headers.authorization).toBe(`DeepL-Auth-Key ${fake.apiKey}`);
      expect(body).toEqual({ text: ['Where is my order ⟦1⟧?'], target_lang: 'DE', source_lang: 'EN', tag_handling: 'xml', ignore_tags: ['x'] });
      expect(result!.detectedLanguage).toBe('en');
    } else {
      expect(path).toBe('/translate');
      expect(headers.authorization).toBeUndefined();
      expect(body).toEqual({ q: 'Where is my order ⟦1⟧?', source: 'en', target: 'de', format: 'text', api_key: fake.apiKey });
    }
  });

  it('translates several texts in order and reports the detected language where the API gives one', async () => {
    const results = await providerFor(fake).translate(['one', 'two', 'three'], 'fr');
    expect(results.map((r) => r.text)).toEqual(['[fr] one', '[fr] two', '[fr] three']);
    if (kind !== 'openai') expect(results[0]!.detectedLanguage).toBe('en');
    if (kind === 'libretranslate') expect(fake.requests[0]!.body.source).toBe('auto');
    if (kind === 'deepl') expect(fake.requests[0]!.body).not.toHaveProperty('source_lang');
  });

  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    fake.script.push(fake.errors.rateLimited('1'));
    const [result] = await providerFor(fake).translate(['Hello'], 'es');
    expect(result!.text).toBe('[es] Hello');
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1]!.at - fake.requests[0]!.at).toBeGreaterThanOrEqual(900);
  });

  it('retries a 503 with backoff when there is no Retry-After', async () => {
    fake.script.push(fake.errors.unavailable());
    const [result] = await providerFor(fake).translate(['Hello'], 'es');
    expect(result!.text).toBe('[es] Hello');
    expect(fake.requests).toHaveLength(2);
  });

  it('gives up after three rate-limited tries with an error naming the provider and the reason', async () => {
    fake.script.push(fake.errors.rateLimited('0'), fake.errors.rateLimited('0'), fake.errors.rateLimited('0'), fake.errors.rateLimited('0'));
    const error = await appErrorOf(providerFor(fake).translate(['Hello'], 'es'));
    expect(fake.requests).toHaveLength(3);
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain(providerFor(fake).label);
    expect(error.message).toMatch(/rate limited.*429 3 times/);
  });

  it('caps a long Retry-After at the policy’s longest wait', async () => {
    fake.script.push(fake.errors.rateLimited('3600'));
    const started = Date.now();
    await providerFor(fake, { policy: { ...FAST, maxRetryWaitMs: 100 } }).translate(['Hello'], 'es');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(fake.requests).toHaveLength(2);
  });

  it('says the key was rejected, without repeating the key', async () => {
    const wrongKey = kind === 'deepl' ? 'wrong-deepl-key:fx' : 'sk-wrong-key-123456';
    const error = await appErrorOf(providerFor(fake, { apiKey: wrongKey }).translate(['Hello'], 'es'));
    expect(error.code).toBe('unprocessable');
    expect(error.message).toContain('the translation provider rejected the API key');
    expect(error.message).not.toContain(wrongKey);
    expect(fake.requests).toHaveLength(1);
  });

  it('reports the quota error of its API', async () => {
    fake.script.push(fake.errors.quota());
    const error = await appErrorOf(providerFor(fake).translate(['Hello'], 'es'));
    expect(fake.requests).toHaveLength(1);
    if (kind === 'deepl') expect(error).toMatchObject({ code: 'unavailable', message: expect.stringContaining('quota of this account is used up (HTTP 456') });
    if (kind === 'openai') expect(error).toMatchObject({ code: 'unavailable', message: expect.stringContaining('no quota left') });
    if (kind === 'libretranslate') expect(error).toMatchObject({ code: 'unprocessable', message: expect.stringContaining('portal.libretranslate.com') });
  });

  it('times out when the service does not answer', async () => {
    fake.script.push('hang');
    const started = Date.now();
    const error = await appErrorOf(providerFor(fake, { policy: { ...FAST, timeoutMs: 300 } }).translate(['Hello'], 'es'));
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain('no answer within 0.3 s');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('passes any other error on with the provider’s own message', async () => {
    fake.script.push({ status: 500, body: kind === 'openai' ? { error: { message: 'The server had an error while processing your request.', type: 'server_error' } } : kind === 'deepl' ? { message: 'Internal error' } : { error: 'Cannot translate text: boom' } });
    const error = await appErrorOf(providerFor(fake).translate(['Hello'], 'es'));
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/HTTP 500: (The server had an error|Internal error|Cannot translate text: boom)/);
  });

  it('says where it could not connect', async () => {
    const error = await appErrorOf(providerFor(fake, { url: kind === 'openai' ? 'http://127.0.0.1:9/v1' : 'http://127.0.0.1:9' }).translate(['Hello'], 'es'));
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain('could not be reached at 127.0.0.1:9');
  });
});

describe('provider specifics', () => {
  it('DeepL: variants for English, Portuguese and Chinese, NB for Norwegian', async () => {
    const fake = await startFakeProvider('deepl');
    try {
      const provider = createTranslationProvider('deepl', { url: fake.url, apiKey: fake.apiKey, policy: FAST });
      for (const [to, target] of [['en', 'EN-US'], ['en-GB', 'EN-GB'], ['pt', 'PT-BR'], ['pt-PT', 'PT-PT'], ['zh', 'ZH-HANS'], ['zh-TW', 'ZH-HANT'], ['no', 'NB'], ['de', 'DE']] as const) {
        const [result] = await provider.translate(['Hei'], to, 'no');
        expect(fake.requests.at(-1)!.body).toMatchObject({ target_lang: target, source_lang: 'NB' });
        expect(result).toEqual({ text: `[${target.toLowerCase()}] Hei`, detectedLanguage: 'no' });
      }
    } finally {
      await fake.close();
    }
  });

  it('OpenAI-compatible: a local server without a key gets no Authorization header', async () => {
    const fake = await startFakeProvider('openai');
    try {
      await createTranslationProvider('openai', { url: fake.url, apiKey: null, model: 'llama3.1', policy: FAST }).translate(['Hi'], 'ja').catch(() => undefined);
      expect(fake.requests[0]!.headers.authorization).toBeUndefined();
      expect(fake.requests[0]!.body.model).toBe('llama3.1');
    } finally {
      await fake.close();
    }
  });

  it('OpenAI-compatible: needs a model', () => {
    expect(() => createTranslationProvider('openai', { url: 'http://127.0.0.1:1/v1' })).toThrow(/needs a model/);
  });
});

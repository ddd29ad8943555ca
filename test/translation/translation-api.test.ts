// The translation routes end to end through the API: settings with a write-only key, translating
// a reply with its back-translation, a buyer's message beside the original, stats, and translation off.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestAgent, createTestApp, createTestBrand, createTestTicket, type TestAgent, type TestApp } from '../helpers/test-app.js';
import { type FakeProvider, startFakeProvider } from './fake-providers.js';

describe('translation API', () => {
  let t: TestApp;
  let admin: TestAgent;
  let supervisor: TestAgent;
  let agent: TestAgent;
  let openai: FakeProvider;
  let deepl: FakeProvider;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin', 'senior');
    supervisor = await createTestAgent(t, 'supervisor', 'senior');
    agent = await createTestAgent(t, 'agent', 'junior');
    openai = await startFakeProvider('openai');
    deepl = await startFakeProvider('deepl');
  });
  afterAll(async () => {
    await openai.close();
    await deepl.close();
    await t.close();
  });
  beforeEach(() => {
    openai.reset();
    deepl.reset();
  });

  const useOpenAi = () =>
    admin.api.request('PUT', '/api/translation/settings', { provider: 'openai', url: openai.url, apiKey: openai.apiKey, model: 'gpt-4o-mini', costPerMillionChars: 150 });

  it('with no provider everything says translation is off', async () => {
    expect((await agent.api.get('/api/translation/status')).body).toEqual({ enabled: false });
    expect((await admin.api.get('/api/translation/settings')).body).toEqual({ enabled: false, provider: null, url: null, model: null, hasApiKey: false, costPerMillionChars: 0 });
    const refused = await agent.api.post('/api/translate', { text: 'Hallo', to: 'en' });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'unprocessable', message: expect.stringContaining('Translation is off: no provider is configured') });

    const brandId = await createTestBrand(admin.api, 'Off shop');
    const ticket = await createTestTicket(agent.api, brandId);
    const message = await agent.api.get(`/api/tickets/${ticket.id}/messages/${ticket.messages[0].id}/translation?to=de`);
    expect(message.status).toBe(422);
    expect(message.body.error.message).toContain('Translation is off');
    // The ticket itself still works, with the original text.
    expect((await agent.api.get(`/api/tickets/${ticket.id}`)).body.messages[0].text).toContain('Hello, this is message');
  });

  it('settings: admins only, the key is write-only, kept when omitted, removable, and audited without it', async () => {
    expect((await agent.api.request('PUT', '/api/translation/settings', { provider: 'deepl', url: deepl.url, apiKey: 'x' })).status).toBe(403);
    expect((await agent.api.get('/api/translation/settings')).status).toBe(403);

    const saved = await admin.api.request('PUT', '/api/translation/settings', { provider: 'deepl', url: `${deepl.url}/v2/translate`, apiKey: deepl.apiKey, costPerMillionChars: 25 });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ enabled: true, provider: 'deepl', url: deepl.url, model: null, hasApiKey: true, costPerMillionChars: 25 });
    expect((await admin.api.get('/api/translation/settings')).body).toEqual(saved.body);
    expect((await agent.api.get('/api/translation/status')).body).toEqual({ enabled: true, provider: 'deepl' });

    // Omitted key: kept (DeepL still accepts our requests).
    const kept = await admin.api.request('PUT', '/api/translation/settings', { provider: 'deepl', url: deepl.url, costPerMillionChars: 20 });
    expect(kept.body).toMatchObject({ hasApiKey: true, costPerMillionChars: 20 });
    const test = await admin.api.post('/api/translation/test', { to: 'de' });
    expect(test.status).toBe(200);
    expect(test.body).toMatchObject({ ok: true, provider: 'deepl', sample: '[de] Hello' });
    expect(deepl.requests[0]!.headers.authorization).toBe(`DeepL-Auth-Key ${deepl.apiKey}`);
    expect((await agent.api.post('/api/translation/test', {})).status).toBe(403);

    // A wrong key: the test says the provider refused it.
    await admin.api.request('PUT', '/api/translation/settings', { provider: 'deepl', url: deepl.url, apiKey: 'not-the-key:fx' });
    const refused = await admin.api.post('/api/translation/test', {});
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('the translation provider rejected the API key');

    // Null removes the key: DeepL cannot work without one.
    const cleared = await admin.api.request('PUT', '/api/translation/settings', { provider: 'deepl', url: deepl.url, apiKey: null });
    expect(cleared.status).toBe(422);
    expect(cleared.body.error.message).toContain('DeepL needs an API key');
    const libre = await admin.api.request('PUT', '/api/translation/settings', { provider: 'libretranslate', url: 'http://127.0.0.1:5000/', apiKey: null });
    expect(libre.body).toMatchObject({ provider: 'libretranslate', url: 'http://127.0.0.1:5000', hasApiKey: false });

    expect((await admin.api.request('PUT', '/api/translation/settings', { provider: 'openai', url: openai.url })).status).toBe(422);
    expect((await admin.api.request('PUT', '/api/translation/settings', { provider: 'bing', url: openai.url })).status).toBe(400);
    expect((await admin.api.request('PUT', '/api/translation/settings', { provider: 'openai', url: 'ftp://x', model: 'm' })).status).toBe(400);

    const audit = await admin.api.get('/api/audit');
    const entries = audit.body.items.filter((i: { action: string }) => i.action.startsWith('translation.'));
    expect(entries.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(audit.body)).not.toContain(deepl.apiKey);

    const doc = await admin.api.get('/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/translate', '/api/translation/settings', '/api/tickets/{id}/messages/{messageId}/translation']));

    const off = await admin.api.delete('/api/translation/settings');
    expect(off.body.enabled).toBe(false);
    expect((await agent.api.get('/api/translation/status')).body).toEqual({ enabled: false });
  });

  it('translates a reply into the buyer’s language with a back-translation, keeping variables and entities, then from the cache', async () => {
    await useOpenAi();
    const text = 'Hi {{customer.first_name}}, your order #1047 ships today; we refunded $12.50.';
    const first = await agent.api.post('/api/translate', { text, to: 'ja', from: 'en', back: true });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ text: `[ja] ${text}`, from: 'en', to: 'ja', provider: 'openai', cached: false, back: `[en] ${text}` });
    expect(openai.requests).toHaveLength(2);
    expect(openai.requests[0]!.body.messages[1].content).toBe('Hi ⟦1⟧, your order ⟦2⟧ ships today; we refunded ⟦3⟧.');

    const again = await agent.api.post('/api/translate', { text, to: 'ja', from: 'en' });
    expect(again.body).toEqual({ text: `[ja] ${text}`, from: 'en', to: 'ja', provider: 'openai', cached: true });
    expect(openai.requests).toHaveLength(2);

    expect((await agent.api.post('/api/translate', { text: '', to: 'ja' })).status).toBe(400);
    expect((await agent.api.post('/api/translate', { text: 'x', to: 'Japanese' })).status).toBe(400);
  });

  it('refuses a translation that lost an entity instead of returning it with a hole', async () => {
    await useOpenAi();
    openai.transform = (text, to) => `[${to}] ${text.replace(/⟦\d+⟧/g, '')}`;
    const res = await agent.api.post('/api/translate', { text: 'Tracking LX123456785CN for order #2048', to: 'de', from: 'en' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/lost tracking LX123456785CN, order #2048/);
  });

  it('a provider that keeps rate-limiting gives a clear 503', async () => {
    await useOpenAi();
    openai.script.push(openai.errors.rateLimited('0'), openai.errors.rateLimited('0'), openai.errors.rateLimited('0'));
    const res = await agent.api.post('/api/translate', { text: 'Rate limited text', to: 'de', from: 'en' });
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(/OpenAI-compatible endpoint .* too many requests/);
    expect(openai.requests).toHaveLength(3);
  });

  it('shows a buyer’s message in the agent’s language, with the buyer’s name kept, only on tickets the agent may see', async () => {
    await useOpenAi();
    const brandId = await createTestBrand(admin.api, 'ES shop');
    const ticket = await createTestTicket(agent.api, brandId, {
      customer: { email: 'lucia@example.es', name: 'Lucía García' },
      message: { text: 'Hola, soy Lucía García. ¿Dónde está mi pedido #1047? Pagué 29,99 € hace dos semanas y no ha llegado nada.' },
    });
    const messageId = ticket.messages[0].id;
    const res = await agent.api.get(`/api/tickets/${ticket.id}/messages/${messageId}/translation?to=en`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      messageId,
      text: '[en] Hola, soy Lucía García. ¿Dónde está mi pedido #1047? Pagué 29,99 € hace dos semanas y no ha llegado nada.',
      from: 'es',
      to: 'en',
      provider: 'openai',
      cached: false,
      translated: true,
    });
    expect(openai.requests[0]!.body.messages[1].content).toBe('Hola, soy ⟦1⟧. ¿Dónde está mi pedido ⟦2⟧? Pagué ⟦3⟧ hace dos semanas y no ha llegado nada.');
    expect(openai.requests[0]!.body.messages[0].content).toContain('from Spanish (es) into English (en)');

    // Without ?to= the agent's own locale is used (en by default); the same text comes from the cache.
    expect((await agent.api.get(`/api/tickets/${ticket.id}/messages/${messageId}/translation`)).body).toMatchObject({ to: 'en', cached: true });
    // Already in the target language: the original, no call.
    const same = await agent.api.get(`/api/tickets/${ticket.id}/messages/${messageId}/translation?to=es`);
    expect(same.body).toMatchObject({ translated: false, text: ticket.messages[0].text ?? expect.any(String) });
    expect(openai.requests).toHaveLength(1);

    const otherBrand = await createTestBrand(admin.api, 'Other shop');
    const outsider = await createTestAgent(t, 'agent', 'junior', { brandIds: [otherBrand] });
    expect((await outsider.api.get(`/api/tickets/${ticket.id}/messages/${messageId}/translation?to=en`)).status).toBe(404);
    const other = await createTestTicket(agent.api, brandId);
    expect((await agent.api.get(`/api/tickets/${other.id}/messages/${messageId}/translation?to=en`)).status).toBe(404);
  });

  it('stats: calls, cache hits, characters, cost, latency and errors for supervisors', async () => {
    expect((await agent.api.get('/api/translation/stats')).status).toBe(403);
    const stats = await supervisor.api.get('/api/translation/stats');
    expect(stats.status).toBe(200);
    const { body } = stats;
    expect(body.days).toBe(30);
    expect(body.calls).toBeGreaterThanOrEqual(6);
    expect(body.cachedCalls).toBeGreaterThanOrEqual(2);
    expect(body.errors).toBeGreaterThanOrEqual(2);
    expect(body.characters).toBeGreaterThan(100);
    expect(body.cost).toBeGreaterThan(0);
    expect(body.latencyMs.p50).toBeGreaterThanOrEqual(0);
    expect(body.latencyMs.p95).toBeGreaterThanOrEqual(body.latencyMs.p50);
    expect(body.byProvider.map((p: { provider: string }) => p.provider).sort()).toEqual(['deepl', 'openai']);
    const openaiStats = body.byProvider.find((p: { provider: string }) => p.provider === 'openai');
    expect(openaiStats).toMatchObject({ calls: expect.any(Number), cachedCalls: expect.any(Number), errors: expect.any(Number) });
    expect(openaiStats.cost).toBeGreaterThan(0);
  });
});

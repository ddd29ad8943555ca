// The translation service on the real database: the cache, the call log with cost and latency,
// protected entities through every provider, and what happens when translation is off.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { putTranslationSettings, deleteTranslationSettings, translationStatus } from '../../src/modules/replies/translation/translation-settings.service.js';
import { translateText, translateWithBack } from '../../src/modules/replies/translation/translation.service.js';
import { PROVIDER_KINDS } from '../../src/modules/replies/translation/translation.table.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { type FakeProvider, startFakeProvider } from './fake-providers.js';

describe('translation service', () => {
  let t: TestApp;
  const fakes = new Map<string, FakeProvider>();

  beforeAll(async () => {
    t = await createTestApp();
    for (const kind of PROVIDER_KINDS) fakes.set(kind, await startFakeProvider(kind));
  });
  afterAll(async () => {
    for (const fake of fakes.values()) await fake.close();
    await t.close();
  });
  beforeEach(async () => {
    for (const fake of fakes.values()) fake.reset();
    await t.runtime.db.deleteFrom('translations').execute();
    await t.runtime.db.deleteFrom('translation_calls').execute();
  });

  const use = async (kind: (typeof PROVIDER_KINDS)[number], costPerMillionChars = 20) => {
    const fake = fakes.get(kind)!;
    await putTranslationSettings(t.runtime.db, t.workspaceId, { provider: kind, url: fake.url, apiKey: fake.apiKey, model: fake.model, costPerMillionChars });
    return fake;
  };

  it('is off without settings: a clear error, and status says so', async () => {
    await deleteTranslationSettings(t.runtime.db, t.workspaceId);
    expect(await translationStatus(t.runtime.db, t.workspaceId)).toEqual({ enabled: false });
    await expect(translateText(t.runtime.db, t.workspaceId, { text: 'Hallo', to: 'en' })).rejects.toMatchObject({
      code: 'unprocessable',
      message: expect.stringContaining('Translation is off: no provider is configured'),
    });
  });

  it.each(PROVIDER_KINDS)('%s: variables, order and tracking numbers, amounts, links and names survive untouched', async (kind) => {
    const fake = await use(kind);
    const text = 'Hi {{customer.first_name}}, Sakura here: order #1047 (€29.99) was sent with LX123456785CN, see https://t.example/LX123456785CN or mail help@shop.example.';
    const result = await translateText(t.runtime.db, t.workspaceId, { text, to: 'de', from: 'en', names: ['Sakura'] });
    expect(result.text).toMatch(/^\[de\] /);
    expect(result.text.replace(/^\[de\] /, '')).toBe(text);
    const sent = JSON.stringify(fake.requests[0]!.body);
    for (const entity of ['{{customer.first_name}}', 'Sakura', '#1047', '€29.99', 'LX123456785CN', 'https://t.example', 'help@shop.example']) {
      expect(sent, `${entity} went to ${kind}`).not.toContain(entity);
    }
    expect(result).toMatchObject({ from: 'en', to: 'de', provider: kind, cached: false });
  });

  it('serves the second identical request from the cache, and logs both calls with characters, cost and latency', async () => {
    const fake = await use('deepl', 25);
    const text = 'Where is my parcel? Ça fait 3 semaines.';
    const first = await translateText(t.runtime.db, t.workspaceId, { text, to: 'en-GB' });
    const second = await translateText(t.runtime.db, t.workspaceId, { text, to: 'en-GB' });
    expect(fake.requests).toHaveLength(1);
    expect(first).toMatchObject({ cached: false, from: 'en' });
    expect(second).toMatchObject({ cached: true, text: first.text, from: 'en' });

    const calls = await t.runtime.db.selectFrom('translation_calls').selectAll().orderBy('id').execute();
    expect(calls.map((c) => [c.provider, c.target_language, c.characters, c.cached, Number(c.cost), c.error])).toEqual([
      ['deepl', 'en-GB', 39, false, (39 * 25) / 1e6, null],
      ['deepl', 'en-GB', 39, true, 0, null],
    ]);
    expect(calls.every((c) => c.latency_ms >= 0)).toBe(true);
    // Another target language, model or source language is another cache entry.
    await translateText(t.runtime.db, t.workspaceId, { text, to: 'fr' });
    expect(fake.requests).toHaveLength(2);
  });

  it('refuses a translation whose provider lost an entity, logs the error and does not cache it', async () => {
    const fake = await use('openai');
    fake.transform = (text, to) => `[${to}] ${text.replace('⟦2⟧', '')}`;
    const text = 'Order #1047 costs $5.00';
    await expect(translateText(t.runtime.db, t.workspaceId, { text, to: 'de', from: 'en' })).rejects.toMatchObject({
      code: 'unprocessable',
      message: expect.stringContaining('lost amount $5.00'),
    });
    fake.transform = (text, to) => `[${to}] ${text} ⟦1⟧`;
    await expect(translateText(t.runtime.db, t.workspaceId, { text, to: 'de', from: 'en' })).rejects.toMatchObject({
      message: expect.stringContaining('repeated order #1047'),
    });
    const calls = await t.runtime.db.selectFrom('translation_calls').select(['error', 'cached']).orderBy('id').execute();
    expect(calls).toHaveLength(2);
    expect(calls[0]!.error).toContain('lost amount $5.00');
    expect(await t.runtime.db.selectFrom('translations').selectAll().execute()).toEqual([]);

    fake.reset();
    expect((await translateText(t.runtime.db, t.workspaceId, { text, to: 'de', from: 'en' })).text).toBe('[de] Order #1047 costs $5.00');
  });

  it('logs a provider failure with its reason and no cost', async () => {
    const fake = await use('libretranslate');
    fake.script.push(fake.errors.quota());
    await expect(translateText(t.runtime.db, t.workspaceId, { text: 'Hola', to: 'en' })).rejects.toMatchObject({ code: 'unprocessable' });
    const [call] = await t.runtime.db.selectFrom('translation_calls').selectAll().execute();
    expect(call).toMatchObject({ provider: 'libretranslate', cached: false, error: expect.stringContaining('rejected the API key') });
    expect(Number(call!.cost)).toBe(0);
    expect(call!.error).not.toContain(fake.apiKey);
  });

  it('back-translates into the detected source language', async () => {
    await use('libretranslate');
    const result = await translateWithBack(t.runtime.db, t.workspaceId, { text: 'Your refund of $12.00 is on its way.', to: 'es', back: true });
    expect(result).toMatchObject({ from: 'en', text: '[es] Your refund of $12.00 is on its way.', back: '[en] Your refund of $12.00 is on its way.' });
  });
});

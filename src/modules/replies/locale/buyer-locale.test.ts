import { describe, expect, it } from 'vitest';
import { buyerLocale, DEFAULT_LOCALES, LOCALES, localePack } from './locale-pack.js';

describe('buyerLocale', () => {
  it.each([
    ['pt', 'BR', 'pt-BR'],
    ['pt', 'PT', 'pt-PT'],
    ['pt', null, 'pt-BR'],
    ['pt', 'AO', 'pt-PT'],
    ['es', 'MX', 'es-MX'],
    ['es', 'AR', 'es-MX'],
    ['es', 'CO', 'es-MX'],
    ['es', 'CL', 'es-MX'],
    ['es', 'PE', 'es-MX'],
    ['es', 'US', 'es-MX'],
    ['es', 'ES', 'es-ES'],
    ['es', null, 'es-ES'],
    ['zh', 'TW', 'zh-TW'],
    ['zh', 'HK', 'zh-TW'],
    ['zh', 'CN', 'zh-CN'],
    ['zh', 'SG', 'zh-CN'],
    ['zh-Hant', null, 'zh-TW'],
    ['zh-Hans-HK', null, 'zh-CN'],
    ['fr', 'CA', 'fr-CA'],
    ['fr', 'BE', 'fr-FR'],
    ['fr', null, 'fr-FR'],
    ['ar', 'AE', 'ar-AE'],
    ['ar', 'SA', 'ar-SA'],
    ['ar', 'EG', 'ar-SA'],
    ['en', 'GB', 'en-GB'],
    ['en', 'IE', 'en-GB'],
    ['en', 'AU', 'en-GB'],
    ['en', 'US', 'en-US'],
    ['en', 'CA', 'en-US'],
    ['en', null, 'en-US'],
    ['de', 'AT', 'de-AT'],
    ['de', 'CH', 'de-CH'],
    ['de', 'LI', 'de-CH'],
    ['de', 'DE', 'de-DE'],
    ['de', 'BE', 'de-DE'],
    ['ja', 'US', 'ja-JP'],
    ['no', 'NO', 'no-NO'],
    ['nb', null, 'no-NO'],
    ['iw', null, 'he-IL'],
    ['pt-PT', 'BR', 'pt-PT'],
    ['pt_br', null, 'pt-BR'],
    ['EN-gb', null, 'en-GB'],
    ['es', 'uk', 'es-ES'],
    ['en', 'uk', 'en-GB'],
    ['el', 'GR', 'en-US'],
    ['', 'DE', 'en-US'],
    [null, 'DE', 'en-US'],
    [undefined, undefined, 'en-US'],
  ])('%s + %s → %s', (language, country, expected) => {
    expect(buyerLocale({ language, country })).toBe(expected);
  });
});

describe('localePack', () => {
  it.each([
    ['de-DE', 'de-DE'],
    ['DE-de', 'de-DE'],
    ['pt_BR', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['es-AR', 'es-MX'],
    ['es-419', 'es-MX'],
    ['ja', 'ja-JP'],
    ['nb-NO', 'no-NO'],
    ['zh-Hant-TW', 'zh-TW'],
    ['de-LU', 'de-DE'],
    ['xx-YY', 'en-US'],
    ['', 'en-US'],
    ['not a locale at all', 'en-US'],
  ])('%j → %s', (input, expected) => {
    expect(localePack(input).locale).toBe(expected);
  });

  it('returns the same frozen object every time', () => {
    expect(localePack('pt_BR')).toBe(localePack('pt-BR'));
    expect(Object.isFrozen(localePack('de-DE').salutation.email)).toBe(true);
  });

  it('every shipped locale loads as itself, and every default is shipped', () => {
    for (const locale of LOCALES) expect(localePack(locale).locale).toBe(locale);
    for (const [language, locale] of Object.entries(DEFAULT_LOCALES)) {
      expect(LOCALES).toContain(locale);
      expect(localePack(language).locale).toBe(locale);
    }
  });
});

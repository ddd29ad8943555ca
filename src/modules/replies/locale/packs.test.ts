import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closingLine, salutation, signOff } from './salutation.js';
import { LocalePackError, PACKS_DIR, parseLocalePackOrThrow } from './load-packs.js';
import { DEFAULT_LOCALES, LOCALES, localePack } from './locale-pack.js';

const FILES = readdirSync(PACKS_DIR).filter((f) => f.endsWith('.json'));
/** SPEC N3: the 25 languages (triage codes; Norwegian is `no`). */
const LANGUAGES = ['en', 'zh', 'ja', 'ko', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'sv', 'da', 'fi', 'no', 'ru', 'uk', 'tr', 'ar', 'he', 'th', 'vi', 'id', 'ms', 'cs'];
const REGIONAL = ['en-US', 'en-GB', 'es-ES', 'es-MX', 'pt-PT', 'pt-BR', 'zh-CN', 'zh-TW', 'ar-SA', 'ar-AE', 'fr-FR', 'fr-CA', 'de-DE', 'ja-JP', 'ko-KR', 'no-NO', 'sv-SE'];

const PEOPLE = [
  {},
  { firstName: 'Anna', lastName: 'Weber', title: 'Frau Dr.' },
  { firstName: 'Jan', lastName: 'Weber', title: 'Mr' },
  { firstName: 'Anna', lastName: 'Weber' },
  { firstName: 'Anna' },
  { lastName: 'Weber', title: 'Prof.' },
  { name: 'Anna Weber', title: 'Ms' },
  { firstName: '花子', lastName: '山田', title: '女士' },
];

describe('locale packs', () => {
  it.each(FILES)('%s validates against the schema', (file) => {
    expect(() => parseLocalePackOrThrow(readFileSync(new URL(file, PACKS_DIR), 'utf8'), file)).not.toThrow();
  });

  it('ship every language of SPEC N3 and the regional variants, one default per language', () => {
    expect(LOCALES).toEqual(FILES.map((f) => f.replace(/\.json$/, '')).sort());
    expect(Object.keys(DEFAULT_LOCALES).sort()).toEqual([...LANGUAGES].sort());
    for (const locale of REGIONAL) expect(LOCALES).toContain(locale);
  });

  it('agree with the rules the brief sets', () => {
    for (const locale of LOCALES) {
      const pack = localePack(locale);
      expect(pack.avoid.redOverdue, locale).toBe(['ar', 'he'].includes(pack.language));
      expect(pack.direction, locale).toBe(['ar', 'he'].includes(pack.language) ? 'rtl' : 'ltr');
    }
    for (const locale of ['de-DE', 'nl-NL', 'sv-SE', 'da-DK', 'no-NO', 'fi-FI']) expect(localePack(locale).tone).toBe('direct');
    for (const locale of ['pt-BR', 'es-MX']) expect(localePack(locale).tone).toBe('warm');
    for (const locale of ['ja-JP', 'ko-KR']) expect(localePack(locale).tone).toBe('apologetic');
    expect(localePack('sv-SE').brevity).toBe('short');
    expect(localePack('ja-JP').nameOrder).toBe('family-given');
  });

  it('render a complete greeting, closing and sign-off for anyone on any channel', () => {
    for (const locale of LOCALES) {
      const pack = localePack(locale);
      for (const channel of ['email', 'chat'] as const) {
        for (const who of PEOPLE) {
          for (const religiousGreeting of [false, true]) {
            const text = salutation(pack, who, { channel, religiousGreeting });
            expect(text, `${locale} ${channel} ${JSON.stringify(who)}`).toMatch(/\S/);
            expect(text).not.toMatch(/[{}]|\s{2}|undefined|null/);
          }
        }
        expect(closingLine(pack, { channel }) ?? '').not.toMatch(/[{}]/);
      }
      const lines = signOff(pack, { agentName: 'Lena', brandName: 'Nordlicht', channel: 'email' });
      expect(lines.join('\n')).toContain('Lena');
      expect(lines.join('\n')).toContain('Nordlicht');
    }
  });

  it('reject a broken pack with the file name and the problem', () => {
    const good = JSON.parse(readFileSync(new URL('de-DE.json', PACKS_DIR), 'utf8'));
    const broken = (patch: object) => () => parseLocalePackOrThrow(JSON.stringify({ ...good, ...patch }), 'de-DE.json');
    expect(broken({ timeZone: 'Europe/Atlantis' })).toThrow(/de-DE\.json.*IANA/s);
    expect(broken({ tone: 'rude' })).toThrow(LocalePackError);
    expect(broken({ direction: 'rtl' })).toThrow(/right-to-left/);
    expect(broken({ signOff: { email: ['{agnet}'] } })).toThrow(/agent/);
    expect(broken({ salutation: { ...good.salutation, email: { anonymous: 'Hallo {nmae},' } } })).toThrow(/placeholder/);
    expect(broken({ surprise: true })).toThrow(LocalePackError);
    expect(() => parseLocalePackOrThrow('{', 'x.json')).toThrow(/x\.json: invalid JSON/);
    expect(() => parseLocalePackOrThrow(JSON.stringify(good), 'de-AT.json')).toThrow(/holds de-DE/);
  });
});

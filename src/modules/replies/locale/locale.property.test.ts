import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeReply } from './compose.js';
import { formatMoney } from './formatting.js';
import { LOCALES, localePack, type LocalePack } from './locale-pack.js';
import { parseTitle } from './parse-title.js';
import { salutation, type ReplyChannel } from './salutation.js';

const PACK = fc.constantFrom(...LOCALES).map(localePack);
const CHANNEL = fc.constantFrom<ReplyChannel>('email', 'chat', 'marketplace', 'api', 'web_form', 'social', 'phone');
const NASTY = fc.constantFrom('<', '>', '&', '"', "'", '<script>', '</p>', '&amp;', '\n', '\r\n', '\n\n', ' ', '\t', '\u200f', '{name}');
const TEXT = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.array(NASTY, { maxLength: 8 }).map((a) => a.join('')));

/** Undoes composeReply's HTML: what remains must be exactly the text. */
function htmlToText(html: string): string {
  const inner = html.replace(/^<div dir="(ltr|rtl)" lang="[a-zA-Z-]+">/, '').replace(/<\/div>$/, '');
  return inner
    .replace(/^<p>|<\/p>$/g, '')
    .split('</p><p>')
    .join('\n\n')
    .replace(/<br>/g, '\n')
    .replace(/&lt;|&gt;|&quot;|&#39;|&amp;/g, (e) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' })[e]!);
}

/** The digits of a formatted text as ASCII, whatever numbering system the pack writes in. */
function asciiDigits(pack: LocalePack, text: string): string {
  const own = new Intl.NumberFormat(pack.intlLocale ?? pack.locale, { numberingSystem: pack.numberingSystem, useGrouping: false }).format(9876543210);
  const value = new Map([...own].map((d, i) => [d, String(9 - i)]));
  return [...text].filter((ch) => /\p{Nd}/u.test(ch)).map((d) => value.get(d) ?? '?').join('');
}

describe('locale properties', () => {
  it('composeReply never lets a raw < or > from the input into the HTML, and the HTML says exactly the text', () => {
    fc.assert(
      fc.property(PACK, CHANNEL, TEXT, fc.array(TEXT, { maxLength: 5 }), fc.option(TEXT), fc.array(TEXT, { maxLength: 3 }), (pack, channel, greeting, paragraphs, closing, lines) => {
        const { text, html } = composeReply(pack, { salutation: greeting, paragraphs, closing, signOff: lines, channel });
        const tagsRemoved = html.replace(/<div dir="(ltr|rtl)" lang="[a-zA-Z-]+">|<\/div>|<p>|<\/p>|<br>/g, '');
        expect(tagsRemoved).not.toMatch(/[<>]/);
        expect(htmlToText(html)).toBe(text);
        expect(text).not.toMatch(/\n{3}/);
      }),
      { numRuns: 1500 },
    );
  });

  it('formatMoney round-trips the digits of any amount, in every pack', () => {
    fc.assert(
      fc.property(PACK, fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), fc.constantFrom('EUR', 'USD', 'JPY'), (pack, minor, currency) => {
        const amount = currency === 'JPY' ? minor : minor / 100;
        const expected = currency === 'JPY' ? String(Math.abs(minor)) : Math.abs(amount).toFixed(2).replace('.', '');
        const text = formatMoney(pack, amount, currency);
        expect(asciiDigits(pack, text)).toBe(expected);
        expect(/[-−]/.test(text)).toBe(minor < 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('salutation never throws, never leaves a placeholder and is never empty', () => {
    const name = fc.option(fc.oneof(fc.string({ maxLength: 30 }).filter((s) => !/[{}]/.test(s)), fc.constantFrom('ANNA', 'van Dijk', '山田', 'فاطمة', 'Nguyễn Thị Lan', 'J.', '-')));
    const title = fc.option(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('Frau Dr.', 'Mrs', 'Sra.', '女士', 'Prof. Dr.', 'Mr & Mrs', 'Ing.', 'Dott.ssa')));
    fc.assert(
      fc.property(PACK, CHANNEL, fc.boolean(), name, name, name, title, (pack, channel, religiousGreeting, firstName, lastName, full, t) => {
        const text = salutation(pack, { firstName, lastName, name: full, title: t }, { channel, religiousGreeting });
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(/\{(honorific|academic|given|family|name|familyOrName)\}/);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseTitle is total and returns known academic titles in rank order', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), (title) => {
        const { gender, academic } = parseTitle(title);
        expect(['female', 'male', 'unknown']).toContain(gender);
        const rank = academic.map((a) => ['prof', 'dr', 'mag', 'ing'].indexOf(a));
        expect(rank.every((r, i) => r >= 0 && (i === 0 || r > rank[i - 1]!))).toBe(true);
      }),
    );
  });

  it('localePack answers a shipped pack for any input, whatever its case or separator', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...LOCALES), fc.constantFrom('pt_br', 'ZH-hant', 'es-419', 'nb')), (tag) => {
        const pack = localePack(tag);
        expect(LOCALES).toContain(pack.locale);
        if (/^[\x20-\x7e]*$/.test(tag)) expect(localePack(tag.toUpperCase()).locale).toBe(localePack(tag.toLowerCase()).locale);
      }),
    );
  });
});

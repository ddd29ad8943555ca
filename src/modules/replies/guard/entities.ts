/**
 * The things in a reply the guard looks at besides phrases: links, e-mail addresses, order
 * numbers, card numbers, amounts and phone numbers, with where they are. Triage's extractors do the
 * reading; passes run from the most to the least distinctive and each skips what an earlier one
 * took, so a card number is never also a phone number, nor an order number an amount. Tracking
 * numbers with letters (S10, UPS 1Z, YunExpress…) cannot pass for a card or a phone number, so only
 * the numeric ones are looked for.
 */

import { findEmails } from '../../triage/entities/emails.js';
import { findAmounts } from '../../triage/entities/money.js';
import { findOrderNumbers } from '../../triage/entities/order-numbers.js';
import { findPhones, mayHoldPhone } from '../../triage/entities/phones.js';
import { type Span, overlapsAny } from '../../triage/entities/spans.js';
import { findNumericTrackingNumbers } from '../../triage/entities/tracking-numbers.js';
import { type CardNumber, findCardNumbers } from './cards.js';

export interface Located<T> {
  value: T;
  start: number;
  end: number;
}

export interface ReplyEntities {
  links: Located<string>[];
  emails: Located<string>[];
  orders: Located<string>[];
  cards: CardNumber[];
  amounts: Located<{ value: number; currency: string }>[];
  phones: Located<string>[];
}

const TLDS =
  'com|net|org|shop|store|online|site|info|biz|app|io|co|me|ly|gl|link|top|xyz|us|uk|de|fr|es|it|nl|pl|se|dk|fi|no|ru|tr|jp|cn|kr|vn|id|br|au|ca|eu|ch|at|be|pt|mx|in|sg|my|th|ph|tw|hk|nz|ie|cz|gr|ro|hu|sa|ae|il|to|cc|tv';
const SCHEME_LINK = /(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]+/gi;
const HAS_SCHEME = /https?:\/\/|www\./i;
/** A dot and a top-level domain ending a host: the anchor of a bare domain ("shop.example.com/x"). */
const TLD_END = new RegExp(`\\.(?:${TLDS})(?![A-Za-z0-9_-])`, 'gi');
const HOST_CHAR = /[A-Za-z0-9.-]/;
const PATH_CHAR = /[^\s<>"'()[\]{}]/;
const TRAILING = /[.,;:!?'"»)\]}>。、，！？]+$/;

/** The host of a link ("https://Sub.Example.com:8080/x" → "sub.example.com"). */
export function linkHost(link: string): string {
  return link
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^[^@/]*@/, '')
    .split(/[/?#:]/)[0]!
    .toLowerCase()
    .replace(/^www\./, '');
}

/** Links: with a scheme or "www.", and bare domains with a known top-level domain ("mystore.com/sale"). */
export function findLinks(text: string, taken: readonly Span[]): Located<string>[] {
  if (text.indexOf('.') < 0) return [];
  const out: Located<string>[] = [];
  const spans: Span[] = [...taken];
  const push = (start: number, end: number): void => {
    const raw = text.slice(start, end).replace(TRAILING, '');
    end = start + raw.length;
    if (raw.length < 4 || overlapsAny(spans, start, end)) return;
    out.push({ value: linkHost(raw), start, end });
    spans.push([start, end]);
  };
  if (HAS_SCHEME.test(text)) {
    SCHEME_LINK.lastIndex = 0;
    for (let m = SCHEME_LINK.exec(text); m; m = SCHEME_LINK.exec(text)) {
      const before = text[m.index - 1];
      if (before !== undefined && /[A-Za-z0-9]/.test(before)) continue;
      push(m.index, m.index + m[0].length);
    }
  }
  TLD_END.lastIndex = 0;
  for (let m = TLD_END.exec(text); m; m = TLD_END.exec(text)) {
    let start = m.index;
    while (start > 0 && HOST_CHAR.test(text[start - 1]!)) start--;
    while (text[start] === '.' || text[start] === '-') start++;
    if (start >= m.index || !/[A-Za-z]/.test(text.slice(start, m.index))) continue;
    const before = text[start - 1];
    if (before === '@' || before === '/' || before === '_') continue;
    let end = m.index + m[0].length;
    if (text[end] === '/') while (end < text.length && PATH_CHAR.test(text[end]!)) end++;
    push(start, end);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

const FOREIGN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g;

/** Arabic-Indic, Persian and full-width digits → ASCII, one code unit for one (offsets keep). */
export function asciiDigits(text: string): string {
  FOREIGN_DIGITS.lastIndex = 0;
  if (!FOREIGN_DIGITS.test(text)) return text;
  return text.replace(FOREIGN_DIGITS, (ch) => {
    const c = ch.charCodeAt(0);
    const zero = c >= 0xff10 ? 0xff10 : c >= 0x06f0 ? 0x06f0 : 0x0660;
    return String.fromCharCode(48 + c - zero);
  });
}

/** `text` with the spans blanked (same length). */
function mask(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    out += text.slice(at, from) + ' '.repeat(e - from);
    at = e;
  }
  return out + text.slice(at);
}

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export interface EntityOptions {
  language: string;
  /** ISO 3166-1 alpha-2, for phone numbers written without a country code. */
  defaultCountry: string | null;
  /** Order numbers that are this buyer's (normalised): never taken for card numbers. */
  isCustomerOrder: (value: string) => boolean;
  /** On AliExpress a lone 16-digit 3…/8… number is an order, not a card. */
  marketplace: string | null;
  /**
   * Where amounts can matter ([start, end) ranges, e.g. around compensation phrases); amounts are read
   * only there. Empty: nowhere (unless long numbers need them masked before the phone pass).
   */
  amountRanges: readonly Span[];
}

type Amount = Located<{ value: number; currency: string }>;

/** Amounts in text[from, to) (offsets in the whole text). */
function amountsIn(text: string, from: number, to: number, taken: readonly Span[], language: string): Amount[] {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const local: Span[] = [];
  for (const [s, e] of taken) if (s < to && from < e) local.push([s - from, e - from]);
  return findAmounts(part, local, { language }).map((a) => ({
    value: { value: a.value.value, currency: a.value.currency },
    start: a.start + from,
    end: a.end + from,
  }));
}

const ALIEXPRESS_ORDER = /^[38]\d{15}$/;
/** "20.11.2026", "2026-11-20", "11/20/26": a date, not a phone number. */
const DATE_SHAPE = /^\d{1,4}([./-])\d{1,2}\1\d{2,4}$/;
/** Thirteen digits or more in a row, single spaces or dashes allowed: maybe a card number. */
const CARD_SHAPED = /\d(?:[ -]?\d){12}/;
/** Phone-shaped (as triage's phone pass sees it) or card-shaped runs of digits. */
const LONG_NUMBER = /(?<![A-Za-z0-9+])(?:\+|00)?\(?\d(?:[ \u00A0.\-/()]{0,2}\d){6,}/;

/**
 * The entities of `original`. Expensive passes run only when they can matter: order numbers with three
 * digits, card numbers with thirteen, tracking and phone numbers with a long run of digits, amounts
 * in `amountRanges` (everywhere when phone numbers are looked for, so no price is read as one).
 */
export function findReplyEntities(original: string, options: EntityOptions): ReplyEntities {
  const text = asciiDigits(original);
  const taken: Span[] = [];
  const emails = findEmails(text).map((e) => ({ value: e.value, start: e.start, end: e.end }));
  for (const e of emails) taken.push([e.start, e.end]);
  const links = findLinks(text, taken);
  for (const l of links) taken.push([l.start, l.end]);

  const digits = countDigits(text);
  const result: ReplyEntities = { links, emails, orders: [], cards: [], amounts: [], phones: [] };
  if (digits === 0) return result;

  const orders = digits >= 3 ? findOrderNumbers(text, taken) : [];
  result.orders = orders.map((o) => ({ value: o.value, start: o.start, end: o.end }));
  const longNumbers = digits >= 7 && LONG_NUMBER.test(mask(text, [...taken, ...orders.map((o) => [o.start, o.end] as const)]));

  const cardShaped = digits >= 13 && CARD_SHAPED.test(text);
  if (longNumbers || cardShaped) {
    for (const t of findNumericTrackingNumbers(text, taken)) taken.push([t.start, t.end]);
    if (cardShaped) {
      for (const card of findCardNumbers(text)) {
        if (overlapsAny(taken, card.start, card.end)) continue;
        const asOrder = orders.find((o) => card.start < o.end && o.start < card.end);
        if (asOrder) {
          const lone = ALIEXPRESS_ORDER.test(asOrder.value) && asOrder.value === card.digits;
          if (!lone || options.marketplace === 'aliexpress' || options.isCustomerOrder(asOrder.value)) continue;
          result.orders = result.orders.filter((o) => o.start !== asOrder.start);
        }
        result.cards.push(card);
      }
    }
  }
  for (const o of result.orders) taken.push([o.start, o.end]);
  for (const c of result.cards) taken.push([c.start, c.end]);

  if (longNumbers) result.amounts = amountsIn(text, 0, text.length, taken, options.language);
  else for (const [from, to] of options.amountRanges) result.amounts.push(...amountsIn(text, from, to, taken, options.language));
  for (const a of result.amounts) taken.push([a.start, a.end]);

  if (longNumbers) {
    const rest = mask(text, taken);
    if (mayHoldPhone(rest) && LONG_NUMBER.test(rest)) {
      result.phones = findPhones(rest, { defaultCountry: options.defaultCountry })
        .filter((p) => !DATE_SHAPE.test(text.slice(p.start, p.end)))
        .map((p) => ({ value: p.value, start: p.start, end: p.end }));
    }
  }
  return result;
}

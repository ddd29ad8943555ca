/**
 * Finds where triage's entities occur in a message's shown text, so the conversation can mark
 * them. Triage reports values (normalised: `#4471`, E.164 phones, ISO dates, amounts as numbers),
 * not positions, so each value is searched for in the forms buyers write it. Pure: no DOM, no i18n.
 */
import type { TriageView } from './api';

export type Entities = TriageView['entities'];
export type Tracking = Entities['tracking'][number];
export type Amount = Entities['amounts'][number];

export type EntityMatch =
  | { kind: 'tracking'; value: Tracking }
  | { kind: 'order' | 'email' | 'phone' | 'date' | 'sku'; value: string }
  | { kind: 'amount'; value: Amount };

export type Segment = { text: string; entity?: EntityMatch };

interface Found {
  start: number;
  end: number;
  entity: EntityMatch;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
/** Not glued to another ASCII letter or digit (CJK text around a number is fine). */
const BEFORE = '(?<![A-Za-z0-9])';
const AFTER = '(?![A-Za-z0-9])';

function allMatches(text: string, re: RegExp, entity: EntityMatch, accept?: (m: RegExpExecArray) => boolean): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
    if (m[0] === '' || (accept && !accept(m as RegExpExecArray))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, entity });
  }
  return out;
}

/** A code as typed or printed in groups: "LX 123 456 785 CN", "lx123456785cn". */
const spaced = (code: string) => code.split('').map(escape).join('[ \\u00a0-]?');

function findTracking(text: string, tracking: Tracking): Found[] {
  return allMatches(text, new RegExp(`${BEFORE}${spaced(tracking.number)}${AFTER}`, 'gi'), { kind: 'tracking', value: tracking });
}

function findOrder(text: string, order: string): Found[] {
  const core = order.replace(/^#/, '');
  if (!core) return [];
  return allMatches(text, new RegExp(`(?:#\\s?)?${BEFORE}${spaced(core)}${AFTER}`, 'gi'), { kind: 'order', value: order });
}

function findLiteral(text: string, value: string, kind: 'email' | 'sku'): Found[] {
  if (!value) return [];
  return allMatches(text, new RegExp(`(?<![A-Za-z0-9._%+-])${escape(value)}${AFTER}`, 'gi'), { kind, value });
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** A phone as written ("+49 170 1234567", "0170-123 4567", "138 0013 8000") whose digits end the E.164 number. */
function findPhone(text: string, e164: string): Found[] {
  const full = digitsOf(e164);
  return allMatches(text, /(?<![\d+])\+?\(?\d[\d \u00a0().-]{4,}\d(?!\d)/g, { kind: 'phone', value: e164 }, (m) => {
    const written = digitsOf(m[0]);
    if (written === full) return true;
    const national = written.replace(/^0+/, '');
    return national.length >= 6 && full.endsWith(national) && full.length - national.length <= 3;
  });
}

/** The values a written number can mean: "1.500" is 1500 or 1.5, "1,299.00" and "1.299,00" are 1299. */
export function numberReadings(raw: string): number[] {
  const s = raw.replace(/[\s\u00a0'’]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const [int = '', frac = ''] = s.split(decimal);
    return [Number(`${int.replace(/[.,]/g, '')}.${frac}`)];
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (!sep) return [Number(s)];
  const parts = s.split(sep);
  const readings = [Number(parts.join(''))];
  if (parts.length === 2) readings.push(Number(`${parts[0]}.${parts[1]}`));
  return readings;
}

const CURRENCY_BEFORE = /(?:[A-Z]{3}|US\$|C\$|A\$|HK\$|NT\$|R\$|S\$|[$€£¥￥₩₹₽₺₪฿₫]|RM|Rp|zł|kr)\s?$/;
const CURRENCY_AFTER = /^\s?(?:[A-Z]{3}(?![A-Za-z])|[$€£¥￥₩₹₽₺₪฿₫元円원]|руб\.?|₴|zł|kr|Kč|Ft|lei|美元|欧元|英镑|日元|块|バーツ|ドル|ユーロ)/;

/** An amount with its currency mark next to it ("€ 25,99", "25.99 USD", "200元"); a bare number only with decimals. */
function findAmount(text: string, amount: Amount): Found[] {
  const entity: EntityMatch = { kind: 'amount', value: amount };
  const withMark: Found[] = [];
  const bare: Found[] = [];
  for (const m of text.matchAll(/(?<![\d.,])\d{1,3}(?:[ \u00a0.,'’]\d{3})+(?:[.,]\d{1,2})?(?![\d])|(?<![\d.,])\d+(?:[.,]\d{1,2})?(?![\d])/g)) {
    if (!numberReadings(m[0]).some((n) => Math.abs(n - amount.value) < 0.005)) continue;
    let start = m.index;
    let end = start + m[0].length;
    const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
    const after = CURRENCY_AFTER.exec(text.slice(end, end + 6));
    if (before) start -= before[0].length;
    if (after) end += after[0].length;
    (before || after ? withMark : bare).push({ start, end, entity });
  }
  if (withMark.length) return withMark;
  return bare.filter((f) => /[.,]\d{1,2}$/.test(text.slice(f.start, f.end)));
}

const monthNameCache = new Map<string, string[]>();
/** A month's names in a language, long and short, as dates write them ("März", "марта", "mar"). */
function monthNames(month: number, locale: string): string[] {
  const key = `${locale}|${month}`;
  const cached = monthNameCache.get(key);
  if (cached) return cached;
  const names = new Set<string>();
  const date = new Date(Date.UTC(2024, month - 1, 15));
  try {
    for (const style of ['long', 'short'] as const) {
      names.add(new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(date));
      // Declined forms ("15 марта", "15 listopada") appear only next to a day.
      const parts = new Intl.DateTimeFormat(locale, { month: style, day: 'numeric', timeZone: 'UTC' }).formatToParts(date);
      const part = parts.find((p) => p.type === 'month');
      if (part) names.add(part.value);
    }
  } catch {
    // An unknown language tag: English names only.
  }
  const list = [...names].map((n) => n.replace(/\.$/, '')).filter((n) => n && !/^\d+$/.test(n));
  monthNameCache.set(key, list);
  return list;
}

/** A date in the forms buyers write it: ISO, 3/15, 15.03.2024, 15 March, March 15th, 3月15日. */
function findDate(text: string, iso: string, language: string | null): Found[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return [];
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const month = Number(mo);
  const day = Number(d);
  const yy = y.slice(2);
  const D = `0?${day}`;
  const M = `0?${month}`;
  const YEAR = `(?:${y}|${yy})`;
  const names = [...new Set([...monthNames(month, 'en'), ...(language && language !== 'en' ? monthNames(month, language) : [])])]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const ordinal = '(?:st|nd|rd|th|er|e|º|\\.)?';
  const patterns = [
    `${y}[-/.年]${M}[-/.月]${D}日?`,
    `${M}月${D}[日号號]`,
    `${BEFORE}${D}[./-]${M}(?:[./-]${YEAR})?${AFTER}`,
    `${BEFORE}${M}[./-]${D}(?:[./-]${YEAR})?${AFTER}`,
  ];
  if (names) {
    patterns.push(`${BEFORE}${D}${ordinal}\\s?(?:de |of )?(?:${names})\\.?(?:,? (?:de )?${y})?(?![\\p{L}])`);
    patterns.push(`(?<![\\p{L}])(?:${names})\\.? ${D}${ordinal}(?:,? ${y})?${AFTER}`);
  }
  const re = new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'giu');
  return allMatches(text, re, { kind: 'date', value: iso });
}

/**
 * The text cut into plain and entity segments, in order. Overlapping finds keep the one that
 * starts first (and, at the same start, the longer); tracking numbers win over order numbers.
 */
export function segmentText(text: string, entities: Entities, language: string | null = null): Segment[] {
  const found: Found[] = [
    ...entities.tracking.flatMap((t) => findTracking(text, t)),
    ...entities.emails.flatMap((e) => findLiteral(text, e, 'email')),
    ...entities.orders.flatMap((o) => findOrder(text, o)),
    ...entities.phones.flatMap((p) => findPhone(text, p)),
    ...entities.amounts.flatMap((a) => findAmount(text, a)),
    ...entities.dates.flatMap((d) => findDate(text, d, language)),
    ...entities.skus.flatMap((s) => findLiteral(text, s, 'sku')),
  ];
  if (found.length === 0) return text ? [{ text }] : [];
  // Stable sort: at equal start and length, the order above decides.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const f of found) {
    if (f.start < at) continue;
    if (f.start > at) segments.push({ text: text.slice(at, f.start) });
    segments.push({ text: text.slice(f.start, f.end), entity: f.entity });
    at = f.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

export const hasEntities = (e: Entities) =>
  e.tracking.length + e.orders.length + e.emails.length + e.phones.length + e.amounts.length + e.dates.length + e.skus.length > 0;

/** Only web pages may be linked: a tracking URL that is not http(s) is shown as text. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

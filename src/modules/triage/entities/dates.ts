// Calendar dates, as ISO YYYY-MM-DD: "2026-11-20", "20/11/2026", "20.11.2026", "11/20/2026" (US),
// "20 November", "Nov 20", "20. November 2026", "20 de noviembre", "20 ноября", "2026年11月20日",
// "11月20日", "2026년 11월 20일", "ngày 20 tháng 11". Impossible dates (31 April, 29 February 2027) are dropped.

import { monthFromName } from './month-names.js';
import { type Found, type Span, overlapsAny } from './spans.js';

export interface DateOptions {
  /** `en` lets an ambiguous 11/12/2026 read month first when the message reads as American. */
  language?: string | null;
  /** The customer's country: `US` reads ambiguous numeric dates month first (for `en`). */
  defaultCountry?: string | null;
  /** Supplies the year of "20 November" (default: now). */
  referenceDate?: Date;
}

const DAY_MS = 86_400_000;
/** A date without a year that would land further than this after the reference date is last year's. */
const FUTURE_WINDOW_MS = 60 * DAY_MS;

const YMD = /(?<!\d[./-]?)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![0-9]|[-/.]\d)/g;
const DMY = /(?<!\d[./-]?)(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![0-9]|[-/.]\d)/g;
// Month-name dates are anchored on a 1–2 digit number (a cheap scan), then the month word is looked for
// right after it ("20 November", "20. marraskuuta", "20 de noviembre de 2026") or right before it
// ("Nov 20", "November 20th, 2026"). Scanning every word for a month name would cost ten times more.
const SMALL_NUMBER = /\d{1,2}(?![0-9])/g;
const MONTH_AFTER =
  /(?:st|nd|rd|th|er|e|º|°|\.)?\s{0,2}(?:(?:de|of|d['’])\s+)?([\p{L}\p{M}][\p{L}\p{M}.]*(?:\s(?:الثاني|الأول|الاول))?)(?:,?\s{0,2}(?:de\s+|del\s+)?(\d{4})(?![0-9]))?/uy;
const MONTH_BEFORE = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+\.?)\s{0,2}$/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Whether a word (a month name, perhaps abbreviated with a dot) could end right before `at`. */
function wordBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && k >= at - 2 && (text[k] === ' ' || text[k] === '\u00A0')) k--;
  if (k >= 0 && text[k] === '.') k--;
  if (k < 0) return false;
  const c = text.charCodeAt(k);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_MARK.test(text[k]!);
}
const DAY_SUFFIX_AND_YEAR = /(?:st|nd|rd|th)?(?![0-9])(?:,?\s{1,2}(\d{4})(?![0-9]))?/y;
const CJK = /(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]/g;
const VIETNAMESE = /(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,?\s*(?:năm\s+)?(\d{4})(?![0-9]))?/giu;

const US_SIGNALS = /(?<![A-Za-z])\$|\bUSD\b|\bUSPS\b/;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysIn(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** ISO string of a real date, or null. Two-digit years are 20xx; Thai Buddhist-era years are converted. */
export function isoDate(year: number, month: number, day: number): string | null {
  let y = year < 100 ? 2000 + year : year >= 2400 ? year - 543 : year;
  if (y < 1900 || y > 2100 || month < 1 || month > 12 || day < 1 || day > daysIn(y, month)) return null;
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

/** The year of a yearless date: the reference year, or the one before if that would be > 60 days ahead. */
export function yearFor(month: number, day: number, reference: Date): number {
  const y = reference.getUTCFullYear();
  return Date.UTC(y, month - 1, day) - reference.getTime() > FUTURE_WINDOW_MS ? y - 1 : y;
}

function resolve(year: number | null, month: number, day: number, reference: Date): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return isoDate(year ?? yearFor(month, day, reference), month, day);
}

/** Does an ambiguous numeric date (both parts ≤ 12) read month first? */
function readsMonthFirst(text: string, ambiguity: { dayFirst: number; monthFirst: number }, options: DateOptions): boolean {
  if (options.language !== 'en') return false;
  if (ambiguity.monthFirst !== ambiguity.dayFirst) return ambiguity.monthFirst > ambiguity.dayFirst;
  const country = options.defaultCountry?.toUpperCase();
  if (country) return country === 'US';
  return US_SIGNALS.test(text);
}

export function findDates(text: string, taken: readonly Span[] = [], options: DateOptions = {}): Found<string>[] {
  const reference = options.referenceDate ?? new Date();
  const out: Found<string>[] = [];
  const spans: Span[] = [];
  const add = (value: string | null, start: number, end: number): void => {
    if (!value || overlapsAny(taken, start, end) || overlapsAny(spans, start, end)) return;
    out.push({ value, start, end });
    spans.push([start, end]);
  };

  YMD.lastIndex = 0;
  for (let m = YMD.exec(text); m; m = YMD.exec(text)) {
    add(isoDate(Number(m[1]), Number(m[3]), Number(m[4])), m.index, m.index + m[0].length);
  }

  // Numeric d/m/y: collect first, since one unambiguous date decides how the ambiguous ones read.
  const numeric: RegExpExecArray[] = [];
  const ambiguity = { dayFirst: 0, monthFirst: 0 };
  DMY.lastIndex = 0;
  for (let m = DMY.exec(text); m; m = DMY.exec(text)) {
    if (m[4]!.length === 2 && m[2] === '-') continue; // 20-11-26 is more often a code than a date
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) ambiguity.dayFirst++;
    else if (a <= 12 && b > 12) ambiguity.monthFirst++;
    numeric.push(m);
  }
  if (numeric.length > 0) {
    const monthFirst = readsMonthFirst(text, ambiguity, options);
    for (const m of numeric) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = Number(m[4]);
      const [month, day] = a > 12 ? [b, a] : b > 12 ? [a, b] : monthFirst ? [a, b] : [b, a];
      add(isoDate(year, month, day), m.index, m.index + m[0].length);
    }
  }

  if (text.indexOf('月') >= 0 || text.indexOf('월') >= 0) {
    CJK.lastIndex = 0;
    for (let m = CJK.exec(text); m; m = CJK.exec(text)) {
      add(resolve(m[1] ? Number(m[1]) : null, Number(m[2]), Number(m[3]), reference), m.index, m.index + m[0].length);
    }
  }

  VIETNAMESE.lastIndex = 0;
  for (let m = VIETNAMESE.exec(text); m; m = VIETNAMESE.exec(text)) {
    add(resolve(m[3] ? Number(m[3]) : null, Number(m[2]), Number(m[1]), reference), m.index, m.index + m[0].length);
  }

  SMALL_NUMBER.lastIndex = 0;
  for (let m = SMALL_NUMBER.exec(text); m; m = SMALL_NUMBER.exec(text)) {
    const at = m.index;
    const before = at > 0 ? text[at - 1]! : '';
    if (before >= '0' && before <= '9') continue;
    const numberEnd = at + m[0].length;
    if (overlapsAny(spans, at, numberEnd) || overlapsAny(taken, at, numberEnd)) continue;
    const day = Number(m[0]);
    // "20 November [2026]"
    if (!(before && '.,:/-'.includes(before))) {
      MONTH_AFTER.lastIndex = numberEnd;
      const after = MONTH_AFTER.exec(text);
      const month = after ? monthFromName(after[1]!) : 0;
      if (after && month) {
        add(resolve(after[2] ? Number(after[2]) : null, month, day, reference), at, numberEnd + after[0].length);
        continue;
      }
    }
    // "Nov 20[, 2026]"
    if (!wordBefore(text, at)) continue;
    const head = MONTH_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
    const month = head ? monthFromName(head[1]!) : 0;
    if (head && month) {
      DAY_SUFFIX_AND_YEAR.lastIndex = numberEnd;
      const tail = DAY_SUFFIX_AND_YEAR.exec(text);
      if (!tail) continue;
      add(resolve(tail[1] ? Number(tail[1]) : null, month, day, reference), at - head[0].length, numberEnd + tail[0].length);
    }
  }

  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

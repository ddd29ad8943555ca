import { daysInMonth, isLeapYear, isoDate, yearOf, type IsoDate } from './civil-date.js';
import { parseMoment } from './ics-values.js';

/**
 * The part of RFC 5545 recurrence rules that holiday calendars use: FREQ=YEARLY with INTERVAL,
 * COUNT, UNTIL, BYMONTH, BYMONTHDAY and BYDAY (`4TH` = fourth Thursday, `-1MO` = last Monday).
 */
export interface YearlyRule {
  readonly interval: number;
  readonly count?: number;
  readonly until?: IsoDate;
  readonly byMonth?: readonly number[];
  readonly byMonthDay?: readonly number[];
  readonly byDay?: ReadonlyArray<{ readonly nth?: number; readonly dow: number }>;
}

export interface YearRange {
  readonly from: number;
  readonly to: number;
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** Parts that only pick times of day: irrelevant to a date. */
const TIME_PARTS = new Set(['BYHOUR', 'BYMINUTE', 'BYSECOND', 'WKST']);

/** Parses an RRULE value; a string is why it cannot be expanded. */
export function parseYearlyRule(value: string): YearlyRule | string {
  const parts = new Map<string, string>();
  for (const part of value.split(';')) {
    const [key, val] = part.split('=');
    if (key && val !== undefined) parts.set(key.trim().toUpperCase(), val.trim().toUpperCase());
  }
  if (parts.get('FREQ') !== 'YEARLY') return `only FREQ=YEARLY is expanded, not ${parts.get('FREQ') ?? 'a rule without FREQ'}`;
  const list = (key: string, min: number, max: number) => {
    const raw = parts.get(key);
    if (raw === undefined) return undefined;
    const numbers = raw.split(',').map(Number);
    return numbers.every((n) => Number.isInteger(n) && n >= min && n <= max && n !== 0) ? numbers : null;
  };
  const rule: { -readonly [K in keyof YearlyRule]: YearlyRule[K] } = { interval: 1 };
  for (const [key, val] of parts) {
    if (key === 'FREQ' || TIME_PARTS.has(key)) continue;
    if (key === 'INTERVAL' || key === 'COUNT') {
      const n = Number(val);
      if (!Number.isInteger(n) || n < 1) return `${key}=${val} is not a positive whole number`;
      if (key === 'INTERVAL') rule.interval = n;
      else rule.count = n;
    } else if (key === 'UNTIL') {
      const until = parseMoment(val, 'UTC');
      if (typeof until === 'string') return `UNTIL: ${until}`;
      rule.until = until.date;
    } else if (key === 'BYMONTH' || key === 'BYMONTHDAY') {
      const numbers = key === 'BYMONTH' ? list(key, 1, 12) : list(key, -31, 31);
      if (!numbers) return `${key}=${val} is not a valid list`;
      if (key === 'BYMONTH') rule.byMonth = numbers;
      else rule.byMonthDay = numbers;
    } else if (key === 'BYDAY') {
      const days = val.split(',').map((d) => /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(d));
      if (days.some((d) => !d || d[1] === '0' || Math.abs(Number(d[1] ?? 0)) > 53)) return `BYDAY=${val} is not a valid list`;
      rule.byDay = days.map((d) => ({ ...(d![1] ? { nth: Number(d![1]) } : {}), dow: DAYS.indexOf(d![2]!) }));
    } else {
      return `${key} is not supported`;
    }
  }
  return rule;
}

/** How far back before the range a COUNT rule is walked; further is no holiday calendar, and costly. */
export const MAX_COUNT_WALK_YEARS = 200;

/**
 * Occurrence dates of a yearly rule starting at `start` that fall in `range`, in order. The start
 * always counts as the first occurrence (RFC 5545 3.8.5.3), so COUNT is counted from it.
 */
export function expandYearly(rule: YearlyRule, start: IsoDate, range: YearRange): IsoDate[] | string {
  const startYear = yearOf(start);
  if (rule.count !== undefined && range.from - startYear > MAX_COUNT_WALK_YEARS) {
    return `COUNT counted from ${startYear} is more than ${MAX_COUNT_WALK_YEARS} years before ${range.from}; not expanded`;
  }
  const lastYear = Math.min(range.to, rule.until ? yearOf(rule.until) : range.to);
  let year = startYear;
  // Without COUNT the years before the range need not be walked.
  if (rule.count === undefined && range.from > startYear) year += Math.ceil((range.from - startYear) / rule.interval) * rule.interval;
  const out: IsoDate[] = [];
  let seen = 0;
  for (; year <= lastYear; year += rule.interval) {
    const candidates = datesInYear(rule, year, start);
    if (year === startYear && !candidates.includes(start)) candidates.unshift(start);
    for (const date of candidates.sort()) {
      if (date < start || (rule.until && date > rule.until)) continue;
      if (rule.count !== undefined && ++seen > rule.count) return out;
      if (year >= range.from) out.push(date);
    }
  }
  return out;
}

/**
 * The rule's dates in one year, by arithmetic on day numbers (no date objects), so that walking a
 * COUNT rule from an old DTSTART stays cheap.
 */
function datesInYear(rule: YearlyRule, year: number, start: IsoDate): IsoDate[] {
  const { byMonth, byMonthDay, byDay } = rule;
  const months = byMonth ?? ALL_MONTHS;
  if (!byMonthDay && !byDay) {
    const day = Number(start.slice(-2));
    return (byMonth ?? [Number(start.slice(-5, -3))]).filter((m) => day <= daysInMonth(year, m)).map((m) => isoDate(year, m, day));
  }
  if (byDay && !byMonth && !byMonthDay) {
    const length = isLeapYear(year) ? 366 : 365;
    return pickWeekdays(length, dayOfWeek(year, 1, 1), byDay).map((n) => fromDayOfYear(year, n));
  }
  const out: IsoDate[] = [];
  for (const month of months) {
    const length = daysInMonth(year, month);
    const firstDow = dayOfWeek(year, month, 1);
    let days: number[];
    if (byMonthDay) {
      days = [...new Set(byMonthDay.map((d) => (d > 0 ? d : length + d + 1)))].filter((d) => d >= 1 && d <= length);
      if (byDay) days = days.filter((d) => byDay.some((b) => b.dow === (firstDow + d - 1) % 7));
    } else {
      days = pickWeekdays(length, firstDow, byDay!);
    }
    out.push(...days.map((d) => isoDate(year, month, d)));
  }
  return out;
}

const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** Day numbers (1-based) in a run of `length` days starting on weekday `firstDow` that each BYDAY entry picks. */
function pickWeekdays(length: number, firstDow: number, byDay: NonNullable<YearlyRule['byDay']>): number[] {
  const out = new Set<number>();
  for (const { nth, dow } of byDay) {
    const first = 1 + ((dow - firstDow + 7) % 7);
    const count = Math.floor((length - first) / 7) + 1;
    if (nth === undefined) for (let i = 0; i < count; i++) out.add(first + 7 * i);
    else if (Math.abs(nth) <= count) out.add(first + 7 * (nth > 0 ? nth - 1 : count + nth));
  }
  return [...out];
}

/** 0 = Sunday; Sakamoto's method for the proleptic Gregorian calendar. */
function dayOfWeek(year: number, month: number, day: number): number {
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + MONTH_OFFSET[month - 1]! + day) % 7;
}
const MONTH_OFFSET = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

function fromDayOfYear(year: number, n: number): IsoDate {
  let month = 1;
  while (n > daysInMonth(year, month)) n -= daysInMonth(year, month++);
  return isoDate(year, month, n);
}

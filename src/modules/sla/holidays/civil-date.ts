/**
 * Calendar dates without a time or a zone, as ISO `YYYY-MM-DD` strings. Arithmetic runs on UTC
 * midnights, where every day has 24 hours, so no time zone or DST can shift a date.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** `isoDate(2026, 12, 25)` → `'2026-12-25'`; months are 1-based. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real date such as `2028-02-29`; false for `2027-02-29` or `2026-13-01`. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (as `Date.getUTCDay`). */
export function weekday(date: IsoDate): number {
  return toUtc(date).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** The year, read from the end so that arithmetic past 9999 (`10000-01-01`) is not misread. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, -6));
}

function toUtc(date: IsoDate): Date {
  const d = new Date(Date.UTC(2000, Number(date.slice(-5, -3)) - 1, Number(date.slice(-2))));
  d.setUTCFullYear(yearOf(date)); // Date.UTC maps years 0–99 to 1900–1999
  return d;
}

function fromUtc(d: Date): IsoDate {
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}


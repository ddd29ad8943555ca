/**
 * A deliberately slow reference for the business-time math: it walks real UTC minutes one by
 * one, reads each minute's local wall clock with Intl, and asks the calendar's JSON directly
 * whether that wall clock is inside an interval of today or of a night shift from yesterday.
 * It shares no code with src/modules/sla/calendar.
 */
import type { BusinessCalendar } from '../../src/modules/sla/calendar/calendar.types.js';

const MINUTE = 60_000;
const WEEKDAY_KEYS: Record<string, keyof BusinessCalendar['weekly']> = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };
const ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const formats = new Map<string, Intl.DateTimeFormat>();
function wallClock(zone: string, ms: number) {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short' });
    formats.set(zone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(ms)) parts[part.type] = part.value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday: WEEKDAY_KEYS[parts.weekday!]!, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function intervalsOf(calendar: BusinessCalendar, date: string, weekday: keyof BusinessCalendar['weekly']) {
  if (calendar.holidays?.includes(date)) return [];
  const special = calendar.special?.find((s) => s.date === date);
  return special ? special.intervals : (calendar.weekly[weekday] ?? []);
}

/** Whether the UTC minute starting at `ms` is a business minute. */
export function referenceIsBusinessMinute(calendar: BusinessCalendar, ms: number): boolean {
  const { date, weekday, minute } = wallClock(calendar.timezone, ms);
  for (const [open, close] of intervalsOf(calendar, date, weekday)) {
    const [o, c] = [toMinutes(open), toMinutes(close)];
    // A close not after the open runs on past midnight: today it covers open..24:00.
    if (c > o ? minute >= o && minute < c : minute >= o) return true;
  }
  const yesterday = ORDER[(ORDER.indexOf(weekday) + 6) % 7]!;
  for (const [open, close] of intervalsOf(calendar, dayBefore(date), yesterday)) {
    const [o, c] = [toMinutes(open), toMinutes(close)];
    if (c <= o && minute < c) return true;
  }
  return false;
}

/** Business minutes fully inside [from rounded up, to rounded down] to the minute. */
export function referenceBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  let count = 0;
  for (let m = Math.ceil(from.getTime() / MINUTE); m < Math.floor(to.getTime() / MINUTE); m++) {
    if (referenceIsBusinessMinute(calendar, m * MINUTE)) count++;
  }
  return count;
}

/** The end of the n-th business minute from `start`, or null if it is not within `limitMinutes`. */
export function referenceDue(calendar: BusinessCalendar, start: Date, n: number, limitMinutes: number): Date | null {
  const first = Math.ceil(start.getTime() / MINUTE);
  let count = 0;
  for (let m = first; m < first + limitMinutes; m++) {
    if (referenceIsBusinessMinute(calendar, m * MINUTE) && ++count === n) return new Date((m + 1) * MINUTE);
  }
  return null;
}

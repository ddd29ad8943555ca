/**
 * A team's business calendar as admins write it (and as `meridian sla … --calendar FILE.json`
 * reads it). Validated by `businessCalendarSchema`; the time math lives in business-time.ts.
 *
 * @example
 * { "timezone": "Europe/Berlin",
 *   "weekly": { "mon": [["09:00", "13:00"], ["14:00", "18:00"]], "sat": [["22:00", "06:00"]] },
 *   "holidays": ["2026-12-25"],
 *   "special": [{ "date": "2026-12-24", "intervals": [["09:00", "12:00"]] }] }
 */
export interface BusinessCalendar {
  /** IANA time zone whose local wall clock the hours, holidays and special days are read in. */
  readonly timezone: string;
  /** Opening hours per weekday; a missing day is closed. */
  readonly weekly: Readonly<Partial<Record<Weekday, readonly WallInterval[]>>>;
  /** Local dates (YYYY-MM-DD) closed all day, including the part of a night shift opening then. */
  readonly holidays?: readonly string[];
  /** Local dates whose hours replace the weekly hours of that date (`[]`: closed). */
  readonly special?: readonly SpecialDay[];
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * `[opens, closes]` in local wall-clock time "HH:MM" (00:00–24:00), the close exclusive.
 * A close not after the open runs past midnight and belongs to the day it opens on:
 * `["22:00", "06:00"]` on Friday is Friday 22:00 to Saturday 06:00, `["00:00", "24:00"]` all day.
 */
export type WallInterval = readonly [opens: string, closes: string];

export interface SpecialDay {
  readonly date: string;
  readonly intervals: readonly WallInterval[];
}

/** Real elapsed minutes during which the calendar's wall clock is inside an interval. */
export type BusinessMinutes = number;

/** Local wall-clock arithmetic: "HH:MM" times, YYYY-MM-DD dates as day numbers, weekdays. */

export const MINUTES_PER_DAY = 1440;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

/**
 * An interval of one local day in minutes after that day's midnight: `start` in [0, 1440),
 * `end` in (start, start + 1440]; an end past 1440 is on the next day.
 */
export interface DayInterval {
  readonly start: number;
  readonly end: number;
}

const TIME = /^(\d{2}):(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes after midnight of "HH:MM" (00:00–24:00), or null. */
export function parseWallTime(text: string): number | null {
  const match = TIME.exec(text);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= MINUTES_PER_DAY ? minutes : null;
}

export function formatWallTime(minutes: number): string {
  const m = minutes % MINUTES_PER_DAY === 0 && minutes > 0 ? MINUTES_PER_DAY : minutes % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** A close not after the open runs past midnight: ["22:00", "06:00"] is 22:00 to 06:00 the next day. */
export function dayInterval(opens: number, closes: number): DayInterval {
  return { start: opens, end: closes > opens ? closes : closes + MINUTES_PER_DAY };
}

/** Days since 1970-01-01 of a real date "YYYY-MM-DD", or null. */
export function parseLocalDate(text: string): number | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

export function formatLocalDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday (day 0, 1970-01-01, was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

import { parseBusinessCalendar } from './calendar.schema.js';
import { WEEKDAYS, type BusinessCalendar, type WallInterval } from './calendar.types.js';
import { dayInterval, parseLocalDate, parseWallTime, weekdayOf, type DayInterval } from './wall-time.js';

/** A calendar ready for the time math: intervals in minutes, dates as day numbers. */
export interface CompiledCalendar {
  readonly zone: string;
  /** The intervals opening on a local day (days since 1970-01-01), holidays and special days applied. */
  intervalsOn(day: number): readonly DayInterval[];
}

const NONE: readonly DayInterval[] = [];

function toDayIntervals(pairs: readonly WallInterval[] | undefined): readonly DayInterval[] {
  if (!pairs || pairs.length === 0) return NONE;
  return pairs.map(([opens, closes]) => dayInterval(parseWallTime(opens)!, parseWallTime(closes)!)).sort((a, b) => a.start - b.start);
}

/** Validates (throws `AppError('validation_failed')`) and compiles a calendar. */
export function compileCalendar(input: BusinessCalendar): CompiledCalendar {
  const calendar = parseBusinessCalendar(input);
  const weekly = WEEKDAYS.map((day) => toDayIntervals(calendar.weekly[day]));
  const closed = new Set((calendar.holidays ?? []).map((date) => parseLocalDate(date)!));
  const special = new Map((calendar.special ?? []).map(({ date, intervals }) => [parseLocalDate(date)!, toDayIntervals(intervals)]));
  return {
    zone: calendar.timezone,
    intervalsOn(day) {
      if (closed.has(day)) return NONE;
      return special.get(day) ?? weekly[weekdayOf(day)]!;
    },
  };
}

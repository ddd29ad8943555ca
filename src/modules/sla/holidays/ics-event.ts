import { addDays, daysBetween, yearOf, type IsoDate } from './civil-date.js';
import { unescapeText, type IcsProperty } from './ics-lines.js';
import { expandYearly, parseYearlyRule, type YearRange } from './ics-rrule.js';
import { parseDurationSeconds, parseMoment, parseMomentList, type IcsMoment } from './ics-values.js';

/** One VEVENT's properties, as collected by the component walk. */
export interface RawEvent {
  readonly line: number;
  readonly props: readonly IcsProperty[];
}

/** A VEVENT reduced to what a holiday needs: its name, first day, length in days and repeats. */
export interface HolidayEvent {
  readonly line: number;
  readonly name: string;
  readonly start: IsoDate;
  readonly days: number;
  readonly uid?: string;
  /** Set on an override of one occurrence of a recurring event (RECURRENCE-ID). */
  readonly recurrenceId?: IsoDate;
  readonly recurring: boolean;
  /** Occurrence start dates within the range, excluding EXDATEs (overrides are removed later). */
  occurrences(range: YearRange, warn: Warn): IsoDate[];
}

export type Warn = (line: number, message: string) => void;

export const UNTITLED = 'Untitled holiday';
/** Longer than any closure; a longer "event" is a season or a mistake, not a holiday. */
export const MAX_EVENT_DAYS = 366;

/** Reads one event; undefined (with a warning) when it cannot give a date, or when cancelled. */
export function readEvent(event: RawEvent, timeZone: string, warn: Warn): HolidayEvent | undefined {
  const first = (name: string) => event.props.find((p) => p.name === name);
  if (first('STATUS')?.value.trim().toUpperCase() === 'CANCELLED') return undefined;
  const summary = first('SUMMARY');
  const name = summary ? unescapeText(summary.value) : '';
  const label = name || UNTITLED;
  if (!name) warn(summary?.line ?? event.line, `event without a SUMMARY, imported as "${UNTITLED}"`);

  const dtstart = first('DTSTART');
  if (!dtstart) {
    warn(event.line, `event "${label}" has no DTSTART; skipped`);
    return undefined;
  }
  const start = moment(dtstart, timeZone, warn);
  if (!start) return undefined;
  if (start.secondOfDay !== undefined) warn(event.line, `event "${label}" has a time of day; imported as the whole day(s) it touches`);

  const days = spanDays(event, start, label, timeZone, warn);
  if (days === undefined) return undefined;

  const rrule = first('RRULE');
  const ruleLine = rrule?.line ?? event.line;
  let rule = rrule ? parseYearlyRule(rrule.value) : undefined;
  if (typeof rule === 'string') {
    warn(ruleLine, `${rule}; only the first occurrence of "${label}" imported`);
    rule = undefined;
  }
  const excluded = new Set<IsoDate>();
  const extra: IsoDate[] = [];
  for (const prop of event.props.filter((p) => p.name === 'EXDATE' || p.name === 'RDATE')) {
    const { moments, problems } = parseMomentList(prop, timeZone);
    for (const problem of problems) warn(prop.line, `${prop.name}: ${problem}`);
    for (const m of moments) (prop.name === 'EXDATE' ? excluded.add(m.date) : extra.push(m.date));
  }
  const recurrence = first('RECURRENCE-ID');
  const recurrenceId = recurrence ? moment(recurrence, timeZone, warn)?.date : undefined;
  const uid = first('UID')?.value.trim();

  return {
    line: event.line,
    name: label,
    start: start.date,
    days,
    recurring: rule !== undefined || extra.length > 0,
    ...(uid ? { uid } : {}),
    ...(recurrenceId ? { recurrenceId } : {}),
    occurrences(range, warnAbout) {
      let starts = rule ? expandYearly(rule, start.date, range) : inRange(start.date, range) ? [start.date] : [];
      if (typeof starts === 'string') {
        warnAbout(ruleLine, `"${label}": ${starts}`);
        starts = [];
      }
      const all = new Set([...starts, ...extra.filter((d) => inRange(d, range))]);
      return [...all].filter((d) => !excluded.has(d)).sort();
    },
  };
}

/** How many dates the event covers: DTEND is exclusive; a timed event covers each date it touches. */
function spanDays(event: RawEvent, start: IcsMoment, label: string, timeZone: string, warn: Warn): number | undefined {
  const dtend = event.props.find((p) => p.name === 'DTEND');
  const duration = event.props.find((p) => p.name === 'DURATION');
  let end: IcsMoment | undefined;
  if (dtend) {
    end = moment(dtend, timeZone, warn);
  } else if (duration) {
    const seconds = parseDurationSeconds(duration.value);
    if (seconds === undefined) warn(duration.line, `DURATION "${duration.value.slice(0, 40)}" is not a positive duration; taken as one day`);
    else end = addSeconds(start, seconds);
  }
  if (!end) return 1;
  // An end at midnight belongs to the day before (DTEND is exclusive); so does every all-day end.
  const last = end.secondOfDay ? end.date : addDays(end.date, -1);
  const days = daysBetween(start.date, last) + 1;
  const sameInstant = end.date === start.date && (end.secondOfDay ?? 0) === (start.secondOfDay ?? 0);
  if (days < 1) {
    if (!sameInstant) warn(dtend?.line ?? event.line, `event "${label}" ends before it starts; taken as one day`);
    return 1;
  }
  if (days > MAX_EVENT_DAYS) {
    warn(event.line, `event "${label}" spans ${days} days, more than ${MAX_EVENT_DAYS}; skipped`);
    return undefined;
  }
  return days;
}

function moment(prop: IcsProperty, timeZone: string, warn: Warn): IcsMoment | undefined {
  const m = parseMoment(prop.value, timeZone);
  if (typeof m !== 'string') return m;
  warn(prop.line, `${prop.name}: ${m}`);
  return undefined;
}

function addSeconds(start: IcsMoment, seconds: number): IcsMoment {
  const total = (start.secondOfDay ?? 0) + seconds;
  const days = Math.floor(total / 86_400);
  const rest = total - days * 86_400;
  return start.secondOfDay === undefined && rest === 0 ? { date: addDays(start.date, days) } : { date: addDays(start.date, days), secondOfDay: rest };
}

function inRange(date: IsoDate, range: YearRange): boolean {
  const year = yearOf(date);
  return year >= range.from && year <= range.to;
}

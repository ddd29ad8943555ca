import { addDays, yearOf, type IsoDate } from './civil-date.js';
import { readEvent, type HolidayEvent, type RawEvent, type Warn } from './ics-event.js';
import { parseContentLine, unfoldLines, type IcsProperty } from './ics-lines.js';
import type { YearRange } from './ics-rrule.js';
import { isKnownTimeZone } from './ics-values.js';

export interface IcsHoliday {
  readonly date: IsoDate;
  readonly name: string;
  /** Last day (inclusive) of the multi-day event this date belongs to; absent for one-day events. */
  readonly endDate?: IsoDate;
}

export interface IcsImport {
  /** One entry per date, sorted by date then name; a multi-day event gives one entry for each of its days. */
  readonly holidays: IcsHoliday[];
  /** Everything skipped or assumed, each naming its line. */
  readonly warnings: string[];
  /** Set when nothing was imported at all (too large, bad options); `holidays` is then empty. */
  readonly error?: string;
}

export interface IcsImportOptions {
  /** Years to import (inclusive). Default: the years of the file's own events. At most 20 years. */
  years?: YearRange;
  /** Zone for UTC date-times (`…Z`), the calendar's home zone. Default UTC. Times with a TZID keep their written date. */
  timeZone?: string;
}

export const MAX_ICS_BYTES = 5 * 1024 * 1024;
export const MAX_ICS_EVENTS = 5_000;
export const MAX_ICS_YEARS = 20;
export const MAX_ICS_WARNINGS = 100;
export const MAX_ICS_HOLIDAYS = 50_000;

/**
 * Reads the holidays from an iCalendar file (RFC 5545) as exported by public holiday calendars,
 * Google, Outlook or Apple: all-day and timed VEVENTs, multi-day spans, yearly rules, EXDATE,
 * RDATE and overridden occurrences. Other components are ignored. Never throws on bad input:
 * what it cannot read becomes a warning naming the line.
 *
 * @example parseIcsHolidays(text, { years: { from: 2026, to: 2027 } }).holidays[0] // { date: '2026-01-01', name: 'Neujahr' }
 */
export function parseIcsHolidays(text: string, options: IcsImportOptions = {}): IcsImport {
  const warnings: string[] = [];
  let dropped = 0;
  const warn = (line: number, message: string) => (warnings.length < MAX_ICS_WARNINGS ? warnings.push(`line ${line}: ${message}`) : dropped++);
  const fail = (error: string): IcsImport => ({ holidays: [], warnings, error });
  const finish = (holidays: IcsHoliday[]): IcsImport => ({ holidays, warnings: dropped ? [...warnings, `… and ${dropped} more warnings`] : warnings });

  if (typeof text !== 'string') return fail('expected the calendar as text');
  const bytes = text.length > MAX_ICS_BYTES ? text.length : Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_ICS_BYTES) return fail(`the calendar is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_ICS_BYTES / 1024 / 1024} MB`);
  const timeZone = options.timeZone ?? 'UTC';
  if (!isKnownTimeZone(timeZone)) return fail(`unknown time zone "${timeZone}"`);
  if (options.years && !validRange(options.years)) {
    return fail(`years must be whole years with from ≤ to, at most ${MAX_ICS_YEARS} years (got ${JSON.stringify(options.years)})`);
  }

  const raw = collectEvents(text, warn);
  if (typeof raw === 'string') return fail(raw);
  const events = raw.map((e) => readEvent(e, timeZone, warn)).filter((e): e is HolidayEvent => e !== undefined);
  if (raw.length === 0) warn(1, 'no VEVENT found; is this an iCalendar file?');

  let range = options.years;
  if (!range && events.length > 0) {
    const years = events.map((e) => yearOf(e.start));
    range = { from: Math.min(...years), to: Math.max(...years) };
    if (range.to - range.from >= MAX_ICS_YEARS) {
      range = { from: range.to - MAX_ICS_YEARS + 1, to: range.to };
      warn(1, `events span more than ${MAX_ICS_YEARS} years; only ${range.from}–${range.to} imported`);
    }
    const recurring = events.find((e) => e.recurring);
    if (recurring) warn(recurring.line, `recurring events expanded over ${range.from}–${range.to} only; choose the years to import`);
  }
  if (!range) return finish([]);
  const holidays = expand(events, range, warn);
  return typeof holidays === 'string' ? fail(holidays) : finish(holidays);
}

/** Walks BEGIN/END nesting and keeps the properties of each VEVENT (not of a VALARM inside one). */
function collectEvents(text: string, warn: Warn): RawEvent[] | string {
  const events: RawEvent[] = [];
  const stack: string[] = [];
  let current: { line: number; props: IcsProperty[] } | undefined;
  for (const line of unfoldLines(text)) {
    const prop = parseContentLine(line);
    if (!prop) {
      warn(line.line, `not an iCalendar line: "${line.text.slice(0, 40)}"`);
      continue;
    }
    if (prop.name === 'BEGIN' || prop.name === 'END') {
      const component = prop.value.trim().toUpperCase();
      if (prop.name === 'BEGIN') {
        stack.push(component);
        if (component === 'VEVENT') {
          if (current) warn(line.line, 'VEVENT inside a VEVENT; the outer one is dropped');
          if (events.length >= MAX_ICS_EVENTS) return `the calendar has more than ${MAX_ICS_EVENTS} events; split it or import fewer years`;
          current = { line: line.line, props: [] };
        }
        continue;
      }
      const at = stack.lastIndexOf(component);
      if (at < 0) warn(line.line, `END:${component} without BEGIN`);
      else {
        if (at !== stack.length - 1) warn(line.line, `END:${component} closes ${stack.slice(at + 1).join(', ')} too`);
        stack.length = at;
      }
      if (component === 'VEVENT' && current) {
        events.push(current);
        current = undefined;
      }
      continue;
    }
    if (current && stack.at(-1) === 'VEVENT') current.props.push(prop);
  }
  if (current) {
    warn(current.line, 'VEVENT not closed by END:VEVENT; read anyway');
    events.push(current);
  }
  return events;
}

/** Every date of every occurrence in range; an overridden occurrence gives way to its override. */
function expand(events: readonly HolidayEvent[], range: YearRange, warn: Warn): IcsHoliday[] | string {
  const overridden = new Set(events.filter((e) => e.recurrenceId && e.uid).map((e) => `${e.uid}\u0000${e.recurrenceId}`));
  const seen = new Set<string>();
  const out: IcsHoliday[] = [];
  for (const event of events) {
    // From a year earlier: a span that starts in late December may reach into the range.
    for (const start of event.occurrences({ from: event.days > 1 ? range.from - 1 : range.from, to: range.to }, warn)) {
      if (!event.recurrenceId && event.uid && overridden.has(`${event.uid}\u0000${start}`)) continue;
      const endDate = event.days > 1 ? addDays(start, event.days - 1) : undefined;
      for (let i = 0; i < event.days; i++) {
        const date = addDays(start, i);
        if (yearOf(date) < range.from || yearOf(date) > range.to) continue;
        const key = `${date}\u0000${event.name}\u0000${endDate ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (out.length >= MAX_ICS_HOLIDAYS) return `more than ${MAX_ICS_HOLIDAYS} holiday dates; import fewer years`;
        out.push(endDate ? { date, name: event.name, endDate } : { date, name: event.name });
      }
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function validRange(range: YearRange): boolean {
  const { from, to } = range;
  return Number.isInteger(from) && Number.isInteger(to) && from >= 1 && to <= 9999 && from <= to && to - from < MAX_ICS_YEARS;
}

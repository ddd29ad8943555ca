import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysInMonth, isIsoDate, isoDate, weekday, yearOf } from './civil-date.js';
import { escapeText } from './ics-lines.js';
import { parseIcsHolidays, type IcsHoliday } from './ics.js';

interface AllDayEvent {
  start: string;
  days: number;
  name: string;
  writeEnd: boolean;
}

const compact = (date: string) => date.replaceAll('-', '');

const EVENT: fc.Arbitrary<AllDayEvent> = fc.record({
  start: fc.integer({ min: 0, max: 729 }).map((n) => addDays('2026-01-01', n)),
  days: fc.integer({ min: 1, max: 10 }),
  // Any text a name can hold: RFC 5545 TEXT has no raw carriage return.
  name: fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), fc.constantFrom('春节', 'Noël, Saint-Étienne; \\ \n', '振替休日', 'a\\nb')).filter((s) => !s.includes('\r')),
  writeEnd: fc.boolean(),
});

/** Folds a line at the given cut points, each continuation starting with a space or a tab. */
function fold(line: string, cuts: readonly number[], eol: string, tab: boolean): string {
  const points = [...new Set(cuts.map((c) => 1 + (c % Math.max(1, line.length - 1))))].filter((p) => p < line.length).sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const p of points) {
    out += line.slice(from, p) + eol + (tab ? '\t' : ' ');
    from = p;
  }
  return out + line.slice(from);
}

function serialise(events: readonly AllDayEvent[], cuts: readonly number[][], eol: string, tab: boolean): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Meridian//property test//EN'];
  events.forEach((e, i) => {
    lines.push('BEGIN:VEVENT', `UID:${i}@test`, `DTSTART;VALUE=DATE:${compact(e.start)}`);
    if (e.writeEnd || e.days > 1) lines.push(`DTEND;VALUE=DATE:${compact(addDays(e.start, e.days))}`);
    lines.push(`SUMMARY:${escapeText(e.name)}`, 'END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return lines.map((line, i) => fold(line, cuts[i % Math.max(1, cuts.length)] ?? [], eol, tab)).join(eol) + eol;
}

function expected(events: readonly AllDayEvent[]): IcsHoliday[] {
  const byKey = new Map<string, IcsHoliday>();
  for (const e of events) {
    const endDate = e.days > 1 ? addDays(e.start, e.days - 1) : undefined;
    for (let i = 0; i < e.days; i++) {
      const date = addDays(e.start, i);
      if (yearOf(date) > 2027) continue;
      byKey.set(`${date}\u0000${e.name}\u0000${endDate ?? ''}`, endDate ? { date, name: e.name, endDate } : { date, name: e.name });
    }
  }
  return [...byKey.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

describe('parseIcsHolidays properties', () => {
  it('reads back any list of all-day events, however the lines are folded', () => {
    fc.assert(
      fc.property(
        fc.array(EVENT, { maxLength: 15 }),
        fc.array(fc.array(fc.nat(), { maxLength: 4 }), { maxLength: 8 }),
        fc.constantFrom('\r\n', '\n'),
        fc.boolean(),
        (events, cuts, eol, tab) => {
          const result = parseIcsHolidays(serialise(events, cuts, eol, tab), { years: { from: 2026, to: 2027 } });
          expect(result.warnings).toEqual(events.length ? [] : ['line 1: no VEVENT found; is this an iCalendar file?']);
          expect(result.error).toBeUndefined();
          expect(result.holidays).toEqual(expected(events));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('expands BYMONTH with an n-th or last weekday like counting the days by hand', () => {
    const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom(1, 2, 3, 4, -1, -2), (month, dow, nth) => {
        const text = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20100101', `RRULE:FREQ=YEARLY;BYMONTH=${month};BYDAY=${nth}${DAYS[dow]}`, 'SUMMARY:x', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
        const want = [2026, 2027].map((y) => {
          const days = Array.from({ length: daysInMonth(y, month) }, (_, i) => isoDate(y, month, i + 1)).filter((d) => weekday(d) === dow);
          return days.at(nth > 0 ? nth - 1 : nth)!;
        });
        expect(parseIcsHolidays(text, { years: { from: 2026, to: 2027 } }).holidays.map((h) => h.date)).toEqual(want);
      }),
    );
  });

  it('expands a yearly n-th weekday without a month like counting the days of the year by hand', () => {
    const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: -53, max: 53 }).filter((n) => n !== 0), (dow, nth) => {
        const text = ['BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20100101', `RRULE:FREQ=YEARLY;BYDAY=${nth}${DAYS[dow]}`, 'SUMMARY:x', 'END:VEVENT'].join('\r\n');
        const want = [2026, 2027].flatMap((y) => {
          const days = Array.from({ length: 366 }, (_, i) => addDays(isoDate(y, 1, 1), i)).filter((d) => yearOf(d) === y && weekday(d) === dow);
          const pick = days.at(nth > 0 ? nth - 1 : nth);
          return pick ? [pick] : [];
        });
        expect(parseIcsHolidays(text, { years: { from: 2026, to: 2027 } }).holidays.map((h) => h.date)).toEqual(want);
      }),
    );
  });

  it('never throws on garbage, and whatever it returns is well-formed', () => {
    const PIECES = fc.constantFrom(
      'BEGIN:VCALENDAR', 'END:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:VALARM', 'END:VALARM', 'END:VTODO',
      'DTSTART;VALUE=DATE:20260101', 'DTSTART:20261231T235959Z', 'DTSTART;TZID=Asia/Tokyo:20270101T000000', 'DTSTART:9999123', 'DTSTART;VALUE=DATE:99991231',
      'DTEND;VALUE=DATE:20250101', 'DTEND:2026', 'DURATION:P400D', 'DURATION:-P1D', 'DURATION:PT36H', 'RRULE:FREQ=YEARLY', 'RRULE:FREQ=YEARLY;BYDAY=-1MO',
      'RRULE:FREQ=YEARLY;BYMONTHDAY=-31;BYMONTH=2', 'RRULE:FREQ=YEARLY;COUNT=0', 'RRULE:FREQ=YEARLY;BYDAY=54MO', 'RRULE:FREQ=YEARLY;BYSETPOS=1', 'RRULE:FREQ=DAILY',
      'EXDATE:x', 'RDATE;VALUE=PERIOD:20260101/P1D', 'RECURRENCE-ID:20260101', 'UID:a', 'STATUS:CANCELLED', 'SUMMARY:\\', 'SUMMARY;LANGUAGE="de:x":y',
      'X;A="unterminated:1', ';;;', ':', ' folded', '\t', '\uFEFF', '\\n',
    );
    const LINE = fc.oneof(PIECES, fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));
    const TEXT = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.tuple(fc.array(LINE, { maxLength: 40 }), fc.constantFrom('\r\n', '\n', '\r', '\r\n ', '')).map(([l, eol]) => l.join(eol)));
    const YEARS = fc.option(fc.integer({ min: 1, max: 9999 }).chain((from) => fc.integer({ min: from, max: Math.min(9999, from + 19) }).map((to) => ({ from, to }))));
    fc.assert(
      fc.property(TEXT, YEARS, fc.constantFrom(undefined, 'UTC', 'Asia/Shanghai', 'America/Los_Angeles'), (text, years, timeZone) => {
        const result = parseIcsHolidays(text, { ...(years ? { years } : {}), ...(timeZone ? { timeZone } : {}) });
        for (const h of result.holidays) {
          expect(isIsoDate(h.date)).toBe(true);
          if (years) expect(yearOf(h.date) >= years.from && yearOf(h.date) <= years.to).toBe(true);
          expect(typeof h.name).toBe('string');
          if (h.endDate) expect(daysBetween(h.date, h.endDate)).toBeGreaterThan(0);
        }
        for (const w of result.warnings) expect(w).toMatch(/^(line \d+: |… and \d+ more warnings$)/);
      }),
      { numRuns: 1000 },
    );
  });
});

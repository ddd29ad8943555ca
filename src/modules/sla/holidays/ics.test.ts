import { describe, expect, it } from 'vitest';
import { MAX_ICS_BYTES, MAX_ICS_EVENTS, parseIcsHolidays } from './ics.js';

/** A calendar around the given lines, with CRLF line ends as RFC 5545 wants. */
const ics = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR'].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');
const YEARS = { years: { from: 2026, to: 2027 } };
const dates = (text: string, options = YEARS) => parseIcsHolidays(text, options).holidays.map((h) => h.date);

describe('parseIcsHolidays: events', () => {
  it('reads all-day events with their names', () => {
    const result = parseIcsHolidays(ics(event('DTSTART;VALUE=DATE:20261003', 'SUMMARY:Tag der Deutschen Einheit'), event('DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:20260102', 'SUMMARY:Neujahr')), YEARS);
    expect(result).toEqual({ holidays: [{ date: '2026-01-01', name: 'Neujahr' }, { date: '2026-10-03', name: 'Tag der Deutschen Einheit' }], warnings: [] });
  });

  it('treats DTEND as exclusive and expands a multi-day event to each of its dates', () => {
    const result = parseIcsHolidays(ics(event('DTSTART;VALUE=DATE:20261001', 'DTEND;VALUE=DATE:20261008', 'SUMMARY:国庆节')), YEARS);
    expect(result.holidays.map((h) => h.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(result.holidays.every((h) => h.endDate === '2026-10-07' && h.name === '国庆节')).toBe(true);
    expect(dates(ics(event('DTSTART;VALUE=DATE:20260101', 'DURATION:P2D', 'SUMMARY:x')))).toEqual(['2026-01-01', '2026-01-02']);
  });

  it('unfolds continuation lines (CRLF followed by a space or a tab)', () => {
    const text = ics(event('DTSTART;VALUE=DATE:20260525', 'SUMMARY:Spring bank\r\n  holi\r\n\tday'));
    expect(parseIcsHolidays(text, YEARS).holidays[0]?.name).toBe('Spring bank holiday');
  });

  it('undoes TEXT escapes in SUMMARY', () => {
    const text = ics(event('DTSTART;VALUE=DATE:20261225', 'SUMMARY:Christmas\\, Noël\\; 圣诞节 \\\\ o/\\nline two'));
    expect(parseIcsHolidays(text, YEARS).holidays[0]?.name).toBe('Christmas, Noël; 圣诞节 \\ o/\nline two');
  });

  it('takes a date-time with TZID as the date written, and a UTC time in the calendar’s zone', () => {
    expect(dates(ics(event('DTSTART;TZID="Europe/Berlin":20261224T000000', 'DTEND;TZID=Europe/Berlin:20261225T000000', 'SUMMARY:Heiligabend')))).toEqual(['2026-12-24']);
    // 23:00 UTC on the 24th is already the 25th in Berlin.
    const utc = ics(event('DTSTART:20261224T230000Z', 'DTEND:20261225T230000Z', 'SUMMARY:1. Weihnachtstag'));
    expect(dates(utc, { ...YEARS, timeZone: 'Europe/Berlin' } as typeof YEARS)).toEqual(['2026-12-25']);
    expect(dates(utc)).toEqual(['2026-12-24', '2026-12-25']);
    expect(parseIcsHolidays(utc, YEARS).warnings.join()).toMatch(/line 4: .*time of day/);
  });

  it('ignores other components and the properties of an alarm inside an event', () => {
    const text = ics(
      'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'BEGIN:STANDARD', 'DTSTART:19701025T030000', 'END:STANDARD', 'END:VTIMEZONE',
      'BEGIN:VTODO', 'DTSTART;VALUE=DATE:20260301', 'SUMMARY:Do taxes', 'END:VTODO',
      event('DTSTART;VALUE=DATE:20260501', 'SUMMARY:Tag der Arbeit', 'BEGIN:VALARM', 'ACTION:EMAIL', 'SUMMARY:Reminder', 'TRIGGER:-P1D', 'END:VALARM'),
    );
    expect(parseIcsHolidays(text, YEARS)).toEqual({ holidays: [{ date: '2026-05-01', name: 'Tag der Arbeit' }], warnings: [] });
  });

  it('skips cancelled events and keeps only the requested years', () => {
    expect(dates(ics(event('DTSTART;VALUE=DATE:20260101', 'STATUS:CANCELLED', 'SUMMARY:x'), event('DTSTART;VALUE=DATE:20250101', 'SUMMARY:y')))).toEqual([]);
  });

  it('keeps the days of a span that reach into the range from the year before', () => {
    expect(dates(ics(event('DTSTART;VALUE=DATE:20251229', 'DTEND;VALUE=DATE:20260104', 'SUMMARY:年末年始')))).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
  });
});

describe('parseIcsHolidays: recurrence', () => {
  it('expands FREQ=YEARLY on the start date within the range', () => {
    expect(dates(ics(event('DTSTART;VALUE=DATE:20001225', 'RRULE:FREQ=YEARLY', 'SUMMARY:Christmas')))).toEqual(['2026-12-25', '2027-12-25']);
  });

  it('expands n-th and last weekdays of a month', () => {
    const text = ics(
      event('DTSTART;VALUE=DATE:20201126', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH', 'SUMMARY:Thanksgiving'),
      event('DTSTART;VALUE=DATE:20200525', 'RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO', 'SUMMARY:Memorial Day'),
      event('DTSTART;VALUE=DATE:20201118', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=16,17,18,19,20,21,22;BYDAY=WE', 'SUMMARY:Buß- und Bettag'),
    );
    expect(parseIcsHolidays(text, YEARS).holidays).toEqual([
      { date: '2026-05-25', name: 'Memorial Day' },
      { date: '2026-11-18', name: 'Buß- und Bettag' },
      { date: '2026-11-26', name: 'Thanksgiving' },
      { date: '2027-05-31', name: 'Memorial Day' },
      { date: '2027-11-17', name: 'Buß- und Bettag' },
      { date: '2027-11-25', name: 'Thanksgiving' },
    ]);
  });

  it('honours COUNT, UNTIL, INTERVAL, EXDATE and RDATE', () => {
    expect(dates(ics(event('DTSTART;VALUE=DATE:20250101', 'RRULE:FREQ=YEARLY;COUNT=2', 'SUMMARY:x')))).toEqual(['2026-01-01']);
    expect(dates(ics(event('DTSTART;VALUE=DATE:20250101', 'RRULE:FREQ=YEARLY;UNTIL=20261231T235959Z', 'SUMMARY:x')))).toEqual(['2026-01-01']);
    expect(dates(ics(event('DTSTART;VALUE=DATE:20240101', 'RRULE:FREQ=YEARLY;INTERVAL=3', 'SUMMARY:x')))).toEqual(['2027-01-01']);
    expect(dates(ics(event('DTSTART;VALUE=DATE:20200101', 'RRULE:FREQ=YEARLY', 'EXDATE;VALUE=DATE:20260101', 'SUMMARY:x')))).toEqual(['2027-01-01']);
    expect(dates(ics(event('DTSTART;VALUE=DATE:20260101', 'RDATE;VALUE=DATE:20260301,20270301', 'SUMMARY:x')))).toEqual(['2026-01-01', '2026-03-01', '2027-03-01']);
  });

  it('counts BYDAY within the year when no month is given, and BYMONTHDAY from the end when negative', () => {
    expect(dates(ics(event('DTSTART;VALUE=DATE:20200101', 'RRULE:FREQ=YEARLY;BYDAY=1MO,-1FR', 'SUMMARY:x')))).toEqual(['2026-01-05', '2026-12-25', '2027-01-04', '2027-12-31']);
    expect(dates(ics(event('DTSTART;VALUE=DATE:20200101', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1', 'SUMMARY:x')), { years: { from: 2027, to: 2028 } })).toEqual(['2027-02-28', '2028-02-29']);
    expect(dates(ics(event('DTSTART;VALUE=DATE:20200229', 'RRULE:FREQ=YEARLY', 'SUMMARY:leap')), { years: { from: 2026, to: 2028 } })).toEqual(['2028-02-29']);
  });

  it('does not walk a COUNT rule from centuries back', () => {
    const result = parseIcsHolidays(ics(event('DTSTART;VALUE=DATE:15830101', 'RRULE:FREQ=YEARLY;COUNT=1000', 'SUMMARY:x')), YEARS);
    expect(result.holidays).toEqual([]);
    expect(result.warnings).toEqual([expect.stringMatching(/^line 6: "x": COUNT counted from 1583 is more than 200 years before 2026/)]);
  });

  it('lets an override (RECURRENCE-ID) replace one occurrence', () => {
    const text = ics(
      event('UID:ny@x', 'DTSTART;VALUE=DATE:20200101', 'RRULE:FREQ=YEARLY', 'SUMMARY:Neujahr'),
      event('UID:ny@x', 'RECURRENCE-ID;VALUE=DATE:20270101', 'DTSTART;VALUE=DATE:20270102', 'SUMMARY:Neujahr (moved)'),
    );
    expect(parseIcsHolidays(text, YEARS).holidays).toEqual([
      { date: '2026-01-01', name: 'Neujahr' },
      { date: '2027-01-02', name: 'Neujahr (moved)' },
    ]);
  });

  it('imports only the first occurrence of a rule it cannot expand, and says so', () => {
    const result = parseIcsHolidays(ics(event('DTSTART;VALUE=DATE:20260105', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Team day')), YEARS);
    expect(result.holidays.map((h) => h.date)).toEqual(['2026-01-05']);
    expect(result.warnings).toEqual([expect.stringMatching(/^line 6: only FREQ=YEARLY is expanded, not WEEKLY/)]);
  });

  it('without years, expands over the years of the file’s own events and says so', () => {
    const result = parseIcsHolidays(ics(event('DTSTART;VALUE=DATE:20260101', 'SUMMARY:a'), event('DTSTART;VALUE=DATE:20271003', 'SUMMARY:b'), event('DTSTART;VALUE=DATE:20261225', 'RRULE:FREQ=YEARLY', 'SUMMARY:c')));
    expect(result.holidays.map((h) => h.date)).toEqual(['2026-01-01', '2026-12-25', '2027-10-03', '2027-12-25']);
    expect(result.warnings.join()).toMatch(/expanded over 2026–2027/);
  });
});

describe('parseIcsHolidays: bad input', () => {
  it('warns with the line number and carries on', () => {
    const text = ics(
      'this is not a property',
      event('SUMMARY:No start'),
      event('DTSTART;VALUE=DATE:20260230', 'SUMMARY:Bad date'),
      event('DTSTART;VALUE=DATE:20260704', 'SUMMARY:Independence Day'),
      event('DTSTART;VALUE=DATE:20260705'),
    );
    const result = parseIcsHolidays(text, YEARS);
    expect(result.holidays).toEqual([{ date: '2026-07-04', name: 'Independence Day' }, { date: '2026-07-05', name: 'Untitled holiday' }]);
    expect(result.warnings).toEqual([
      'line 4: not an iCalendar line: "this is not a property"',
      'line 5: event "No start" has no DTSTART; skipped',
      'line 9: DTSTART: invalid date "20260230"',
      'line 16: event without a SUMMARY, imported as "Untitled holiday"',
    ]);
  });

  it('takes a backwards or empty span as one day, and skips one longer than a year', () => {
    const result = parseIcsHolidays(
      ics(
        event('DTSTART;VALUE=DATE:20260105', 'DTEND;VALUE=DATE:20260101', 'SUMMARY:backwards'),
        event('DTSTART;VALUE=DATE:20260601', 'DTEND;VALUE=DATE:20260601', 'SUMMARY:same day'),
        event('DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:20280101', 'SUMMARY:two years'),
        event('DTSTART:20260301T220000', 'DURATION:PT4H', 'SUMMARY:past midnight'),
      ),
      YEARS,
    );
    expect(result.holidays.map((h) => `${h.date} ${h.name}`)).toEqual(['2026-01-05 backwards', '2026-03-01 past midnight', '2026-03-02 past midnight', '2026-06-01 same day']);
    expect(result.warnings).toEqual([
      'line 6: event "backwards" ends before it starts; taken as one day',
      'line 14: event "two years" spans 730 days, more than 366; skipped',
      'line 19: event "past midnight" has a time of day; imported as the whole day(s) it touches',
    ]);
  });

  it('refuses to expand into more dates than any holiday calendar has', () => {
    const many = ics(...Array.from({ length: 200 }, (_, i) => event('DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:20261231', `SUMMARY:${i}`)));
    expect(parseIcsHolidays(many, YEARS)).toMatchObject({ holidays: [], error: 'more than 50000 holiday dates; import fewer years' });
  });

  it('reads an event that is never closed, with a warning', () => {
    const result = parseIcsHolidays('BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nSUMMARY:x', YEARS);
    expect(result.holidays).toEqual([{ date: '2026-01-01', name: 'x' }]);
    expect(result.warnings).toEqual(['line 2: VEVENT not closed by END:VEVENT; read anyway']);
  });

  it('says when there is nothing to read', () => {
    expect(parseIcsHolidays('', YEARS)).toEqual({ holidays: [], warnings: ['line 1: no VEVENT found; is this an iCalendar file?'] });
  });

  it('refuses a calendar over the size or event limit with a clear error', () => {
    const huge = parseIcsHolidays('X'.repeat(MAX_ICS_BYTES + 1));
    expect(huge.holidays).toEqual([]);
    expect(huge.error).toMatch(/5\.0 MB; the limit is 5 MB/);
    const many = ics(...Array.from({ length: MAX_ICS_EVENTS + 1 }, () => event('DTSTART;VALUE=DATE:20260101', 'SUMMARY:x')));
    expect(parseIcsHolidays(many, YEARS).error).toMatch(/more than 5000 events/);
  });

  it('refuses bad options instead of guessing', () => {
    expect(parseIcsHolidays(ics(), { years: { from: 2027, to: 2026 } }).error).toMatch(/from ≤ to/);
    expect(parseIcsHolidays(ics(), { years: { from: 1000, to: 3000 } }).error).toMatch(/at most 20 years/);
    expect(parseIcsHolidays(ics(), { timeZone: 'Mars/Olympus' }).error).toMatch(/unknown time zone/);
  });

  it('caps the warnings it lists', () => {
    const result = parseIcsHolidays(Array.from({ length: 500 }, () => 'garbage').join('\n'), YEARS);
    expect(result.warnings).toHaveLength(101);
    expect(result.warnings.at(-1)).toBe('… and 401 more warnings');
  });
});

import { describe, expect, it } from 'vitest';
import { parseBusinessCalendar } from './calendar.schema.js';
import { parseIsoInstant } from './iso-instant.js';

const valid = { timezone: 'Asia/Kathmandu', weekly: { mon: [['09:00', '13:00'], ['14:00', '18:00']], sat: [['22:00', '06:00']] } };
const problems = (input: unknown) => {
  try {
    parseBusinessCalendar(input);
    return [];
  } catch (error) {
    return (error as { details: { issues: string[] } }).details.issues;
  }
};

describe('businessCalendarSchema', () => {
  it('accepts the documented JSON, holidays and special days being optional', () => {
    expect(parseBusinessCalendar(valid)).toEqual(valid);
    const full = { ...valid, holidays: ['2026-12-25'], special: [{ date: '2026-12-24', intervals: [['09:00', '12:00']] }, { date: '2026-12-31', intervals: [] }] };
    expect(parseBusinessCalendar(full)).toEqual(full);
    expect(problems({ timezone: 'UTC', weekly: { sun: [['00:00', '24:00']], mon: [['18:00', '00:00'], ['00:00', '06:00']], tue: [['09:00', '12:00'], ['12:00', '18:00']] } })).toEqual([]);
  });

  it('names the field of every problem', () => {
    expect(problems({ ...valid, timezone: 'Mars/Base' })).toEqual(['timezone: unknown time zone "Mars/Base" (use an IANA name such as "Europe/Berlin")']);
    expect(problems({ weekly: {} })).toEqual(['timezone: is required: an IANA time zone such as "Europe/Berlin"']);
    expect(problems({ timezone: 'UTC', weekly: { monday: [] } })).toEqual(['weekly: unknown key "monday" (allowed: mon, tue, wed, thu, fri, sat, sun)']);
    expect(problems({ timezone: 'UTC', weekly: { mon: [['9:00', '18:00']] } })).toEqual(['weekly.mon[0][0]: "9:00" is not a time HH:MM between 00:00 and 24:00']);
    expect(problems({ timezone: 'UTC', weekly: { mon: [['09:00', '24:01']] } })).toEqual(['weekly.mon[0][1]: "24:01" is not a time HH:MM between 00:00 and 24:00']);
    expect(problems({ timezone: 'UTC', weekly: { mon: [['24:00', '06:00']] } })).toEqual(['weekly.mon[0][0]: "24:00" can only close an interval (open at "00:00" instead)']);
    expect(problems({ timezone: 'UTC', weekly: { mon: [['09:00']] } })).toEqual(['weekly.mon[0]: must be a pair ["HH:MM", "HH:MM"] (opens, closes)']);
    expect(problems({ ...valid, holidays: ['2026-02-30'] })).toEqual(['holidays[0]: "2026-02-30" is not a date YYYY-MM-DD']);
    expect(problems({ ...valid, holiday: [] })).toEqual(['calendar: unknown key "holiday" (allowed: timezone, weekly, holidays, special)']);
    expect(problems([])).toEqual(['calendar: must be an object {"timezone", "weekly", "holidays"?, "special"?}']);
  });

  it('rejects overlapping intervals of one day (a lunch break typed as an interval) but not touching ones', () => {
    expect(problems({ timezone: 'UTC', weekly: { mon: [['09:00', '18:00'], ['13:00', '14:00']] } })).toEqual([
      'weekly.mon: intervals 09:00–18:00 and 13:00–14:00 overlap (a break is two intervals: ["09:00","13:00"], ["14:00","18:00"])',
    ]);
    // 20:00–02:00 runs into the next day, so it overlaps 21:00–22:00 of the same list.
    expect(problems({ timezone: 'UTC', weekly: { fri: [['20:00', '02:00'], ['21:00', '22:00']] } })).toHaveLength(1);
    expect(problems({ timezone: 'UTC', weekly: { fri: [['22:00', '10:00'], ['08:00', '12:00']] } })).toEqual([]);
  });

  it('rejects a date listed as a holiday and a special day, or as two special days', () => {
    expect(problems({ ...valid, holidays: ['2026-12-24'], special: [{ date: '2026-12-24', intervals: [] }] })).toEqual(['special[0].date: 2026-12-24 is both a holiday and a special day']);
    expect(problems({ ...valid, special: [{ date: '2026-12-24', intervals: [] }, { date: '2026-12-24', intervals: [['09:00', '12:00']] }] })).toEqual([
      'special[1].date: 2026-12-24 has two special-day entries',
    ]);
  });
});

describe('parseIsoInstant', () => {
  it('takes ISO 8601 instants with an offset only', () => {
    expect(parseIsoInstant('2026-03-27T17:30:15.5+01:00')?.toISOString()).toBe('2026-03-27T16:30:15.500Z');
    expect(parseIsoInstant('2026-03-27T16:30Z')?.toISOString()).toBe('2026-03-27T16:30:00.000Z');
    expect(parseIsoInstant('2026-03-27T22:15+0545')?.toISOString()).toBe('2026-03-27T16:30:00.000Z');
    for (const bad of ['2026-03-27T16:30:00', '2026-03-27', '2026-02-30T10:00Z', 'now', '2026-03-27 16:30Z']) expect(parseIsoInstant(bad)).toBeNull();
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, isWeekend, weekday, yearOf } from './civil-date.js';
import { PUBLISHED, REQUIRED, RULES } from './holiday-rules.fixture.js';
import type { HolidaySet } from './holiday-set.schema.js';
import { HOLIDAY_SET_IDS, closedDates, findHolidaySet, holidaySet, workdayDates, type HolidayCountry, type HolidayYear } from './holiday-sets.js';
import { HolidaySetError, SETS_DIR, parseHolidaySetOrThrow } from './load-holiday-sets.js';

const ALL = HOLIDAY_SET_IDS.map((id) => {
  const year = Number(id.slice(-4)) as HolidayYear;
  return holidaySet(id.slice(0, -5) as HolidayCountry, year);
});
const label = (set: HolidaySet) => `${set.country}-${set.year}`;
const byLocalName = (set: HolidaySet, localName: string) => set.holidays.filter((h) => h.localName === localName);

describe('shipped holiday sets', () => {
  it('are exactly the files in sets/, each valid and named after what it holds', () => {
    const files = readdirSync(SETS_DIR).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...HOLIDAY_SET_IDS].sort());
    for (const file of files) expect(() => parseHolidaySetOrThrow(readFileSync(new URL(file, SETS_DIR), 'utf8'), file)).not.toThrow();
    for (const c of ['CN', 'US', 'GB', 'DE', 'FR', 'JP']) for (const y of [2026, 2027]) expect(HOLIDAY_SET_IDS).toContain(`${c}-${y}`);
  });

  it.each(ALL.map((s) => [label(s), s] as const))('%s: dates in its year, in order, none twice', (_, set) => {
    const dates = set.holidays.map((h) => h.date);
    for (const date of dates) expect(yearOf(date)).toBe(set.year);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
  });

  it.each(ALL.map((s) => [label(s), s] as const))('%s: has every holiday its country requires', (_, set) => {
    for (const localName of REQUIRED[set.country]!) expect(byLocalName(set, localName).length, localName).toBeGreaterThan(0);
  });

  it('put every rule-based holiday (fixed, n-th weekday, Easter-based) on the date its rule gives', () => {
    let checked = 0;
    for (const set of ALL) {
      for (const [localName, rule] of Object.entries(RULES[set.country] ?? {})) {
        for (const h of byLocalName(set, localName)) {
          expect(h.date, `${label(set)} ${localName}`).toBe(rule(set.year));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it.each(PUBLISHED)('%s %s falls on %s (lunar or astronomical date)', (country, localName, date) => {
    const set = findHolidaySet(country, yearOf(date))!;
    expect(byLocalName(set, localName).map((h) => h.date)).toContain(date);
  });

  it('US: a holiday on Saturday is observed the Friday before, on Sunday the Monday after', () => {
    for (const set of ALL.filter((s) => s.country === 'US')) {
      const substitutes = set.holidays.filter((h) => h.substituteFor);
      for (const h of substitutes) {
        expect(isWeekend(h.date), h.name).toBe(false);
        expect(addDays(h.substituteFor!, weekday(h.substituteFor!) === 6 ? -1 : 1)).toBe(h.date);
      }
      const weekendHolidays = set.holidays.filter((h) => h.kind === 'public' && isWeekend(h.date));
      expect(substitutes.map((h) => h.substituteFor).filter((d) => yearOf(d!) === set.year)).toEqual(weekendHolidays.map((h) => h.date));
    }
    expect(holidaySet('US', 2027).holidays.find((h) => h.substituteFor === '2028-01-01')?.date).toBe('2027-12-31');
  });

  it('GB: a bank holiday on a weekend moves to the next weekday that is not already a bank holiday', () => {
    for (const set of ALL.filter((s) => s.country.startsWith('GB'))) {
      const taken = new Set(set.holidays.filter((h) => !isWeekend(h.date)).map((h) => h.date));
      for (const h of set.holidays.filter((x) => x.substituteFor)) {
        expect(isWeekend(h.substituteFor!), h.name).toBe(true);
        let expected = addDays(h.substituteFor!, 1);
        while (isWeekend(expected) || (taken.has(expected) && expected !== h.date)) expected = addDays(expected, 1);
        expect(h.date, `${label(set)} ${h.name}`).toBe(expected);
      }
      for (const h of set.holidays.filter((x) => isWeekend(x.date))) {
        expect(set.holidays.some((x) => x.substituteFor === h.date), `${label(set)} ${h.name}`).toBe(true);
      }
    }
  });

  it('JP: a holiday on Sunday moves to the next non-holiday; a day between two holidays is one too', () => {
    for (const set of ALL.filter((s) => s.country === 'JP')) {
      const national = new Set(set.holidays.filter((h) => h.kind === 'public').map((h) => h.date));
      for (const h of set.holidays.filter((x) => x.kind === 'public' && weekday(x.date) === 0 && !x.substituteFor)) {
        let expected = addDays(h.date, 1);
        while (national.has(expected) && byLocalName(set, '振替休日').every((s) => s.date !== expected)) expected = addDays(expected, 1);
        expect(set.holidays.find((s) => s.substituteFor === h.date)?.date, `${label(set)} ${h.localName}`).toBe(expected);
      }
      for (const h of byLocalName(set, '国民の休日')) {
        expect(national.has(addDays(h.date, -1)) && national.has(addDays(h.date, 1))).toBe(true);
      }
    }
    expect(byLocalName(holidaySet('JP', 2026), '国民の休日').map((h) => h.date)).toEqual(['2026-09-22']);
    expect(byLocalName(holidaySet('JP', 2026), '振替休日').map((h) => h.date)).toEqual(['2026-05-06']);
    expect(byLocalName(holidaySet('JP', 2027), '振替休日').map((h) => h.date)).toEqual(['2027-03-22']);
  });

  it('CN: make-up working days fall on weekends, and each of the 13 statutory days gives one weekday off', () => {
    for (const set of ALL.filter((s) => s.country === 'CN')) {
      const workdays = workdayDates(set);
      for (const date of workdays) expect(isWeekend(date), date).toBe(true);
      const weekdaysOff = closedDates(set).filter((d) => !isWeekend(d));
      expect(weekdaysOff.length, label(set)).toBe(13 + workdays.length);
      expect(workdays.filter((d) => closedDates(set).includes(d))).toEqual([]);
    }
    expect(workdayDates(holidaySet('CN', 2026))).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('CN 2027 marks everything beyond the statutory days as provisional until the State Council publishes', () => {
    const set = holidaySet('CN', 2027);
    expect(set.note).toMatch(/usual pattern/);
    for (const h of set.holidays.filter((x) => x.kind === 'workday')) expect(h.provisional).toBe(true);
    expect(holidaySet('CN', 2026).holidays.some((h) => h.provisional)).toBe(false);
  });
});

describe('closedDates', () => {
  it('takes nationwide holidays only, unless regions are asked for', () => {
    const de = holidaySet('DE', 2026);
    expect(closedDates(de)).not.toContain('2026-01-06');
    expect(closedDates(de, { includeRegions: ['BY'] })).toContain('2026-01-06');
    expect(closedDates(de, { includeRegions: ['BE'] })).not.toContain('2026-01-06');
    expect(closedDates(de)).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-10-03', '2026-12-25', '2026-12-26']);
    const fr = holidaySet('FR', 2027);
    expect(closedDates(fr)).toHaveLength(11);
    expect(closedDates(fr, { includeRegions: ['67'] })).toEqual(expect.arrayContaining(['2027-03-26', '2027-12-26']));
  });

  it('adds observances on request, but never a sales peak or a make-up working day', () => {
    const jp = holidaySet('JP', 2026);
    expect(closedDates(jp)).not.toContain('2026-12-30');
    expect(closedDates(jp, { includeObservances: true })).toContain('2026-12-30');
    const us = holidaySet('US', 2026);
    expect(closedDates(us, { includeObservances: true })).not.toContain('2026-11-27');
    expect(closedDates(holidaySet('CN', 2026), { includeObservances: true })).not.toContain('2026-02-14');
  });

  it('includes observed days with the holiday itself', () => {
    expect(closedDates(holidaySet('US', 2026))).toEqual(expect.arrayContaining(['2026-07-03', '2026-07-04']));
  });
});

describe('holiday set files', () => {
  it('are rejected with the file and the problem named', () => {
    const good = JSON.parse(readFileSync(new URL('FR-2026.json', SETS_DIR), 'utf8'));
    const bad = (change: (s: typeof good) => void, file = 'FR-2026.json') => {
      const copy = structuredClone(good);
      change(copy);
      return () => parseHolidaySetOrThrow(JSON.stringify(copy), file);
    };
    expect(bad((s) => (s.holidays[0].date = '2027-01-01'))).toThrow(/FR-2026\.json.*not in 2026/s);
    expect(bad((s) => (s.holidays[0].date = '2026-02-30'))).toThrow(HolidaySetError);
    expect(bad((s) => (s.holidays[0].kind = 'holiday'))).toThrow(HolidaySetError);
    expect(bad((s) => s.holidays.reverse())).toThrow(/keep dates in order/);
    expect(bad(() => {}, 'FR-2027.json')).toThrow(/holds FR-2026/);
    expect(() => parseHolidaySetOrThrow('{', 'x.json')).toThrow(/x\.json: invalid JSON/);
  });

  it('finds a set from plain values, or nothing', () => {
    expect(findHolidaySet('DE', 2027)?.year).toBe(2027);
    expect(findHolidaySet('DE', 2031)).toBeUndefined();
    expect(findHolidaySet('XX', 2026)).toBeUndefined();
  });
});

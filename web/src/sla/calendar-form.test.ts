import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modernZones, addHoliday, addInterval, copyToWeekdays, firstBadInterval, isOvernight, mergeHolidays, officeHours, removeInterval, searchZones, setIntervalTime, weeklySummary } from './calendar-form';

const short = (day: string) => day[0]!.toUpperCase() + day.slice(1);

describe('business hours form', () => {
  it('marks an interval whose end is not after its start as overnight, but not one ending at 24:00', () => {
    expect(isOvernight(['22:00', '06:00'])).toBe(true);
    expect(isOvernight(['09:00', '00:00'])).toBe(true);
    expect(isOvernight(['09:00', '18:00'])).toBe(false);
    expect(isOvernight(['18:00', '24:00'])).toBe(false);
    expect(isOvernight(['9', '18:00'])).toBe(false);
  });

  it('adds a second shift after the first, removes it again, and names a mistyped time', () => {
    let week = officeHours();
    week = addInterval(week, 'mon');
    expect(week.mon).toEqual([['09:00', '18:00'], ['18:00', '23:00']]);
    week = setIntervalTime(week, 'mon', 0, 1, '12:00');
    week = setIntervalTime(week, 'mon', 1, 0, '13:00');
    week = setIntervalTime(week, 'mon', 1, 1, '18:00');
    expect(week.mon).toEqual([['09:00', '12:00'], ['13:00', '18:00']]);
    expect(firstBadInterval(week)).toBeNull();
    expect(firstBadInterval(setIntervalTime(week, 'tue', 0, 0, '9:00'))).toEqual(['tue', 0]);
    expect(firstBadInterval(setIntervalTime(week, 'tue', 0, 1, '09:00'))).toEqual(['tue', 0]);
    expect(removeInterval(week, 'mon', 1).mon).toEqual([['09:00', '12:00']]);
    expect(copyToWeekdays(week, 'mon').fri).toEqual([['09:00', '12:00'], ['13:00', '18:00']]);
  });

  it('summarises the week in one line, grouping days with the same hours', () => {
    const week = setIntervalTime(addInterval(officeHours(), 'sat'), 'sat', 0, 0, '22:00');
    expect(weeklySummary(officeHours(), short)).toBe('Mon–Fri 09:00–18:00');
    expect(weeklySummary({ ...week, sat: [['22:00', '06:00']] }, short)).toBe('Mon–Fri 09:00–18:00 · Sat 22:00–06:00');
  });

  it('keeps holidays sorted and unique whatever order they are added or imported in', () => {
    const date = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(date), fc.array(date), (typed, imported) => {
        const list = mergeHolidays(typed.reduce<string[]>((acc, d) => addHoliday(acc, d), []), imported);
        expect(list).toEqual([...new Set([...typed, ...imported])].sort());
      }),
    );
    expect(addHoliday(['2026-01-01'], 'not a date')).toEqual(['2026-01-01']);
  });

  it('finds time zones by any words of their name and keeps the chosen one listed', () => {
    const zones = ['America/New_York', 'Asia/Shanghai', 'Asia/Kolkata', 'Europe/Berlin'];
    expect(searchZones(zones, 'new york')).toEqual(['America/New_York']);
    expect(searchZones(zones, 'asia')).toEqual(['Asia/Shanghai', 'Asia/Kolkata']);
    expect(searchZones(zones, 'kolk', 'Europe/Berlin')).toEqual(['Europe/Berlin', 'Asia/Kolkata']);
    // Chromium lists India as Asia/Calcutta: the admin finds and saves it as Asia/Kolkata.
    expect(searchZones(modernZones(['UTC', 'Asia/Calcutta', 'Asia/Katmandu', 'Asia/Kolkata', 'Europe/Kiev']), 'kolkata')).toEqual(['Asia/Kolkata']);
    expect(modernZones(['Europe/Kiev', 'UTC', 'Asia/Calcutta'])).toEqual(['UTC', 'Asia/Kolkata', 'Europe/Kyiv']);
  });
});

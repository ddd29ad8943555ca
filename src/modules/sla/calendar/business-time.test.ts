import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, isOpen, nextOpening } from './business-time.js';
import type { BusinessCalendar } from './calendar.types.js';

const WEEKDAYS_9_18 = { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']] } as const;

const calendar = (timezone: string, weekly: BusinessCalendar['weekly'], extra: Partial<BusinessCalendar> = {}): BusinessCalendar => ({ timezone, weekly, ...extra });
/** An instant given as the calendar's local wall clock (the earlier one when it is repeated). */
const local = (zone: string, wall: string) => DateTime.fromISO(wall, { zone }).toJSDate();
const utc = (iso: string) => new Date(iso);
const wallClock = (zone: string, instant: Date | null) => (instant ? DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm ccc") : null);

describe('due dates and business minutes (named cases)', () => {
  it('Friday 17:30 + 60 min with 09:00–18:00 is Monday 09:30', () => {
    const berlin = calendar('Europe/Berlin', WEEKDAYS_9_18);
    const start = local('Europe/Berlin', '2026-03-20T17:30');
    const due = addBusinessMinutes(berlin, start, 60);
    expect(wallClock('Europe/Berlin', due)).toBe('2026-03-23T09:30 Mon');
    expect(due.toISOString()).toBe('2026-03-23T08:30:00.000Z');
    expect(businessMinutesBetween(berlin, start, due)).toBe(60);
  });

  it('skips a lunch break', () => {
    const shanghai = calendar('Asia/Shanghai', { mon: [['09:00', '12:00'], ['13:00', '18:00']] });
    const start = local('Asia/Shanghai', '2026-06-01T11:30');
    expect(wallClock('Asia/Shanghai', addBusinessMinutes(shanghai, start, 60))).toBe('2026-06-01T13:30 Mon');
    expect(businessMinutesBetween(shanghai, start, local('Asia/Shanghai', '2026-06-01T14:00'))).toBe(90);
    expect(isOpen(shanghai, local('Asia/Shanghai', '2026-06-01T12:30'))).toBe(false);
    expect(wallClock('Asia/Shanghai', nextOpening(shanghai, local('Asia/Shanghai', '2026-06-01T12:00')))).toBe('2026-06-01T13:00 Mon');
  });

  describe('a night shift 22:00–06:00 belongs to the day it opens on', () => {
    const nights = { mon: [['22:00', '06:00']], tue: [['22:00', '06:00']], wed: [['22:00', '06:00']], thu: [['22:00', '06:00']] } as const;
    const zone = 'America/New_York';
    // 2026-06-16 is a Tuesday.
    it('runs past midnight', () => {
      const cal = calendar(zone, nights);
      expect(wallClock(zone, addBusinessMinutes(cal, local(zone, '2026-06-16T21:00'), 150))).toBe('2026-06-17T00:30 Wed');
      expect(businessMinutesBetween(cal, local(zone, '2026-06-16T12:00'), local(zone, '2026-06-17T12:00'))).toBe(480);
      expect(businessMinutesBetween(cal, local(zone, '2026-06-15T12:00'), local(zone, '2026-06-17T12:00'))).toBe(960);
    });

    it('a holiday on its opening day closes all of it (the night before still ends at 06:00)', () => {
      const cal = calendar(zone, nights, { holidays: ['2026-06-17'] });
      expect(isOpen(cal, local(zone, '2026-06-17T05:59'))).toBe(true);
      expect(isOpen(cal, local(zone, '2026-06-17T23:00'))).toBe(false);
      expect(isOpen(cal, local(zone, '2026-06-18T02:00'))).toBe(false);
      expect(wallClock(zone, nextOpening(cal, local(zone, '2026-06-17T06:00')))).toBe('2026-06-18T22:00 Thu');
      expect(wallClock(zone, addBusinessMinutes(cal, local(zone, '2026-06-17T05:00'), 120))).toBe('2026-06-18T23:00 Thu');
    });

    it('a holiday on the next day does not cut it', () => {
      const cal = calendar(zone, nights, { holidays: ['2026-06-18'] });
      expect(isOpen(cal, local(zone, '2026-06-18T02:00'))).toBe(true);
      expect(isOpen(cal, local(zone, '2026-06-18T23:00'))).toBe(false);
      expect(wallClock(zone, addBusinessMinutes(cal, local(zone, '2026-06-17T22:00'), 480))).toBe('2026-06-18T06:00 Thu');
      expect(wallClock(zone, addBusinessMinutes(cal, local(zone, '2026-06-17T22:00'), 481))).toBe('2026-06-22T22:01 Mon');
    });
  });

  describe('DST in Europe/Berlin with an interval 01:00–04:00 covering 02:00–03:00', () => {
    const zone = 'Europe/Berlin';
    const sundays = calendar(zone, { sun: [['01:00', '04:00']] });
    it('spring forward (2026-03-29): the skipped hour does not exist, 120 minutes', () => {
      expect(businessMinutesBetween(sundays, utc('2026-03-28T12:00Z'), utc('2026-03-29T12:00Z'))).toBe(120);
      // 01:00 CET = 00:00Z; after 60 minutes the wall clock jumps from 02:00 to 03:00 CEST.
      expect(addBusinessMinutes(sundays, utc('2026-03-28T12:00Z'), 60).toISOString()).toBe('2026-03-29T01:00:00.000Z');
      expect(wallClock(zone, addBusinessMinutes(sundays, utc('2026-03-28T12:00Z'), 61))).toBe('2026-03-29T03:01 Sun');
      expect(businessMinutesBetween(calendar(zone, { sun: [['02:00', '03:00']] }), utc('2026-03-28T12:00Z'), utc('2026-03-29T12:00Z'))).toBe(0);
      expect(wallClock(zone, nextOpening(calendar(zone, { sun: [['02:00', '03:00']] }), utc('2026-03-28T12:00Z')))).toBe('2026-04-05T02:00 Sun');
    });

    it('fall back (2026-10-25): the repeated hour counts twice, 240 minutes', () => {
      expect(businessMinutesBetween(sundays, utc('2026-10-24T12:00Z'), utc('2026-10-25T12:00Z'))).toBe(240);
      const twoToThree = calendar(zone, { sun: [['02:00', '03:00']] });
      expect(businessMinutesBetween(twoToThree, utc('2026-10-24T12:00Z'), utc('2026-10-25T12:00Z'))).toBe(120);
      // 02:00 CEST = 00:00Z, the second 02:00 (CET) = 01:00Z.
      expect(addBusinessMinutes(twoToThree, utc('2026-10-24T12:00Z'), 90).toISOString()).toBe('2026-10-25T01:30:00.000Z');
      expect(isOpen(twoToThree, utc('2026-10-25T01:59Z'))).toBe(true);
      expect(isOpen(twoToThree, utc('2026-10-25T02:00Z'))).toBe(false);
    });
  });

  it('Lord Howe falls back by 30 minutes: 01:30–02:00 is lived twice (2026-04-05)', () => {
    const cal = calendar('Australia/Lord_Howe', { sun: [['01:00', '03:00']] });
    expect(businessMinutesBetween(cal, utc('2026-04-04T00:00Z'), utc('2026-04-05T00:00Z'))).toBe(150);
  });

  it('works in half-hour and 45-minute zones', () => {
    const kathmandu = calendar('Asia/Kathmandu', WEEKDAYS_9_18);
    expect(nextOpening(kathmandu, utc('2026-06-01T00:00Z'))!.toISOString()).toBe('2026-06-01T03:15:00.000Z');
    const kolkata = calendar('Asia/Kolkata', WEEKDAYS_9_18);
    // Friday 17:30 IST + 60 min: 30 on Friday, 30 from 09:00 (03:30Z) on Monday.
    expect(addBusinessMinutes(kolkata, utc('2026-06-05T12:00Z'), 60).toISOString()).toBe('2026-06-08T04:00:00.000Z');
    // Chatham is +13:45 in January (daylight time): 09:00 Monday is 19:15Z on Sunday.
    const chatham = calendar('Pacific/Chatham', WEEKDAYS_9_18);
    expect(nextOpening(chatham, utc('2026-01-10T00:00Z'))!.toISOString()).toBe('2026-01-11T19:15:00.000Z');
  });

  it('crosses the year end past a Dec 31 holiday', () => {
    const zone = 'Asia/Shanghai';
    const cal = calendar(zone, WEEKDAYS_9_18, { holidays: ['2026-12-31', '2027-01-01'] });
    const start = local(zone, '2026-12-30T17:00');
    const due = addBusinessMinutes(cal, start, 120);
    expect(wallClock(zone, due)).toBe('2027-01-04T10:00 Mon');
    expect(businessMinutesBetween(cal, start, due)).toBe(120);
  });

  it('a special day replaces the weekly hours of its date', () => {
    const zone = 'Europe/Paris';
    const cal = calendar(zone, WEEKDAYS_9_18, { special: [{ date: '2026-12-24', intervals: [['09:00', '12:00']] }, { date: '2026-12-26', intervals: [['10:00', '14:00']] }] });
    expect(wallClock(zone, addBusinessMinutes(cal, local(zone, '2026-12-24T11:00'), 90))).toBe('2026-12-25T09:30 Fri');
    expect(businessMinutesBetween(cal, local(zone, '2026-12-26T00:00'), local(zone, '2026-12-27T00:00'))).toBe(240);
  });

  it('24:00 is midnight, and a shift to 24:00 runs on into one from 00:00', () => {
    const cal = calendar('UTC', { mon: [['18:00', '24:00']], tue: [['00:00', '02:00']] });
    expect(addBusinessMinutes(cal, utc('2026-06-01T23:00Z'), 120).toISOString()).toBe('2026-06-02T01:00:00.000Z');
    expect(businessMinutesBetween(calendar('UTC', { wed: [['00:00', '24:00']] }), utc('2026-06-01T00:00Z'), utc('2026-06-08T00:00Z'))).toBe(1440);
    expect(businessMinutesBetween(calendar('UTC', { wed: [['07:00', '07:00']] }), utc('2026-06-01T00:00Z'), utc('2026-06-08T00:00Z'))).toBe(1440);
  });

  it('merges a night shift overlapping the next morning (a handover) instead of counting it twice', () => {
    const cal = calendar('UTC', { mon: [['22:00', '08:00']], tue: [['06:00', '10:00']] });
    expect(businessMinutesBetween(cal, utc('2026-06-01T00:00Z'), utc('2026-06-03T00:00Z'))).toBe(12 * 60);
  });

  it('counts whole minutes: a start with seconds counts from the next minute', () => {
    const cal = calendar('UTC', { mon: [['09:00', '18:00']] });
    expect(addBusinessMinutes(cal, utc('2026-06-01T09:00:30Z'), 1).toISOString()).toBe('2026-06-01T09:02:00.000Z');
    expect(addBusinessMinutes(cal, utc('2026-06-01T09:00:30Z'), 0).toISOString()).toBe('2026-06-01T09:01:00.000Z');
    expect(businessMinutesBetween(cal, utc('2026-06-01T09:00:30Z'), utc('2026-06-01T09:02:59Z'))).toBe(1);
    expect(businessMinutesBetween(cal, utc('2026-06-01T10:00Z'), utc('2026-06-01T09:00Z'))).toBe(0);
    expect(nextOpening(cal, utc('2026-06-01T17:59:30Z'))!.toISOString()).toBe('2026-06-08T09:00:00.000Z');
    expect(isOpen(cal, utc('2026-06-01T17:59:59Z'))).toBe(true);
    expect(isOpen(cal, utc('2026-06-01T18:00Z'))).toBe(false);
  });

  it('gives up after ~2 years without open time instead of looping', () => {
    const closed = calendar('UTC', {});
    expect(() => addBusinessMinutes(closed, utc('2026-06-01T00:00Z'), 1)).toThrow(/no open time in the 2 years after/);
    expect(nextOpening(closed, utc('2026-06-01T00:00Z'))).toBeNull();
    expect(businessMinutesBetween(closed, utc('2026-01-01T00:00Z'), utc('2027-01-01T00:00Z'))).toBe(0);
    const farAway = calendar('UTC', {}, { special: [{ date: '2029-06-01', intervals: [['09:00', '10:00']] }] });
    expect(nextOpening(farAway, utc('2026-06-01T00:00Z'))).toBeNull();
    expect(nextOpening(farAway, utc('2028-06-01T00:00Z'))!.toISOString()).toBe('2029-06-01T09:00:00.000Z');
  });

  it('rejects bad arguments and invalid calendars', () => {
    const cal = calendar('UTC', WEEKDAYS_9_18);
    expect(() => addBusinessMinutes(cal, utc('2026-06-01T00:00Z'), -1)).toThrow(RangeError);
    expect(() => addBusinessMinutes(cal, utc('2026-06-01T00:00Z'), 1.5)).toThrow(RangeError);
    expect(() => addBusinessMinutes(cal, new Date(Number.NaN), 1)).toThrow(/start must be a valid Date/);
    expect(() => isOpen(calendar('Mars/Base', WEEKDAYS_9_18), utc('2026-06-01T00:00Z'))).toThrow(/timezone: unknown time zone "Mars\/Base"/);
  });
});

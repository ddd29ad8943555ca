import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { BusinessCalendar, WallInterval } from '../../src/modules/sla/calendar/calendar.types.js';

export const DAY_MS = 86_400_000;

/** Zones with their DST changes (UTC instants) in 2026; every zone also gets the year ends. */
export const ZONE_ANCHORS: Record<string, string[]> = {
  'Europe/Berlin': ['2026-03-29T01:00Z', '2026-10-25T01:00Z'],
  'America/New_York': ['2026-03-08T07:00Z', '2026-11-01T06:00Z'],
  'Australia/Lord_Howe': ['2026-04-04T15:00Z', '2026-10-03T15:30Z'],
  'Pacific/Chatham': ['2026-04-04T14:00Z', '2026-09-26T14:00Z'],
  'America/St_Johns': ['2026-03-08T05:30Z', '2026-11-01T04:30Z'],
  // Midnight DST: the local day of 2018-11-04 starts at 01:00.
  'America/Sao_Paulo': ['2018-11-04T03:00Z', '2019-02-17T02:00Z'],
  // Samoa skipped all of 2011-12-30 (−10:00 → +14:00).
  'Pacific/Apia': ['2011-12-30T10:00Z'],
  'Asia/Kolkata': [],
  'Asia/Kathmandu': [],
  UTC: [],
};
const YEAR_ENDS = ['2025-12-31T12:00Z', '2026-12-31T12:00Z'];

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

// Minutes after the opening day's midnight (up to 48 h), biased to DST hours, quarters and midnight.
const boundary = fc.oneof(
  fc.constantFrom(0, 60, 90, 120, 135, 150, 165, 180, 210, 225, 540, 1080, 1320, 1380, 1425, 1440, 1470, 1500, 1560, 1620, 1800),
  fc.integer({ min: 0, max: 2879 }),
);

/** A day's intervals: sorted unique boundaries paired up; ends past midnight written as the clock shows them. */
export const dayIntervals: fc.Arbitrary<WallInterval[]> = fc.uniqueArray(boundary, { maxLength: 6 }).map((points) => {
  const sorted = [...points].sort((a, b) => a - b);
  const pairs: WallInterval[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) {
    const [start, end] = [sorted[i]!, sorted[i + 1]!];
    if (start >= 1440 || end - start > 1440) continue;
    // 24:00 and 00:00 both close at midnight; a close not after the open runs past midnight.
    const close = end === 1440 ? (start % 2 === 0 ? '24:00' : '00:00') : end > 1440 ? hhmm(end - 1440) : hhmm(end);
    pairs.push([hhmm(start), close]);
  }
  return pairs;
});

export interface Scenario {
  calendar: BusinessCalendar;
  start: Date;
}

const localDatePlus = (anchor: string, zone: string, days: number) => DateTime.fromISO(anchor, { zone }).plus({ days }).toISODate()!;

/** A random calendar in a random zone with holidays and special days near a DST change or year end, and a start near it. */
export const scenario: fc.Arbitrary<Scenario> = fc.constantFrom(...Object.keys(ZONE_ANCHORS)).chain((zone) =>
  fc
    .record({
      anchor: fc.constantFrom(...ZONE_ANCHORS[zone]!, ...YEAR_ENDS),
      weekly: fc.record({ mon: dayIntervals, tue: dayIntervals, wed: dayIntervals, thu: dayIntervals, fri: dayIntervals, sat: dayIntervals, sun: dayIntervals }),
      holidays: fc.uniqueArray(fc.integer({ min: -4, max: 10 }), { maxLength: 3 }),
      special: fc.uniqueArray(fc.record({ day: fc.integer({ min: -4, max: 10 }), intervals: dayIntervals }), { maxLength: 2, selector: (s) => s.day }),
      offsetMs: fc.oneof(fc.integer({ min: -3 * 1440, max: 3 * 1440 }).map((m) => m * 60_000), fc.integer({ min: -3 * DAY_MS, max: 3 * DAY_MS })),
    })
    .filter(({ weekly }) => Object.values(weekly).some((list) => list.length > 0))
    .map(({ anchor, weekly, holidays, special, offsetMs }) => {
      // Compared as dates, not offsets: across a skipped day (Apia, 2011-12-30) two offsets name one date.
      const holidayDates = [...new Set(holidays.map((d) => localDatePlus(anchor, zone, d)))];
      const specialDays = new Map<string, (typeof special)[number]['intervals']>();
      for (const s of special) {
        const date = localDatePlus(anchor, zone, s.day);
        if (!holidayDates.includes(date) && !specialDays.has(date)) specialDays.set(date, s.intervals);
      }
      return {
        calendar: {
          timezone: zone,
          weekly,
          holidays: holidayDates,
          special: [...specialDays].map(([date, intervals]) => ({ date, intervals })),
        },
        start: new Date(new Date(anchor).getTime() + offsetMs),
      };
    }),
);

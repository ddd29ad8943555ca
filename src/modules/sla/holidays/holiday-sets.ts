import type { IsoDate } from './civil-date.js';
import type { HolidaySet } from './holiday-set.schema.js';
import { HolidaySetError, loadHolidaySetsOrThrow } from './load-holiday-sets.js';

export type { Holiday, HolidayKind, HolidaySet } from './holiday-set.schema.js';

/**
 * The starter holiday sets we ship and maintain (`sets/<country>-<year>.json`): the buyers'
 * main markets and China, where most support teams sit, for the current and the next year.
 * GB is England and Wales; Scotland and Northern Ireland have their own sets.
 */
export const HOLIDAY_COUNTRIES = ['CN', 'US', 'GB', 'GB-SCT', 'GB-NIR', 'DE', 'FR', 'JP'] as const;
export const HOLIDAY_YEARS = [2026, 2027] as const;
export type HolidayCountry = (typeof HOLIDAY_COUNTRIES)[number];
export type HolidayYear = (typeof HOLIDAY_YEARS)[number];
export type HolidaySetId = `${HolidayCountry}-${HolidayYear}`;

export const HOLIDAY_SET_IDS: readonly HolidaySetId[] = HOLIDAY_COUNTRIES.flatMap((c) => HOLIDAY_YEARS.map((y) => `${c}-${y}` as const));

// Read once when the module loads: a broken or missing set stops the server at start, not mid-scan.
const SETS = loadHolidaySetsOrThrow();
for (const id of HOLIDAY_SET_IDS) if (!SETS.has(id)) throw new HolidaySetError(`sets/${id}.json is missing`);

/**
 * A shipped set, validated.
 * @example closedDates(holidaySet('DE', 2026), { includeRegions: ['BY'] }) // [..., '2026-01-06', ...]
 */
export function holidaySet(country: HolidayCountry, year: HolidayYear): HolidaySet {
  return SETS.get(`${country}-${year}`)!;
}

/** The shipped set for a country and year given as plain values (from settings or a request), if there is one. */
export function findHolidaySet(country: string, year: number): HolidaySet | undefined {
  return SETS.get(`${country}-${year}`);
}

export interface ClosedDatesOptions {
  /** Subdivisions whose regional holidays also close the calendar (DE `BY`, FR `67`). Default: none. */
  includeRegions?: readonly string[];
  /** Also close on observances such as Christmas Eve or Obon. Sales peaks never close. Default false. */
  includeObservances?: boolean;
}

/**
 * The dates on which a calendar following this set is closed, sorted and without repeats.
 * Observed and substitute days come with the holiday itself (a weekend date is harmless for a
 * Monday–Friday calendar and right for a team that works weekends).
 */
export function closedDates(set: HolidaySet, options: ClosedDatesOptions = {}): IsoDate[] {
  const regions = new Set(options.includeRegions ?? []);
  const dates = set.holidays
    .filter((h) => h.kind === 'public' || h.kind === 'bank' || (h.kind === 'observance' && options.includeObservances === true && !h.peak))
    .filter((h) => !h.regions || h.regions.some((r) => regions.has(r)))
    .map((h) => h.date);
  return [...new Set(dates)].sort();
}

/** Weekend days that are working days in this set (CN 调休), sorted. */
export function workdayDates(set: HolidaySet): IsoDate[] {
  return [...new Set(set.holidays.filter((h) => h.kind === 'workday').map((h) => h.date))].sort();
}

import { DateTime, IANAZone } from 'luxon';
import { isIsoDate, isoDate, type IsoDate } from './civil-date.js';
import type { IcsProperty } from './ics-lines.js';

/**
 * A DATE or DATE-TIME value as a wall-clock date and time. Only the date matters for holidays:
 * a TZID or floating time keeps the date as written (the holiday's own local date); a UTC time
 * (`…Z`) is moved into the zone the caller names first.
 */
export interface IcsMoment {
  readonly date: IsoDate;
  /** Seconds after local midnight; undefined for a DATE value. */
  readonly secondOfDay?: number;
}

const DATE = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const DATE_TIME = /^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})(Z?)$/i;

/** Parses one DATE or DATE-TIME value; a string is the reason it is not one. */
export function parseMoment(value: string, timeZone: string): IcsMoment | string {
  const text = value.trim();
  const d = DATE.exec(text);
  if (d) {
    const date = isoDate(Number(d[1]), Number(d[2]), Number(d[3]));
    return isIsoDate(date) ? { date } : `invalid date "${text}"`;
  }
  const t = DATE_TIME.exec(text);
  if (!t) return `expected a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS), got "${text.slice(0, 40)}"`;
  const [year, month, day, hour, minute, second] = t.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = isoDate(year, month, day);
  if (!isIsoDate(date) || hour > 23 || minute > 59 || second > 60) return `invalid date-time "${text}"`;
  if (!t[7] || timeZone === 'UTC') return { date, secondOfDay: hour * 3600 + minute * 60 + Math.min(second, 59) };
  const local = DateTime.fromObject({ year, month, day, hour, minute, second: Math.min(second, 59) }, { zone: 'utc' }).setZone(timeZone);
  return { date: local.toISODate()!, secondOfDay: local.hour * 3600 + local.minute * 60 + local.second };
}

/** Every value of a property that may hold a comma-separated list (EXDATE, RDATE). */
export function parseMomentList(prop: IcsProperty, timeZone: string): { moments: IcsMoment[]; problems: string[] } {
  const moments: IcsMoment[] = [];
  const problems: string[] = [];
  if (prop.params.get('VALUE')?.[0]?.toUpperCase() === 'PERIOD') return { moments, problems: ['periods are not supported'] };
  for (const part of prop.value.split(',')) {
    const moment = parseMoment(part, timeZone);
    if (typeof moment === 'string') problems.push(moment);
    else moments.push(moment);
  }
  return { moments, problems };
}

const DURATION = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;

/** A DURATION value in seconds (`P1D` → 86400), or undefined if it is not one or is negative. */
export function parseDurationSeconds(value: string): number | undefined {
  const m = DURATION.exec(value.trim());
  if (!m || value.trim().toUpperCase() === 'P' || m[1] === '-') return undefined;
  const [w, d, h, min, s] = m.slice(2, 7).map((x) => Number(x ?? 0)) as [number, number, number, number, number];
  return (((w * 7 + d) * 24 + h) * 60 + min) * 60 + s;
}

/** Whether the zone name is one the runtime knows (`Europe/Berlin`, `UTC`). */
export function isKnownTimeZone(zone: string): boolean {
  return zone === 'UTC' || IANAZone.isValidZone(zone);
}

import { IANAZone } from 'luxon';

/** UTC instants [from, to) during which the zone's wall clock is UTC + `offset` (all in ms). */
export interface OffsetPeriod {
  readonly from: number;
  readonly to: number;
  readonly offset: number;
}

// Zone rules change the offset at most every few weeks; two changes less than SAMPLE_MS apart
// (none in the tz database since 1970) would be seen as one.
const SAMPLE_MS = 6 * 3_600_000;

/**
 * The zone's offset periods covering [from, to): sampled every 6 hours, each change located
 * to the second by bisection. Intl (through luxon) knows the rules; it has no API for the
 * transitions themselves.
 */
export function offsetPeriods(zone: string, from: number, to: number): OffsetPeriod[] {
  const iana = IANAZone.create(zone);
  // luxon gives minutes (fractional for local mean time, e.g. +05:41:16); keep whole ms.
  const offsetAt = (ms: number) => Math.round(iana.offset(ms) * 60_000);
  const periods: OffsetPeriod[] = [];
  let periodFrom = from;
  let offset = offsetAt(from);
  for (let t = from; t < to; ) {
    const next = Math.min(t + SAMPLE_MS, to);
    if (offsetAt(next) !== offset) {
      let lo = Math.floor(t / 1000);
      let hi = Math.ceil(next / 1000);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetAt(mid * 1000) === offset) lo = mid;
        else hi = mid;
      }
      const change = Math.min(Math.max(hi * 1000, periodFrom + 1), to);
      periods.push({ from: periodFrom, to: change, offset });
      periodFrom = change;
      offset = offsetAt(change);
    }
    t = next;
  }
  periods.push({ from: periodFrom, to, offset });
  return periods;
}

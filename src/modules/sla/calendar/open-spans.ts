import type { CompiledCalendar } from './compile-calendar.js';
import { MINUTES_PER_DAY, MS_PER_DAY, MS_PER_MINUTE } from './wall-time.js';
import type { OffsetPeriod } from './zone-offsets.js';

/** The time math works on UTC in chunks of 28 days of epoch minutes (chunk 0 starts 1970-01-01). */
export const CHUNK_MINUTES = 28 * MINUTES_PER_DAY;

/** A chunk's open time: spans [starts[i], ends[i]) in epoch minutes, sorted, apart from each other. */
export interface SpanChunk {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Business minutes in the chunk before span i. */
  readonly before: Float64Array;
  /** Business minutes in the whole chunk. */
  readonly total: number;
}

/**
 * Expands the local days around chunk `index` into UTC spans. A wall-clock interval [w1, w2)
 * holds the instants u with w1 ≤ u + offset(u) < w2: within each offset period that is
 * [w1 − offset, w2 − offset), so an hour repeated when DST ends yields two spans and an hour
 * skipped when it starts yields none. `periods` must cover the chunk.
 */
export function buildSpanChunk(calendar: CompiledCalendar, index: number, periods: readonly OffsetPeriod[]): SpanChunk {
  const chunkFrom = index * CHUNK_MINUTES * MS_PER_MINUTE;
  const chunkTo = chunkFrom + CHUNK_MINUTES * MS_PER_MINUTE;
  // A day's intervals reach 48 h past its midnight; offsets stay within ±1 day.
  const firstDay = Math.floor(chunkFrom / MS_PER_DAY) - 3;
  const lastDay = Math.floor(chunkTo / MS_PER_DAY) + 1;
  const raw: [number, number][] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    for (const interval of calendar.intervalsOn(day)) {
      const wallFrom = day * MS_PER_DAY + interval.start * MS_PER_MINUTE;
      const wallTo = day * MS_PER_DAY + interval.end * MS_PER_MINUTE;
      for (const period of periods) {
        const from = Math.max(period.from, wallFrom - period.offset, chunkFrom);
        const to = Math.min(period.to, wallTo - period.offset, chunkTo);
        // Whole minutes: only a local-mean-time offset with seconds makes the ceiling matter.
        const [start, end] = [Math.ceil(from / MS_PER_MINUTE), Math.ceil(to / MS_PER_MINUTE)];
        if (start < end) raw.push([start, end]);
      }
    }
  }
  raw.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of raw) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  const starts = new Float64Array(merged.length);
  const ends = new Float64Array(merged.length);
  const before = new Float64Array(merged.length);
  let total = 0;
  merged.forEach(([start, end], i) => {
    starts[i] = start;
    ends[i] = end;
    before[i] = total;
    total += end - start;
  });
  return { starts, ends, before, total };
}

/** Index of the first span ending after minute `m` (the span holding m, or the next); `length` if none. */
export function spanEndingAfter(chunk: SpanChunk, m: number): number {
  let lo = 0;
  let hi = chunk.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (chunk.ends[mid]! > m) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Business minutes of the chunk before minute `m`. */
export function businessBefore(chunk: SpanChunk, m: number): number {
  const i = spanEndingAfter(chunk, m);
  if (i === chunk.ends.length) return chunk.total;
  return chunk.before[i]! + Math.max(0, m - chunk.starts[i]!);
}

/** The minute at whose end the chunk's `count`-th business minute (1-based, ≤ total) ends. */
export function endOfBusinessMinute(chunk: SpanChunk, count: number): number {
  let lo = 0;
  let hi = chunk.starts.length - 1;
  // The last span whose `before` is below count holds the minute.
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (chunk.before[mid]! < count) lo = mid;
    else hi = mid - 1;
  }
  return chunk.starts[lo]! + (count - chunk.before[lo]!);
}

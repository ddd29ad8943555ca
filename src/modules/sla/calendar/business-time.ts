import { AppError } from '../../../shared/errors.js';
import type { BusinessCalendar, BusinessMinutes } from './calendar.types.js';
import { businessBefore, CHUNK_MINUTES, endOfBusinessMinute, spanEndingAfter } from './open-spans.js';
import { spanChunkOf } from './span-cache.js';
import { MS_PER_MINUTE } from './wall-time.js';

/**
 * Business-time math over a calendar (SPEC C4). A business minute is a real UTC minute whose
 * local wall clock (at its start) is inside an interval: an hour repeated when DST ends counts
 * twice, a skipped hour not at all. Time counts in whole minutes; an instant with seconds
 * counts from the next whole minute.
 *
 * Calendars are validated on first use (`AppError('validation_failed')`) and their expansion is
 * cached per calendar object, so treat a calendar as immutable once it has been used.
 */

/** How far ahead a search for open time goes before it gives up (~2 years). */
export const SEARCH_CHUNKS = Math.ceil((2 * 366 * 1440) / CHUNK_MINUTES);
const LAST_CHUNK = Math.floor(8.64e15 / MS_PER_MINUTE / CHUNK_MINUTES) - 1;

function minuteOf(instant: Date, name: string, round: (x: number) => number): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new RangeError(`${name} must be a valid Date`);
  return round(ms / MS_PER_MINUTE);
}

function noOpenTime(after: number): AppError {
  return new AppError('unprocessable', `the business calendar has no open time in the 2 years after ${new Date(after * MS_PER_MINUTE).toISOString()}`);
}

function checkedChunk(index: number): number {
  if (index > LAST_CHUNK) throw new RangeError('the result lies beyond the range of a JavaScript Date');
  return index;
}

/**
 * The due instant: the end of the `minutes`-th business minute counted from `start` (from its
 * next whole minute). 0 minutes gives `start` rounded up to the whole minute. Throws
 * `AppError('unprocessable')` when the walk meets 2 years without open time.
 *
 * @example Friday 17:30 + 60 min with Mon–Fri 09:00–18:00 → Monday 09:30 (local time).
 */
export function addBusinessMinutes(calendar: BusinessCalendar, start: Date, minutes: BusinessMinutes): Date {
  if (!Number.isSafeInteger(minutes) || minutes < 0) throw new RangeError(`minutes must be a whole number ≥ 0, got ${minutes}`);
  const from = minuteOf(start, 'start', Math.ceil);
  if (minutes === 0) return new Date(from * MS_PER_MINUTE);
  let index = Math.floor(from / CHUNK_MINUTES);
  let chunk = spanChunkOf(calendar, index);
  // Count from the chunk's start: the minutes already behind `from` are added to the target.
  let target = minutes + businessBefore(chunk, from);
  // Chunks in a row without open time (the first counts when it has none after `from`).
  let idle = chunk.total > businessBefore(chunk, from) ? 0 : 1;
  let idleSince = from;
  while (target > chunk.total) {
    target -= chunk.total;
    chunk = spanChunkOf(calendar, checkedChunk(++index));
    if (chunk.total > 0) idle = 0;
    else if (idle++ === 0) idleSince = index * CHUNK_MINUTES;
    if (idle > SEARCH_CHUNKS) throw noOpenTime(idleSince);
  }
  return new Date(endOfBusinessMinute(chunk, target) * MS_PER_MINUTE);
}

/**
 * Business minutes between two instants: the whole business minutes lying inside
 * [`from` rounded up, `to` rounded down] to the minute; 0 when `to` ≤ `from`. So
 * `businessMinutesBetween(c, s, addBusinessMinutes(c, s, n)) === n`, and counts add up:
 * between(a, b) + between(b, c) = between(a, c) for a whole-minute `b` in between.
 */
export function businessMinutesBetween(calendar: BusinessCalendar, from: Date, to: Date): BusinessMinutes {
  const first = minuteOf(from, 'from', Math.ceil);
  const end = minuteOf(to, 'to', Math.floor);
  if (end <= first) return 0;
  const firstIndex = Math.floor(first / CHUNK_MINUTES);
  const lastIndex = Math.floor((end - 1) / CHUNK_MINUTES);
  let count = -businessBefore(spanChunkOf(calendar, firstIndex), first);
  for (let index = firstIndex; index < lastIndex; index++) count += spanChunkOf(calendar, index).total;
  return count + businessBefore(spanChunkOf(calendar, lastIndex), end);
}

/**
 * The start of the first business minute counted from `at` (its next whole minute): that
 * minute itself when the calendar is open then. Null when nothing opens within ~2 years.
 */
export function nextOpening(calendar: BusinessCalendar, at: Date): Date | null {
  const from = minuteOf(at, 'at', Math.ceil);
  const firstIndex = Math.floor(from / CHUNK_MINUTES);
  for (let index = firstIndex; index <= firstIndex + SEARCH_CHUNKS && index <= LAST_CHUNK; index++) {
    const chunk = spanChunkOf(calendar, index);
    const i = spanEndingAfter(chunk, from);
    if (i < chunk.starts.length) return new Date(Math.max(chunk.starts[i]!, from) * MS_PER_MINUTE);
  }
  return null;
}

/** Whether the calendar is open at the instant (its wall clock inside an interval; ends exclusive). */
export function isOpen(calendar: BusinessCalendar, at: Date): boolean {
  const minute = minuteOf(at, 'at', Math.floor);
  const chunk = spanChunkOf(calendar, Math.floor(minute / CHUNK_MINUTES));
  const i = spanEndingAfter(chunk, minute);
  return i < chunk.starts.length && chunk.starts[i]! <= minute;
}

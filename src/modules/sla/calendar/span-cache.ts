import { compileCalendar, type CompiledCalendar } from './compile-calendar.js';
import type { BusinessCalendar } from './calendar.types.js';
import { buildSpanChunk, CHUNK_MINUTES, type SpanChunk } from './open-spans.js';
import { MS_PER_MINUTE } from './wall-time.js';
import { offsetPeriods, type OffsetPeriod } from './zone-offsets.js';

// Bounds keep a long-running server's memory flat: ~30 years of chunks per calendar.
const MAX_CHUNKS_PER_CALENDAR = 400;
const MAX_ZONE_CHUNKS = 4000;

interface CalendarCache {
  readonly compiled: CompiledCalendar;
  readonly chunks: Map<number, SpanChunk>;
}

// Keyed by the calendar object: a calendar is treated as immutable once it has been used.
const calendars = new WeakMap<BusinessCalendar, CalendarCache>();
const zoneChunks = new Map<string, readonly OffsetPeriod[]>();

function remember<K, V>(map: Map<K, V>, key: K, value: V, max: number): V {
  if (map.size >= max) map.delete(map.keys().next().value as K);
  map.set(key, value);
  return value;
}

function periodsOf(zone: string, index: number): readonly OffsetPeriod[] {
  const key = `${zone}\u0000${index}`;
  const cached = zoneChunks.get(key);
  if (cached) return cached;
  const from = index * CHUNK_MINUTES * MS_PER_MINUTE;
  return remember(zoneChunks, key, offsetPeriods(zone, from, from + CHUNK_MINUTES * MS_PER_MINUTE), MAX_ZONE_CHUNKS);
}

/** The open spans of chunk `index` of a calendar, expanded once and cached (validates the calendar on first use). */
export function spanChunkOf(calendar: BusinessCalendar, index: number): SpanChunk {
  let cache = calendars.get(calendar);
  if (!cache) {
    cache = { compiled: compileCalendar(calendar), chunks: new Map() };
    calendars.set(calendar, cache);
  }
  const cached = cache.chunks.get(index);
  if (cached) return cached;
  const chunk = buildSpanChunk(cache.compiled, index, periodsOf(cache.compiled.zone, index));
  return remember(cache.chunks, index, chunk, MAX_CHUNKS_PER_CALENDAR);
}

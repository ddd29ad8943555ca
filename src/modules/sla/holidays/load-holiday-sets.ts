import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { holidaySetSchema, type HolidaySet } from './holiday-set.schema.js';

export const SETS_DIR = new URL('./sets/', import.meta.url);

export class HolidaySetError extends Error {}

/** Validates one set file's content; the message names the file and every problem. */
export function parseHolidaySetOrThrow(json: string, file: string): HolidaySet {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new HolidaySetError(`${file}: invalid JSON (${(error as Error).message})`);
  }
  const result = holidaySetSchema.safeParse(raw);
  if (!result.success) throw new HolidaySetError(`${file}: ${z.prettifyError(result.error)}`);
  const { country, year } = result.data;
  if (`${country}-${year}.json` !== file) throw new HolidaySetError(`${file}: holds ${country}-${year}`);
  return Object.freeze({ ...result.data, holidays: Object.freeze(result.data.holidays.map((h) => Object.freeze(h))) });
}

/** Reads and validates every `sets/*.json`, keyed `CN-2026`. Throws at start-up on any fault. */
export function loadHolidaySetsOrThrow(dir: URL = SETS_DIR): ReadonlyMap<string, HolidaySet> {
  const sets = new Map<string, HolidaySet>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const set = parseHolidaySetOrThrow(readFileSync(new URL(file, dir), 'utf8'), file);
    sets.set(`${set.country}-${set.year}`, set);
  }
  return sets;
}

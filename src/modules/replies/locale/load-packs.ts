import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { localePackSchema } from './locale-pack.schema.js';
import type { LocalePack } from './locale-pack.types.js';

export const PACKS_DIR = new URL('./packs/', import.meta.url);

export class LocalePackError extends Error {}

/** Validates one pack file's content; the message names the file and every problem. */
export function parseLocalePackOrThrow(json: string, file: string): LocalePack {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new LocalePackError(`${file}: invalid JSON (${(error as Error).message})`);
  }
  const result = localePackSchema.safeParse(raw);
  if (!result.success) throw new LocalePackError(`${file}: ${z.prettifyError(result.error)}`);
  if (`${result.data.locale}.json` !== file) throw new LocalePackError(`${file}: holds ${result.data.locale}`);
  return deepFreeze(result.data);
}

/** Reads and validates every `packs/*.json`; one default pack per language. Throws at start-up on any fault. */
export function loadLocalePacksOrThrow(dir: URL = PACKS_DIR): ReadonlyMap<string, LocalePack> {
  const packs = new Map<string, LocalePack>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const pack = parseLocalePackOrThrow(readFileSync(new URL(file, dir), 'utf8'), file);
    packs.set(pack.locale, pack);
  }
  const defaults = new Map<string, string[]>();
  for (const pack of packs.values()) {
    if (!defaults.has(pack.language)) defaults.set(pack.language, []);
    if (pack.languageDefault) defaults.get(pack.language)!.push(pack.locale);
  }
  for (const [language, locales] of defaults) {
    if (locales.length !== 1) throw new LocalePackError(`language ${language}: ${locales.length} default packs (${locales.join(', ')}), need exactly one`);
  }
  if (!packs.has('en-US')) throw new LocalePackError('en-US, the fallback pack, is missing');
  return packs;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

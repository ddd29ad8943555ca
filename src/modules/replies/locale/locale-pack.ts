import { resolveBuyerLocale } from './buyer-locale.js';
import { loadLocalePacksOrThrow } from './load-packs.js';
import type { LocalePack } from './locale-pack.types.js';

export type { LocalePack } from './locale-pack.types.js';

// Read once when the module loads: a broken pack stops the server at start, not mid-reply.
const PACKS = loadLocalePacksOrThrow();
const BY_LOWER = new Map([...PACKS.values()].map((p) => [p.locale.toLowerCase(), p]));
const DEFAULTS = new Map([...PACKS.values()].filter((p) => p.languageDefault).map((p) => [p.language, p.locale]));
const SHIPPED = { has: (locale: string) => PACKS.has(locale), defaultFor: (language: string) => DEFAULTS.get(language) ?? null };

/** Every shipped pack, sorted: 'ar-AE', 'ar-SA', 'cs-CZ', … */
export const LOCALES: readonly string[] = Object.freeze([...PACKS.keys()].sort());

/** The default pack per language: { pt: 'pt-BR', es: 'es-ES', … }. */
export const DEFAULT_LOCALES: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries(DEFAULTS));

/**
 * The buyer's locale from what we know of them (see `resolveBuyerLocale` for the rules).
 * @example buyerLocale({ language: 'es', country: 'AR' }) // 'es-MX'
 * @example buyerLocale({ language: 'pt' })                // 'pt-BR' (Brazil is most Portuguese-speaking buyers)
 */
export function buyerLocale(input: { language?: string | null; country?: string | null }): string {
  return resolveBuyerLocale(input, SHIPPED);
}

const CACHE_LIMIT = 500;
const cache = new Map<string, LocalePack>();

/**
 * The pack for a locale tag, case-insensitive, '_' or '-': the exact pack, else the closest
 * regional one ('es-AR' → es-MX, 'zh-Hant' → zh-TW), else the language's default, else en-US.
 * Never throws. Packs are frozen; do not mutate.
 */
export function localePack(locale: string): LocalePack {
  const hit = cache.get(locale);
  if (hit) return hit;
  const pack = BY_LOWER.get(String(locale ?? '').trim().replace(/_/g, '-').toLowerCase()) ?? PACKS.get(buyerLocale({ language: locale }))!;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(locale, pack);
  return pack;
}

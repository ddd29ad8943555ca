import { normalizeCountry, parseLocaleTag } from './locale-tag.js';

/** Where a region has no pack of its own, the regional pack that reads most natural there. */
const LATIN_AMERICA = ['MX', 'AR', 'BO', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'GT', 'HN', 'NI', 'PA', 'PE', 'PR', 'PY', 'SV', 'UY', 'VE', 'US', '419'];
/** English readers who spell and date the British way (day month year, 24-hour clock). */
const BRITISH_ENGLISH = [
  'GB', 'IE', 'AU', 'NZ', 'ZA', 'IN', 'PK', 'SG', 'MY', 'HK', 'MT', 'CY', 'NG', 'KE',
  'AT', 'BE', 'BG', 'CH', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IS', 'IT', 'LI', 'LT',
  'LU', 'LV', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
];

const REGIONAL: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: Object.fromEntries(BRITISH_ENGLISH.map((c) => [c, 'en-GB'])),
  es: Object.fromEntries(LATIN_AMERICA.map((c) => [c, 'es-MX'])),
  zh: { TW: 'zh-TW', HK: 'zh-TW', MO: 'zh-TW' },
  de: { LI: 'de-CH' },
  pt: { AO: 'pt-PT', MZ: 'pt-PT', CV: 'pt-PT' },
};
const SCRIPTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  zh: { Hant: 'zh-TW', Hans: 'zh-CN' },
};

/**
 * Chooses a shipped locale from a language and a country (pure given the shipped set):
 * 1. a region in the language tag itself wins over the country ('pt-PT' from Brazil → pt-PT);
 * 2. the script (`zh-Hant` → zh-TW), else an exact pack (`de-AT`), else the region group
 *    (es + AR → es-MX, en + IE → en-GB, zh + HK → zh-TW);
 * 3. else the language's default pack (pt → pt-BR, es → es-ES, en → en-US, ar → ar-SA);
 * 4. no language, or one we have no pack for → 'en-US'.
 */
export function resolveBuyerLocale(
  input: { language?: string | null; country?: string | null },
  shipped: { has(locale: string): boolean; defaultFor(language: string): string | null },
): string {
  const tag = parseLocaleTag(input.language);
  if (!tag) return 'en-US';
  const fallback = shipped.defaultFor(tag.language);
  if (!fallback) return 'en-US';
  const byScript = tag.script ? SCRIPTS[tag.language]?.[tag.script] : undefined;
  if (byScript && shipped.has(byScript)) return byScript;
  const region = tag.region ?? normalizeCountry(input.country);
  if (region && shipped.has(`${tag.language}-${region}`)) return `${tag.language}-${region}`;
  const byRegion = region ? REGIONAL[tag.language]?.[region] : undefined;
  if (byRegion && shipped.has(byRegion)) return byRegion;
  return fallback;
}

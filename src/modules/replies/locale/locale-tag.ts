/** The parts of a language tag we use: 'pt_BR' → { language: 'pt', region: 'BR' }. Pure. */
export interface LocaleTag {
  language: string;
  script: string | null;
  /** ISO 3166 alpha-2, or the UN M49 area '419' (Latin America). */
  region: string | null;
}

/** Codes that name one of our languages under another tag (Bokmål/Nynorsk, legacy Hebrew and Indonesian). */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { nb: 'no', nn: 'no', nob: 'no', iw: 'he', in: 'id', zsm: 'ms' };

const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

export function parseLocaleTag(tag: string | null | undefined): LocaleTag | null {
  if (!tag) return null;
  const [first, ...rest] = tag.trim().split(/[-_]/);
  if (!first || !/^[a-z]{2,3}$/i.test(first)) return null;
  const lower = first.toLowerCase();
  let script: string | null = null;
  let region: string | null = null;
  for (const part of rest) {
    if (!script && !region && /^[a-z]{4}$/i.test(part)) script = part[0]!.toUpperCase() + part.slice(1).toLowerCase();
    else if (!region && /^([a-z]{2}|\d{3})$/i.test(part)) region = normalizeCountry(part);
    else break;
  }
  return { language: LANGUAGE_ALIASES[lower] ?? lower, script, region };
}

/** 'de' → 'DE', 'uk' → 'GB'; null for anything that is not a two-letter code or '419'. */
export function normalizeCountry(country: string | null | undefined): string | null {
  if (!country) return null;
  const upper = country.trim().toUpperCase();
  if (!/^([A-Z]{2}|\d{3})$/.test(upper)) return null;
  return COUNTRY_ALIASES[upper] ?? upper;
}

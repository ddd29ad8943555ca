import { normalizeCountry } from './locale-tag.js';

/**
 * The zone most of a country's buyers live in (for countries spanning several, the most
 * populous: US New York, CA Toronto, BR São Paulo, RU Moscow, AU Sydney, MX Mexico City,
 * ID Jakarta). The buyer's own zone, when a profile has one, is always better.
 */
const ZONES: Readonly<Record<string, string>> = {
  // Europe
  AT: 'Europe/Vienna', BE: 'Europe/Brussels', BG: 'Europe/Sofia', BY: 'Europe/Minsk', CH: 'Europe/Zurich',
  CY: 'Asia/Nicosia', CZ: 'Europe/Prague', DE: 'Europe/Berlin', DK: 'Europe/Copenhagen', EE: 'Europe/Tallinn',
  ES: 'Europe/Madrid', FI: 'Europe/Helsinki', FR: 'Europe/Paris', GB: 'Europe/London', GR: 'Europe/Athens',
  HR: 'Europe/Zagreb', HU: 'Europe/Budapest', IE: 'Europe/Dublin', IS: 'Atlantic/Reykjavik', IT: 'Europe/Rome',
  LI: 'Europe/Vaduz', LT: 'Europe/Vilnius', LU: 'Europe/Luxembourg', LV: 'Europe/Riga', MC: 'Europe/Monaco',
  MD: 'Europe/Chisinau', MT: 'Europe/Malta', NL: 'Europe/Amsterdam', NO: 'Europe/Oslo', PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon', RO: 'Europe/Bucharest', RS: 'Europe/Belgrade', RU: 'Europe/Moscow', SE: 'Europe/Stockholm',
  SI: 'Europe/Ljubljana', SK: 'Europe/Bratislava', TR: 'Europe/Istanbul', UA: 'Europe/Kyiv',
  // Americas
  AR: 'America/Argentina/Buenos_Aires', BO: 'America/La_Paz', BR: 'America/Sao_Paulo', CA: 'America/Toronto',
  CL: 'America/Santiago', CO: 'America/Bogota', CR: 'America/Costa_Rica', CU: 'America/Havana',
  DO: 'America/Santo_Domingo', EC: 'America/Guayaquil', GT: 'America/Guatemala', HN: 'America/Tegucigalpa',
  MX: 'America/Mexico_City', NI: 'America/Managua', PA: 'America/Panama', PE: 'America/Lima',
  PR: 'America/Puerto_Rico', PY: 'America/Asuncion', SV: 'America/El_Salvador', US: 'America/New_York',
  UY: 'America/Montevideo', VE: 'America/Caracas',
  // Asia and Oceania
  AU: 'Australia/Sydney', BD: 'Asia/Dhaka', CN: 'Asia/Shanghai', HK: 'Asia/Hong_Kong', ID: 'Asia/Jakarta',
  IN: 'Asia/Kolkata', JP: 'Asia/Tokyo', KH: 'Asia/Phnom_Penh', KR: 'Asia/Seoul', KZ: 'Asia/Almaty',
  LK: 'Asia/Colombo', MM: 'Asia/Yangon', MN: 'Asia/Ulaanbaatar', MO: 'Asia/Macau', MY: 'Asia/Kuala_Lumpur',
  NP: 'Asia/Kathmandu', NZ: 'Pacific/Auckland', PH: 'Asia/Manila', PK: 'Asia/Karachi', SG: 'Asia/Singapore',
  TH: 'Asia/Bangkok', TW: 'Asia/Taipei', UZ: 'Asia/Tashkent', VN: 'Asia/Ho_Chi_Minh',
  // Middle East and Africa
  AE: 'Asia/Dubai', BH: 'Asia/Bahrain', DZ: 'Africa/Algiers', EG: 'Africa/Cairo', GH: 'Africa/Accra',
  IL: 'Asia/Jerusalem', IQ: 'Asia/Baghdad', IR: 'Asia/Tehran', JO: 'Asia/Amman', KE: 'Africa/Nairobi',
  KW: 'Asia/Kuwait', LB: 'Asia/Beirut', MA: 'Africa/Casablanca', NG: 'Africa/Lagos', OM: 'Asia/Muscat',
  QA: 'Asia/Qatar', SA: 'Asia/Riyadh', TN: 'Africa/Tunis', ZA: 'Africa/Johannesburg',
};

/** All countries with a known main zone (ISO 3166-1 alpha-2). */
export const ZONE_COUNTRIES: readonly string[] = Object.freeze(Object.keys(ZONES).sort());

/**
 * Main IANA zone of an ISO 3166 country, case-insensitive; null when unknown.
 * @example zoneForCountry('de') // 'Europe/Berlin'
 */
export function zoneForCountry(country: string | null | undefined): string | null {
  const code = normalizeCountry(country);
  return code ? (ZONES[code] ?? null) : null;
}

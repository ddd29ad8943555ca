import type { LocalePack } from './locale-pack.types.js';

export { zoneForCountry } from './zones.js';

// Building an Intl formatter costs ~50× formatting with one; keep them per pack, kind and zone.
const CACHE_LIMIT = 2000;
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, build: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = build();
    if (formatters.size >= CACHE_LIMIT) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

function intlLocale(pack: LocalePack): string {
  return pack.intlLocale ?? pack.locale;
}

/** The zone to use: the one asked for when Intl knows it, else the pack's own (never throws on a bad profile value). */
function usableZone(pack: LocalePack, timeZone: string): string {
  if (formatters.has(`zone|${timeZone}`)) return timeZone;
  try {
    cached(`zone|${timeZone}`, () => new Intl.DateTimeFormat('en', { timeZone }));
    return timeZone;
  } catch {
    return pack.timeZone;
  }
}

function dateTimeFormat(pack: LocalePack, timeZone: string, kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const zone = usableZone(pack, timeZone);
  return cached(`${pack.locale}|${kind}|${zone}`, () =>
    new Intl.DateTimeFormat(intlLocale(pack), { ...options, timeZone: zone, calendar: pack.calendar, numberingSystem: pack.numberingSystem }),
  );
}

/**
 * Date and time of an instant in a time zone, as the locale writes a promised time: weekday
 * (unless `weekday: false`), day and month in words, hours on the locale's clock; no year
 * unless asked. An unknown zone falls back to the pack's own.
 * @example formatDateTime(de, new Date('2024-12-02T08:00:00Z'), 'Europe/Berlin') // 'Montag, 2. Dezember um 09:00'
 * @example formatDateTime(enUS, same, 'America/New_York')                       // 'Monday, December 2 at 3:00 AM'
 */
export function formatDateTime(pack: LocalePack, instant: Date, timeZone: string, options?: { weekday?: boolean; year?: boolean }): string {
  const weekday = options?.weekday ?? true;
  const year = options?.year ?? false;
  return dateTimeFormat(pack, timeZone, `datetime:${weekday}:${year}`, {
    weekday: weekday ? 'long' : undefined,
    year: year ? 'numeric' : undefined,
    month: 'long',
    day: 'numeric',
    hour: pack.hour12 ? 'numeric' : '2-digit',
    minute: '2-digit',
    hourCycle: pack.hour12 ? 'h12' : 'h23',
  }).format(instant);
}

/**
 * The calendar date of an instant in a time zone, with the year (due dates).
 * @example formatDate(de, new Date('2024-12-02T08:00:00Z'), 'Europe/Berlin') // '2. Dezember 2024'
 */
export function formatDate(pack: LocalePack, instant: Date, timeZone: string): string {
  return dateTimeFormat(pack, timeZone, 'date', { year: 'numeric', month: 'long', day: 'numeric' }).format(instant);
}

/**
 * An amount of money as the locale writes it; any currency, not only the pack's.
 * @example formatMoney(de, 29.99, 'EUR')   // '29,99 €'
 * @example formatMoney(ptBR, 50, 'BRL')    // 'R$ 50,00'
 */
export function formatMoney(pack: LocalePack, amount: number, currency: string): string {
  const code = currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return `${formatNumber(pack, amount)} ${currency.trim()}`.trim();
  const format = cached(`${pack.locale}|money|${code}`, () =>
    new Intl.NumberFormat(intlLocale(pack), { style: 'currency', currency: code, numberingSystem: pack.numberingSystem }),
  );
  const symbol = pack.currencySymbols?.[code];
  if (!symbol) return format.format(amount);
  return format
    .formatToParts(amount)
    .map((part) => (part.type === 'currency' ? symbol : part.value))
    .join('');
}

/** A number with the locale's separators and digits, up to 3 decimals. */
export function formatNumber(pack: LocalePack, value: number): string {
  return cached(`${pack.locale}|number`, () => new Intl.NumberFormat(intlLocale(pack), { numberingSystem: pack.numberingSystem })).format(value);
}

/**
 * Items joined as the locale says "a, b and c"; empty items are left out.
 * @example formatList(de, ['Bestellnummer', 'Foto']) // 'Bestellnummer und Foto'
 */
export function formatList(pack: LocalePack, items: string[]): string {
  const kept = items.filter((item) => item.trim() !== '');
  return cached(`${pack.locale}|list`, () => new Intl.ListFormat(intlLocale(pack), { type: 'conjunction', style: 'long' })).format(kept);
}

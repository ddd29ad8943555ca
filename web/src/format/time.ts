/** Dates and durations as agents read them: in their own time zone, and the buyer's beside it. */

// Building an Intl formatter costs far more than using one, and the inbox formats hundreds of
// values per render: keep one per locale and options.
const formatters = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = formatters.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    formatters.set(key, value);
  }
  return value;
}
const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(`dt|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  cached(`nf|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
const displayNames = (locale: string, type: 'language' | 'region') =>
  cached(`dn|${locale}|${type}`, () => new Intl.DisplayNames([locale], { type }));

export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** Today's messages show the time only; older ones the date as well. */
export function formatMessageTime(iso: string, locale: string, timeZone: string, now = new Date()): string {
  const date = new Date(iso);
  const day = (d: Date) => dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  if (day(date) === day(now)) return dateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(date);
  return formatDateTime(iso, locale, timeZone);
}

/** The wall-clock time now in another time zone, e.g. the buyer's: "Mon 14:05". */
export function localTimeIn(timeZone: string, locale: string, now = new Date()): string {
  return dateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(now);
}

/** The hour of day (0–23) now in a time zone. */
export function hourIn(timeZone: string, now = new Date()): number {
  return Number(dateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone }).format(now));
}

/** Whether it is night (22:00–07:00) where the buyer is: a reply now will be read in the morning. */
export function isNightIn(timeZone: string, now = new Date()): boolean {
  const hour = hourIn(timeZone, now);
  return hour < 7 || hour >= 22;
}

/**
 * A compact duration: "45 min", "3 h 20 min", "2 d 4 h" (and their zh-CN forms), never more than
 * two units, because an agent scanning the inbox reads orders of magnitude, not seconds.
 */
export function formatDuration(ms: number, locale: string): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const unit = (value: number, name: 'minute' | 'hour' | 'day') =>
    numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'narrow' }).format(value);
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${unit(hours, 'hour')} ${unit(minutes % 60, 'minute')}` : unit(hours, 'hour');
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${unit(days, 'day')} ${unit(hours % 24, 'hour')}` : unit(days, 'day');
}

export interface WaitingTicket {
  status: string;
  lastCustomerMessageAt: string | null;
  lastAgentReplyAt: string | null;
}

/** How long the buyer has been waiting for us: since their last message, if we have not answered it. */
export function waitingMs(ticket: WaitingTicket, now = Date.now()): number | null {
  if (!['new', 'open'].includes(ticket.status) || !ticket.lastCustomerMessageAt) return null;
  const asked = Date.parse(ticket.lastCustomerMessageAt);
  if (ticket.lastAgentReplyAt && Date.parse(ticket.lastAgentReplyAt) >= asked) return null;
  return Math.max(0, now - asked);
}

/** The name of a language in the agent's language: "German", "德语". */
export function languageName(code: string, locale: string): string {
  try {
    return displayNames(locale, 'language').of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryName(code: string, locale: string): string {
  try {
    return displayNames(locale, 'region').of(code) ?? code;
  } catch {
    return code;
  }
}

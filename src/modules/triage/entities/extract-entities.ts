// The entity extractor of triage: order and tracking numbers, e-mails, phones, amounts, dates and SKUs
// from one message. Passes run from the most to the least distinctive; each skips what an earlier pass
// took, so a string is one entity at most (a tracking number is never also a phone).

import type { Entities, MoneyEntity, TrackingEntity } from '../triage.types.js';
import { findDates } from './dates.js';
import { findEmails } from './emails.js';
import { findAmounts } from './money.js';
import { findOrderNumbers } from './order-numbers.js';
import { findPhones, mayHoldPhone } from './phones.js';
import { findSkus } from './skus.js';
import { type Found, type Span, take, uniqueBy } from './spans.js';
import { findDistinctiveTrackingNumbers, findNumericTrackingNumbers } from './tracking-numbers.js';

export type { Entities, MoneyEntity, TrackingEntity } from '../triage.types.js';
export { trackingUrl } from './tracking-numbers.js';
export { isValidDhlExpress, isValidFedexExpress, isValidGs1Mod10, isValidS10, isValidUps } from './check-digits.js';

export interface ExtractEntitiesOptions {
  /** ISO 3166-1 alpha-2: region of phone numbers written without a country code; `US` also reads 11/12/2026 month first. */
  defaultCountry?: string | null;
  /** ISO 639-1 of the message: resolves ¥ (ja → JPY), kr (sv/da/no) and, for `en`, US-style dates. */
  language?: string | null;
  /** "Now" for dates without a year and Shopee order dates (default: the current time). */
  referenceDate?: Date;
}

export function emptyEntities(): Entities {
  return { orders: [], tracking: [], emails: [], phones: [], amounts: [], dates: [], skus: [] };
}

const HAS_DIGIT = /\d/;
/** Entities are read from the first 20,000 characters: enough for any message, and bounds the cost of a huge one. */
const MAX_TEXT = 20_000;
const FOREIGN_DIGITS = /[\u0660-\u066C\u06F0-\u06F9\u0E50-\u0E59\uFF10-\uFF19]/;
const FOREIGN_DIGITS_ALL = /[\u0660-\u066C\u06F0-\u06F9\u0E50-\u0E59\uFF10-\uFF19]/g;

/** Arabic-Indic, Persian, Thai and full-width digits → ASCII, one code unit for one (offsets keep). */
function normaliseDigits(text: string): string {
  if (!FOREIGN_DIGITS.test(text)) return text;
  return text.replace(FOREIGN_DIGITS_ALL, (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 0x066b) return '.'; // Arabic decimal separator
    if (c === 0x066c) return ','; // Arabic thousands separator
    const zero = c >= 0xff10 ? 0xff10 : c >= 0x0e50 ? 0x0e50 : c >= 0x06f0 ? 0x06f0 : 0x0660;
    return String.fromCharCode(48 + c - zero);
  });
}

/** `text` with the taken spans blanked out (same length, so offsets still line up). */
function mask(text: string, taken: readonly Span[]): string {
  if (taken.length === 0) return text;
  const sorted = taken.length > 1 ? [...taken].sort((a, b) => a[0] - b[0]) : taken;
  let out = '';
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    out += text.slice(at, from) + ' '.repeat(e - from);
    at = e;
  }
  return out + text.slice(at);
}

function values<T>(found: readonly Found<T>[]): T[] {
  return found.map((f) => f.value);
}

/**
 * Everything a triage rule or an agent wants to see at a glance. Each list is deduplicated in
 * first-seen order. Reads the first 20,000 characters. Never throws: on an unexpected input it returns
 * what it found so far.
 */
export function extractEntities(text: string, options: ExtractEntitiesOptions = {}): Entities {
  const entities = emptyEntities();
  if (typeof text !== 'string' || text.length === 0) return entities;
  try {
    const t = normaliseDigits(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
    const taken: Span[] = [];

    const emails = findEmails(t);
    take(taken, emails);
    entities.emails = uniqueBy(values(emails), (e) => e);

    if (HAS_DIGIT.test(t)) {
      const distinctive = findDistinctiveTrackingNumbers(t, taken);
      take(taken, distinctive);
      const orders = findOrderNumbers(t, taken, { referenceDate: options.referenceDate });
      take(taken, orders);
      entities.orders = uniqueBy(values(orders), (o) => o);
      const numeric = findNumericTrackingNumbers(t, taken);
      take(taken, numeric);
      const tracking = numeric.length > 0 ? [...distinctive, ...numeric].sort((a, b) => a.start - b.start) : distinctive;
      entities.tracking = uniqueBy(values(tracking), (x: TrackingEntity) => x.number);

      const dates = findDates(t, taken, options);
      take(taken, dates);
      entities.dates = uniqueBy(values(dates), (d) => d);

      const amounts = findAmounts(t, taken, { language: options.language });
      take(taken, amounts);
      entities.amounts = uniqueBy(values(amounts), (a: MoneyEntity) => `${a.currency} ${a.value}`);

      const skus = findSkus(t, taken);
      take(taken, skus);
      entities.skus = uniqueBy(values(skus), (s) => s);

      if (mayHoldPhone(t)) {
        const rest = mask(t, taken);
        if (mayHoldPhone(rest)) {
          entities.phones = uniqueBy(values(findPhones(rest, { defaultCountry: options.defaultCountry })), (p) => p);
        }
      }
    } else {
      entities.skus = uniqueBy(values(findSkus(t, taken)), (s) => s);
    }
  } catch {
    // Never throw on a message: keep whatever was found before the failure.
  }
  return entities;
}

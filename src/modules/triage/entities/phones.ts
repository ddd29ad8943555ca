// Phone numbers in E.164, validated with libphonenumber-js (full "max" metadata, so a number must be
// a real number of its country, not just the right length).
//
// libphonenumber's own text search costs ~30 µs a message (it builds its regular expressions per
// call); here a cheap pattern finds phone-shaped runs (7–15 digits with the usual separators) and only
// those go to the parser (~5–8 µs each). Callers mask what other entities took before calling.

import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';

import type { Found } from './spans.js';

export interface PhoneOptions {
  /** ISO 3166-1 alpha-2 region for numbers written without +country code. */
  defaultCountry?: string | null;
}

// "+1 (415) 555-2671", "0151 23456789", "06 12 34 56 78", "+49-30-1234567", "13812345678".
const CANDIDATE = /(?<![A-Za-z0-9+])(?:\+|00)?\(?\d(?:[ \u00A0.\-/()]{0,2}\d){6,16}(?![0-9])/g;

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Whether `text` has enough digits to hold a phone number at all (the phone pass is the slow one). */
export function mayHoldPhone(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++n >= 7) return true;
  }
  return false;
}

function region(country: string | null | undefined): CountryCode | undefined {
  if (!country) return undefined;
  const cc = country.toUpperCase();
  return isSupportedCountry(cc) ? cc : undefined;
}

export function findPhones(text: string, options: PhoneOptions = {}): Found<string>[] {
  if (!mayHoldPhone(text)) return [];
  const defaultCountry = region(options.defaultCountry);
  const out: Found<string>[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const raw = m[0];
    const digits = countDigits(raw);
    if (digits < 7 || digits > 17) continue;
    // Without a default region only international numbers can be read.
    if (!defaultCountry && raw[0] !== '+' && !raw.startsWith('00')) continue;
    const candidate = raw.startsWith('00') ? `+${raw.slice(2)}` : raw;
    try {
      const phone = parsePhoneNumberFromString(candidate, defaultCountry ? { defaultCountry } : undefined);
      if (phone?.isValid()) out.push({ value: phone.number, start: m.index, end: m.index + raw.length });
    } catch {
      // a malformed candidate is simply not a phone number
    }
  }
  return out;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate, weekday } from './civil-date.js';
import { easterSunday } from './easter.js';

/** Published Easter dates, including the earliest (22 March) and latest (25 April) possible. */
const KNOWN: ReadonlyArray<[number, string]> = [
  [1818, '1818-03-22'],
  [1943, '1943-04-25'],
  [2000, '2000-04-23'],
  [2008, '2008-03-23'],
  [2011, '2011-04-24'],
  [2019, '2019-04-21'],
  [2024, '2024-03-31'],
  [2025, '2025-04-20'],
  [2026, '2026-04-05'],
  [2027, '2027-03-28'],
  [2028, '2028-04-16'],
  [2038, '2038-04-25'],
  [2285, '2285-03-22'],
];

/** Oudin's algorithm (1940): a second, independently derived Gregorian computus as an oracle. */
function oudin(y: number): string {
  const div = (a: number, b: number) => Math.trunc(a / b);
  const c = div(y, 100);
  const n = y - 19 * div(y, 19);
  const k = div(c - 17, 25);
  let i = c - div(c, 4) - div(c - k, 3) + 19 * n + 15;
  i = i - 30 * div(i, 30);
  i = i - div(i, 28) * (1 - div(i, 28) * div(29, i + 1) * div(21 - n, 11));
  let j = y + div(y, 4) + i + 2 - c + div(c, 4);
  j = j - 7 * div(j, 7);
  const l = i - j;
  const month = 3 + div(l + 40, 44);
  return isoDate(y, month, l + 28 - 31 * div(month, 4));
}

describe('easterSunday', () => {
  it.each(KNOWN)('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('is a Sunday between 22 March and 25 April and agrees with Oudin’s algorithm in every Gregorian year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(weekday(easter)).toBe(0);
        expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
        expect(easter).toBe(oudin(year));
      }),
      { numRuns: 2000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, isOpen, nextOpening } from '../../src/modules/sla/calendar/business-time.js';
import { DAY_MS, scenario } from './arbitraries.js';
import { referenceBetween, referenceDue, referenceIsBusinessMinute } from './reference.js';

const MINUTE = 60_000;
const LIMIT_MINUTES = 8 * 1440;

// The reference walks up to ~11,500 minutes per run through Intl: seconds per property on a busy machine.
describe('business time agrees with the minute-by-minute reference', { timeout: 180_000 }, () => {
  it('businessMinutesBetween', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -DAY_MS, max: 5 * DAY_MS }), ({ calendar, start }, length) => {
        const to = new Date(start.getTime() + length);
        expect(businessMinutesBetween(calendar, start, to)).toBe(referenceBetween(calendar, start, to));
      }),
      { numRuns: 100 },
    );
  });

  it('addBusinessMinutes', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 2000 }), ({ calendar, start }, n) => {
        const due = addBusinessMinutes(calendar, start, n);
        const expected = n === 0 ? new Date(Math.ceil(start.getTime() / MINUTE) * MINUTE) : referenceDue(calendar, start, n, LIMIT_MINUTES);
        if (expected) expect(due.toISOString()).toBe(expected.toISOString());
        else expect(due.getTime()).toBeGreaterThan(Math.ceil(start.getTime() / MINUTE) * MINUTE + LIMIT_MINUTES * MINUTE);
      }),
      { numRuns: 100 },
    );
  });

  it('isOpen and nextOpening', () => {
    fc.assert(
      fc.property(scenario, ({ calendar, start }) => {
        expect(isOpen(calendar, start)).toBe(referenceIsBusinessMinute(calendar, Math.floor(start.getTime() / MINUTE) * MINUTE));
        const opening = referenceDue(calendar, start, 1, LIMIT_MINUTES);
        const next = nextOpening(calendar, start);
        if (opening) expect(next?.toISOString()).toBe(new Date(opening.getTime() - MINUTE).toISOString());
        else expect(next === null || next.getTime() >= start.getTime() + (LIMIT_MINUTES - 1) * MINUTE).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('business time laws', () => {
  it('between(start, due(start, n)) === n', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 50_000 }), ({ calendar, start }, n) => {
        expect(businessMinutesBetween(calendar, start, addBusinessMinutes(calendar, start, n))).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('due is monotone in the start and strictly increasing in the minutes', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 3 * DAY_MS }), fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 5_000 }), ({ calendar, start }, later, n, more) => {
        const due = addBusinessMinutes(calendar, start, n).getTime();
        expect(addBusinessMinutes(calendar, new Date(start.getTime() + later), n).getTime()).toBeGreaterThanOrEqual(due);
        expect(addBusinessMinutes(calendar, start, n + more).getTime()).toBeGreaterThan(due);
      }),
      { numRuns: 300 },
    );
  });

  it('between grows with `to`, shrinks with `from`, and adds up at whole minutes', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 20 * DAY_MS }), fc.integer({ min: 0, max: 20 * DAY_MS }), ({ calendar, start }, a, b) => {
        const [near, far] = a < b ? [a, b] : [b, a];
        const [t1, t2] = [new Date(start.getTime() + near), new Date(start.getTime() + far)];
        expect(businessMinutesBetween(calendar, start, t1)).toBeLessThanOrEqual(businessMinutesBetween(calendar, start, t2));
        expect(businessMinutesBetween(calendar, t1, t2)).toBeLessThanOrEqual(businessMinutesBetween(calendar, start, t2));
        const middle = new Date(Math.ceil(t1.getTime() / MINUTE) * MINUTE);
        if (middle <= t2) expect(businessMinutesBetween(calendar, start, middle) + businessMinutesBetween(calendar, middle, t2)).toBe(businessMinutesBetween(calendar, start, t2));
      }),
      { numRuns: 300 },
    );
  });
});

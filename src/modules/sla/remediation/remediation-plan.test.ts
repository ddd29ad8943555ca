import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from '../calendar/calendar.types.js';
import { apologyCoupon, remediationReplyBy, roundUpToQuarterHour } from './remediation-plan.js';

const day = [['09:00', '18:00']] as const;
const berlin: BusinessCalendar = { timezone: 'Europe/Berlin', weekly: { mon: day, tue: day, wed: day, thu: day, fri: day } };
const settings = { interimPromiseMinutes: 120, couponPercent: 10 };

describe('what a remediation promises', () => {
  it('an interim update: two business hours ahead, on the quarter hour', () => {
    // Tuesday 10:07 Berlin → 12:07 → 12:15.
    expect(remediationReplyBy('interim_update', berlin, settings, null, new Date('2024-12-10T09:07:00Z')).toISOString()).toBe('2024-12-10T11:15:00.000Z');
  });

  it('made on Friday at 17:30 it is kept on Monday morning', () => {
    // 30 minutes on Friday, 90 on Monday from 09:00 → Monday 10:30 Berlin.
    expect(remediationReplyBy('interim_update', berlin, settings, null, new Date('2024-12-13T16:30:00Z')).toISOString()).toBe('2024-12-16T09:30:00.000Z');
  });

  it("an escalation promises the ticket's next due instant while it is ahead, else the interim promise", () => {
    const now = new Date('2024-12-10T09:00:00Z');
    const due = new Date('2024-12-10T15:00:00Z');
    expect(remediationReplyBy('escalation', berlin, settings, due, now)).toEqual(due);
    expect(remediationReplyBy('escalation', berlin, settings, new Date('2024-12-10T08:00:00Z'), now).toISOString()).toBe('2024-12-10T11:00:00.000Z');
  });

  it('an apology offers the voucher off marketplaces only, and none when it is set to 0', () => {
    expect(apologyCoupon(settings, false)).toEqual({ code: null, percent: 10 });
    expect(apologyCoupon(settings, true)).toBeNull();
    expect(apologyCoupon({ ...settings, couponPercent: 0 }, false)).toBeNull();
  });

  it('rounds up to a quarter hour: never earlier, less than 15 minutes later, a quarter hour in every zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        const rounded = roundUpToQuarterHour(new Date(ms)).getTime();
        expect(rounded).toBeGreaterThanOrEqual(ms);
        expect(rounded - ms).toBeLessThan(15 * 60_000);
        for (const timeZone of ['Asia/Kathmandu', 'Pacific/Chatham', 'Asia/Kolkata', 'America/St_Johns']) {
          const minute = Number(new Intl.DateTimeFormat('en', { timeZone, minute: '2-digit' }).format(new Date(rounded)));
          expect(minute % 15).toBe(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { humaneDeadline } from './humane-deadline.js';

const hourIn = (d: Date, timeZone: string) => Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(d));

describe('humaneDeadline', () => {
  it('rounds up to the next full hour in the daytime', () => {
    expect(humaneDeadline(new Date('2026-12-02T10:18:00Z'), 'Europe/London').toISOString()).toBe('2026-12-02T11:00:00.000Z');
  });

  it('moves a night-time promise to 09:00 on the buyer’s clock', () => {
    // 04:18 in Chicago is 10:18 UTC; 09:00 there is 15:00 UTC.
    expect(humaneDeadline(new Date('2026-12-02T10:18:00Z'), 'America/Chicago').toISOString()).toBe('2026-12-02T15:00:00.000Z');
    // 21:30 in Tokyo: next morning 09:00 JST = 00:00 UTC.
    expect(humaneDeadline(new Date('2026-12-02T12:30:00Z'), 'Asia/Tokyo').toISOString()).toBe('2026-12-03T00:00:00.000Z');
  });

  it('lands on a full local hour in half- and quarter-hour zones', () => {
    const d = humaneDeadline(new Date('2026-12-02T06:10:00Z'), 'Asia/Kathmandu');
    expect(Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kathmandu', minute: '2-digit' }).format(d))).toBe(0);
  });

  it('is never earlier than asked and always within 09:00–20:00 local time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'Australia/Sydney', 'UTC'),
        (at, zone) => {
          const d = humaneDeadline(at, zone);
          expect(d.getTime()).toBeGreaterThanOrEqual(at.getTime());
          expect(d.getTime() - at.getTime()).toBeLessThan(14 * 3600_000);
          const h = hourIn(d, zone);
          expect(h >= 9 && h < 20).toBe(true);
        },
      ),
    );
  });
});

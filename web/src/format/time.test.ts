import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, hourIn, isNightIn, localTimeIn, waitingMs } from './time';

const MIN = 60_000;

describe('formatDuration', () => {
  it('reads as an agent would say it', () => {
    expect(formatDuration(45 * MIN, 'en')).toBe('45m');
    expect(formatDuration(200 * MIN, 'en')).toBe('3h 20m');
    expect(formatDuration(3 * 60 * MIN, 'en')).toBe('3h');
    expect(formatDuration((2 * 24 + 4) * 60 * MIN, 'en')).toBe('2d 4h');
    expect(formatDuration(200 * MIN, 'zh-CN')).toBe('3小时 20分钟');
  });

  it('never shows more than two units, never a negative, and grows with the duration', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e11 }), fc.integer({ min: 0, max: 1e9 }), (ms, more) => {
        const text = formatDuration(ms, 'en');
        expect(text.split(' ').length).toBeLessThanOrEqual(2);
        expect(text).not.toContain('-');
        const rank = (s: string) => (s.includes('d') ? 3 : s.includes('h') ? 2 : 1);
        expect(rank(formatDuration(ms + more, 'en'))).toBeGreaterThanOrEqual(rank(text));
      }),
    );
  });
});

describe('waitingMs', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  it('counts from the buyer’s last message while it is unanswered', () => {
    expect(waitingMs({ status: 'open', lastCustomerMessageAt: '2026-12-01T11:00:00Z', lastAgentReplyAt: '2026-12-01T10:00:00Z' }, now)).toBe(60 * MIN);
  });
  it('is nothing once we answered, or while the ticket waits on the buyer', () => {
    expect(waitingMs({ status: 'open', lastCustomerMessageAt: '2026-12-01T11:00:00Z', lastAgentReplyAt: '2026-12-01T11:30:00Z' }, now)).toBeNull();
    expect(waitingMs({ status: 'pending', lastCustomerMessageAt: '2026-12-01T11:00:00Z', lastAgentReplyAt: null }, now)).toBeNull();
    expect(waitingMs({ status: 'new', lastCustomerMessageAt: null, lastAgentReplyAt: null }, now)).toBeNull();
  });
});

describe('the buyer’s local time', () => {
  it('follows the buyer’s zone, half-hour offsets included', () => {
    const at = new Date('2026-12-01T12:00:00Z');
    expect(hourIn('Asia/Kolkata', at)).toBe(17);
    expect(localTimeIn('Asia/Kolkata', 'en-GB', at)).toContain('17:30');
    expect(hourIn('America/New_York', at)).toBe(7);
  });

  it('tells when it is night where the buyer is', () => {
    const at = new Date('2026-12-01T23:30:00Z');
    expect(isNightIn('Europe/London', at)).toBe(true);
    expect(isNightIn('Asia/Shanghai', at)).toBe(false);
    expect(isNightIn('America/Los_Angeles', at)).toBe(false);
  });
});

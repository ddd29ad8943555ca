import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AWAY_AFTER_MS, OFFLINE_AFTER_MS, presenceAfterTimeout } from './presence.js';

const now = new Date('2026-03-02T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('presence timeouts', () => {
  it.each([
    ['online', 5 * 60_000, 'online'],
    ['online', 11 * 60_000, 'away'],
    ['online', 61 * 60_000, 'offline'],
    ['away', 30 * 60_000, 'away'],
    ['away', 61 * 60_000, 'offline'],
    ['offline', 5 * 60_000, 'offline'],
  ] as const)('%s, last seen %i ms ago → %s', (presence, ms, expected) => {
    expect(presenceAfterTimeout(presence, ago(ms), now)).toBe(expected);
  });

  it('never brings anyone back online, and only ever steps down', () => {
    const rank = { online: 2, away: 1, offline: 0 } as const;
    fc.assert(
      fc.property(fc.constantFrom('online', 'away', 'offline'), fc.integer({ min: 0, max: 3 * OFFLINE_AFTER_MS }), (presence, unseen) => {
        const after = presenceAfterTimeout(presence, ago(unseen), now);
        return rank[after] <= rank[presence] && (unseen <= AWAY_AFTER_MS ? after === presence : true);
      }),
    );
  });
});

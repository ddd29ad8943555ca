import { describe, expect, it } from 'vitest';
import { colleaguesAt, PRESENCE_TTL_MS, recordPresence } from './presence-store';

const states = (ticketId: number, now: number) => colleaguesAt(ticketId, now).map((c) => `${c.name}:${c.state}`);

describe('colleagues on a ticket', () => {
  it('keeps showing a colleague typing when their viewing heartbeat arrives right after a keystroke', () => {
    const t0 = 1_000_000;
    expect(recordPresence(1, 'a', 'Chen Jing', 'viewing', t0)).toBe(true);
    recordPresence(1, 'a', 'Chen Jing', 'typing', t0 + 1_000);
    recordPresence(1, 'a', 'Chen Jing', 'viewing', t0 + 1_050);
    expect(states(1, t0 + 1_100)).toEqual(['Chen Jing:typing']);
    // A pause in typing falls back to viewing.
    expect(states(1, t0 + 10_000)).toEqual(['Chen Jing:viewing']);
  });

  it('forgets a colleague who left or went quiet', () => {
    const t0 = 2_000_000;
    recordPresence(2, 'a', 'Chen Jing', 'viewing', t0);
    recordPresence(2, 'b', 'Zhang Min', 'typing', t0);
    expect(states(2, t0 + 10)).toEqual(['Chen Jing:viewing', 'Zhang Min:typing']);
    recordPresence(2, 'b', 'Zhang Min', 'left', t0 + 20);
    expect(states(2, t0 + 30)).toEqual(['Chen Jing:viewing']);
    expect(states(2, t0 + PRESENCE_TTL_MS + 1)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { routingReasons } from './routing-explanation';

describe('routing explanation', () => {
  it('reads the structured reasons of "assigned to Anna Weber: speaks de (5/5), on shift, 4/20 open e-mails"', () => {
    expect(
      routingReasons([
        { code: 'language', language: 'de', proficiency: 5 },
        { code: 'on_shift', shift: true },
        { code: 'load', bucket: 'email', open: 4, capacity: 20 },
      ]),
    ).toEqual([
      { key: 'language', params: { language: 'de', proficiency: 5 } },
      { key: 'on_shift', params: {} },
      { key: 'load', params: { open: 4, capacity: 20, bucket: 'email' } },
    ]);
    expect(routingReasons([{ code: 'vip', level: 'senior' }, { code: 'round_robin', lastAssignedAt: null }, { code: 'skill', skill: 'intent', value: 'shipping.track' }, { code: 'on_shift', shift: false }])).toEqual([
      { key: 'vip', params: {} },
      { key: 'round_robin', params: {} },
      { key: 'skill_intent', params: { value: 'shipping.track' } },
      { key: 'online_no_shift', params: {} },
    ]);
  });

  it('gives up (so the server’s own sentence is shown) on an unknown reason or a missing value', () => {
    expect(routingReasons([{ code: 'language' }])).toBeNull();
    expect(routingReasons([{ code: 'load', open: 4 }])).toBeNull();
    expect(routingReasons([{ code: 'skill', skill: 'astrology', value: 'x' }])).toBeNull();
    expect(routingReasons([{ code: 'moon_phase' }])).toBeNull();
    expect(routingReasons('speaks de')).toBeNull();
    expect(routingReasons([])).toBeNull();
  });
});

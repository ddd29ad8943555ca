import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countdownLabel, durationParts, FAR_AWAY_MS, formatCountdownDuration, formatDueInstant, refreshEveryMs, soonestRunning, toneAt } from './countdown';

const NOW = Date.parse('2026-03-02T08:00:00Z'); // a Monday
const at = (ms: number) => new Date(NOW + ms).toISOString();
const MIN = 60_000;

describe('SLA countdown', () => {
  it('turns amber at the warning point and red at the due time, without waiting for the server', () => {
    const clock = { dueAt: at(40 * MIN), warnAt: at(30 * MIN), state: 'ok' as const };
    expect(toneAt(clock, NOW)).toBe('ok');
    expect(toneAt(clock, NOW + 30 * MIN)).toBe('at_risk');
    expect(toneAt(clock, NOW + 40 * MIN)).toBe('breached');
  });

  it('keeps the server’s worse verdict and shows a paused clock as paused whatever the time', () => {
    expect(toneAt({ dueAt: at(40 * MIN), warnAt: at(30 * MIN), state: 'breached' }, NOW)).toBe('breached');
    expect(toneAt({ dueAt: at(-5 * MIN), warnAt: null, state: 'paused' }, NOW)).toBe('paused');
    expect(countdownLabel({ dueAt: at(-5 * MIN), warnAt: null, state: 'paused' }, NOW)).toEqual({ kind: 'paused' });
    expect(toneAt({ dueAt: null, warnAt: null, state: 'none' }, NOW)).toBe('none');
  });

  it('reads "12m left", "overdue 5m", and names the due time when more than 12 hours away', () => {
    expect(countdownLabel({ dueAt: at(12 * MIN), warnAt: null }, NOW)).toEqual({ kind: 'left', ms: 12 * MIN });
    expect(countdownLabel({ dueAt: at(-5 * MIN), warnAt: null }, NOW)).toEqual({ kind: 'overdue', ms: 5 * MIN });
    expect(countdownLabel({ dueAt: at(FAR_AWAY_MS + MIN), warnAt: null }, NOW)).toEqual({ kind: 'dueAt', at: new Date(NOW + FAR_AWAY_MS + MIN) });
    expect(formatCountdownDuration(12 * MIN, 'up', 'en')).toBe('12m');
    expect(formatCountdownDuration(12 * MIN, 'up', 'zh-CN')).toBe('12分钟');
    expect(formatCountdownDuration(200 * MIN, 'up', 'en')).toBe('3h 20m');
    expect(formatCountdownDuration(200 * MIN, 'up', 'zh-CN')).toBe('3小时20分钟');
    expect(formatCountdownDuration(45_000, 'up', 'en')).toBe('45s');
  });

  it('never says "0m left" while time remains, nor "overdue 1m" a second after the deadline', () => {
    expect(durationParts(1_000, 'up')).toEqual([{ unit: 'second', value: 1 }]);
    expect(durationParts(60_500, 'up')).toEqual([{ unit: 'minute', value: 2 }]);
    expect(durationParts(1_000, 'down')).toEqual([{ unit: 'second', value: 1 }]);
    expect(durationParts(59_999, 'up')).toEqual([{ unit: 'minute', value: 1 }]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 * 24 * 60 * MIN }), (ms) => {
        const parts = durationParts(ms, 'up');
        expect(parts.length).toBeGreaterThanOrEqual(1);
        expect(parts.length).toBeLessThanOrEqual(2);
        expect(parts[0]!.value).toBeGreaterThan(0);
        const shown = parts.reduce((sum, p) => sum + p.value * { day: 86_400_000, hour: 3_600_000, minute: MIN, second: 1000 }[p.unit], 0);
        // Rounded up, then cut to two units: never more than a unit of the second place off.
        expect(shown).toBeGreaterThan(ms - 3_600_000);
      }),
    );
  });

  it('redraws every second in the last minute around the deadline, every 30 s otherwise', () => {
    expect(refreshEveryMs({ dueAt: at(50_000), warnAt: null }, NOW)).toBe(1_000);
    expect(refreshEveryMs({ dueAt: at(-50_000), warnAt: null }, NOW)).toBe(1_000);
    expect(refreshEveryMs({ dueAt: at(5 * MIN), warnAt: null }, NOW)).toBe(30_000);
    expect(refreshEveryMs({ dueAt: at(50_000), warnAt: null, state: 'paused' }, NOW)).toBe(30_000);
  });

  it('names a far due time by weekday and time in the agent’s zone', () => {
    const due = new Date('2026-03-03T01:30:00Z');
    expect(formatDueInstant(due, NOW, 'en-GB', 'Asia/Shanghai')).toBe('Tue 09:30');
    expect(formatDueInstant(due, NOW, 'zh-CN', 'Asia/Shanghai')).toBe('周二 09:30');
    expect(formatDueInstant(new Date('2026-03-20T01:30:00Z'), NOW, 'en-GB', 'Asia/Shanghai')).toMatch(/20 Mar/);
  });

  it('picks the soonest clock still running among the team and contract clocks', () => {
    const team = { kind: 'team', dueAt: at(90 * MIN), warnAt: null, status: 'running' as const };
    const contract = { kind: 'contract', dueAt: at(24 * 60 * MIN), warnAt: null, status: 'running' as const };
    const met = { kind: 'team', dueAt: at(10 * MIN), warnAt: null, status: 'met' as const };
    expect(soonestRunning([contract, met, team])).toBe(team);
    expect(soonestRunning([met])).toBeNull();
  });
});

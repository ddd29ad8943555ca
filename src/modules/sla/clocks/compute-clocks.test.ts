import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from '../calendar/calendar.types.js';
import { STARTER_SLA_POLICIES } from '../policies/starter-policies.js';
import type { Clock, ClockPolicy, PauseSpan, TicketFacts } from './clock.types.js';
import { choosePolicies, computeClocks } from './compute-clocks.js';

const DAY = [['09:00', '18:00']] as const;
const BERLIN: BusinessCalendar = { timezone: 'Europe/Berlin', weekly: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY } };
const SHANGHAI: BusinessCalendar = {
  timezone: 'Asia/Shanghai',
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '12:00'], ['13:30', '18:00']]])),
};

const POLICIES: ClockPolicy[] = STARTER_SLA_POLICIES.map((p, i) => ({ ...p, id: `p${i}`, enabled: true, calendarId: null }));
const byName = (name: string) => POLICIES.find((p) => p.name === name)!;

function ticket(overrides: Partial<TicketFacts> = {}): TicketFacts {
  const created = new Date('2026-03-06T16:30:00Z'); // Friday 17:30 in Berlin
  return {
    status: 'open', priority: 'P2', channel: 'email', marketplace: null, brandId: 'b', customerTier: null, intent: null, tags: [], teamId: null,
    pinnedPolicyId: null, createdAt: created, firstCustomerMessageAt: created, lastCustomerMessageAt: created, firstAgentReplyAt: null,
    lastAgentReplyAt: null, solvedAt: null, ...overrides,
  };
}

const compute = (t: TicketFacts, options: { pauses?: PauseSpan[]; previous?: Clock[]; now?: Date; calendar?: BusinessCalendar; policies?: ClockPolicy[] } = {}) =>
  computeClocks({ ticket: t, pauses: options.pauses ?? [], policies: options.policies ?? POLICIES, calendarOf: () => options.calendar ?? BERLIN, previous: options.previous ?? [], now: options.now ?? new Date('2026-03-06T17:00:00Z') });
const clockOf = (clocks: Clock[], kind: 'team' | 'contract', metric: string) => clocks.find((c) => c.kind === kind && c.metric === metric);

describe('choosing policies', () => {
  it('takes the first enabled matching team policy and the first matching contract policy', () => {
    expect(choosePolicies(ticket({ priority: 'P1' }), POLICIES).team?.name).toBe('P1 — urgent');
    // Live chat comes first in the order, whatever the priority.
    expect(choosePolicies(ticket({ priority: 'P1', channel: 'chat' }), POLICIES).team?.name).toBe('Live chat');
    const amazon = choosePolicies(ticket({ channel: 'marketplace', marketplace: 'Amazon' }), POLICIES);
    expect([amazon.team?.name, amazon.contract?.name]).toEqual(['P2', 'Amazon buyer messages']);
    const disabled = POLICIES.map((p) => (p.name === 'Live chat' ? { ...p, enabled: false } : p));
    expect(choosePolicies(ticket({ priority: 'P3', channel: 'chat' }), disabled).team?.name).toBe('P3');
  });

  it('uses the pinned policy instead of the team match, even when its conditions do not hold', () => {
    expect(choosePolicies(ticket({ priority: 'P4', pinnedPolicyId: byName('P1 — urgent').id }), POLICIES).team?.name).toBe('P1 — urgent');
    expect(choosePolicies(ticket({ pinnedPolicyId: byName('Amazon buyer messages').id }), POLICIES).contract?.name).toBe('Amazon buyer messages');
  });
});

describe('computing clocks', () => {
  it('counts business time on the calendar: Friday 17:30 Berlin + 2 h → Monday 10:30', () => {
    const clocks = compute(ticket());
    expect(clockOf(clocks, 'team', 'first_response')?.dueAt?.toISOString()).toBe('2026-03-09T09:30:00.000Z');
    // Resolution 24 business hours: 0.5 h on Friday, 9 h Monday, 9 h Tuesday, 5.5 h Wednesday → 14:30.
    expect(clockOf(clocks, 'team', 'resolution')?.dueAt?.toISOString()).toBe('2026-03-11T13:30:00.000Z');
    expect(clockOf(clocks, 'team', 'next_response')).toBeUndefined();
  });

  it('runs the Amazon contract clock in calendar time beside the team clock, weekend included', () => {
    const clocks = compute(ticket({ channel: 'marketplace', marketplace: 'amazon' }));
    expect(clockOf(clocks, 'contract', 'first_response')?.dueAt?.toISOString()).toBe('2026-03-07T16:30:00.000Z'); // Saturday
    expect(clockOf(clocks, 'team', 'first_response')?.dueAt?.toISOString()).toBe('2026-03-09T09:30:00.000Z');
  });

  it('pauses while pending and resumes with the time left', () => {
    // 30 min used on Friday, 30 more on Monday until the ticket goes pending at 09:30 Berlin.
    const pauses: PauseSpan[] = [{ status: 'pending', from: new Date('2026-03-09T08:30:00Z'), to: null }];
    const paused = clockOf(compute(ticket(), { pauses, now: new Date('2026-03-09T12:00:00Z') }), 'team', 'first_response')!;
    expect(paused).toMatchObject({ status: 'paused', dueAt: null, consumedSeconds: 3600, nextEventAt: null });
    expect(paused.pausedSince?.toISOString()).toBe('2026-03-09T08:30:00.000Z');
    const resumed = [{ ...pauses[0]!, to: new Date('2026-03-09T13:00:00Z') }];
    const running = clockOf(compute(ticket(), { pauses: resumed }), 'team', 'first_response')!;
    // 1 h left from 14:00 Berlin → 15:00 Berlin.
    expect(running.dueAt?.toISOString()).toBe('2026-03-09T14:00:00.000Z');
    expect(running.status).toBe('running');
  });

  it('does not pause the Amazon clock while pending (pauseOnPending false)', () => {
    const pauses: PauseSpan[] = [{ status: 'pending', from: new Date('2026-03-06T18:00:00Z'), to: null }];
    const clocks = compute(ticket({ channel: 'marketplace', marketplace: 'amazon', status: 'pending' }), { pauses });
    expect(clockOf(clocks, 'contract', 'first_response')?.status).toBe('running');
    expect(clockOf(clocks, 'team', 'first_response')?.status).toBe('paused');
  });

  it('meets the first response at the first agent reply and starts a next-response clock at a follow-up', () => {
    const replied = new Date('2026-03-09T09:00:00Z');
    const followUp = new Date('2026-03-09T10:00:00Z');
    const afterReply = compute(ticket({ firstAgentReplyAt: replied, lastAgentReplyAt: replied }));
    expect(clockOf(afterReply, 'team', 'first_response')).toMatchObject({ status: 'met', metAt: replied, nextEventAt: null });
    const waiting = compute(ticket({ firstAgentReplyAt: replied, lastAgentReplyAt: replied, lastCustomerMessageAt: followUp }), { previous: afterReply });
    const next = clockOf(waiting, 'team', 'next_response')!;
    expect(next.startedAt).toEqual(followUp);
    expect(next.dueAt?.toISOString()).toBe('2026-03-09T12:00:00.000Z');
    // A second follow-up does not move the start: the buyer has waited since the first.
    const again = compute(ticket({ firstAgentReplyAt: replied, lastAgentReplyAt: replied, lastCustomerMessageAt: new Date('2026-03-09T11:00:00Z') }), { previous: waiting });
    expect(clockOf(again, 'team', 'next_response')!.startedAt).toEqual(followUp);
    const answered = new Date('2026-03-09T11:30:00Z');
    const met = compute(ticket({ firstAgentReplyAt: replied, lastAgentReplyAt: answered, lastCustomerMessageAt: new Date('2026-03-09T11:00:00Z') }), { previous: again });
    expect(clockOf(met, 'team', 'next_response')).toMatchObject({ status: 'met', metAt: answered });
  });

  it('keeps a breach when a priority raise moves the ticket to a tighter policy (no second breach)', () => {
    const breachedAt = new Date('2026-03-09T10:00:00Z');
    const before = compute(ticket({ priority: 'P3' })).map((c) => (c.metric === 'first_response' ? { ...c, breachedAt, status: 'breached' as const, escalatedAt: breachedAt, nextEventAt: null } : c));
    const after = clockOf(compute(ticket({ priority: 'P2' }), { previous: before }), 'team', 'first_response')!;
    expect(after.policyId).toBe(byName('P2').id);
    expect(after).toMatchObject({ status: 'breached', breachedAt, escalatedAt: breachedAt, nextEventAt: null });
  });

  it('counts a lunch break out (Shanghai 09:00–12:00, 13:30–18:00)', () => {
    const created = new Date('2026-03-09T03:30:00Z'); // Monday 11:30 Shanghai
    const clocks = compute(ticket({ createdAt: created, firstCustomerMessageAt: created, lastCustomerMessageAt: created }), { calendar: SHANGHAI });
    // 30 min before lunch, 90 min after 13:30 → 15:00 Shanghai.
    expect(clockOf(clocks, 'team', 'first_response')?.dueAt?.toISOString()).toBe('2026-03-09T07:00:00.000Z');
  });
});

describe('clock properties', () => {
  const start = Date.parse('2026-01-01T00:00:00Z');
  const instant = fc.integer({ min: 0, max: 60 * 86_400 }).map((s) => new Date(start + s * 1000));
  const facts = fc.record({
    priority: fc.constantFrom('P1', 'P2', 'P3', 'P4' as const),
    channel: fc.constantFrom('email', 'chat', 'marketplace' as const),
    marketplace: fc.constantFrom(null, 'amazon'),
    created: instant,
  });
  const pauseList = fc.array(fc.tuple(fc.integer({ min: 0, max: 40 * 86_400 }), fc.integer({ min: 60, max: 3 * 86_400 }), fc.constantFrom('pending', 'on_hold' as const)), { maxLength: 4 });

  const toPauses = (created: Date, list: [number, number, 'pending' | 'on_hold'][]): PauseSpan[] => {
    let cursor = created.getTime();
    return list.map(([gap, length, status]) => {
      const from = cursor + gap * 1000;
      cursor = from + length * 1000;
      return { status, from: new Date(from), to: new Date(cursor) };
    });
  };

  it('due ≥ start, and pausing never makes a deadline earlier', () => {
    fc.assert(
      fc.property(facts, pauseList, fc.constantFrom(BERLIN, SHANGHAI), ({ priority, channel, marketplace, created }, list, calendar) => {
        const t = ticket({ priority, channel: channel as TicketFacts['channel'], marketplace, createdAt: created, firstCustomerMessageAt: created, lastCustomerMessageAt: created });
        const plain = compute(t, { calendar });
        const paused = compute(t, { calendar, pauses: toPauses(created, list) });
        for (const clock of plain) {
          expect(clock.dueAt!.getTime()).toBeGreaterThanOrEqual(clock.startedAt.getTime());
          expect(clock.warnAt!.getTime()).toBeLessThanOrEqual(clock.dueAt!.getTime());
          const other = clockOf(paused, clock.kind, clock.metric)!;
          expect(other.dueAt!.getTime()).toBeGreaterThanOrEqual(clock.dueAt!.getTime());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a clock met before its deadline is met, never breached, and asks the ticker for nothing', () => {
    fc.assert(
      fc.property(facts, fc.double({ min: 0, max: 1, noNaN: true }), ({ priority, channel, marketplace, created }, fraction) => {
        const t = ticket({ priority, channel: channel as TicketFacts['channel'], marketplace, createdAt: created, firstCustomerMessageAt: created, lastCustomerMessageAt: created });
        const first = clockOf(compute(t), 'team', 'first_response')!;
        const reply = new Date(first.startedAt.getTime() + Math.floor((first.dueAt!.getTime() - first.startedAt.getTime()) * fraction));
        const met = clockOf(compute({ ...t, firstAgentReplyAt: reply, lastAgentReplyAt: reply }, { previous: [first] }), 'team', 'first_response')!;
        expect(met.status).toBe('met');
        expect(met.breachedAt).toBeNull();
        expect(met.nextEventAt).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

import { addBusinessMinutes, businessMinutesBetween } from '../calendar/business-time.js';
import type { BusinessCalendar } from '../calendar/calendar.types.js';
import type { SlaMetric, SlaPolicyKind } from '../sla.tables.js';
import type { Clock, ClockPolicy, PauseSpan, TicketFacts } from './clock.types.js';

export interface ClockInput {
  ticket: TicketFacts;
  /** The ticket's pauses in time order (from `sla_pauses`). */
  pauses: readonly PauseSpan[];
  /** The workspace's policies in order. */
  policies: readonly ClockPolicy[];
  /** The calendar business time is counted on for a policy (its own, else the ticket team's). */
  calendarOf: (policy: ClockPolicy) => BusinessCalendar;
  /** The ticket's clocks as last stored: warnings and breaches of an unchanged clock are kept. */
  previous: readonly Clock[];
  now: Date;
}

const METRICS: readonly [SlaMetric, 'firstResponse' | 'nextResponse' | 'resolution'][] = [
  ['first_response', 'firstResponse'],
  ['next_response', 'nextResponse'],
  ['resolution', 'resolution'],
];

const has = <T>(list: readonly T[] | undefined, value: T | null) => !list || list.length === 0 || (value !== null && list.includes(value));

/** Whether a policy's conditions hold for the ticket (every condition given must hold; tags: any of them). */
export function policyMatches(policy: ClockPolicy, ticket: TicketFacts): boolean {
  const c = policy.conditions;
  return (
    has(c.priorities, ticket.priority) &&
    has(c.channels, ticket.channel) &&
    has(c.marketplaces, ticket.marketplace?.toLowerCase() ?? null) &&
    has(c.brandIds, ticket.brandId) &&
    has(c.customerTiers, ticket.customerTier) &&
    has(c.intents, ticket.intent) &&
    (!c.tags || c.tags.length === 0 || c.tags.some((t) => ticket.tags.includes(t)))
  );
}

/** The ticket's policies: the pinned one or the first matching team policy, and the first matching contract policy. */
export function choosePolicies(ticket: TicketFacts, policies: readonly ClockPolicy[]): { team: ClockPolicy | null; contract: ClockPolicy | null } {
  const pinned = ticket.pinnedPolicyId ? policies.find((p) => p.id === ticket.pinnedPolicyId) ?? null : null;
  const first = (kind: SlaPolicyKind) => policies.find((p) => p.kind === kind && p.enabled && policyMatches(p, ticket)) ?? null;
  // A pinned contract policy (the automation "Amazon message → Amazon SLA") takes the contract slot.
  return {
    team: pinned?.kind === 'team' ? pinned : first('team'),
    contract: pinned?.kind === 'contract' ? pinned : first('contract'),
  };
}

interface Walk {
  /** The instant the amount is used up; null while a pause lasts. */
  at: Date | null;
  pausedSince: Date | null;
  /** Amount used before the current run (after the last pause ended). */
  consumed: number;
}

/**
 * Walks `amount` (business minutes on a calendar, else seconds) forward from `start`, stopping
 * during pauses. A pause that begins after the amount is used up changes nothing.
 */
export function walk(calendar: BusinessCalendar | null, start: Date, pauses: readonly PauseSpan[], amount: number): Walk {
  const add = (from: Date, n: number) => (calendar ? addBusinessMinutes(calendar, from, n) : new Date(from.getTime() + n * 1000));
  const between = (from: Date, to: Date) => (calendar ? businessMinutesBetween(calendar, from, to) : Math.max(0, (to.getTime() - from.getTime()) / 1000));
  let cursor = start;
  let remaining = amount;
  for (const pause of pauses) {
    if (pause.to && pause.to <= cursor) continue;
    const due = add(cursor, remaining);
    if (pause.from >= due) return { at: due, pausedSince: null, consumed: amount - remaining };
    if (pause.from > cursor) remaining = Math.max(0, remaining - between(cursor, pause.from));
    if (!pause.to) return { at: null, pausedSince: pause.from > cursor ? pause.from : cursor, consumed: amount - remaining };
    cursor = pause.to;
  }
  return { at: add(cursor, remaining), pausedSince: null, consumed: amount - remaining };
}

function stopsClock(policy: ClockPolicy, pause: PauseSpan): boolean {
  if (pause.status === 'pending') return policy.pauseOnPending;
  if (pause.status === 'on_hold') return policy.pauseOnHold;
  return true; // solved or closed: a reopened ticket's clocks go on from where they stopped
}

/** The start and fulfilment of a metric's current cycle, or null when the metric has no clock now. */
function cycleOf(metric: SlaMetric, kind: SlaPolicyKind, t: TicketFacts, previous: readonly Clock[], now: Date): { start: Date; metAt: Date | null } | null {
  const closed = t.status === 'solved' || t.status === 'closed';
  // Solving a ticket fulfils its clocks (a solved ticket waits on nobody).
  const solvedAt = closed ? (t.solvedAt ?? now) : null;
  switch (metric) {
    case 'first_response': {
      const start = t.firstCustomerMessageAt ?? t.createdAt;
      return { start, metAt: t.firstAgentReplyAt ?? solvedAt };
    }
    case 'resolution':
      return { start: t.createdAt, metAt: solvedAt };
    case 'next_response': {
      const prior = previous.find((c) => c.kind === kind && c.metric === metric);
      const waiting = t.firstAgentReplyAt && t.lastCustomerMessageAt && t.lastAgentReplyAt && t.lastCustomerMessageAt > t.lastAgentReplyAt;
      if (waiting) {
        // The buyer has waited since their first unanswered message, not their latest one.
        const start = prior && !prior.metAt && prior.startedAt > t.lastAgentReplyAt! ? prior.startedAt : t.lastCustomerMessageAt!;
        return { start, metAt: solvedAt };
      }
      if (!prior) return null;
      if (prior.metAt) return { start: prior.startedAt, metAt: prior.metAt };
      const answered = t.lastAgentReplyAt && t.lastAgentReplyAt >= prior.startedAt ? t.lastAgentReplyAt : null;
      return { start: prior.startedAt, metAt: answered ?? solvedAt ?? null };
    }
  }
}

const sameInstant = (a: Date | null, b: Date | null) => (a === null ? b === null : b !== null && a.getTime() === b.getTime());

/**
 * The ticket's SLA clocks, computed from scratch (pure: the same input gives the same clocks).
 * Per ticket at most one team policy (the pinned one, else the first enabled match) and one
 * contract policy (first enabled match) run; each runs a clock for each target it defines.
 * Business time counts whole minutes on the policy's calendar; pauses (pending, on hold as the
 * policy says; solved always) stop the clock and it resumes with the time it had left.
 */
export function computeClocks(input: ClockInput): Clock[] {
  const { ticket, previous, now } = input;
  const chosen = choosePolicies(ticket, input.policies);
  const clocks: Clock[] = [];
  for (const [kind, policy] of [['team', chosen.team], ['contract', chosen.contract]] as const) {
    if (!policy) continue;
    for (const [metric, key] of METRICS) {
      const target = policy.targets[key];
      if (!target) continue;
      const cycle = cycleOf(metric, kind, ticket, previous, now);
      if (!cycle) continue;
      const calendar = target.businessTime ? input.calendarOf(policy) : null;
      const toUnits = (seconds: number) => (calendar ? Math.floor(seconds / 60) : seconds);
      // Only pauses before the clock was met count; one that has not ended is still on.
      const pauses = input.pauses.filter((p) => stopsClock(policy, p) && (!cycle.metAt || p.from < cycle.metAt) && (!p.to || p.to > cycle.start));
      const due = walk(calendar, cycle.start, pauses, toUnits(target.seconds));
      const warn = walk(calendar, cycle.start, pauses, toUnits(Math.floor(target.seconds * policy.warnFraction)));
      const prior = previous.find((c) => c.kind === kind && c.metric === metric);
      clocks.push(settle({ kind, metric, policy, target, cycle, due, warn, calendar: calendar !== null, prior }));
    }
  }
  return clocks;
}

function settle(args: {
  kind: SlaPolicyKind;
  metric: SlaMetric;
  policy: ClockPolicy;
  target: { seconds: number; businessTime: boolean };
  cycle: { start: Date; metAt: Date | null };
  due: Walk;
  warn: Walk;
  calendar: boolean;
  prior: Clock | undefined;
}): Clock {
  const { kind, metric, policy, target, cycle, due, warn, prior } = args;
  // Within one cycle (same start) a warning or breach already given stands while it still holds
  // under the new computation: a policy change after an escalation (priority up) is not a new breach.
  const same = prior !== undefined && prior.startedAt.getTime() === cycle.start.getTime();
  const warnedAt = same && prior.warnedAt && warn.at && warn.at <= prior.warnedAt ? prior.warnedAt : null;
  const keepBreach = same && prior.breachedAt && due.at && due.at <= prior.breachedAt;
  let breachedAt = keepBreach ? prior.breachedAt : null;
  const escalatedAt = keepBreach ? prior.escalatedAt : null;
  const late = cycle.metAt !== null && due.at !== null && cycle.metAt > due.at;
  // Met after the deadline before the ticker saw it: still a breach.
  if (late && !breachedAt) breachedAt = due.at;
  const status = cycle.metAt ? (late ? 'breached' : 'met') : breachedAt ? 'breached' : due.pausedSince ? 'paused' : 'running';
  const open = !cycle.metAt && !due.pausedSince;
  const nextEventAt = !open ? null : !warnedAt && !breachedAt && warn.at ? warn.at : !breachedAt ? due.at : null;
  const unitSeconds = args.calendar ? 60 : 1;
  return {
    kind,
    metric,
    policyId: policy.id,
    startedAt: cycle.start,
    dueAt: due.at,
    warnAt: warn.at,
    businessTime: target.businessTime,
    targetSeconds: target.seconds,
    status,
    pausedSince: cycle.metAt ? null : due.pausedSince,
    consumedSeconds: Math.round(due.consumed * unitSeconds),
    metAt: cycle.metAt,
    warnedAt,
    breachedAt,
    escalatedAt,
    nextEventAt,
  };
}

/** Whether two computed clocks would store the same row. */
export function sameClock(a: Clock, b: Clock): boolean {
  return (
    a.policyId === b.policyId &&
    a.status === b.status &&
    a.businessTime === b.businessTime &&
    a.targetSeconds === b.targetSeconds &&
    a.consumedSeconds === b.consumedSeconds &&
    sameInstant(a.startedAt, b.startedAt) &&
    sameInstant(a.dueAt, b.dueAt) &&
    sameInstant(a.warnAt, b.warnAt) &&
    sameInstant(a.pausedSince, b.pausedSince) &&
    sameInstant(a.metAt, b.metAt) &&
    sameInstant(a.warnedAt, b.warnedAt) &&
    sameInstant(a.breachedAt, b.breachedAt) &&
    sameInstant(a.escalatedAt, b.escalatedAt) &&
    sameInstant(a.nextEventAt, b.nextEventAt)
  );
}

/** What the ticket row carries about its clocks (list sort and filters read these). */
export interface TicketSlaColumns {
  first_response_due_at: Date | null;
  next_response_due_at: Date | null;
  resolution_due_at: Date | null;
  sla_paused_since: Date | null;
  sla_breached_at: Date | null;
  sla_due_at: Date | null;
  sla_warn_at: Date | null;
}

/** Whether a clock still counts down (or is overdue): not met and not paused. */
export const isOpenClock = (c: Clock) => c.metAt === null && c.pausedSince === null && c.dueAt !== null;

export function ticketColumnsOf(clocks: readonly Clock[], previousBreachedAt: Date | null): TicketSlaColumns {
  const dueOf = (metric: SlaMetric) => {
    const clock = clocks.find((c) => c.kind === 'team' && c.metric === metric) ?? clocks.find((c) => c.metric === metric);
    return clock && isOpenClock(clock) ? clock.dueAt : null;
  };
  const open = clocks.filter(isOpenClock).sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime());
  const paused = clocks.filter((c) => c.pausedSince).map((c) => c.pausedSince!.getTime());
  const breaches = clocks.filter((c) => c.breachedAt).map((c) => c.breachedAt!.getTime());
  return {
    first_response_due_at: dueOf('first_response'),
    next_response_due_at: dueOf('next_response'),
    resolution_due_at: dueOf('resolution'),
    sla_paused_since: paused.length ? new Date(Math.min(...paused)) : null,
    sla_breached_at: previousBreachedAt ?? (breaches.length ? new Date(Math.min(...breaches)) : null),
    sla_due_at: open[0]?.dueAt ?? null,
    sla_warn_at: open[0]?.warnAt ?? null,
  };
}

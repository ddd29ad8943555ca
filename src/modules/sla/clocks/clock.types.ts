import type { Channel, Priority, TicketStatus } from '../../tickets/ticket.table.js';
import type { OnBreach, SlaConditions, SlaTargets } from '../policies/policy.schemas.js';
import type { ClockStatus, PauseStatus, SlaMetric, SlaPolicyKind } from '../sla.tables.js';

/** What the clocks need to know about a ticket. */
export interface TicketFacts {
  status: TicketStatus;
  priority: Priority;
  channel: Channel;
  marketplace: string | null;
  brandId: string;
  customerTier: string | null;
  intent: string | null;
  tags: readonly string[];
  teamId: string | null;
  /** `tickets.sla_policy_id`: set by the automation action "set SLA policy"; replaces the team policy match. */
  pinnedPolicyId: string | null;
  createdAt: Date;
  firstCustomerMessageAt: Date | null;
  lastCustomerMessageAt: Date | null;
  firstAgentReplyAt: Date | null;
  lastAgentReplyAt: Date | null;
  solvedAt: Date | null;
}

/** A stretch of time the ticket spent in a status that may stop clocks; `to` null while it lasts. */
export interface PauseSpan {
  status: PauseStatus;
  from: Date;
  to: Date | null;
}

/** A policy as the clocks use it (the API's policy view satisfies it). */
export interface ClockPolicy {
  id: string;
  name: string;
  kind: SlaPolicyKind;
  enabled: boolean;
  conditions: SlaConditions;
  targets: SlaTargets;
  pauseOnPending: boolean;
  pauseOnHold: boolean;
  warnFraction: number;
  onBreach: OnBreach;
  calendarId: string | null;
}

/** One clock of a ticket, as stored in `sla_clocks` (unique per ticket, kind and metric). */
export interface Clock {
  kind: SlaPolicyKind;
  metric: SlaMetric;
  policyId: string;
  startedAt: Date;
  /** Null while paused (the due instant depends on when it resumes). */
  dueAt: Date | null;
  warnAt: Date | null;
  businessTime: boolean;
  targetSeconds: number;
  status: ClockStatus;
  pausedSince: Date | null;
  /** Time of the target used before the clock's current run (business seconds for business time). */
  consumedSeconds: number;
  metAt: Date | null;
  warnedAt: Date | null;
  breachedAt: Date | null;
  escalatedAt: Date | null;
  /** The next instant the ticker must look at this clock: its warning, else its deadline; null when nothing is left to do. */
  nextEventAt: Date | null;
}

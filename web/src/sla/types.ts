/**
 * The SLA API's shapes as the agent app reads them (the contract of issue 7). Kept here rather than
 * inferred from the server's schemas so the screens build while the API is being written.
 */

export type SlaMetric = 'first_response' | 'next_response' | 'resolution';
export type SlaClockKind = 'team' | 'contract';
export type SlaState = 'ok' | 'at_risk' | 'breached' | 'paused' | 'none';
export type SlaClockStatus = 'running' | 'paused' | 'met' | 'breached';

export interface PolicyRef {
  id: string;
  name: string;
}

export interface SlaClock {
  kind: SlaClockKind;
  policy: PolicyRef;
  metric: SlaMetric;
  startedAt: string | null;
  dueAt: string | null;
  warnAt: string | null;
  businessTime: boolean;
  status: SlaClockStatus;
  pausedSince: string | null;
  metAt: string | null;
  breachedAt: string | null;
}

export interface SlaBreach {
  clock: SlaClockKind;
  metric: SlaMetric;
  policy: PolicyRef;
  dueAt: string;
  breachedAt: string;
}

/** `GET /api/tickets/:id` → `sla`. */
export interface TicketSla {
  policy: PolicyRef | null;
  firstResponseDueAt: string | null;
  nextResponseDueAt: string | null;
  resolutionDueAt: string | null;
  pausedSince: string | null;
  breaches: SlaBreach[];
  state: SlaState;
  nextDueAt: string | null;
  clocks: SlaClock[];
}

/** `GET /api/tickets` items → `sla`: the soonest running clock. */
export interface TicketListSla {
  dueAt: string | null;
  warnAt: string | null;
  state: SlaState;
  metric: SlaMetric | null;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export type Interval = [string, string];
export type WeeklyHours = Record<Weekday, Interval[]>;

export interface CalendarView {
  id: string;
  name: string;
  timezone: string;
  weekly: WeeklyHours;
  holidays: string[];
  special: unknown[];
  isDefault: boolean;
  teamIds: string[];
  updatedAt: string;
}
export type CalendarBody = Omit<CalendarView, 'id' | 'updatedAt'>;

export interface HolidaySet {
  code: string;
  name: string;
  years: number[];
}

export interface HolidayImportResult {
  added: string[];
  warnings: string[];
  calendar: CalendarView;
}

export interface SlaTarget {
  seconds: number;
  businessTime: boolean;
}

export const POLICY_CONDITION_KEYS = ['priorities', 'channels', 'marketplaces', 'brandIds', 'customerTiers', 'intents', 'tags'] as const;
export type PolicyConditionKey = (typeof POLICY_CONDITION_KEYS)[number];
export type PolicyConditions = Partial<Record<PolicyConditionKey, string[]>>;

export const REASSIGN_OPTIONS = ['none', 'queue', 'lead'] as const;
export const REMEDIATION_OPTIONS = ['none', 'interim_update', 'escalation', 'apology'] as const;

export interface PolicyView {
  id: string;
  name: string;
  position: number;
  kind: SlaClockKind;
  enabled: boolean;
  conditions: PolicyConditions;
  targets: { firstResponse: SlaTarget | null; nextResponse: SlaTarget | null; resolution: SlaTarget | null };
  pauseOnPending: boolean;
  pauseOnHold: boolean;
  warnFraction: number;
  onBreach: { raisePriority: boolean; reassign: (typeof REASSIGN_OPTIONS)[number]; remediation: (typeof REMEDIATION_OPTIONS)[number] };
  calendarId: string | null;
  updatedAt: string;
}
export type PolicyBody = Omit<PolicyView, 'id' | 'position' | 'updatedAt'>;

export const OFF_HOURS_CHANNELS = ['email', 'chat', 'web_form', 'api', 'social', 'phone'] as const;
export type OffHoursChannel = (typeof OFF_HOURS_CHANNELS)[number];

/** `GET/PUT /api/sla/settings`. */
export interface SlaSettings {
  offHours: {
    enabled: boolean;
    channels: Record<OffHoursChannel, boolean>;
    marketplaces: { default: boolean } & Record<string, boolean>;
  };
  remediation: { interimPromiseMinutes: number; couponPercent: number };
}

export type RemediationKind = 'interim_update' | 'escalation' | 'apology';
export const REMEDIATION_KINDS: readonly RemediationKind[] = ['interim_update', 'escalation', 'apology'];

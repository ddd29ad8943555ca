/** The automation API's shapes, as the admin screen reads them. */
export const TRIGGERS = ['ticket.created', 'customer.replied', 'agent.replied', 'ticket.updated', 'sla.warning', 'sla.breach', 'schedule'] as const;
export type Trigger = (typeof TRIGGERS)[number];

export const OPS = ['eq', 'neq', 'in', 'not_in', 'contains', 'not_contains', 'gt', 'gte', 'lt', 'lte', 'exists', 'not_exists', 'matches'] as const;
export type Op = (typeof OPS)[number];

export const ACTION_TYPES = ['set_status', 'set_priority', 'add_tags', 'remove_tags', 'assign', 'route', 'set_team', 'set_sla_policy', 'send_template', 'add_note', 'notify', 'webhook'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export type Scalar = string | number | boolean | null;
export interface Comparison {
  field: string;
  op: Op;
  value?: Scalar | Scalar[];
}
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | Comparison;

/** An action as the API shows it (webhook secrets masked, with `hasSecret`). */
export type Action = { type: ActionType } & Record<string, unknown>;

export interface Rule {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  trigger: Trigger;
  conditions: Condition;
  actions: Action[];
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  lastRun: { id: number; ticketId: number | null; error: string | null; createdAt: string } | null;
  runCount: number;
}

export interface RunOutcome {
  type: string;
  status: 'ok' | 'skipped' | 'error';
  detail?: string;
}

export interface Run {
  id: number;
  ruleId: string;
  ruleName: string;
  ticketId: number | null;
  trigger: string;
  depth: number;
  matched: boolean;
  actions: RunOutcome[];
  error: string | null;
  createdAt: string;
}

export interface RuleBody {
  name: string;
  trigger: Trigger;
  enabled: boolean;
  conditions: Condition;
  actions: Record<string, unknown>[];
}

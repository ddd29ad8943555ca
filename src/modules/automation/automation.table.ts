import type { ColumnType, Generated } from 'kysely';
import type { Json } from '../../shared/db-types.js';
import type { AutomationAction } from './actions/action.schema.js';
import type { Condition } from './conditions/condition.schema.js';
import type { RuleTrigger } from './rule-trigger.js';

export interface AutomationRulesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  position: Generated<number>;
  enabled: Generated<boolean>;
  trigger: RuleTrigger;
  conditions: Json<Condition>;
  /** Webhook secrets are stored here and never returned by the API. */
  actions: Json<AutomationAction[]>;
  created_by: string | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** What one action of a run did. */
export interface ActionOutcome {
  type: string;
  status: 'ok' | 'skipped' | 'error';
  detail?: string;
  [key: string]: unknown;
}

export interface AutomationRunsTable {
  id: Generated<number>;
  workspace_id: string;
  rule_id: string;
  ticket_id: number | null;
  trigger: string;
  depth: Generated<number>;
  matched: Generated<boolean>;
  actions: Json<ActionOutcome[]>;
  error: string | null;
  /** Scheduled runs only: rule + ticket + the status spell, so each spell fires once. */
  dedupe_key: string | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

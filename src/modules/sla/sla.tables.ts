import type { ColumnType, Generated } from 'kysely';
import type { Json, NullableTimestamp } from '../../shared/db-types.js';
import type { SpecialDay, WallInterval, Weekday } from './calendar/calendar.types.js';

type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface BusinessCalendarsTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  timezone: string;
  weekly: Json<Partial<Record<Weekday, WallInterval[]>>>;
  holidays: Json<string[]>;
  special: Json<SpecialDay[]>;
  is_default: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export const SLA_METRICS = ['first_response', 'next_response', 'resolution'] as const;
export type SlaMetric = (typeof SLA_METRICS)[number];
export const SLA_POLICY_KINDS = ['team', 'contract'] as const;
export type SlaPolicyKind = (typeof SLA_POLICY_KINDS)[number];
export const CLOCK_STATUSES = ['running', 'paused', 'met', 'breached'] as const;
export type ClockStatus = (typeof CLOCK_STATUSES)[number];

export interface SlaPoliciesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  position: number;
  kind: SlaPolicyKind;
  enabled: Generated<boolean>;
  conditions: Json;
  targets: Json;
  pause_on_pending: Generated<boolean>;
  pause_on_hold: Generated<boolean>;
  warn_fraction: Generated<number>;
  on_breach: Json;
  calendar_id: string | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface SlaClocksTable {
  id: Generated<number>;
  workspace_id: string;
  ticket_id: number;
  policy_id: string;
  kind: SlaPolicyKind;
  metric: SlaMetric;
  started_at: ColumnType<Date, Date | string, Date | string>;
  due_at: NullableTimestamp;
  warn_at: NullableTimestamp;
  business_time: boolean;
  target_seconds: number;
  status: ClockStatus;
  paused_since: NullableTimestamp;
  consumed_seconds: Generated<number>;
  met_at: NullableTimestamp;
  warned_at: NullableTimestamp;
  breached_at: NullableTimestamp;
  escalated_at: NullableTimestamp;
  next_event_at: NullableTimestamp;
  updated_at: CreatedAt;
}

export const PAUSE_STATUSES = ['pending', 'on_hold', 'solved', 'closed'] as const;
export type PauseStatus = (typeof PAUSE_STATUSES)[number];

export interface SlaPausesTable {
  id: Generated<number>;
  workspace_id: string;
  ticket_id: number;
  status: PauseStatus;
  started_at: ColumnType<Date, Date | string, Date | string>;
  ended_at: NullableTimestamp;
}

// Migration 0007 gives teams a business calendar; the column is declared here, next to the table it references.
declare module '../teams/team.table.js' {
  interface TeamsTable {
    calendar_id: ColumnType<string | null, string | null | undefined, string | null>;
  }
}

import type { ColumnType, Generated } from 'kysely';
import type { NullableTimestamp } from '../../shared/db-types.js';

export const ROLES = ['agent', 'lead', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const LEVELS = ['junior', 'intermediate', 'senior'] as const;
export type Level = (typeof LEVELS)[number];

/** Default compensation limits in the workspace's base currency; null means no limit. */
export const DEFAULT_COMPENSATION_LIMITS: Record<Level, number | null> = {
  junior: 50,
  intermediate: 100,
  senior: null,
};

export interface AgentsTable {
  id: Generated<string>;
  workspace_id: string;
  email: string;
  name: string;
  role: Role;
  level: Generated<Level>;
  password_hash: string | null;
  locale: Generated<string>;
  timezone: Generated<string>;
  brand_ids: ColumnType<string[], string[] | undefined, string[]>;
  active: Generated<boolean>;
  last_login_at: NullableTimestamp;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AgentLevelsTable {
  workspace_id: string;
  level: Level;
  /** numeric: arrives as a string to keep its precision. */
  compensation_limit: ColumnType<string | null, number | string | null, number | string | null>;
}

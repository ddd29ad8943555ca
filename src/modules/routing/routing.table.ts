import type { ColumnType, Generated } from 'kysely';
import type { Json, NullableTimestamp } from '../../shared/db-types.js';
import type { Capacity, LanguageSkill, Presence, QueueStrategy, RuleConditions } from './routing.types.js';

/** An agent's routing profile: skills, shift calendar, capacity per channel bucket and presence (migration 0008). */
export interface AgentRoutingTable {
  agent_id: string;
  workspace_id: string;
  languages: Json<LanguageSkill[]>;
  intents: ColumnType<string[], string[] | undefined, string[]>;
  channels: ColumnType<string[], string[] | undefined, string[]>;
  brand_ids: ColumnType<string[], string[] | undefined, string[]>;
  /** ISO 3166-1 alpha-2 codes of the buyers' countries the agent covers. */
  markets: ColumnType<string[], string[] | undefined, string[]>;
  shift_calendar_id: string | null;
  capacity: Json<Capacity>;
  presence: Generated<Presence>;
  presence_at: NullableTimestamp;
  last_seen_at: NullableTimestamp;
  last_assigned_at: NullableTimestamp;
  updated_at: Generated<Date>;
}

export interface RoutingQueuesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  team_id: string | null;
  strategy: Generated<QueueStrategy>;
  vip: Generated<boolean>;
  auto_assign: Generated<boolean>;
  position: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface RoutingRulesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  position: Generated<number>;
  enabled: Generated<boolean>;
  conditions: Json<RuleConditions>;
  queue_id: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

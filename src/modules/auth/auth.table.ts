import type { Generated } from 'kysely';
import type { NullableTimestamp, Timestamp } from '../../shared/db-types.js';

export interface SessionsTable {
  token_hash: string;
  agent_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  last_seen_at: Generated<Date>;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<string>;
  workspace_id: string;
  agent_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: Generated<Date>;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface SetupTokensTable {
  token_hash: string;
  workspace_id: string;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

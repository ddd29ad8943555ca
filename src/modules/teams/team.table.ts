import type { Generated } from 'kysely';

export interface TeamsTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  description: Generated<string>;
  timezone: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AgentTeamsTable {
  agent_id: string;
  team_id: string;
}

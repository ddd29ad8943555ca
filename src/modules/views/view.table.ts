import type { Generated } from 'kysely';

export interface SavedViewsTable {
  id: Generated<string>;
  workspace_id: string;
  agent_id: string;
  name: string;
  filters: Record<string, string>;
  shared: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

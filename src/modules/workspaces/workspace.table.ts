import type { Generated } from 'kysely';
import type { Json } from '../../shared/db-types.js';

export interface WorkspacesTable {
  id: Generated<string>;
  name: string;
  base_currency: Generated<string>;
  timezone: Generated<string>;
  is_demo: Generated<boolean>;
  settings: Json;
  created_at: Generated<Date>;
}

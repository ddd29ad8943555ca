import type { Generated } from 'kysely';
import type { Json } from '../../shared/db-types.js';

export interface AuditLogTable {
  id: Generated<number>;
  workspace_id: string | null;
  action: string;
  actor_kind: string;
  actor_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  data: Json;
  ip: string | null;
  created_at: Generated<Date>;
}

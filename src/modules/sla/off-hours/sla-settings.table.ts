import type { Json, Timestamp } from '../../../shared/db-types.js';

/** One row per workspace that changed the service-message settings (migration 0010). */
export interface SlaSettingsTable {
  workspace_id: string;
  off_hours: Json;
  remediation: Json;
  updated_at: Timestamp;
}

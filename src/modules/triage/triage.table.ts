import type { ColumnType, Generated } from 'kysely';
import type { Json } from '../../shared/db-types.js';

export interface TriageCorrectionsTable {
  id: Generated<number>;
  workspace_id: string;
  ticket_id: number | null;
  message_id: number | null;
  agent_id: string | null;
  text: string;
  subject: string | null;
  language: string | null;
  predicted_intent: string | null;
  predicted_confidence: number | null;
  corrected_intent: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface TriageModelsTable {
  id: Generated<number>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  trigger: 'cli' | 'schedule' | 'api';
  decision: 'activated' | 'kept_current';
  reason: string;
  corrections: number;
  candidate_scores: Json;
  current_scores: Json;
  model: Uint8Array | null;
}

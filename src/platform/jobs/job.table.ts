import type { Generated } from 'kysely';
import type { Json, NullableTimestamp, Timestamp } from '../../shared/db-types.js';

export interface JobsTable {
  id: Generated<number>;
  name: string;
  payload: Json;
  status: Generated<'queued' | 'running' | 'succeeded' | 'failed'>;
  run_at: Timestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_by: string | null;
  locked_until: NullableTimestamp;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: Generated<Date>;
  finished_at: NullableTimestamp;
}

import type { ColumnType, Generated } from 'kysely';
import type { Json, NullableTimestamp } from '../../shared/db-types.js';

export interface NotificationsTable {
  id: Generated<number>;
  workspace_id: string;
  agent_id: string;
  ticket_id: number | null;
  /** What it is about, named noun.verb: sla.warning, sla.breached, sla.escalated, automation.notify… */
  kind: string;
  data: Json;
  read_at: NullableTimestamp;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

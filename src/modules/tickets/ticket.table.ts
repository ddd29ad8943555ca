import type { ColumnType, Generated } from 'kysely';
import type { Json, NullableTimestamp } from '../../shared/db-types.js';

export const STATUSES = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;
export type TicketStatus = (typeof STATUSES)[number];
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const CHANNELS = ['email', 'chat', 'marketplace', 'api', 'web_form', 'social', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];
export const DIRECTIONS = ['inbound', 'outbound', 'note'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const ACTOR_KINDS = ['agent', 'customer', 'system', 'api'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface TicketsTable {
  id: Generated<number>;
  workspace_id: string;
  brand_id: string;
  team_id: string | null;
  assignee_id: string | null;
  customer_id: string;
  subject: string;
  status: Generated<TicketStatus>;
  priority: Generated<Priority>;
  channel: Channel;
  marketplace: string | null;
  marketplace_order_id: string | null;
  order_data: Json | null;
  intent: string | null;
  intent_confidence: number | null;
  language: string | null;
  sentiment: number | null;
  risk: ColumnType<string[], string[] | undefined, string[]>;
  needs_triage: Generated<boolean>;
  intent_source: 'triage' | 'agent' | 'api' | null;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  custom_fields: Json;
  sla_policy_id: string | null;
  first_response_due_at: NullableTimestamp;
  next_response_due_at: NullableTimestamp;
  resolution_due_at: NullableTimestamp;
  sla_paused_since: NullableTimestamp;
  sla_breached_at: NullableTimestamp;
  /** The soonest due instant of the ticket's running SLA clocks (list sort "due soonest"; migration 0007). */
  sla_due_at: NullableTimestamp;
  /** When the soonest running clock reaches its warning fraction ("at risk" filter; migration 0007). */
  sla_warn_at: NullableTimestamp;
  /** The routing queue the ticket waits in or was assigned from (migration 0008). */
  queue_id: string | null;
  first_customer_message_at: NullableTimestamp;
  last_customer_message_at: NullableTimestamp;
  first_agent_reply_at: NullableTimestamp;
  last_agent_reply_at: NullableTimestamp;
  solved_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  merged_into_id: number | null;
  linked_ticket_id: number | null;
  message_count: Generated<number>;
  /** A tsvector literal on write (see shared/text/search-tokens); never selected. */
  search_vector: ColumnType<never, string | undefined, string>;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface MessagesTable {
  id: Generated<number>;
  workspace_id: string;
  ticket_id: number;
  direction: Direction;
  author_agent_id: string | null;
  author_customer_id: string | null;
  body_text: Generated<string>;
  body_html: string | null;
  language: string | null;
  external_id: string | null;
  in_reply_to: string | null;
  channel_meta: Json;
  /** What triage said about an inbound message (see modules/triage). */
  triage: Json | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface AttachmentsTable {
  id: Generated<string>;
  workspace_id: string;
  message_id: number;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content_id: string | null;
  inline: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface TicketEventsTable {
  id: Generated<number>;
  workspace_id: string;
  ticket_id: number;
  type: string;
  actor_kind: ActorKind;
  actor_id: string | null;
  data: Json;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

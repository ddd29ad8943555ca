import { sql } from 'kysely';
import { LIVE_CHANNEL, type LiveEvent } from '../../shared/live.js';
import type { Db } from '../database.js';
import type { TicketEventView } from './ticket.schemas.js';
import type { ActorKind } from './ticket.table.js';

/** The ticket event catalog: every change to a ticket is one of these, named noun.verb. */
export const TICKET_EVENTS = {
  created: 'ticket.created',
  updated: 'ticket.updated',
  merged: 'ticket.merged',
  mergedInto: 'ticket.merged_into',
  reopened: 'ticket.reopened',
  messageReceived: 'message.received',
  messageSent: 'message.sent',
  noteAdded: 'note.added',
  delivered: 'message.delivered',
  deliveryFailed: 'message.delivery_failed',
  bounced: 'message.bounced',
  // Issue 7: clocks, routing and automation write their steps to the timeline too.
  slaWarning: 'sla.warning',
  slaBreached: 'sla.breached',
  slaEscalated: 'sla.escalated',
  slaRemediation: 'sla.remediation_sent',
  offHoursAck: 'sla.off_hours_acknowledged',
  routed: 'routing.assigned',
  returnedToQueue: 'routing.returned_to_queue',
  automationApplied: 'automation.applied',
} as const;
export type TicketEventType = (typeof TICKET_EVENTS)[keyof typeof TICKET_EVENTS];

export interface Actor {
  kind: ActorKind;
  id: string | null;
}
export const SYSTEM_ACTOR: Actor = { kind: 'system', id: null };

export interface TicketEventInput {
  workspaceId: string;
  ticketId: number;
  brandId: string;
  type: TicketEventType;
  actor: Actor;
  data?: Record<string, unknown>;
  messageId?: number;
  at?: Date;
}

/**
 * Writes an event to the ticket's timeline (which is also its audit trail) and announces it to
 * live listeners in the same statement; the announcement is delivered only if the surrounding
 * transaction commits.
 */
export async function recordTicketEvent(db: Db, event: TicketEventInput): Promise<TicketEventView> {
  const live: LiveEvent = {
    type: event.type,
    workspaceId: event.workspaceId,
    ticketId: event.ticketId,
    brandId: event.brandId,
    actorId: event.actor.id,
    ...(event.messageId !== undefined ? { messageId: event.messageId } : {}),
  };
  const row = await db
    .with('e', (qb) =>
      qb
        .insertInto('ticket_events')
        .values({
          workspace_id: event.workspaceId,
          ticket_id: event.ticketId,
          type: event.type,
          actor_kind: event.actor.kind,
          actor_id: event.actor.id,
          data: JSON.stringify(event.data ?? {}),
          ...(event.at ? { created_at: event.at } : {}),
        })
        .returningAll(),
    )
    .selectFrom('e')
    .selectAll()
    .select(sql<string>`pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(live)})`.as('notified'))
    .executeTakeFirstOrThrow();
  return toEventView(row);
}

export function toEventView(row: { id: number; type: string; actor_kind: ActorKind; actor_id: string | null; data: Record<string, unknown>; created_at: Date }): TicketEventView {
  return { id: row.id, type: row.type, actor: { kind: row.actor_kind, id: row.actor_id }, data: row.data, createdAt: row.created_at.toISOString() };
}

import type { Transaction } from 'kysely';
import type { Database, Db } from '../database.js';
import { queueOutboundDelivery } from './outbound-delivery.js';
import { appendSearchVector } from './ticket-search.js';
import { recordTicketEvent, TICKET_EVENTS, type Actor } from './ticket.events.js';
import { statusTimestamps } from './ticket.service.js';
import type { Channel, TicketStatus } from './ticket.table.js';

export interface OutboundMessageInput {
  workspaceId: string;
  /** The ticket as read (for update) by the caller. */
  ticket: { id: number; brand_id: string; channel: Channel; status: TicketStatus; solved_at: Date | null; first_agent_reply_at: Date | null };
  authorAgentId: string | null;
  text: string;
  html: string | null;
  language: string | null;
  channelMeta: Record<string, unknown>;
  /** The ticket's status afterwards. */
  status: TicketStatus;
  /** A person answered: the reply clocks see it (first/last agent reply). An automatic message leaves them running. */
  countsAsReply: boolean;
  actor: Actor;
  /** More for the `message.sent` timeline event. */
  eventData?: Record<string, unknown>;
  at: Date;
}

/**
 * Stores a message to the buyer and everything that goes with it, in the caller's transaction:
 * the outbound message, its delivery on the ticket's channel, the ticket's status, reply times,
 * count and search text, and the `message.sent` event. Agents' replies and template messages
 * (acknowledgements, remediations, automation) both go through here.
 */
export async function storeOutboundMessage(trx: Db, input: OutboundMessageInput): Promise<number> {
  const { ticket, at } = input;
  const message = await trx
    .insertInto('messages')
    .values({
      workspace_id: input.workspaceId,
      ticket_id: ticket.id,
      direction: 'outbound',
      author_agent_id: input.authorAgentId,
      body_text: input.text,
      body_html: input.html,
      language: input.language,
      channel_meta: JSON.stringify(input.channelMeta),
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await queueOutboundDelivery(trx as Transaction<Database>, {
    workspaceId: input.workspaceId,
    ticketId: ticket.id,
    brandId: ticket.brand_id,
    channel: ticket.channel,
    messageId: message.id,
    kind: input.countsAsReply ? 'reply' : 'automatic',
  });
  await trx
    .updateTable('tickets')
    .set((eb) => ({
      status: input.status,
      ...statusTimestamps(ticket.status, input.status, ticket.solved_at),
      ...(input.countsAsReply ? { first_agent_reply_at: ticket.first_agent_reply_at ?? at, last_agent_reply_at: at } : {}),
      message_count: eb('message_count', '+', 1),
      search_vector: appendSearchVector(input.text),
      updated_at: at,
    }))
    .where('id', '=', ticket.id)
    .execute();
  await recordTicketEvent(trx, {
    workspaceId: input.workspaceId,
    ticketId: ticket.id,
    brandId: ticket.brand_id,
    type: TICKET_EVENTS.messageSent,
    actor: input.actor,
    data: { messageId: message.id, ...input.eventData, ...(input.status !== ticket.status ? { status: { from: ticket.status, to: input.status } } : {}) },
    messageId: message.id,
    at,
  });
  return message.id;
}

export interface NoteInput {
  workspaceId: string;
  ticketId: number;
  brandId: string;
  /** Null when a rule wrote it. */
  authorAgentId: string | null;
  text: string;
  channelMeta: Record<string, unknown>;
  actor: Actor;
  at: Date;
}

/** Stores an internal note (agents only, never sent, no SLA effect) with its count, search text and `note.added` event. */
export async function storeNote(trx: Db, input: NoteInput): Promise<number> {
  const message = await trx
    .insertInto('messages')
    .values({
      workspace_id: input.workspaceId,
      ticket_id: input.ticketId,
      direction: 'note',
      author_agent_id: input.authorAgentId,
      body_text: input.text,
      channel_meta: JSON.stringify(input.channelMeta),
      created_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('tickets')
    .set((eb) => ({ message_count: eb('message_count', '+', 1), search_vector: appendSearchVector(input.text), updated_at: input.at }))
    .where('id', '=', input.ticketId)
    .execute();
  await recordTicketEvent(trx, {
    workspaceId: input.workspaceId,
    ticketId: input.ticketId,
    brandId: input.brandId,
    type: TICKET_EVENTS.noteAdded,
    actor: input.actor,
    data: { messageId: message.id },
    messageId: message.id,
    at: input.at,
  });
  return message.id;
}

import { sql } from 'kysely';
import type { Db } from '../database.js';
import { appendSearchVector } from './ticket-search.js';
import { recordTicketEvent, TICKET_EVENTS, type Actor } from './ticket.events.js';
import type { TicketStatus } from './ticket.table.js';
import { afterTicketChange } from '../workflow/ticket-pipeline.js';
import { storedTriage, triageMessage, withRepeatedContact } from '../triage/active-triage.js';
import type { TriageDetails } from '../triage/triage-engine.js';
import { ticketUpdateForFollowUp, type TicketTriageState } from './ticket-triage.js';

export interface InboundMessageInput {
  workspaceId: string;
  ticketId: number;
  /** Null for machine mail with no person behind it (bounces). */
  authorCustomerId: string | null;
  text: string;
  html: string | null;
  externalId: string | null;
  channelMeta: Record<string, unknown>;
  /** When the buyer wrote it (the e-mail's Date), which may be before messages already stored. */
  at: Date;
  /** Machine mail (auto-replies, bounces) is filed on the ticket but never reopens it (nor is it triaged). */
  reopens: boolean;
  /** The message carries attachments (photos a damaged-item claim needs). */
  hasAttachments?: boolean;
}

export interface AppendedMessage {
  messageId: number;
  status: TicketStatus;
  reopened: boolean;
}

/**
 * Files a further buyer message on an existing ticket, in the caller's transaction: a solved or
 * pending ticket opens again, a new ticket gets its first reply clock from the buyer's side.
 * Closed tickets are not reopened here; the caller starts a linked ticket instead.
 */
export async function appendInboundMessage(trx: Db, input: InboundMessageInput): Promise<AppendedMessage> {
  const ticket = await trx
    .selectFrom('tickets')
    .select(['id', 'brand_id', 'subject', 'status', 'intent', 'needs_triage', 'intent_source', 'language', 'priority', 'risk', 'customer_id', 'last_agent_reply_at'])
    .where('id', '=', input.ticketId)
    .where('workspace_id', '=', input.workspaceId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const triage = await triageFollowUp(trx, ticket, input);
  const message = await trx
    .insertInto('messages')
    .values({
      workspace_id: input.workspaceId,
      ticket_id: input.ticketId,
      direction: 'inbound',
      author_customer_id: input.authorCustomerId,
      body_text: input.text,
      body_html: input.html,
      external_id: input.externalId,
      channel_meta: JSON.stringify(input.channelMeta),
      language: triage?.result.language ?? null,
      triage: triage ? JSON.stringify(storedTriage(triage.result)) : null,
      created_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const waitingOnUs = ['solved', 'pending', 'on_hold'].includes(ticket.status);
  const status: TicketStatus = input.reopens && waitingOnUs ? 'open' : ticket.status;
  const reopened = status !== ticket.status;
  const now = new Date();
  await trx
    .updateTable('tickets')
    .set({
      status,
      ...(reopened ? { solved_at: null } : {}),
      ...(input.reopens
        ? {
            first_customer_message_at: sql`least(first_customer_message_at, ${input.at})`,
            last_customer_message_at: sql`greatest(last_customer_message_at, ${input.at})`,
          }
        : {}),
      ...(triage?.ticketUpdate ?? {}),
      message_count: sql`message_count + 1`,
      search_vector: appendSearchVector(input.text),
      updated_at: now,
    })
    .where('id', '=', input.ticketId)
    .execute();
  const actor: Actor = input.authorCustomerId ? { kind: 'customer', id: input.authorCustomerId } : { kind: 'system', id: null };
  await recordTicketEvent(trx, {
    workspaceId: input.workspaceId,
    ticketId: input.ticketId,
    brandId: ticket.brand_id,
    type: TICKET_EVENTS.messageReceived,
    actor,
    data: { messageId: message.id, ...(reopened ? { status: { from: ticket.status, to: status } } : {}) },
    messageId: message.id,
    at: now,
  });
  await afterTicketChange(trx, {
    workspaceId: input.workspaceId,
    ticketId: input.ticketId,
    trigger: 'customer.replied',
    actor,
    messageId: message.id,
    machineMail: !input.reopens,
    at: now,
  });
  return { messageId: message.id, status, reopened };
}

/**
 * Triage of a follow-up message. Machine mail is filed without it (an out-of-office says nothing
 * about what the buyer wants). Two unanswered buyer messages before this one make it a repeated
 * contact.
 */
async function triageFollowUp(
  trx: Db,
  ticket: TicketTriageState & { subject: string; customer_id: string; last_agent_reply_at: Date | null },
  input: InboundMessageInput,
): Promise<{ result: TriageDetails; ticketUpdate: ReturnType<typeof ticketUpdateForFollowUp> } | null> {
  if (!input.reopens) return null;
  const facts = await trx
    .selectFrom('customers')
    .select(['language', 'country'])
    .select((eb) =>
      eb
        .selectFrom('messages')
        .select(eb.fn.countAll<number>().as('n'))
        .where('ticket_id', '=', input.ticketId)
        .where('direction', '=', 'inbound')
        .where('created_at', '>', ticket.last_agent_reply_at ?? new Date(0))
        .as('unanswered'),
    )
    .where('id', '=', ticket.customer_id)
    .executeTakeFirst();
  const result = triageMessage({
    text: input.text,
    subject: ticket.subject,
    customerLanguage: facts?.language ?? ticket.language,
    customerCountry: facts?.country ?? null,
    hasAttachments: input.hasAttachments,
    sentAt: input.at,
  });
  if (!result) return null;
  const triaged = withRepeatedContact(result, Number(facts?.unanswered ?? 0));
  return { result: triaged, ticketUpdate: ticketUpdateForFollowUp(ticket, triaged) };
}

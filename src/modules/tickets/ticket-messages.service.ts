import type { Kysely } from 'kysely';
import { unprocessable } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../database.js';
import { getTicketRowOrThrow } from './ticket.queries.js';
import type { ReplyInput } from './ticket.schemas.js';
import { actorOf, messageBodies } from './ticket.service.js';
import { storeNote, storeOutboundMessage } from './outbound-message.js';
import { afterTicketChange } from '../workflow/ticket-pipeline.js';

/**
 * An agent's reply to the buyer. It is stored as an outbound message; the channel that delivers
 * it (e-mail outbox, chat) picks it up from there. A first reply opens a new ticket.
 */
export async function replyToTicket(db: Kysely<Database>, principal: Principal, id: number, input: ReplyInput): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const ticket = await getTicketRowOrThrow(trx, principal, id, true);
    assertOpenForMessages(ticket.merged_into_id, id);
    const { text, html } = messageBodies(input);
    const now = new Date();
    const messageId = await storeOutboundMessage(trx, {
      workspaceId: principal.workspaceId,
      ticket,
      authorAgentId: principal.agentId,
      text,
      html,
      language: input.language ?? ticket.language,
      channelMeta: {},
      status: input.status ?? (ticket.status === 'new' ? 'open' : ticket.status),
      countsAsReply: true,
      actor: actorOf(principal),
      at: now,
    });
    await afterTicketChange(trx, { workspaceId: principal.workspaceId, ticketId: id, trigger: 'agent.replied', actor: actorOf(principal), messageId, at: now });
    return messageId;
  });
}

/** An internal note: visible to agents only, never sent to the buyer, never changes SLA fields. */
export async function addNote(db: Kysely<Database>, principal: Principal, id: number, text: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const ticket = await getTicketRowOrThrow(trx, principal, id, true);
    return storeNote(trx, {
      workspaceId: principal.workspaceId,
      ticketId: id,
      brandId: ticket.brand_id,
      authorAgentId: principal.agentId,
      text,
      channelMeta: {},
      actor: actorOf(principal),
      at: new Date(),
    });
  });
}

export function assertOpenForMessages(mergedIntoId: number | null, id: number): void {
  if (mergedIntoId) throw unprocessable(`Ticket ${id} was merged into ticket ${mergedIntoId}; reply there.`);
}

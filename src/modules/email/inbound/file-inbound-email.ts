import type { Kysely, Transaction } from 'kysely';
import type { AttachmentStore } from '../../../platform/files/attachment-store.js';
import type { Principal } from '../../auth/principal.js';
import { findOrCreateCustomerByIdentity, type IdentityInput } from '../../customers/customer.service.js';
import type { Database } from '../../database.js';
import { addAttachment } from '../../tickets/ticket-attachments.js';
import { createTicket } from '../../tickets/ticket-create.service.js';
import { appendInboundMessage } from '../../tickets/ticket-inbound.service.js';
import type { EmailChannelMeta } from '../../tickets/ticket.queries.js';
import { markOutboundBounced, parseTicketReplyToken, ticketSubjectToken } from '../outbound/index.js';
import type { ParsedEmail } from '../parse/index.js';
import { ticketSubject } from './subject.js';
import { claimThreadRefs, findThreadTicket, lockThreadRefs, threadRefsOf, type ThreadClues } from './thread-resolver.js';

export interface InboundEmailFacts {
  inboundId: number;
  workspaceId: string;
  brandId: string;
  /** When the raw message was stored: the fallback for a missing or future Date header. */
  receivedAt: Date;
  parsed: ParsedEmail;
  shownText: string;
  quoteStripped: boolean;
  machine: string | null;
  marketplace: { marketplace: string; orderNumber: string | null; threadKey: string | null; buyerAlias: string | null } | null;
  bounce: { originalMessageId: string | null; diagnostic: string | null } | null;
}

export type FilingOutcome =
  | { status: 'delivered'; ticketId: number; messageId: number; createdTicket: boolean }
  | { status: 'suppressed'; reason: string };

/**
 * Files one parsed e-mail: finds or starts its ticket, stores the message and its attachments and
 * indexes its references, all in the caller's transaction (which also marks the raw row done).
 */
export async function fileInboundEmail(trx: Transaction<Database>, store: AttachmentStore, facts: InboundEmailFacts): Promise<FilingOutcome> {
  const { parsed, workspaceId } = facts;
  if (facts.bounce) {
    const bounced = facts.bounce.originalMessageId
      ? await markOutboundBounced(trx, workspaceId, facts.bounce.originalMessageId, facts.bounce.diagnostic ?? 'The message bounced.')
      : null;
    if (!bounced) return { status: 'suppressed', reason: 'Bounce of a message Meridian did not send; nothing to attach it to.' };
    const appended = await appendInboundMessage(trx, message(facts, bounced.ticketId, null, await freeExternalId(trx, facts)));
    await storeAttachments(trx, store, facts, appended.messageId);
    return { status: 'delivered', ticketId: bounced.ticketId, messageId: appended.messageId, createdTicket: false };
  }

  const clues = threadClues(facts);
  const refs = threadRefsOf(clues);
  await lockThreadRefs(trx, workspaceId, refs);
  const customerId = await senderCustomer(trx, facts);
  const match = await findThreadTicket(trx, workspaceId, clues);
  const target = match ? { id: match.ticketId, status: match.status } : null;
  // Checked every time: messages imported or created through the API carry external ids too,
  // and a clash inside this transaction would abort it.
  const externalId = await freeExternalId(trx, facts);

  let ticketId: number;
  let messageId: number;
  let createdTicket = false;
  if (target && target.status !== 'closed') {
    const appended = await appendInboundMessage(trx, message(facts, target.id, customerId, externalId));
    if (facts.marketplace?.orderNumber) {
      // The order number often comes only with a later message of the conversation.
      await trx
        .updateTable('tickets')
        .set({ marketplace_order_id: facts.marketplace.orderNumber, marketplace: facts.marketplace.marketplace })
        .where('id', '=', target.id)
        .where('marketplace_order_id', 'is', null)
        .execute();
    }
    ticketId = target.id;
    messageId = appended.messageId;
  } else {
    const created = await createTicket(trx as Kysely<Database>, channelPrincipal(workspaceId), {
      brandId: facts.brandId,
      channel: facts.marketplace ? 'marketplace' : 'email',
      subject: ticketSubject(parsed.subject),
      customer: { id: customerId },
      message: { text: facts.shownText, ...(parsed.html ? { html: parsed.html } : {}), ...(externalId ? { externalId } : {}), createdAt: writtenAt(facts).toISOString() },
      // Machine mail waits at the bottom; a person's mail gets the priority triage gives it.
      ...(facts.machine ? { priority: 'P4' as const } : {}),
      tags: facts.machine ? [facts.machine.replace(/_/g, '-')] : [],
      marketplace: facts.marketplace?.marketplace ?? null,
      marketplaceOrderId: facts.marketplace?.orderNumber ?? null,
    }, { actor: { kind: 'customer', id: customerId }, channelMeta: { email: emailMeta(facts) }, hasAttachments: hasAttachments(facts), machineMail: Boolean(facts.machine) });
    ticketId = created.ticketId;
    messageId = created.messageId!;
    createdTicket = true;
    if (target) await trx.updateTable('tickets').set({ linked_ticket_id: target.id }).where('id', '=', ticketId).execute();
  }
  await storeAttachments(trx, store, facts, messageId);
  await claimThreadRefs(trx, workspaceId, ticketId, refs);
  return { status: 'delivered', ticketId, messageId, createdTicket };
}

function threadClues(facts: InboundEmailFacts): ThreadClues {
  const { parsed } = facts;
  const recipients = [...parsed.to, ...parsed.cc, ...parsed.deliveredTo].map((a) => a.address);
  const replyTokenTicketId = recipients.map((a) => parseTicketReplyToken(a, facts.workspaceId)).find((id) => id !== null) ?? null;
  const key = facts.marketplace?.threadKey;
  return {
    replyTokenTicketId,
    inReplyTo: parsed.inReplyTo,
    references: parsed.references,
    ownMessageId: parsed.messageId,
    marketplaceRef: key ? `marketplace:${key}` : null,
    subjectTicketId: ticketSubjectToken(parsed.subject),
    senderEmail: parsed.from.address,
  };
}

/** The buyer behind the sender address; a marketplace relay address is the buyer's alias there. */
async function senderCustomer(trx: Transaction<Database>, facts: InboundEmailFacts): Promise<string> {
  const { from } = facts.parsed;
  const identity: IdentityInput = facts.marketplace
    ? { kind: 'marketplace_alias', value: from.address, marketplace: facts.marketplace.marketplace }
    : { kind: 'email', value: from.address };
  const { id } = await findOrCreateCustomerByIdentity(trx, facts.workspaceId, identity, { name: from.name || from.address.split('@')[0]! });
  return id;
}

/** The Message-ID as the message's external id, unless another message already uses it. */
async function freeExternalId(trx: Transaction<Database>, facts: InboundEmailFacts): Promise<string | null> {
  const id = facts.parsed.messageId;
  if (!id) return null;
  const taken = await trx.selectFrom('messages').select('id').where('workspace_id', '=', facts.workspaceId).where('external_id', '=', id).executeTakeFirst();
  return taken ? `${id}#inbound-${facts.inboundId}` : id;
}

function message(facts: InboundEmailFacts, ticketId: number, authorCustomerId: string | null, externalId: string | null) {
  return {
    workspaceId: facts.workspaceId,
    ticketId,
    authorCustomerId,
    text: facts.shownText,
    html: facts.parsed.html,
    externalId,
    channelMeta: { email: emailMeta(facts) },
    at: writtenAt(facts),
    reopens: !facts.machine,
    hasAttachments: hasAttachments(facts),
  };
}

function hasAttachments(facts: InboundEmailFacts): boolean {
  return facts.parsed.attachments.some((a) => !a.inline);
}

function emailMeta(facts: InboundEmailFacts): EmailChannelMeta {
  const { parsed } = facts;
  return {
    inboundId: facts.inboundId,
    from: parsed.from.name ? `${parsed.from.name} <${parsed.from.address}>` : parsed.from.address,
    replyAddress: parsed.replyTo[0]?.address ?? parsed.from.address,
    to: [...parsed.to, ...parsed.cc].map((a) => a.address),
    subject: parsed.subject,
    machine: facts.machine,
    quoteStripped: facts.quoteStripped,
    omittedAttachments: parsed.omittedAttachments.length,
  };
}

/** The Date header, unless it is missing or claims a time after the message reached us. */
function writtenAt(facts: InboundEmailFacts): Date {
  const date = facts.parsed.date;
  if (!date || Number.isNaN(date.getTime()) || date.getTime() > facts.receivedAt.getTime() + 5 * 60_000) return facts.receivedAt;
  return date;
}

async function storeAttachments(trx: Transaction<Database>, store: AttachmentStore, facts: InboundEmailFacts, messageId: number): Promise<void> {
  for (const file of facts.parsed.attachments) {
    await addAttachment(trx, store, facts.workspaceId, messageId, {
      filename: file.filename,
      contentType: file.contentType,
      content: file.content,
      contentId: file.contentId,
      inline: file.inline,
    });
  }
}

/** The channel acts for the workspace; the timeline names the buyer (see createTicket's actor). */
function channelPrincipal(workspaceId: string): Principal {
  return { agentId: '00000000-0000-0000-0000-000000000000', workspaceId, email: 'mail@meridian.invalid', name: 'E-mail channel', role: 'admin', level: 'senior', brandIds: [], via: 'token' };
}

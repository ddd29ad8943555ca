import type { Selectable, Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import type { OutboundDelivery, OutboundMessage } from '../../tickets/outbound-delivery.js';
import type { Channel } from '../../tickets/ticket.table.js';
import type { MailboxesTable } from '../email.table.js';
import { formatFromAddress, newOutboundMessageId, replySubject, storedMessageId, ticketReplyAddress } from './addressing.js';
import { buyerAddress, enqueueSend, latestInboundEmail, NO_ADDRESS_ERROR, type LatestInboundEmail } from './outbox.js';

type Mailbox = Selectable<MailboxesTable>;

/**
 * Channels whose replies go out by e-mail even when the ticket has no inbound e-mail yet (a
 * ticket created through the API or a web form for a buyer with an e-mail address). Chat,
 * social and phone tickets are answered on their own channel unless the buyer wrote by e-mail.
 */
const EMAIL_REPLY_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['email', 'marketplace', 'api', 'web_form']);

/** At most this many ids in References: the thread's first message and the latest ones. */
const MAX_REFERENCES = 20;

/**
 * The e-mail channel's outbound delivery, run inside the transaction that stored the message:
 * one `outbound_emails` row (the outbox) and an `email.send` job, so the e-mail exists exactly
 * when the message does. Nothing happens when the ticket's brand has no active mailbox.
 */
export const queueOutboundEmail: OutboundDelivery = async (trx: Transaction<Database>, message: OutboundMessage): Promise<void> => {
  const active = await trx
    .selectFrom('mailboxes')
    .selectAll()
    .where('workspace_id', '=', message.workspaceId)
    .where('brand_id', '=', message.brandId)
    .where('active', '=', true)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (active.length === 0) return;
  const latest = await latestInboundEmail(trx, message.ticketId);
  if (!latest && !EMAIL_REPLY_CHANNELS.has(message.channel)) return;
  const mailbox = await chooseMailbox(trx, message.workspaceId, active, latest);

  const ticket = await trx
    .selectFrom('tickets')
    .innerJoin('brands', 'brands.id', 'tickets.brand_id')
    .select(['tickets.subject', 'tickets.customer_id', 'brands.name as brand_name'])
    .where('tickets.id', '=', message.ticketId)
    .executeTakeFirstOrThrow();
  const to = await buyerAddress(trx, message.ticketId, ticket.customer_id, latest);
  const thread = await threadMessageIds(trx, message.ticketId);
  const messageIdHeader = newOutboundMessageId(message.ticketId, message.messageId, mailbox.address);

  let error: string | null = to ? null : NO_ADDRESS_ERROR;
  if (!error && message.kind === 'automatic' && latest?.meta.machine) {
    error = `Not sent: the buyer's last e-mail was machine-generated (${latest.meta.machine}); automatic messages never answer one.`;
  }
  const row = await trx
    .insertInto('outbound_emails')
    .values({
      workspace_id: message.workspaceId,
      ticket_id: message.ticketId,
      message_id: message.messageId,
      mailbox_id: mailbox.id,
      kind: message.kind,
      from_address: formatFromAddress(mailbox.display_name || ticket.brand_name, mailbox.address),
      reply_to: ticketReplyAddress(mailbox.address, message.workspaceId, message.ticketId),
      to_addresses: to ? [to] : [],
      subject: replySubject(ticket.subject, message.ticketId),
      message_id_header: messageIdHeader,
      in_reply_to: thread.inReplyTo,
      references_header: thread.references,
      status: error ? 'failed' : 'queued',
      last_error: error,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The buyer's answer quotes our Message-ID in In-Reply-To/References: it threads back here.
  await trx
    .insertInto('email_thread_refs')
    .values({ workspace_id: message.workspaceId, ref: messageIdHeader, ticket_id: message.ticketId })
    .onConflict((oc) => oc.columns(['workspace_id', 'ref']).doNothing())
    .execute();
  if (!error) await enqueueSend(trx, row.id);
};

/**
 * The mailbox a reply goes out from: the one that received the ticket's latest inbound e-mail,
 * else the one it was addressed to, else the brand's first active mailbox. Only active mailboxes
 * of the ticket's brand count (a ticket moved to another brand answers from that brand).
 */
async function chooseMailbox(db: Db, workspaceId: string, active: Mailbox[], latest: LatestInboundEmail | null): Promise<Mailbox> {
  const inboundId = Number(latest?.meta.inboundId);
  if (Number.isSafeInteger(inboundId) && inboundId > 0) {
    const inbound = await db.selectFrom('inbound_emails').select('mailbox_id').where('id', '=', inboundId).where('workspace_id', '=', workspaceId).executeTakeFirst();
    const received = active.find((m) => m.id === inbound?.mailbox_id);
    if (received) return received;
  }
  const addressedTo = new Set((Array.isArray(latest?.meta.to) ? latest.meta.to : []).map((a) => String(a).toLowerCase()));
  const addressed = active.find((m) => [m.address, ...m.aliases].some((a) => addressedTo.has(a.toLowerCase())));
  return addressed ?? active[0]!;
}

/**
 * The ticket's e-mail thread in order: inbound Message-IDs (messages.external_id) and the
 * Message-IDs of our earlier e-mails that went or are going out. In-Reply-To is the latest
 * inbound one; References keeps the first id and the latest ones (RFC 5322 §3.6.4).
 */
async function threadMessageIds(db: Db, ticketId: number): Promise<{ inReplyTo: string | null; references: string[] }> {
  const inbound = await db
    .selectFrom('messages')
    .select(['id', 'created_at', 'external_id as ref'])
    .where('ticket_id', '=', ticketId)
    .where('direction', '=', 'inbound')
    .where('external_id', 'is not', null)
    .execute();
  const outbound = await db
    .selectFrom('outbound_emails')
    .innerJoin('messages', 'messages.id', 'outbound_emails.message_id')
    .select(['messages.id', 'messages.created_at', 'outbound_emails.message_id_header as ref'])
    .where('messages.ticket_id', '=', ticketId)
    .where('outbound_emails.status', 'in', ['queued', 'sending', 'sent'])
    .execute();
  const ordered = [...inbound.map((r) => ({ ...r, inbound: true })), ...outbound.map((r) => ({ ...r, inbound: false }))].sort(
    (a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id - b.id,
  );
  const ids: string[] = [];
  let inReplyTo: string | null = null;
  for (const entry of ordered) {
    const id = storedMessageId(entry.ref);
    if (!id) continue;
    if (entry.inbound) inReplyTo = id;
    if (!ids.includes(id)) ids.push(id);
  }
  const references = ids.length > MAX_REFERENCES ? [ids[0]!, ...ids.slice(-(MAX_REFERENCES - 1))] : ids;
  return { inReplyTo, references };
}

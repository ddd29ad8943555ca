import { sql, type Selectable } from 'kysely';
import { enqueue } from '../../../platform/jobs/queue.js';
import type { Db } from '../../database.js';
import { inTransaction } from '../../transaction.js';
import { recordTicketEvent, SYSTEM_ACTOR, TICKET_EVENTS, type Actor } from '../../tickets/ticket.events.js';
import type { EmailChannelMeta } from '../../tickets/ticket.queries.js';
import type { OutboundEmailsTable } from '../email.table.js';
import { bareAddress, storedMessageId } from './addressing.js';

export type OutboundEmailRow = Selectable<OutboundEmailsTable>;

export const EMAIL_SEND_JOB = 'email.send';

/**
 * Job attempts for one outbound message. The queue backs off 2 s, 4 s, 8 s … capped at an hour,
 * so 15 attempts keep trying for about four hours before the message is marked failed.
 */
export const OUTBOUND_MAX_ATTEMPTS = 15;

/** What the agent sees when the buyer has no address to write to. */
export const NO_ADDRESS_ERROR = 'No e-mail address for this buyer';

/**
 * Timeline events of the outbox. They are not (yet) in TICKET_EVENTS, which belongs to the
 * tickets module; the lead adds them there and these constants then point at the catalog.
 */
export const OUTBOUND_EVENTS = {
  delivered: TICKET_EVENTS.delivered,
  deliveryFailed: TICKET_EVENTS.deliveryFailed,
  bounced: TICKET_EVENTS.bounced,
} as const;
export type OutboundEventType = (typeof OUTBOUND_EVENTS)[keyof typeof OUTBOUND_EVENTS];

/** Queues the send job of an outbound row (in the caller's transaction); `email.send:<id>` is the first job's key. */
export async function enqueueSend(db: Db, outboundId: number, dedupeSuffix = '', runAt?: Date): Promise<void> {
  await enqueue(db, EMAIL_SEND_JOB, { outboundId }, {
    dedupeKey: `${EMAIL_SEND_JOB}:${outboundId}${dedupeSuffix}`,
    maxAttempts: OUTBOUND_MAX_ATTEMPTS,
    ...(runAt ? { runAt } : {}),
  });
}

/** Writes an outbox event on the timeline of the ticket the message belongs to now (merges move messages). */
export async function recordOutboundEvent(
  db: Db,
  row: Pick<OutboundEmailRow, 'id' | 'workspace_id' | 'message_id'>,
  type: OutboundEventType,
  data: Record<string, unknown>,
  actor: Actor = SYSTEM_ACTOR,
): Promise<number | null> {
  const ticket = await db
    .selectFrom('messages')
    .innerJoin('tickets', 'tickets.id', 'messages.ticket_id')
    .select(['tickets.id', 'tickets.brand_id'])
    .where('messages.id', '=', row.message_id)
    .executeTakeFirst();
  if (!ticket) return null;
  await recordTicketEvent(db, {
    workspaceId: row.workspace_id,
    ticketId: ticket.id,
    brandId: ticket.brand_id,
    type,
    actor,
    data: { outboundId: row.id, messageId: row.message_id, ...data },
    messageId: row.message_id,
  });
  return ticket.id;
}

/**
 * The outbound e-mail with this Message-ID (with or without angle brackets, e.g. from a bounce's
 * original-message headers), or null. `message_id_header` is stored without brackets.
 */
export async function findOutboundByMessageId(db: Db, workspaceId: string, messageId: string): Promise<OutboundEmailRow | null> {
  const id = storedMessageId(messageId);
  if (!id) return null;
  const row = await db
    .selectFrom('outbound_emails')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('message_id_header', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Records that the receiving side bounced one of our messages (a DSN matched by its Message-ID):
 * status bounced, the diagnostic as the error, a `message.bounced` event. A second report of the
 * same bounce changes nothing. Null when no outbound message has that Message-ID.
 */
export async function markOutboundBounced(db: Db, workspaceId: string, messageIdHeader: string, diagnostic: string): Promise<{ ticketId: number } | null> {
  const id = storedMessageId(messageIdHeader);
  if (!id) return null;
  const reason = diagnostic.trim().slice(0, 2000) || 'The message bounced.';
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('outbound_emails')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('message_id_header', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return null;
    if (row.status === 'bounced') {
      const current = await trx.selectFrom('messages').select('ticket_id').where('id', '=', row.message_id).executeTakeFirst();
      return { ticketId: current?.ticket_id ?? row.ticket_id };
    }
    await trx
      .updateTable('outbound_emails')
      .set({ status: 'bounced', last_error: reason, locked_by: null, locked_until: null, updated_at: new Date() })
      .where('id', '=', row.id)
      .execute();
    const ticketId = await recordOutboundEvent(trx, row, OUTBOUND_EVENTS.bounced, { to: row.to_addresses, error: reason });
    return { ticketId: ticketId ?? row.ticket_id };
  });
}

export type RetryOutcome = 'queued' | 'not_found' | 'not_retryable';

/**
 * The "retry" button: puts a failed or bounced outbound e-mail of a message back in the queue
 * and enqueues its send job. A row that failed for want of an address looks for one again first.
 * `not_found`: the message has no outbound e-mail in this workspace; `not_retryable`: it is
 * queued, sending or sent already, or the buyer still has no address.
 */
export async function retryOutboundEmail(db: Db, workspaceId: string, messageId: number): Promise<RetryOutcome> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('outbound_emails')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('message_id', '=', messageId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return 'not_found';
    if (row.status !== 'failed' && row.status !== 'bounced') return 'not_retryable';
    let to = row.to_addresses;
    if (to.length === 0) {
      const ticket = await trx
        .selectFrom('messages')
        .innerJoin('tickets', 'tickets.id', 'messages.ticket_id')
        .select(['tickets.id', 'tickets.customer_id'])
        .where('messages.id', '=', row.message_id)
        .executeTakeFirst();
      const address = ticket ? await buyerAddress(trx, ticket.id, ticket.customer_id) : null;
      if (!address) return 'not_retryable';
      to = [address];
    }
    await trx
      .updateTable('outbound_emails')
      .set({ status: 'queued', to_addresses: to, last_error: null, locked_by: null, locked_until: null, updated_at: new Date() })
      .where('id', '=', row.id)
      .execute();
    // The first job's dedupe key stays taken by the finished job; the attempt count makes a new one.
    await enqueueSend(trx, row.id, `:retry${row.attempts}`);
    return 'queued';
  });
}

/** The latest inbound e-mail on a ticket: its message row and `channel_meta.email`. */
export interface LatestInboundEmail {
  messageId: number;
  externalId: string | null;
  meta: EmailChannelMeta;
}

export async function latestInboundEmail(db: Db, ticketId: number): Promise<LatestInboundEmail | null> {
  const row = await db
    .selectFrom('messages')
    .select(['id', 'external_id', 'channel_meta'])
    .where('ticket_id', '=', ticketId)
    .where('direction', '=', 'inbound')
    .where(sql<boolean>`channel_meta -> 'email' is not null`)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const meta = (typeof row.channel_meta === 'string' ? JSON.parse(row.channel_meta) : row.channel_meta) as { email?: EmailChannelMeta };
  if (!meta.email || typeof meta.email !== 'object') return null;
  return { messageId: row.id, externalId: row.external_id, meta: meta.email };
}

/**
 * Where a reply on the ticket goes: the latest inbound e-mail's reply address (Reply-To, else
 * From; a marketplace relay address on marketplace tickets), else the buyer's first e-mail
 * identity; null when there is neither.
 */
export async function buyerAddress(db: Db, ticketId: number, customerId: string, latest?: LatestInboundEmail | null): Promise<string | null> {
  const inbound = latest === undefined ? await latestInboundEmail(db, ticketId) : latest;
  const reply = bareAddress(inbound?.meta.replyAddress);
  if (reply) return reply;
  const identity = await db
    .selectFrom('customer_identities')
    .select('value')
    .where('customer_id', '=', customerId)
    .where('kind', '=', 'email')
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
  return bareAddress(identity?.value);
}

import { sql, type Selectable } from 'kysely';
import { decodeCursor, encodeCursor } from '../../../shared/cursor.js';
import { AppError, notFound } from '../../../shared/errors.js';
import { canSeeBrand, type Principal } from '../../auth/principal.js';
import type { Db } from '../../database.js';
import { deliveryOf, type EmailChannelMeta } from '../../tickets/ticket.queries.js';
import type { InboundEmailView, MessageEmailView } from '../email.schemas.js';
import type { InboundEmailsTable } from '../email.table.js';
import { parseEmail } from '../parse/index.js';
import { INBOUND_CHANNEL } from './ingest.js';
import type { InboundLimits } from './process-inbound.js';

type HeldRow = Omit<Selectable<InboundEmailsTable>, 'raw' | 'envelope' | 'dedupe_key' | 'locked_by' | 'locked_until'>;
const VIEW_COLUMNS = [
  'id', 'workspace_id', 'brand_id', 'mailbox_id', 'source', 'status', 'reason', 'message_id_header', 'summary',
  'size_bytes', 'attempts', 'ticket_id', 'message_id', 'received_at', 'processed_at',
] as const;

export function toInboundView(row: HeldRow): InboundEmailView {
  return {
    id: Number(row.id),
    brandId: row.brand_id,
    mailboxId: row.mailbox_id,
    source: row.source,
    status: row.status,
    reason: row.reason,
    messageIdHeader: row.message_id_header,
    from: row.summary.from ?? null,
    subject: row.summary.subject ?? null,
    sizeBytes: row.size_bytes,
    attempts: row.attempts,
    ticketId: row.ticket_id,
    receivedAt: row.received_at.toISOString(),
    processedAt: row.processed_at ? row.processed_at.toISOString() : null,
  };
}

export interface HeldQuery {
  status: 'quarantined' | 'suppressed' | 'all';
  brandId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

const HELD_SORT = '-id';

/** Messages that did not become tickets: quarantined (could not be read) or suppressed (machine noise). */
export async function listHeldEmails(db: Db, principal: Principal, query: HeldQuery): Promise<{ items: InboundEmailView[]; nextCursor: string | null }> {
  const before = query.cursor ? decodeCursor(query.cursor, HELD_SORT, 1).key[0] : null;
  if (before !== null && !(typeof before === 'number' && Number.isSafeInteger(before))) throw new AppError('invalid_cursor', 'The cursor is not valid for this list; start again without it.');
  let q = db
    .selectFrom('inbound_emails')
    .select(VIEW_COLUMNS)
    .where('workspace_id', '=', principal.workspaceId)
    .where('status', 'in', query.status === 'all' ? ['quarantined', 'suppressed'] : [query.status])
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.brandId) q = q.where('brand_id', '=', query.brandId);
  if (principal.brandIds.length > 0) q = q.where('brand_id', 'in', principal.brandIds);
  if (before !== null) q = q.where('id', '<', before);
  const rows = await q.execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page.map(toInboundView), nextCursor: rows.length > query.limit && last ? encodeCursor({ sort: HELD_SORT, key: [Number(last.id)] }) : null };
}

export async function getInboundRaw(db: Db, principal: Principal, id: number): Promise<Buffer> {
  const row = await db.selectFrom('inbound_emails').select(['raw', 'brand_id']).where('id', '=', id).where('workspace_id', '=', principal.workspaceId).executeTakeFirst();
  if (!row || !canSeeBrand(principal, row.brand_id)) throw notFound('Inbound e-mail', id);
  return Buffer.from(row.raw);
}

/** Parse a held message again (after a fix, or to let a suppressed one through as a ticket). */
export async function retryInboundEmail(db: Db, principal: Principal, id: number): Promise<InboundEmailView> {
  const row = await db
    .updateTable('inbound_emails')
    .set({ status: 'received', attempts: 0, locked_by: null, locked_until: null, reason: null })
    .where('id', '=', id)
    .where('workspace_id', '=', principal.workspaceId)
    .where('status', 'in', ['quarantined', 'suppressed'])
    .where((eb) => (principal.brandIds.length > 0 ? eb('brand_id', 'in', principal.brandIds) : eb.lit(true)))
    .returning(VIEW_COLUMNS)
    .executeTakeFirst();
  if (!row) throw notFound('Held inbound e-mail', id);
  await sql`select pg_notify(${INBOUND_CHANNEL}, '')`.execute(db);
  return toInboundView(row);
}

/** A message of a ticket the caller may see, or not_found. */
export async function visibleMessage(db: Db, principal: Principal, messageId: number) {
  const message = await db
    .selectFrom('messages')
    .innerJoin('tickets', 'tickets.id', 'messages.ticket_id')
    .select(['messages.id', 'messages.direction', 'messages.channel_meta', 'messages.body_text', 'tickets.brand_id'])
    .where('messages.id', '=', messageId)
    .where('messages.workspace_id', '=', principal.workspaceId)
    .executeTakeFirst();
  if (!message || !canSeeBrand(principal, message.brand_id)) throw notFound('Message', messageId);
  return message;
}

/** The e-mail behind a message, for the headers view: parsed again from the stored raw bytes. */
export async function messageEmail(db: Db, principal: Principal, messageId: number, limits: InboundLimits): Promise<MessageEmailView> {
  const message = await visibleMessage(db, principal, messageId);

  if (message.direction === 'outbound') {
    const out = await db.selectFrom('outbound_emails').selectAll().where('message_id', '=', messageId).executeTakeFirst();
    if (!out) throw notFound('E-mail for message', messageId);
    const headers = [
      ['From', out.from_address], ['To', out.to_addresses.join(', ')], ['Cc', out.cc_addresses.join(', ')], ['Reply-To', out.reply_to],
      ['Subject', out.subject], ['Message-ID', out.message_id_header], ['In-Reply-To', out.in_reply_to], ['References', out.references_header.join(' ')],
    ].filter((h): h is [string, string] => Boolean(h[1])).map(([name, value]) => ({ name, value }));
    return {
      messageId, direction: 'outbound', inboundId: null, headers, fullText: message.body_text, machine: null, omittedAttachments: [],
      delivery: deliveryOf(out),
    };
  }
  const meta = (message.channel_meta as { email?: EmailChannelMeta }).email;
  if (message.direction !== 'inbound' || !meta?.inboundId) throw notFound('E-mail for message', messageId);
  const raw = await db.selectFrom('inbound_emails').select('raw').where('id', '=', meta.inboundId).executeTakeFirst();
  if (!raw) throw notFound('E-mail for message', messageId);
  const parsed = await parseEmail(Buffer.from(raw.raw), limits);
  return {
    messageId, direction: 'inbound', inboundId: meta.inboundId, headers: parsed.headers, fullText: parsed.text, machine: meta.machine,
    omittedAttachments: parsed.omittedAttachments, delivery: null,
  };
}

/** How many inbound e-mails are in each state: the backlog at a glance. */
export async function inboundCounts(db: Db, principal: Principal): Promise<Record<'received' | 'processing' | 'delivered' | 'quarantined' | 'suppressed', number>> {
  let q = db
    .selectFrom('inbound_emails')
    .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('workspace_id', '=', principal.workspaceId)
    .groupBy('status');
  if (principal.brandIds.length > 0) q = q.where('brand_id', 'in', principal.brandIds);
  const counts = { received: 0, processing: 0, delivered: 0, quarantined: 0, suppressed: 0 };
  for (const row of await q.execute()) counts[row.status] = Number(row.n);
  return counts;
}

import { sql, type Selectable } from 'kysely';
import { notFound } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import { canSeeBrand } from '../auth/principal.js';
import type { Db } from '../database.js';
import type { MessageDelivery, MessageSource, MessageView, TicketDetail, TicketEventView, TicketSummary } from './ticket.schemas.js';
import type { TicketsTable } from './ticket.table.js';
import { toEventView } from './ticket.events.js';
import { listSlaOf, ticketSlaView } from '../sla/clocks/ticket-sla.view.js';
import type { SlaMetric } from '../sla/sla.tables.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Every ticket column but the search vector, which is write-only. */
export const TICKET_COLUMNS = [
  'tickets.id', 'tickets.workspace_id', 'tickets.brand_id', 'tickets.team_id', 'tickets.assignee_id',
  'tickets.customer_id', 'tickets.subject', 'tickets.status', 'tickets.priority', 'tickets.channel',
  'tickets.marketplace', 'tickets.marketplace_order_id', 'tickets.order_data', 'tickets.intent', 'tickets.intent_confidence',
  'tickets.language', 'tickets.sentiment', 'tickets.risk', 'tickets.needs_triage', 'tickets.intent_source', 'tickets.tags', 'tickets.custom_fields', 'tickets.sla_policy_id',
  'tickets.first_response_due_at', 'tickets.next_response_due_at', 'tickets.resolution_due_at',
  'tickets.sla_paused_since', 'tickets.sla_breached_at', 'tickets.sla_due_at', 'tickets.sla_warn_at', 'tickets.queue_id', 'tickets.first_customer_message_at',
  'tickets.last_customer_message_at', 'tickets.first_agent_reply_at', 'tickets.last_agent_reply_at',
  'tickets.solved_at', 'tickets.closed_at', 'tickets.merged_into_id', 'tickets.linked_ticket_id',
  'tickets.message_count', 'tickets.created_at', 'tickets.updated_at',
] as const;

export type TicketRow = Omit<Selectable<TicketsTable>, 'search_vector'>;
export type TicketRowWithCustomer = TicketRow & {
  customer_name: string;
  customer_country: string | null;
  customer_language: string | null;
  /** The metric of the soonest running SLA clock (selected with the list; absent elsewhere). */
  sla_metric?: SlaMetric | null;
};

export function toTicketSummary(row: TicketRowWithCustomer): TicketSummary {
  return {
    id: row.id,
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    brandId: row.brand_id,
    teamId: row.team_id,
    assigneeId: row.assignee_id,
    customer: {
      id: row.customer_id,
      name: row.customer_name,
      country: row.customer_country,
      language: row.customer_language,
    },
    intent: row.intent,
    intentConfidence: row.intent_confidence,
    intentSource: row.intent_source,
    needsTriage: row.needs_triage,
    language: row.language,
    sentiment: row.sentiment,
    risk: row.risk,
    marketplace: row.marketplace,
    marketplaceOrderId: row.marketplace_order_id,
    tags: row.tags,
    messageCount: row.message_count,
    firstResponseDueAt: iso(row.first_response_due_at),
    nextResponseDueAt: iso(row.next_response_due_at),
    resolutionDueAt: iso(row.resolution_due_at),
    lastCustomerMessageAt: iso(row.last_customer_message_at),
    firstAgentReplyAt: iso(row.first_agent_reply_at),
    lastAgentReplyAt: iso(row.last_agent_reply_at),
    solvedAt: iso(row.solved_at),
    mergedIntoId: row.merged_into_id,
    sla: listSlaOf(row),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function selectTicketsWithCustomer(db: Db) {
  return db
    .selectFrom('tickets')
    .innerJoin('customers', 'customers.id', 'tickets.customer_id')
    .select([
      ...TICKET_COLUMNS,
      'customers.name as customer_name',
      'customers.country as customer_country',
      'customers.language as customer_language',
      sql<SlaMetric | null>`(select c.metric from sla_clocks c where c.ticket_id = tickets.id and c.due_at = tickets.sla_due_at and c.met_at is null and c.paused_since is null order by c.kind desc limit 1)`.as('sla_metric'),
    ]);
}

/** The ticket row, or not_found when it does not exist or its brand is hidden from the caller. */
export async function getTicketRowOrThrow(db: Db, principal: Principal, id: number, forUpdate = false): Promise<TicketRow> {
  let query = db.selectFrom('tickets').select(TICKET_COLUMNS).where('id', '=', id).where('workspace_id', '=', principal.workspaceId);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row || !canSeeBrand(principal, row.brand_id)) throw notFound('Ticket', id);
  return row;
}

export async function getTicketDetailOrThrow(db: Db, principal: Principal, id: number): Promise<TicketDetail> {
  const row = await selectTicketsWithCustomer(db)
    .where('tickets.id', '=', id)
    .where('tickets.workspace_id', '=', principal.workspaceId)
    .executeTakeFirst();
  if (!row || !canSeeBrand(principal, row.brand_id)) throw notFound('Ticket', id);
  const [messages, events] = await Promise.all([listMessages(db, id), listEvents(db, id)]);
  return { ...toTicketDetail(row, messages, events), sla: await ticketSlaView(db, id, row, events) };
}

export function toTicketDetail(row: TicketRowWithCustomer, messages: MessageView[], events: TicketEventView[]): TicketDetail {
  const { sla: _listSla, ...summary } = toTicketSummary(row);
  return {
    ...summary,
    customFields: row.custom_fields,
    firstCustomerMessageAt: iso(row.first_customer_message_at),
    closedAt: iso(row.closed_at),
    linkedTicketId: row.linked_ticket_id,
    messages,
    events,
  };
}

export async function listMessages(db: Db, ticketId: number): Promise<MessageView[]> {
  const rows = await db
    .selectFrom('messages')
    .leftJoin('agents', 'agents.id', 'messages.author_agent_id')
    .leftJoin('customers', 'customers.id', 'messages.author_customer_id')
    .select([
      'messages.id', 'messages.ticket_id', 'messages.direction', 'messages.author_agent_id',
      'messages.author_customer_id', 'messages.body_text', 'messages.body_html', 'messages.language',
      'messages.external_id', 'messages.created_at', 'messages.channel_meta', 'messages.triage', 'agents.name as agent_name', 'customers.name as customer_name',
    ])
    .where('messages.ticket_id', '=', ticketId)
    .orderBy('messages.created_at')
    .orderBy('messages.id')
    .execute();
  const attachments = rows.length
    ? await db
        .selectFrom('attachments')
        .select(['id', 'message_id', 'filename', 'content_type', 'size_bytes', 'inline'])
        .where('message_id', 'in', rows.map((r) => r.id))
        .execute()
    : [];
  const outbound = rows.filter((r) => r.direction === 'outbound').map((r) => r.id);
  const deliveries = outbound.length
    ? await db
        .selectFrom('outbound_emails')
        .select(['message_id', 'status', 'to_addresses', 'attempts', 'last_error', 'sent_at'])
        .where('message_id', 'in', outbound)
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    ticketId: r.ticket_id,
    direction: r.direction,
    author: r.author_agent_id
      ? { kind: 'agent' as const, id: r.author_agent_id, name: r.agent_name }
      : r.author_customer_id
        ? { kind: 'customer' as const, id: r.author_customer_id, name: r.customer_name }
        : { kind: 'system' as const, id: null, name: null },
    text: r.body_text,
    html: r.body_html,
    language: r.language,
    externalId: r.external_id,
    attachments: attachments
      .filter((a) => a.message_id === r.id)
      .map((a) => ({ id: a.id, filename: a.filename, contentType: a.content_type, sizeBytes: a.size_bytes, inline: a.inline })),
    source: messageSourceOf(r.channel_meta),
    delivery: deliveryOf(deliveries.find((d) => d.message_id === r.id)),
    triage: (r.triage as MessageView['triage']) ?? null,
    createdAt: r.created_at.toISOString(),
  }));
}

export async function listEvents(db: Db, ticketId: number): Promise<TicketEventView[]> {
  const rows = await db.selectFrom('ticket_events').selectAll().where('ticket_id', '=', ticketId).orderBy('id').execute();
  return rows.map(toEventView);
}

/** `channel_meta.email` as the e-mail channel stores it on an inbound message. */
export interface EmailChannelMeta {
  inboundId: number | null;
  from: string | null;
  /** Where a reply goes: Reply-To, else From (a marketplace relay address for marketplace mail). */
  replyAddress: string | null;
  /** Our addresses the message was sent to; a reply goes out from the first that is a mailbox. */
  to: string[];
  subject: string;
  machine: string | null;
  quoteStripped: boolean;
  omittedAttachments: number;
}

function messageSourceOf(meta: Record<string, unknown>): MessageSource | null {
  const email = meta.email as EmailChannelMeta | undefined;
  if (!email) return null;
  return {
    channel: 'email',
    inboundId: email.inboundId ?? null,
    from: email.from ?? null,
    machine: email.machine ?? null,
    quoteStripped: Boolean(email.quoteStripped),
    omittedAttachments: email.omittedAttachments ?? 0,
  };
}

type DeliveryRow = { status: MessageDelivery['status']; to_addresses: string[]; attempts: number; last_error: string | null; sent_at: Date | null };

/** An outbox row (`outbound_emails`) as the delivery the conversation and the headers view show. */
export function deliveryOf(row: DeliveryRow | undefined): MessageDelivery | null {
  if (!row) return null;
  return { channel: 'email', status: row.status, to: row.to_addresses, attempts: row.attempts, error: row.last_error, sentAt: row.sent_at ? row.sent_at.toISOString() : null };
}

import { sql, type Kysely } from 'kysely';
import { isUniqueViolation } from '../../shared/db-errors.js';
import { AppError, notFound } from '../../shared/errors.js';
import { LIVE_CHANNEL } from '../../shared/live.js';
import { prepareMarker } from '../../platform/db/prepared-statements.js';
import { canSeeBrand, type Principal } from '../auth/principal.js';
import { findOrCreateCustomerByIdentity, getCustomerOrThrow, type IdentityInput } from '../customers/customer.service.js';
import { normalizeIdentityValue } from '../customers/customer.normalize.js';
import type { Database, Db } from '../database.js';
import { TICKET_EVENTS, toEventView, type Actor } from './ticket.events.js';
import { TICKET_COLUMNS, toTicketDetail, type TicketRowWithCustomer } from './ticket.queries.js';
import type { CreateTicketInput, MessageView, TicketDetail } from './ticket.schemas.js';
import { ticketSearchVector } from './ticket-search.js';
import { ticketTriageForNewMessage, type CustomerFacts, type NewTicketTriage } from './ticket-triage.js';
import { afterTicketChange } from '../workflow/ticket-pipeline.js';
import { actorOf, assertAgentInWorkspace, assertBrandUsable, assertTeamInWorkspace, dedupeTags, messageBodies } from './ticket.service.js';

export interface CreatedTicket {
  ticketId: number;
  /** True when a message with the same external id already existed: nothing new was stored. */
  duplicate: boolean;
  /** The buyer's first message (absent for a duplicate). */
  messageId?: number;
}

/**
 * Creates a ticket with its first (inbound) message. The ticket, message and timeline event are
 * one SQL statement — atomic without an explicit transaction, and one round trip, since every
 * inbound message of every channel comes through here; the workflow (rules, routing, SLA
 * clocks, off-hours acknowledgement) follows in a transaction of its own. Idempotent by the
 * message's external id: a second delivery of the same message returns the first ticket.
 */
export interface CreateTicketOptions {
  /** Who the timeline names as creator; default the principal (a channel passes the buyer). */
  actor?: Actor;
  /** What the channel records about the first message (`messages.channel_meta`). */
  channelMeta?: Record<string, unknown>;
  /** The first message carries attachments (triage then does not ask for photos). */
  hasAttachments?: boolean;
  /** The first message is machine mail (auto-reply, bounce): no off-hours acknowledgement. */
  machineMail?: boolean;
}

export async function createTicket(db: Kysely<Database>, principal: Principal, input: CreateTicketInput, options: CreateTicketOptions = {}): Promise<CreatedTicket> {
  if (!canSeeBrand(principal, input.brandId)) throw notFound('Brand', input.brandId);
  if (input.assigneeId) await assertAgentInWorkspace(db, principal.workspaceId, input.assigneeId);
  if (input.teamId) await assertTeamInWorkspace(db, principal.workspaceId, input.teamId);
  try {
    // A known buyer: one statement finds them and stores everything.
    const known = 'id' in input.customer ? { id: input.customer.id } : identityOf(input.customer, input.channel);
    let detail = await insertTicketStatement(db, principal, input, known, options);
    if (!detail) {
      // Nothing stored: the brand is unusable (this throws and says why) or the buyer is new,
      // in which case the customer is created and the statement runs once more.
      await assertBrandUsable(db, principal, input.brandId);
      const customerId = await resolveCustomerId(db, principal.workspaceId, input.customer, input.channel);
      detail = await insertTicketStatement(db, principal, input, { id: customerId }, options);
    }
    if (!detail) throw new AppError('internal', 'The ticket was not stored although its brand and customer exist.');
    const messageId = detail.messages[0]?.id;
    await afterTicketChange(db, {
      workspaceId: principal.workspaceId,
      ticketId: detail.id,
      trigger: 'ticket.created',
      actor: options.actor ?? actorOf(principal),
      ...(messageId !== undefined ? { messageId } : {}),
      machineMail: options.machineMail ?? false,
    });
    return { ticketId: detail.id, duplicate: false, ...(messageId !== undefined ? { messageId } : {}) };
  } catch (error) {
    const externalId = input.message.externalId;
    if (!externalId || !isUniqueViolation(error, 'messages_external_id')) throw error;
    const existing = await db
      .selectFrom('messages')
      .select('ticket_id')
      .where('workspace_id', '=', principal.workspaceId)
      .where('external_id', '=', externalId)
      .executeTakeFirst();
    if (!existing) throw error;
    return { ticketId: existing.ticket_id, duplicate: true };
  }
}

type InsertedRow = TicketRowWithCustomer & {
  message_id: number;
  message_text: string;
  message_html: string | null;
  message_language: string | null;
  message_external_id: string | null;
  message_triage: MessageView['triage'];
  event_id: number;
  event_data: Record<string, unknown>;
};

// Everything but the search vector, which is large and never shown.
const RETURNED_COLUMNS = sql.raw(TICKET_COLUMNS.map((c) => c.replace('tickets.', '')).join(', '));

/** The customer by id, or by identity when the caller only knows how the buyer wrote in. */
type CustomerKey = { id: string } | IdentityInput;

function customerIdOf(ws: string, key: CustomerKey) {
  return 'id' in key
    ? sql`${key.id}::uuid`
    : sql`(select customer_id from customer_identities where workspace_id = ${ws} and kind = ${key.kind} and value = ${normalizeIdentityValue(key.kind, key.value)})`;
}

function customerSelect(ws: string, key: CustomerKey) {
  return sql`select id, name, country, language from customers where id = ${customerIdOf(ws, key)} and workspace_id = ${ws}`;
}

/** What triage needs to know about a returning buyer: language, country, and how often they wrote lately, per intent. */
async function customerFactsForTriage(db: Db, ws: string, key: CustomerKey): Promise<CustomerFacts | null> {
  const { rows } = await sql<{ language: string | null; country: string | null; recent: Record<string, number> | null }>`
    select c.language, c.country, (
      select json_object_agg(x.intent, x.n) from (
        select intent, count(*)::int as n from tickets
        where customer_id = c.id and intent is not null and created_at > now() - interval '30 days'
        group by intent
      ) x
    ) as recent
    from customers c where c.id = ${customerIdOf(ws, key)} and c.workspace_id = ${ws}`.execute(db);
  const row = rows[0];
  return row ? { language: row.language, country: row.country, recentTicketsByIntent: row.recent ?? {} } : null;
}

async function insertTicketStatement(db: Db, principal: Principal, input: CreateTicketInput, customerKey: CustomerKey, options: CreateTicketOptions): Promise<TicketDetail | undefined> {
  const ws = principal.workspaceId;
  const { text, html } = messageBodies(input.message);
  const at = input.message.createdAt ? new Date(input.message.createdAt) : new Date();
  const status = input.status ?? 'new';
  const facts = await customerFactsForTriage(db, ws, customerKey);
  const triage: NewTicketTriage = ticketTriageForNewMessage(input, text, at, facts, options.hasAttachments ?? false);
  const language = triage.language;
  const actor = options.actor ?? actorOf(principal);
  const solvedAt = status === 'solved' || status === 'closed' ? at : null;

  const { rows } = await sql<InsertedRow>`${sql.raw(prepareMarker(`ticket_create_by_${'id' in customerKey ? 'id' : 'identity'}`))}
    with c as (${customerSelect(ws, customerKey)}), b as (
      select id from brands where id = ${input.brandId} and workspace_id = ${ws} and archived_at is null
    ), t as (
      insert into tickets (workspace_id, brand_id, team_id, assignee_id, customer_id, subject, status, priority, channel,
        marketplace, marketplace_order_id, order_data, intent, intent_confidence, intent_source, needs_triage, language, sentiment, risk,
        tags, custom_fields, first_customer_message_at, last_customer_message_at, solved_at, message_count, search_vector, created_at, updated_at)
      select ${ws}, b.id, ${input.teamId ?? null}, ${input.assigneeId ?? null}, c.id, ${input.subject}, ${status},
        ${triage.priority}, ${input.channel}, ${input.marketplace ?? null}, ${input.marketplaceOrderId ?? input.order?.number ?? null},
        ${input.order ? JSON.stringify(input.order) : null}::jsonb, ${triage.intent}, ${triage.intentConfidence}, ${triage.intentSource}, ${triage.needsTriage}, ${language},
        ${triage.sentiment}, ${triage.risk}::text[], ${dedupeTags(input.tags ?? [])}::text[], ${JSON.stringify(input.customFields ?? {})}::jsonb,
        ${at}, ${at}, ${solvedAt}, 1, ${ticketSearchVector(input.subject, text)}::tsvector, ${at}, ${at}
      from b, c
      returning ${RETURNED_COLUMNS}
    ), m as (
      insert into messages (workspace_id, ticket_id, direction, author_customer_id, body_text, body_html, language, external_id, channel_meta, triage, created_at)
      select ${ws}, t.id, 'inbound', t.customer_id, ${text}, ${html}, ${language}, ${input.message.externalId ?? null},
        ${JSON.stringify(options.channelMeta ?? {})}::jsonb, ${triage.message ? JSON.stringify(triage.message) : null}::jsonb, ${at} from t
      returning id, ticket_id, body_text, body_html, language, external_id, triage
    ), e as (
      insert into ticket_events (workspace_id, ticket_id, type, actor_kind, actor_id, data, created_at)
      select ${ws}, m.ticket_id, ${TICKET_EVENTS.created}, ${actor.kind}, ${actor.id},
        jsonb_build_object('messageId', m.id, 'channel', ${input.channel}::text, 'status', ${status}::text, 'customerId', c.id), ${at}
      from m, c
      returning id, data
    )
    select t.*, c.name as customer_name, c.country as customer_country, c.language as customer_language, m.id as message_id, m.body_text as message_text, m.body_html as message_html, m.language as message_language,
      m.external_id as message_external_id, m.triage as message_triage, e.id as event_id, e.data as event_data,
      pg_notify(${LIVE_CHANNEL}, json_build_object('type', ${TICKET_EVENTS.created}::text, 'workspaceId', ${ws}::text, 'ticketId', t.id,
        'brandId', t.brand_id, 'actorId', ${actor.id}::text, 'messageId', m.id)::text) as notified
    from t, m, e, c`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const message = {
    id: row.message_id,
    ticketId: row.id,
    direction: 'inbound' as const,
    author: { kind: 'customer' as const, id: row.customer_id, name: row.customer_name },
    text: row.message_text,
    html: row.message_html,
    language: row.message_language,
    externalId: row.message_external_id,
    triage: row.message_triage,
    attachments: [],
    source: null,
    delivery: null,
    createdAt: at.toISOString(),
  };
  const event = toEventView({ id: row.event_id, type: TICKET_EVENTS.created, actor_kind: actor.kind, actor_id: actor.id, data: row.event_data, created_at: at });
  return toTicketDetail(row, [message], [event]);
}

type NewCustomerRef = Exclude<CreateTicketInput['customer'], { id: string }>;

/** How the buyer wrote in: the identity a ticket's customer is found or created by. */
function identityOf(ref: NewCustomerRef, channel: string): IdentityInput {
  const identity: IdentityInput | undefined = ref.email
    ? { kind: 'email', value: ref.email }
    : ref.marketplaceAlias
      ? { kind: 'marketplace_alias', value: ref.marketplaceAlias }
      : ref.chatVisitorId
        ? { kind: 'chat_visitor', value: ref.chatVisitorId }
        : ref.phone
          ? { kind: 'phone', value: ref.phone }
          : undefined;
  if (!identity) throw new AppError('validation_failed', `A new ${channel} ticket needs the customer's e-mail, phone, chat id or alias.`);
  return identity;
}

/** The id of the ticket's customer: an existing one (not_found if missing), or a new buyer created now. */
async function resolveCustomerId(db: Db, workspaceId: string, ref: CreateTicketInput['customer'], channel: string): Promise<string> {
  if ('id' in ref) return (await getCustomerOrThrow(db, workspaceId, ref.id)).id;
  const { id } = await findOrCreateCustomerByIdentity(db, workspaceId, identityOf(ref, channel), {
    name: ref.name ?? [ref.firstName, ref.lastName].filter(Boolean).join(' '),
    firstName: ref.firstName ?? null,
    lastName: ref.lastName ?? null,
    title: ref.title ?? null,
    country: ref.country ?? null,
    language: ref.language ?? null,
    timezone: ref.timezone ?? null,
  });
  return id;
}

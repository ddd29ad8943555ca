import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../shared/db-errors.js';
import { AppError, notFound, unprocessable } from '../../shared/errors.js';
import { htmlToText, sanitizeMessageHtml } from '../../shared/text/sanitize-html.js';
import { canSeeBrand, type Principal } from '../auth/principal.js';
import { findOrCreateCustomerByIdentity, getCustomerOrThrow, type IdentityInput } from '../customers/customer.service.js';
import type { Database, Db } from '../database.js';
import { getTicketRowOrThrow } from './ticket.queries.js';
import type { CreateTicketInput, UpdateTicketInput } from './ticket.schemas.js';
import { ticketSearchVector } from './ticket-search.js';
import { recordTicketEvent, TICKET_EVENTS, type Actor } from './ticket.events.js';
import type { TicketStatus } from './ticket.table.js';

export interface CreatedTicket {
  ticketId: number;
  messageId: number;
  /** True when a message with the same external id already existed: nothing new was stored. */
  duplicate: boolean;
}

export function actorOf(principal: Principal): Actor {
  return { kind: principal.via === 'token' ? 'api' : 'agent', id: principal.agentId };
}

/** Message bodies as stored: plain text always, HTML only sanitised. */
export function messageBodies(input: { text?: string | undefined; html?: string | undefined }) {
  const html = input.html?.trim() ? sanitizeMessageHtml(input.html) : null;
  const text = input.text?.trim() ? input.text : html ? htmlToText(html) : '';
  return { text, html };
}

/**
 * Creates a ticket with its first (inbound) message. Idempotent by the message's external id:
 * sending the same message twice returns the first ticket.
 */
export async function createTicket(db: Kysely<Database>, principal: Principal, input: CreateTicketInput): Promise<CreatedTicket> {
  try {
    return await insertTicket(db, principal, input);
  } catch (error) {
    // Two deliveries of one message raced; the other one won, so this one is the duplicate.
    const externalId = input.message.externalId;
    if (!externalId || !isUniqueViolation(error, 'messages_external_id')) throw error;
    const existing = await findMessageByExternalId(db, principal.workspaceId, externalId);
    if (!existing) throw error;
    return { ticketId: existing.ticket_id, messageId: existing.id, duplicate: true };
  }
}

async function insertTicket(db: Kysely<Database>, principal: Principal, input: CreateTicketInput): Promise<CreatedTicket> {
  return db.transaction().execute(async (trx) => {
    if (input.message.externalId) {
      const existing = await findMessageByExternalId(trx, principal.workspaceId, input.message.externalId);
      if (existing) return { ticketId: existing.ticket_id, messageId: existing.id, duplicate: true };
    }
    await assertBrandUsable(trx, principal, input.brandId);
    if (input.assigneeId) await assertAgentInWorkspace(trx, principal.workspaceId, input.assigneeId);
    if (input.teamId) await assertTeamInWorkspace(trx, principal.workspaceId, input.teamId);
    const customerId = await resolveCustomer(trx, principal.workspaceId, input.customer, input.channel);
    const { text, html } = messageBodies(input.message);
    const at = input.message.createdAt ? new Date(input.message.createdAt) : new Date();
    const status = input.status ?? 'new';

    const ticket = await trx
      .insertInto('tickets')
      .values({
        workspace_id: principal.workspaceId,
        brand_id: input.brandId,
        team_id: input.teamId ?? null,
        assignee_id: input.assigneeId ?? null,
        customer_id: customerId,
        subject: input.subject,
        status,
        priority: input.priority ?? 'P3',
        channel: input.channel,
        marketplace: input.marketplace ?? null,
        marketplace_order_id: input.marketplaceOrderId ?? null,
        intent: input.intent ?? null,
        language: input.language ?? null,
        tags: dedupeTags(input.tags ?? []),
        custom_fields: JSON.stringify(input.customFields ?? {}),
        first_customer_message_at: at,
        last_customer_message_at: at,
        solved_at: status === 'solved' || status === 'closed' ? at : null,
        message_count: 1,
        search_vector: ticketSearchVector(input.subject, text),
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const message = await trx
      .insertInto('messages')
      .values({
        workspace_id: principal.workspaceId,
        ticket_id: ticket.id,
        direction: 'inbound',
        author_customer_id: customerId,
        body_text: text,
        body_html: html,
        language: input.language ?? null,
        external_id: input.message.externalId ?? null,
        channel_meta: '{}',
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    await recordTicketEvent(trx, {
      workspaceId: principal.workspaceId,
      ticketId: ticket.id,
      brandId: input.brandId,
      type: TICKET_EVENTS.created,
      actor: actorOf(principal),
      data: { messageId: message.id, channel: input.channel, status, customerId },
      messageId: message.id,
      at,
    });
    return { ticketId: ticket.id, messageId: message.id, duplicate: false };
  });
}

type FieldChange = { from: unknown; to: unknown };

/** Applies a partial update; every changed field lands on the timeline with its old and new value. */
export async function updateTicket(db: Kysely<Database>, principal: Principal, id: number, input: UpdateTicketInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await getTicketRowOrThrow(trx, principal, id, true);
    if (current.merged_into_id) throw unprocessable(`Ticket ${id} was merged into ${current.merged_into_id}; change that one.`);
    if (input.brandId) await assertBrandUsable(trx, principal, input.brandId);
    if (input.assigneeId) await assertAgentInWorkspace(trx, principal.workspaceId, input.assigneeId);
    if (input.teamId) await assertTeamInWorkspace(trx, principal.workspaceId, input.teamId);

    const tags = nextTags(current.tags, input);
    const wanted = {
      subject: input.subject,
      status: input.status,
      priority: input.priority,
      assignee_id: input.assigneeId,
      team_id: input.teamId,
      brand_id: input.brandId,
      tags,
      intent: input.intent,
      language: input.language,
    } as const;
    const changes: Record<string, FieldChange> = {};
    const set: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(wanted)) {
      if (value === undefined) continue;
      const before = current[column as keyof typeof current];
      if (JSON.stringify(before) === JSON.stringify(value)) continue;
      changes[column] = { from: before, to: value };
      set[column] = value;
    }
    if (input.customFields) {
      const merged = { ...current.custom_fields, ...input.customFields };
      if (JSON.stringify(merged) !== JSON.stringify(current.custom_fields)) {
        changes.custom_fields = { from: current.custom_fields, to: merged };
        set.custom_fields = JSON.stringify(merged);
      }
    }
    if (Object.keys(changes).length === 0) return;
    if (input.status) Object.assign(set, statusTimestamps(current.status, input.status, current.solved_at));
    if (input.intent !== undefined) set.intent_confidence = null;

    const now = new Date();
    await trx.updateTable('tickets').set({ ...set, updated_at: now }).where('id', '=', id).execute();
    await recordTicketEvent(trx, {
      workspaceId: principal.workspaceId,
      ticketId: id,
      brandId: input.brandId ?? current.brand_id,
      type: TICKET_EVENTS.updated,
      actor: actorOf(principal),
      data: { changes },
      at: now,
    });
  });
}

/** Timestamps that a status change sets or clears (KPIs read solved_at and closed_at). */
export function statusTimestamps(from: TicketStatus, to: TicketStatus, solvedAt: Date | null) {
  const now = new Date();
  if (from === to) return {};
  const solved = to === 'solved' || to === 'closed';
  return {
    solved_at: solved ? (solvedAt ?? now) : null,
    closed_at: to === 'closed' ? now : null,
  };
}

function nextTags(current: string[], input: UpdateTicketInput): string[] | undefined {
  if (!input.tags && !input.addTags && !input.removeTags) return undefined;
  const base = input.tags ?? current;
  const removed = new Set(input.removeTags ?? []);
  return dedupeTags([...base, ...(input.addTags ?? [])].filter((t) => !removed.has(t)));
}

export function dedupeTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.toLowerCase()))];
}

async function findMessageByExternalId(db: Db, workspaceId: string, externalId: string) {
  return db
    .selectFrom('messages')
    .select(['id', 'ticket_id'])
    .where('workspace_id', '=', workspaceId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}

async function assertBrandUsable(db: Db, principal: Principal, brandId: string): Promise<void> {
  const brand = await db
    .selectFrom('brands')
    .select(['id', 'archived_at'])
    .where('id', '=', brandId)
    .where('workspace_id', '=', principal.workspaceId)
    .executeTakeFirst();
  if (!brand || !canSeeBrand(principal, brandId)) throw notFound('Brand', brandId);
  if (brand.archived_at) throw unprocessable(`Brand ${brandId} is archived.`);
}

export async function assertAgentInWorkspace(db: Db, workspaceId: string, agentId: string): Promise<void> {
  const agent = await db
    .selectFrom('agents')
    .select(['id', 'active'])
    .where('id', '=', agentId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!agent) throw notFound('Agent', agentId);
  if (!agent.active) throw unprocessable(`Agent ${agentId} is deactivated and cannot be assigned.`);
}

async function assertTeamInWorkspace(db: Db, workspaceId: string, teamId: string): Promise<void> {
  const team = await db.selectFrom('teams').select('id').where('id', '=', teamId).where('workspace_id', '=', workspaceId).executeTakeFirst();
  if (!team) throw notFound('Team', teamId);
}

async function resolveCustomer(db: Db, workspaceId: string, ref: CreateTicketInput['customer'], channel: string): Promise<string> {
  if ('id' in ref) return (await getCustomerOrThrow(db, workspaceId, ref.id)).id;
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
  const found = await findOrCreateCustomerByIdentity(db, workspaceId, identity, {
    name: ref.name ?? [ref.firstName, ref.lastName].filter(Boolean).join(' '),
    firstName: ref.firstName ?? null,
    lastName: ref.lastName ?? null,
    title: ref.title ?? null,
    country: ref.country ?? null,
    language: ref.language ?? null,
    timezone: ref.timezone ?? null,
  });
  return found.id;
}

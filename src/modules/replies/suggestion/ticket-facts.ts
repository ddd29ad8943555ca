import { sql } from 'kysely';
import { DEFAULT_COMPENSATION_LIMITS } from '../../agents/agent.table.js';
import type { Principal } from '../../auth/principal.js';
import type { Db } from '../../database.js';
import { getTicketRowOrThrow, type TicketRow } from '../../tickets/ticket.queries.js';
import type { OrderSnapshot } from '../../tickets/ticket.schemas.js';
import type { Entities } from '../../triage/triage.types.js';
import { fxTable, type FxTable } from '../fx-rates.js';
import type { ReplyChannel } from '../locale/salutation.js';
import { zoneForCountry } from '../locale/formatting.js';
import { humaneDeadline } from '../render/humane-deadline.js';
import type { ReplyFacts } from '../render/reply-facts.js';
import type { KnownFacts } from './asks.js';

const DEFAULT_REPLY_WITHIN_MS = 24 * 3600_000;

/** A ticket's facts for a reply, plus what the suggestion needs beyond the template variables. */
export interface TicketReplyData {
  ticket: TicketRow;
  facts: ReplyFacts;
  /** What triage last found missing, and what the ticket has learnt since. */
  missing: string[];
  known: KnownFacts;
  intentGuess: string | null;
  brandDefaultLanguage: string;
  order: OrderSnapshot | null;
  sender: { compensationLimit: number | null; baseCurrency: string };
  fx: FxTable;
  customerIdentities: { emails: string[]; phones: string[] };
  brandEmails: string[];
  couponPercent: number;
}

interface StoredTriage {
  intent?: string;
  missing?: string[];
  entities?: Entities;
}

export async function loadTicketReplyData(db: Db, principal: Principal, ticketId: number, now = new Date()): Promise<TicketReplyData> {
  const ticket = await getTicketRowOrThrow(db, principal, ticketId);
  const [customer, brand, workspace, limit, inbound, identities] = await Promise.all([
    db.selectFrom('customers').select(['name', 'first_name', 'last_name', 'title', 'language', 'country', 'timezone']).where('id', '=', ticket.customer_id).executeTakeFirstOrThrow(),
    db.selectFrom('brands').select(['name', 'kind', 'default_language', 'support_email', 'settings']).where('id', '=', ticket.brand_id).executeTakeFirstOrThrow(),
    db.selectFrom('workspaces').select(['base_currency', 'settings']).where('id', '=', principal.workspaceId).executeTakeFirstOrThrow(),
    db.selectFrom('agent_levels').select('compensation_limit').where('workspace_id', '=', principal.workspaceId).where('level', '=', principal.level).executeTakeFirst(),
    db
      .selectFrom('messages')
      .select(['triage', sql<number>`(select count(*) from attachments a where a.message_id = messages.id)::int`.as('attachments')])
      .where('ticket_id', '=', ticketId)
      .where('direction', '=', 'inbound')
      .orderBy('id')
      .execute(),
    db.selectFrom('customer_identities').select(['kind', 'value']).where('customer_id', '=', ticket.customer_id).execute(),
  ]);

  const order = (ticket.order_data as OrderSnapshot | null) ?? null;
  const triages = inbound.map((m) => (m.triage ?? {}) as StoredTriage);
  const latest = triages.at(-1) ?? {};
  const entities = triages.flatMap((t) => (t.entities ? [t.entities] : []));
  const seenOrders = entities.flatMap((e) => e.orders ?? []);
  const seenTracking = entities.flatMap((e) => e.tracking ?? []).filter((t) => t.valid);
  const orderNumber = order?.number ?? ticket.marketplace_order_id ?? seenOrders[0] ?? null;
  const trackingEntity = seenTracking[0] ?? null;
  const tracking = order?.tracking
    ? { number: order.tracking.number, carrier: order.tracking.carrier ?? null, url: order.tracking.url ?? null, status: order.tracking.status ?? null }
    : trackingEntity
      ? { number: trackingEntity.number, carrier: trackingEntity.carrier, url: trackingEntity.url, status: null }
      : null;

  const brandSettings = (brand.settings ?? {}) as Record<string, unknown>;
  const wsSettings = (workspace.settings ?? {}) as Record<string, unknown>;
  const due = ticket.next_response_due_at ?? ticket.first_response_due_at;
  const facts: ReplyFacts = {
    ticket: { id: ticket.id, subject: ticket.subject, channel: ticket.channel as ReplyChannel, intent: ticket.intent, language: ticket.language },
    customer: {
      firstName: customer.first_name,
      lastName: customer.last_name,
      name: customer.name || null,
      title: customer.title,
      language: customer.language,
      country: customer.country,
      timezone: customer.timezone,
    },
    brand: { name: brand.name, kind: brand.kind },
    agent: { name: principal.name },
    order: orderNumber || order
      ? {
          number: orderNumber,
          currency: order?.currency ?? null,
          total: order?.total ?? null,
          items: (order?.items ?? []).map((i) => ({ title: i.title, ...(i.sku ? { sku: i.sku } : {}), quantity: i.quantity })),
        }
      : null,
    tracking,
    replyBy: due && due > now ? due : humaneDeadline(new Date(now.getTime() + DEFAULT_REPLY_WITHIN_MS), customer.timezone ?? zoneForCountry(customer.country) ?? 'UTC'),
    surveyUrl: stringOr(brandSettings.surveyUrl),
    emergencyContact: stringOr(brandSettings.emergencyContact),
    returnUrl: stringOr(brandSettings.returnUrl),
    religiousGreeting: wsSettings.religiousGreeting === true || brandSettings.religiousGreeting === true,
  };
  const limitValue = limit ? (limit.compensation_limit === null ? null : Number(limit.compensation_limit)) : DEFAULT_COMPENSATION_LIMITS[principal.level];
  return {
    ticket,
    facts,
    missing: latest.missing ?? [],
    known: {
      orderNumber: Boolean(orderNumber),
      trackingNumber: Boolean(tracking),
      sku: (order?.items ?? []).some((i) => i.sku) || entities.some((e) => (e.skus ?? []).length > 0),
      photos: inbound.some((m) => m.attachments > 0),
      email: identities.some((i) => i.kind === 'email'),
    },
    intentGuess: ticket.intent ?? latest.intent ?? null,
    brandDefaultLanguage: brand.default_language,
    order,
    sender: { compensationLimit: limitValue, baseCurrency: workspace.base_currency.trim() },
    fx: fxTable(wsSettings.fxRates),
    customerIdentities: {
      emails: identities.filter((i) => i.kind === 'email').map((i) => i.value),
      phones: identities.filter((i) => i.kind === 'phone').map((i) => i.value),
    },
    brandEmails: brand.support_email ? [brand.support_email] : [],
    couponPercent: typeof brandSettings.couponPercent === 'number' ? brandSettings.couponPercent : 10,
  };
}

function stringOr(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

import { storedTriage, triageMessage } from '../triage/active-triage.js';
import { orderContextOf } from './ticket-triage.js';
import { z } from 'zod';
import type { Db } from '../database.js';
import { inTransaction } from '../transaction.js';
import { afterTicketChange } from '../workflow/ticket-pipeline.js';
import { findOrCreateCustomerByIdentity } from '../customers/customer.service.js';
import { importRecord, type ImportRecord } from './ticket-import.schemas.js';
import { ticketSearchVector } from './ticket-search.js';
import { messageBodies } from './ticket.service.js';
import { recordTicketEvent, SYSTEM_ACTOR, TICKET_EVENTS } from './ticket.events.js';

export type ImportOutcome = { status: 'imported'; ticketId: number } | { status: 'skipped'; ticketId: number } | { status: 'failed'; reason: string };

/** Lookups shared by all records of one import run. */
export interface ImportCache {
  brands: Map<string, string>;
  agents: Map<string, string>;
}

export async function loadImportCache(db: Db, workspaceId: string): Promise<ImportCache> {
  const [brands, agents] = await Promise.all([
    db.selectFrom('brands').select(['id', 'name']).where('workspace_id', '=', workspaceId).execute(),
    db.selectFrom('agents').select(['id', 'email']).where('workspace_id', '=', workspaceId).execute(),
  ]);
  return {
    brands: new Map(brands.flatMap((b) => [[b.name.toLowerCase(), b.id], [b.id, b.id]] as [string, string][])),
    agents: new Map(agents.map((a) => [a.email.toLowerCase(), a.id])),
  };
}

/**
 * Imports one ticket with its messages and customer, keeping the original timestamps. A record
 * already imported (same ref) is skipped, so an interrupted import can simply be run again.
 */
export async function importTicket(db: Db, workspaceId: string, raw: unknown, cache: ImportCache): Promise<ImportOutcome> {
  const parsed = importRecord.safeParse(raw);
  if (!parsed.success) return { status: 'failed', reason: z.prettifyError(parsed.error).replaceAll('\n', ' ') };
  const record = parsed.data;
  const brandId = cache.brands.get(record.brand.toLowerCase()) ?? cache.brands.get(record.brand);
  if (!brandId) return { status: 'failed', reason: `unknown brand "${record.brand}"` };
  const importKey = `import:${record.ref}`;
  const existing = await db
    .selectFrom('messages')
    .select('ticket_id')
    .where('workspace_id', '=', workspaceId)
    .where('external_id', '=', `${importKey}:0`)
    .executeTakeFirst();
  if (existing) return { status: 'skipped', ticketId: existing.ticket_id };
  const ticketId = await inTransaction(db, (trx) => insertImported(trx, workspaceId, brandId, record, importKey, cache));
  return { status: 'imported', ticketId };
}

async function insertImported(trx: Db, workspaceId: string, brandId: string, record: ImportRecord, importKey: string, cache: ImportCache) {
  const c = record.customer;
  const identity = c.email
    ? { kind: 'email' as const, value: c.email }
    : c.marketplaceAlias
      ? { kind: 'marketplace_alias' as const, value: c.marketplaceAlias }
      : { kind: 'phone' as const, value: c.phone! };
  const customer = await findOrCreateCustomerByIdentity(trx, workspaceId, identity, {
    name: c.name ?? '',
    ...(c.firstName ? { firstName: c.firstName } : {}),
    ...(c.lastName ? { lastName: c.lastName } : {}),
    ...(c.title ? { title: c.title } : {}),
    country: c.country ?? null,
    language: c.language ?? null,
    timezone: c.timezone ?? null,
  });
  const messages = [...record.messages].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const inbound = messages.filter((m) => m.direction === 'inbound');
  const outbound = messages.filter((m) => m.direction === 'outbound');
  const createdAt = new Date(record.createdAt ?? messages[0]!.createdAt);
  const lastAt = new Date(messages.at(-1)!.createdAt);
  const dateOf = (m: { createdAt: string } | undefined) => (m ? new Date(m.createdAt) : null);

  // Imported buyer messages are triaged like live ones; what the export states about the ticket wins.
  const triaged = messages.map((m) =>
    m.direction === 'inbound'
      ? triageMessage({ text: messageBodies({ text: m.text, html: m.html ?? undefined }).text, subject: record.subject, customerLanguage: c.language ?? null, customerCountry: c.country ?? null, sentAt: new Date(m.createdAt), order: orderContextOf(record.order) })
      : null,
  );
  const first = triaged.find((t) => t !== null) ?? null;
  const ticket = await trx
    .insertInto('tickets')
    .values({
      workspace_id: workspaceId,
      brand_id: brandId,
      customer_id: customer.id,
      assignee_id: record.assignee ? (cache.agents.get(record.assignee.toLowerCase()) ?? null) : null,
      subject: record.subject,
      status: record.status,
      priority: record.priority ?? first?.priority ?? 'P3',
      channel: record.channel,
      marketplace: record.marketplace ?? null,
      marketplace_order_id: record.order?.number ?? null,
      order_data: record.order ? JSON.stringify(record.order) : null,
      intent: record.intent ?? (first && !first.abstain ? first.intent : null),
      intent_confidence: record.intent ? null : (first?.confidence ?? null),
      intent_source: record.intent ? 'api' : first && !first.abstain ? 'triage' : null,
      needs_triage: !record.intent && Boolean(first?.abstain),
      language: record.language ?? first?.language ?? null,
      sentiment: first?.sentiment ?? null,
      risk: [...new Set(triaged.flatMap((t) => t?.risk ?? []))],
      tags: record.tags,
      custom_fields: JSON.stringify({ ...record.customFields, importedRef: record.ref }),
      first_customer_message_at: dateOf(inbound[0]),
      last_customer_message_at: dateOf(inbound.at(-1)),
      first_agent_reply_at: dateOf(outbound[0]),
      last_agent_reply_at: dateOf(outbound.at(-1)),
      solved_at: record.solvedAt ? new Date(record.solvedAt) : record.status === 'solved' || record.status === 'closed' ? lastAt : null,
      message_count: messages.length,
      search_vector: ticketSearchVector(record.subject, ...messages.map((m) => m.text)),
      created_at: createdAt,
      updated_at: lastAt > createdAt ? lastAt : createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  await trx
    .insertInto('messages')
    .values(
      messages.map((m, i) => {
        const bodies = messageBodies({ text: m.text, html: m.html ?? undefined });
        return {
          workspace_id: workspaceId,
          ticket_id: ticket.id,
          direction: m.direction,
          author_agent_id: m.direction === 'inbound' ? null : m.author ? (cache.agents.get(m.author.toLowerCase()) ?? null) : null,
          author_customer_id: m.direction === 'inbound' ? customer.id : null,
          body_text: bodies.text,
          body_html: bodies.html,
          language: triaged[i]?.language ?? record.language ?? null,
          triage: triaged[i] ? JSON.stringify(storedTriage(triaged[i]!)) : null,
          // The first message carries the import key; the others keep their own ids when given.
          external_id: i === 0 ? `${importKey}:0` : (m.externalId ?? null),
          channel_meta: '{}',
          created_at: new Date(m.createdAt),
        };
      }),
    )
    .execute();
  await recordTicketEvent(trx, {
    workspaceId,
    ticketId: ticket.id,
    brandId,
    type: TICKET_EVENTS.created,
    actor: SYSTEM_ACTOR,
    data: { imported: true, ref: record.ref, messages: messages.length },
    at: createdAt,
  });
  await afterTicketChange(trx, { workspaceId, ticketId: ticket.id, trigger: 'ticket.imported', actor: SYSTEM_ACTOR });
  return ticket.id;
}

import { sql, type Kysely } from 'kysely';
import { unprocessable } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../database.js';
import { refreshTicketsSla } from '../sla/clocks/refresh-ticket-sla.js';
import { getTicketRowOrThrow } from './ticket.queries.js';
import { appendVector } from './ticket-search.js';
import { actorOf, dedupeTags } from './ticket.service.js';
import { recordTicketEvent, TICKET_EVENTS } from './ticket.events.js';

/**
 * Merges `sourceId` into `targetId`: the source's messages move to the target, the source is
 * closed and points at the target, and both timelines say so. Both rows are locked in id
 * order so two opposite merges cannot deadlock.
 */
export async function mergeTickets(db: Kysely<Database>, principal: Principal, sourceId: number, targetId: number): Promise<void> {
  if (sourceId === targetId) throw unprocessable('A ticket cannot be merged into itself.');
  await db.transaction().execute(async (trx) => {
    const [firstId, secondId] = sourceId < targetId ? [sourceId, targetId] : [targetId, sourceId];
    const first = await getTicketRowOrThrow(trx, principal, firstId, true);
    const second = await getTicketRowOrThrow(trx, principal, secondId, true);
    const source = first.id === sourceId ? first : second;
    const target = first.id === targetId ? first : second;
    if (source.merged_into_id) throw unprocessable(`Ticket ${sourceId} is already merged into ${source.merged_into_id}.`);
    if (target.merged_into_id) throw unprocessable(`Ticket ${targetId} was merged into ${target.merged_into_id}; merge into that one.`);

    const now = new Date();
    const moved = await trx
      .updateTable('messages')
      .set({ ticket_id: targetId })
      .where('ticket_id', '=', sourceId)
      .returning('id')
      .execute();
    await trx
      .updateTable('tickets')
      .set({
        tags: dedupeTags([...target.tags, ...source.tags]),
        message_count: target.message_count + moved.length,
        search_vector: appendVector(sql`(select search_vector from tickets where id = ${sourceId})`),
        first_customer_message_at: earliest(target.first_customer_message_at, source.first_customer_message_at),
        last_customer_message_at: latest(target.last_customer_message_at, source.last_customer_message_at),
        first_agent_reply_at: earliest(target.first_agent_reply_at, source.first_agent_reply_at),
        last_agent_reply_at: latest(target.last_agent_reply_at, source.last_agent_reply_at),
        updated_at: now,
      })
      .where('id', '=', targetId)
      .execute();
    await trx
      .updateTable('tickets')
      .set({ status: 'closed', merged_into_id: targetId, message_count: 0, closed_at: now, solved_at: source.solved_at ?? now, updated_at: now })
      .where('id', '=', sourceId)
      .execute();

    const actor = actorOf(principal);
    // Tickets of two customers may be merged (one buyer, two addresses); the timeline records it.
    const data = { sourceId, targetId, messagesMoved: moved.length, sameCustomer: source.customer_id === target.customer_id };
    await recordTicketEvent(trx, { workspaceId: principal.workspaceId, ticketId: targetId, brandId: target.brand_id, type: TICKET_EVENTS.merged, actor, data, at: now });
    await recordTicketEvent(trx, { workspaceId: principal.workspaceId, ticketId: sourceId, brandId: source.brand_id, type: TICKET_EVENTS.mergedInto, actor, data, at: now });
    // The target may now start earlier (the source's first buyer message) and the closed source runs no clock.
    await refreshTicketsSla(trx, principal.workspaceId, [sourceId, targetId], now);
  });
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return a ?? b;
  return a < b ? a : b;
}
function latest(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return a ?? b;
  return a > b ? a : b;
}

import { sql } from 'kysely';
import { LIVE_CHANNEL, type LiveEvent } from '../../shared/live.js';
import type { Principal } from '../auth/principal.js';
import type { Db } from '../database.js';
import { getTicketRowOrThrow } from './ticket.queries.js';

export const PRESENCE_STATES = ['viewing', 'typing', 'left'] as const;
export type PresenceState = (typeof PRESENCE_STATES)[number];

/**
 * Tells the other agents on this ticket that someone is viewing it or typing a reply
 * (collision detection). Nothing is stored: the app repeats 'viewing' while the ticket is open
 * and forgets a colleague it has not heard from for a while.
 */
export async function announcePresence(db: Db, principal: Principal, ticketId: number, state: PresenceState): Promise<void> {
  const ticket = await getTicketRowOrThrow(db, principal, ticketId);
  const event: LiveEvent = {
    type: 'ticket.presence',
    workspaceId: principal.workspaceId,
    ticketId,
    brandId: ticket.brand_id,
    actorId: principal.agentId,
    data: { state, agentName: principal.name },
  };
  await sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(event)})`.execute(db);
}

import type { Db } from '../database.js';
import type { TicketChange } from '../workflow/ticket-change.js';

/** Assigns an unassigned ticket in a routed queue (placeholder until routing lands). */
export async function routeIfNeeded(_trx: Db, _change: TicketChange): Promise<void> {}

import type { Db } from '../../database.js';
import type { TicketChange } from '../../workflow/ticket-change.js';

/** Sends the off-hours acknowledgement when due (placeholder until it lands). */
export async function maybeAcknowledgeOffHours(_trx: Db, _change: TicketChange): Promise<void> {}

import type { Db } from '../../database.js';

/** Recomputes the ticket's SLA clocks and due dates (placeholder until the clocks land). */
export async function refreshTicketSla(_trx: Db, _workspaceId: string, _ticketId: number, _now: Date): Promise<void> {}

import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../database.js';
import type { BulkUpdateInput } from './ticket.schemas.js';
import { updateTicket } from './ticket.service.js';

export interface BulkUpdateResult {
  updated: number[];
  failed: { id: number; code: string; message: string }[];
}

/**
 * Applies one change to many tickets, each in its own transaction: a ticket that cannot take
 * the change (merged, not visible, gone) is reported and the others still change.
 */
export async function bulkUpdateTickets(db: Kysely<Database>, principal: Principal, input: BulkUpdateInput): Promise<BulkUpdateResult> {
  const result: BulkUpdateResult = { updated: [], failed: [] };
  for (const id of new Set(input.ids)) {
    try {
      await updateTicket(db, principal, id, input.update);
      result.updated.push(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.failed.push({ id, code: error.code, message: error.message });
    }
  }
  return result;
}

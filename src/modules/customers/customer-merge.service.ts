import { notFound, unprocessable } from '../../shared/errors.js';
import type { Db } from '../database.js';
import { findCustomerRow, type CustomerRow } from './customer.queries.js';
import type { CustomerView } from './customer.schemas.js';
import { getCustomerOrThrow } from './customer.service.js';
import { inTransaction } from '../transaction.js';

export interface MergeResult {
  customer: CustomerView;
  movedTickets: number;
  movedIdentities: number;
}

/** Merges `sourceId` into `targetId`: identities, tickets and messages move, the source is deleted. */
export async function mergeCustomers(db: Db, workspaceId: string, targetId: string, sourceId: string): Promise<MergeResult> {
  if (targetId === sourceId) throw unprocessable('A customer cannot be merged into itself.');
  const moved = await inTransaction(db, async (trx) => {
    // Lock both rows in a fixed order so two opposite merges cannot deadlock.
    const [first, second] = [targetId, sourceId].sort();
    const rows = [await findCustomerRow(trx, workspaceId, first!, true), await findCustomerRow(trx, workspaceId, second!, true)];
    const target = rows.find((r) => r?.id === targetId);
    const source = rows.find((r) => r?.id === sourceId);
    if (!target) throw notFound('Customer', targetId);
    if (!source) throw notFound('Customer', sourceId);
    if (target.anonymized_at || source.anonymized_at) throw unprocessable('Anonymized customers cannot be merged.');

    const identities = await trx
      .updateTable('customer_identities')
      .set({ customer_id: targetId })
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', sourceId)
      .executeTakeFirst();
    const tickets = await trx
      .updateTable('tickets')
      .set({ customer_id: targetId })
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', sourceId)
      .executeTakeFirst();
    await trx
      .updateTable('messages')
      .set({ author_customer_id: targetId })
      .where('workspace_id', '=', workspaceId)
      .where('author_customer_id', '=', sourceId)
      .execute();
    await trx.updateTable('customers').set(mergedFields(target, source)).where('id', '=', targetId).execute();
    await trx.deleteFrom('customers').where('id', '=', sourceId).execute();
    return { tickets: Number(tickets.numUpdatedRows), identities: Number(identities.numUpdatedRows) };
  });
  return { customer: await getCustomerOrThrow(db, workspaceId, targetId), movedTickets: moved.tickets, movedIdentities: moved.identities };
}

/** The target keeps its own values; blanks are filled from the source and notes are joined. */
function mergedFields(target: CustomerRow, source: CustomerRow) {
  return {
    name: target.name || source.name,
    first_name: target.first_name ?? source.first_name,
    last_name: target.last_name ?? source.last_name,
    title: target.title ?? source.title,
    country: target.country ?? source.country,
    language: target.language ?? source.language,
    timezone: target.timezone ?? source.timezone,
    notes: [target.notes, source.notes].filter((n) => n.trim() !== '').join('\n\n'),
    custom_fields: JSON.stringify({ ...source.custom_fields, ...target.custom_fields }),
    updated_at: new Date(),
  };
}

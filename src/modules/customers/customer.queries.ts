import { sql, type Selectable } from 'kysely';
import { cursorTimestamp, decodeCursor, encodeCursor, type Page } from '../../shared/cursor.js';
import { AppError } from '../../shared/errors.js';
import type { Db } from '../database.js';
import { containsPattern } from './customer.normalize.js';
import type { CustomerView, IdentityView, ListCustomersQuery } from './customer.schemas.js';
import type { CustomersTable } from './customer.table.js';

export type CustomerRow = Selectable<CustomersTable>;

const LIST_SORT = '-created_at';
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toCustomerView(row: CustomerRow, identities: IdentityView[]): CustomerView {
  return {
    id: row.id,
    name: row.name,
    firstName: row.first_name,
    lastName: row.last_name,
    title: row.title,
    country: row.country,
    language: row.language,
    timezone: row.timezone,
    tier: row.tier,
    notes: row.notes,
    customFields: row.custom_fields,
    identities,
    anonymized: row.anonymized_at !== null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function findCustomerRow(db: Db, workspaceId: string, id: string, lock = false): Promise<CustomerRow | undefined> {
  let query = db.selectFrom('customers').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function identitiesByCustomer(db: Db, customerIds: string[]): Promise<Map<string, IdentityView[]>> {
  const result = new Map<string, IdentityView[]>(customerIds.map((id) => [id, []]));
  if (customerIds.length === 0) return result;
  const rows = await db
    .selectFrom('customer_identities')
    .select(['id', 'customer_id', 'kind', 'value', 'marketplace'])
    .where('customer_id', 'in', customerIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const row of rows) result.get(row.customer_id)?.push({ id: row.id, kind: row.kind, value: row.value, marketplace: row.marketplace });
  return result;
}

/**
 * Customers newest first; `q` matches the name or any identity value, case-insensitively and
 * literally. The cursor carries created_at to the microsecond, so no row is skipped or repeated.
 */
export async function listCustomers(db: Db, workspaceId: string, query: ListCustomersQuery): Promise<Page<CustomerView>> {
  let select = db
    .selectFrom('customers')
    .selectAll('customers')
    .select(sql<string>`to_char(customers.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('cursor_at'))
    .where('customers.workspace_id', '=', workspaceId);
  if (query.q) {
    const pattern = containsPattern(query.q);
    select = select.where((eb) =>
      eb.or([
        eb('customers.name', 'ilike', pattern),
        eb.exists(
          eb
            .selectFrom('customer_identities')
            .select('customer_identities.id')
            .whereRef('customer_identities.customer_id', '=', 'customers.id')
            .where('customer_identities.value', 'ilike', pattern),
        ),
      ]),
    );
  }
  if (query.cursor) {
    const { at, id } = parseListCursor(query.cursor);
    select = select.where(sql<boolean>`(customers.created_at, customers.id) < (${at}::timestamptz, ${id}::uuid)`);
  }
  const rows = await select.orderBy('customers.created_at', 'desc').orderBy('customers.id', 'desc').limit(query.limit + 1).execute();
  const page = rows.slice(0, query.limit);
  const identities = await identitiesByCustomer(db, page.map((r) => r.id));
  const last = page.at(-1);
  return {
    items: page.map(({ cursor_at: _, ...row }) => toCustomerView(row, identities.get(row.id) ?? [])),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ sort: LIST_SORT, key: [last.cursor_at, last.id] }) : null,
  };
}

function parseListCursor(raw: string): { at: string; id: string } {
  const cursor = decodeCursor(raw, LIST_SORT, 2);
  const at = cursorTimestamp(cursor.key[0]);
  const id = cursor.key[1];
  if (typeof id !== 'string' || !UUID_PATTERN.test(id)) {
    throw new AppError('invalid_cursor', 'The cursor is not valid for this list; start again without it.');
  }
  return { at, id };
}

/** Runs `fn` in a transaction, joining the caller's when `db` already is one. */

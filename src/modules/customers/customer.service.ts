import { AppError, notFound, unprocessable } from '../../shared/errors.js';
import type { Db } from '../database.js';
import { assertIdentitiesFree, findIdentityOwners, insertIdentities, replaceIdentities } from './customer-identity.queries.js';
import { normalizeIdentities, normalizeIdentity } from './customer.normalize.js';
import {
  findCustomerRow,
  identitiesByCustomer,
  toCustomerView,
  type CustomerRow,
} from './customer.queries.js';
import type { CreateCustomerInput, CustomerView, UpdateCustomerInput } from './customer.schemas.js';
import type { IdentityKind } from './customer.table.js';
import { inTransaction } from '../transaction.js';

export { listCustomers } from './customer.queries.js';

export interface IdentityInput {
  kind: IdentityKind;
  value: string;
  marketplace?: string | null;
}

export interface CustomerDefaults {
  name?: string;
  firstName?: string | null;
  lastName?: string | null;
  title?: string | null;
  country?: string | null;
  language?: string | null;
  timezone?: string | null;
}

export async function getCustomerOrThrow(db: Db, workspaceId: string, id: string): Promise<CustomerView> {
  const row = await findCustomerRow(db, workspaceId, id);
  if (!row) throw notFound('Customer', id);
  return viewOf(db, row);
}

/** Finds the customer owning this identity or creates one (race-safe: on unique violation re-read). */
export async function findOrCreateCustomerByIdentity(
  db: Db,
  workspaceId: string,
  identity: IdentityInput,
  defaults: CustomerDefaults,
): Promise<{ id: string; created: boolean }> {
  const normalized = normalizeIdentity(identity);
  if (normalized.value === '') throw new AppError('validation_failed', `The customer's ${identity.kind} is empty.`);
  const existing = (await findIdentityOwners(db, workspaceId, [normalized]))[0];
  if (existing) return { id: existing.customerId, created: false };
  return inTransaction(db, async (trx) => {
    const customer = await trx
      .insertInto('customers')
      .values({
        workspace_id: workspaceId,
        name: defaults.name?.trim().slice(0, 200) ?? '',
        first_name: defaults.firstName ?? null,
        last_name: defaults.lastName ?? null,
        title: defaults.title ?? null,
        country: countryOrNull(defaults.country),
        language: defaults.language ?? null,
        timezone: defaults.timezone ?? null,
        custom_fields: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const inserted = await trx
      .insertInto('customer_identities')
      .values({ workspace_id: workspaceId, customer_id: customer.id, ...normalized })
      .onConflict((oc) => oc.columns(['workspace_id', 'kind', 'value']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return { id: customer.id, created: true };
    // Someone else created this identity meanwhile: use their customer, drop ours.
    await trx.deleteFrom('customers').where('id', '=', customer.id).execute();
    const owner = (await findIdentityOwners(trx, workspaceId, [normalized]))[0];
    if (!owner) throw new AppError('conflict', `The customer with ${identity.kind} "${normalized.value}" changed meanwhile; try again.`);
    return { id: owner.customerId, created: false };
  });
}

export async function createCustomer(db: Db, workspaceId: string, input: CreateCustomerInput): Promise<CustomerView> {
  const identities = normalizeIdentities(input.identities ?? []);
  const id = await inTransaction(db, async (trx) => {
    await assertIdentitiesFree(trx, workspaceId, identities);
    const row = await trx
      .insertInto('customers')
      .values({
        workspace_id: workspaceId,
        name: input.name ?? '',
        first_name: input.firstName ?? null,
        last_name: input.lastName ?? null,
        title: input.title ?? null,
        country: input.country ?? null,
        language: input.language ?? null,
        timezone: input.timezone ?? null,
        ...(input.tier !== undefined ? { tier: input.tier } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        custom_fields: JSON.stringify(input.customFields ?? {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertIdentities(trx, workspaceId, row.id, identities);
    return row.id;
  });
  return getCustomerOrThrow(db, workspaceId, id);
}

export async function updateCustomer(db: Db, workspaceId: string, id: string, input: UpdateCustomerInput): Promise<CustomerView> {
  await inTransaction(db, async (trx) => {
    const current = await findCustomerRow(trx, workspaceId, id, true);
    if (!current) throw notFound('Customer', id);
    if (current.anonymized_at) throw unprocessable('This customer was anonymized and can no longer be changed.');
    await trx
      .updateTable('customers')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.firstName !== undefined ? { first_name: input.firstName } : {}),
        ...(input.lastName !== undefined ? { last_name: input.lastName } : {}),
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.country !== undefined ? { country: input.country } : {}),
        ...(input.language !== undefined ? { language: input.language } : {}),
        ...(input.timezone !== undefined ? { timezone: input.timezone } : {}),
        ...(input.tier !== undefined ? { tier: input.tier } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        ...(input.customFields !== undefined ? { custom_fields: JSON.stringify(input.customFields) } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    if (input.identities !== undefined) await replaceIdentities(trx, workspaceId, id, input.identities);
  });
  return getCustomerOrThrow(db, workspaceId, id);
}

/**
 * Anonymizes a customer for a personal-data request: personal fields are blanked and identities
 * deleted, while their tickets stay (now pointing to an anonymous customer). Repeating it is harmless.
 */
export async function anonymizeCustomer(db: Db, workspaceId: string, id: string): Promise<{ anonymized: true }> {
  await inTransaction(db, async (trx) => {
    const current = await findCustomerRow(trx, workspaceId, id, true);
    if (!current) throw notFound('Customer', id);
    const now = new Date();
    await trx
      .updateTable('customers')
      .set({ name: '', first_name: null, last_name: null, title: null, notes: '', custom_fields: '{}', anonymized_at: current.anonymized_at ?? now, updated_at: now })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('customer_identities').where('customer_id', '=', id).execute();
  });
  return { anonymized: true };
}

async function viewOf(db: Db, row: CustomerRow): Promise<CustomerView> {
  const identities = await identitiesByCustomer(db, [row.id]);
  return toCustomerView(row, identities.get(row.id) ?? []);
}

function countryOrNull(country: string | null | undefined): string | null {
  const code = country?.trim().toUpperCase();
  return code && /^[A-Z]{2}$/.test(code) ? code : null;
}

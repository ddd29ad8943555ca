import { AppError, conflict } from '../../shared/errors.js';
import type { Db } from '../database.js';
import { identityKey, normalizeIdentities, type NormalizedIdentity, type RawIdentity } from './customer.normalize.js';

export interface IdentityOwner {
  kind: NormalizedIdentity['kind'];
  value: string;
  customerId: string;
}

/** Who owns each of these identities in the workspace (identities nobody owns are left out). */
export async function findIdentityOwners(db: Db, workspaceId: string, identities: NormalizedIdentity[]): Promise<IdentityOwner[]> {
  if (identities.length === 0) return [];
  const rows = await db
    .selectFrom('customer_identities')
    .select(['kind', 'value', 'customer_id'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or(identities.map((i) => eb.and([eb('kind', '=', i.kind), eb('value', '=', i.value)]))))
    .execute();
  return rows.map((r) => ({ kind: r.kind, value: r.value, customerId: r.customer_id }));
}

/** 409 naming the first identity that belongs to another customer. */
export async function assertIdentitiesFree(db: Db, workspaceId: string, identities: NormalizedIdentity[], customerId?: string): Promise<void> {
  const taken = (await findIdentityOwners(db, workspaceId, identities)).find((owner) => owner.customerId !== customerId);
  if (taken) throw identityTaken(taken);
}

/**
 * Adds identities to a customer. A concurrent insert of the same identity is not an error in
 * the database (on conflict do nothing) but is reported as the same 409 as the up-front check.
 */
export async function insertIdentities(db: Db, workspaceId: string, customerId: string, identities: NormalizedIdentity[]): Promise<void> {
  if (identities.length === 0) return;
  const inserted = await db
    .insertInto('customer_identities')
    .values(identities.map((i) => ({ workspace_id: workspaceId, customer_id: customerId, kind: i.kind, value: i.value, marketplace: i.marketplace })))
    .onConflict((oc) => oc.columns(['workspace_id', 'kind', 'value']).doNothing())
    .returning(['kind', 'value'])
    .execute();
  if (inserted.length === identities.length) return;
  const done = new Set(inserted.map(identityKey));
  const lost = identities.filter((i) => !done.has(identityKey(i)));
  const owners = await findIdentityOwners(db, workspaceId, lost);
  const first = lost[0]!;
  throw identityTaken(owners[0] ?? { kind: first.kind, value: first.value, customerId: null });
}

function identityTaken(owner: { kind: string; value: string; customerId: string | null }): AppError {
  const whose = owner.customerId ? `customer ${owner.customerId}` : 'another customer';
  return conflict(`The ${owner.kind} identity "${owner.value}" already belongs to ${whose}.`, owner);
}

/** Makes the customer's identities exactly `wanted`: kept ones keep their id, others are added or removed. */
export async function replaceIdentities(db: Db, workspaceId: string, customerId: string, wanted: RawIdentity[]): Promise<void> {
  const next = normalizeIdentities(wanted);
  const current = await db.selectFrom('customer_identities').select(['id', 'kind', 'value', 'marketplace']).where('customer_id', '=', customerId).execute();
  const currentByKey = new Map(current.map((c) => [identityKey(c), c]));
  const nextKeys = new Set(next.map(identityKey));
  const removed = current.filter((c) => !nextKeys.has(identityKey(c))).map((c) => c.id);
  const added = next.filter((n) => !currentByKey.has(identityKey(n)));
  if (removed.length > 0) await db.deleteFrom('customer_identities').where('id', 'in', removed).execute();
  for (const identity of next) {
    const existing = currentByKey.get(identityKey(identity));
    if (existing && existing.marketplace !== identity.marketplace) {
      await db.updateTable('customer_identities').set({ marketplace: identity.marketplace }).where('id', '=', existing.id).execute();
    }
  }
  await assertIdentitiesFree(db, workspaceId, added, customerId);
  await insertIdentities(db, workspaceId, customerId, added);
}

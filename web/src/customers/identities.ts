import type { Customer } from '../api/types';

type Identity = Customer['identities'][number];
export type IdentityKind = Identity['kind'];

/** The order agents read a buyer's contacts in: how to write to them first, chat ids last. */
const ORDER: IdentityKind[] = ['email', 'phone', 'marketplace_alias', 'chat_visitor'];

/** A customer's identities grouped by kind, in a fixed order, each group in the API's order. */
export function groupIdentities(identities: readonly Identity[]): [IdentityKind, Identity[]][] {
  const groups = new Map<IdentityKind, Identity[]>();
  for (const identity of identities) {
    const group = groups.get(identity.kind);
    if (group) group.push(identity);
    else groups.set(identity.kind, [identity]);
  }
  const rank = (kind: IdentityKind) => {
    const index = ORDER.indexOf(kind);
    return index === -1 ? ORDER.length : index;
  };
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}

/** The react-query key of one customer; the ticket sidebar reads the same key. */
export const customerKey = (id: string) => ['customer', id] as const;

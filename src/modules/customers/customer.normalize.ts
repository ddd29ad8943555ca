import type { IdentityKind } from './customer.table.js';

/** An identity as the database stores it: e-mail addresses trimmed and lower-cased, the rest trimmed. */
export interface NormalizedIdentity {
  kind: IdentityKind;
  value: string;
  marketplace: string | null;
}

export function normalizeIdentityValue(kind: IdentityKind, value: string): string {
  const trimmed = value.trim();
  return kind === 'email' ? trimmed.toLowerCase() : trimmed;
}

/** An identity as callers give it. */
export interface RawIdentity {
  kind: IdentityKind;
  value: string;
  marketplace?: string | null;
}

export function normalizeIdentity(identity: RawIdentity): NormalizedIdentity {
  const marketplace = identity.marketplace?.trim();
  return { kind: identity.kind, value: normalizeIdentityValue(identity.kind, identity.value), marketplace: marketplace ? marketplace : null };
}

/** Normalizes a list of identities and drops repeats (same kind and value; the first one wins). */
export function normalizeIdentities(identities: RawIdentity[]): NormalizedIdentity[] {
  const seen = new Map<string, NormalizedIdentity>();
  for (const identity of identities) {
    const normalized = normalizeIdentity(identity);
    const key = identityKey(normalized);
    if (!seen.has(key)) seen.set(key, normalized);
  }
  return [...seen.values()];
}

export function identityKey(identity: { kind: string; value: string }): string {
  return `${identity.kind}\u0000${identity.value}`;
}

/** Escapes `\`, `%` and `_` so user text matches literally inside a LIKE/ILIKE pattern (escape character `\`). */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** A pattern matching values that contain `text` literally. */
export function containsPattern(text: string): string {
  return `%${escapeLikePattern(text)}%`;
}

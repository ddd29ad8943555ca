import { parseAddressHeader } from 'mailparser';
import type { Address } from './parsed-email.js';

/** Trimmed, with the domain in lower case (the local part is the owner's to interpret). */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  return at < 0 ? trimmed : trimmed.slice(0, at) + trimmed.slice(at).toLowerCase();
}

/** The mailboxes of one or more address header values (still RFC 2047 encoded), groups flattened. */
export function parseAddressList(encodedValues: string[]): Address[] {
  if (encodedValues.length === 0) return [];
  const parsed = parseAddressHeader(encodedValues, { flatten: true });
  const addresses: Address[] = [];
  for (const entry of parsed.value) {
    const address = normalizeAddress(entry.address ?? '');
    if (address) addresses.push({ address, name: entry.name.trim() });
  }
  return addresses;
}

/** An address a reply can go to: something before and after one `@`. */
export function isUsableAddress(address: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(address);
}

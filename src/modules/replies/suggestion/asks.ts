import type { LocalePack } from '../locale/locale-pack.js';
import { formatList } from '../locale/formatting.js';
import type { Phrases } from '../templates/starter-library.js';

/** The facts a reply can ask for (triage's `missing`). */
export const ASKABLE_FACTS = ['order_number', 'tracking_number', 'destination', 'photos', 'sku', 'email', 'amount'] as const;
export type AskableFact = (typeof ASKABLE_FACTS)[number];

/** One sentence asking for exactly these facts, in the buyer's language; "" when nothing is missing. */
export function askSentence(facts: readonly string[], phrases: Phrases, pack: LocalePack): string {
  const parts = facts.map((f) => phrases.asks[f]).filter((p): p is string => Boolean(p));
  if (!parts.length) return '';
  return phrases.asks.frame.replace('{list}', formatList(pack, parts));
}

export interface KnownFacts {
  orderNumber: boolean;
  trackingNumber: boolean;
  sku: boolean;
  photos: boolean;
  email: boolean;
}

/** What triage found missing, minus what the ticket has learnt since (a later message, the order). */
export function stillMissing(missing: readonly string[], known: KnownFacts): AskableFact[] {
  const knownNow: Record<string, boolean> = {
    order_number: known.orderNumber,
    tracking_number: known.trackingNumber,
    sku: known.sku,
    photos: known.photos,
    email: known.email,
  };
  return [...new Set(missing)].filter((f): f is AskableFact => (ASKABLE_FACTS as readonly string[]).includes(f) && !knownNow[f]);
}

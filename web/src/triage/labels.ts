/** Turning triage's codes and numbers into what the chips and summaries say. Pure. */
import { MISSING_FACTS, RISK_SIGNALS, type MissingFact, type RiskSignal } from '../app/taxonomy';

export type SentimentBucket = 'negative' | 'neutral' | 'positive';

/** Sentiment runs from −1 to 1; the middle fifth reads as neutral, as most support mail is. */
export const SENTIMENT_THRESHOLD = 0.2;

export function sentimentBucket(score: number): SentimentBucket {
  if (score <= -SENTIMENT_THRESHOLD) return 'negative';
  if (score >= SENTIMENT_THRESHOLD) return 'positive';
  return 'neutral';
}

/** A glyph beside the word and colour, so sentiment does not rest on colour alone. */
export const SENTIMENT_GLYPH: Record<SentimentBucket, string> = { negative: '☹', neutral: '–', positive: '☺' };

export const isRiskSignal = (code: string): code is RiskSignal => (RISK_SIGNALS as readonly string[]).includes(code);
export const isMissingFact = (code: string): code is MissingFact => (MISSING_FACTS as readonly string[]).includes(code);

/** Carriers with a name of their own in i18n (triage:carriers.*); others read from their slug. */
export const KNOWN_CARRIERS = [
  'ups', 'fedex', 'dhl', 'usps', 'yanwen', '4px', 'yunexpress', 'cainiao',
  'china-post', 'royal-mail', 'deutsche-post', 'la-poste', 'japan-post', 'korea-post', 'postnl', 'correos',
  'poste-italiane', 'russian-post', 'ukrposhta', 'poczta-polska', 'postnord', 'posti', 'posten', 'ptt',
  'israel-post', 'thailand-post', 'vnpost', 'pos-indonesia', 'pos-malaysia', 'ceska-posta', 'australia-post',
  'canada-post', 'swiss-post', 'austrian-post', 'bpost', 'ct-correios',
] as const;
export type KnownCarrier = (typeof KNOWN_CARRIERS)[number];

export type CarrierName = { known: KnownCarrier } | { postOf: string } | { slug: string };

/** `china-post` is a known carrier; `upu-br` the postal operator of BR; anything else its slug, tidied. */
export function carrierName(carrier: string): CarrierName {
  if ((KNOWN_CARRIERS as readonly string[]).includes(carrier)) return { known: carrier as KnownCarrier };
  const upu = /^upu-([a-z]{2})$/i.exec(carrier);
  if (upu) return { postOf: upu[1]!.toUpperCase() };
  return { slug: carrier.replace(/[-_]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) };
}

/** The first inbound message with a triage: its guess is what "Confirm" offers. */
export function firstTriage<M extends { direction: string; triage: unknown }>(messages: M[]): NonNullable<M['triage']> | null {
  const first = messages.find((m) => m.direction === 'inbound' && m.triage);
  return (first?.triage as NonNullable<M['triage']> | undefined) ?? null;
}

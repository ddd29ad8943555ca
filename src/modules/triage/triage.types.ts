import type { Intent } from './intents.js';

export const RISK_SIGNALS = [
  'chargeback',
  'payment_dispute',
  'atoz_claim',
  'legal_threat',
  'scam_accusation',
  'bad_review_threat',
  'repeated_contact',
] as const;
export type RiskSignal = (typeof RISK_SIGNALS)[number];

export type Priority = 'P1' | 'P2' | 'P3' | 'P4';

export interface TrackingEntity {
  number: string;
  carrier: string;
  valid: boolean;
  /** The carrier's public tracking page for this number, when the carrier has one. */
  url: string | null;
}

export interface MoneyEntity {
  value: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface Entities {
  orders: string[];
  tracking: TrackingEntity[];
  emails: string[];
  phones: string[];
  amounts: MoneyEntity[];
  /** ISO 8601 calendar dates (YYYY-MM-DD); a date without a year is resolved against the message's date. */
  dates: string[];
  skus: string[];
}

/** What the linked order says, when the message is linked to one (SPEC C7 fills this from store data). */
export interface OrderContext {
  number?: string | null;
  fulfillment?: 'unfulfilled' | 'partially_fulfilled' | 'fulfilled' | 'cancelled' | null;
  trackingNumber?: string | null;
  trackingStatus?: 'pending' | 'info_received' | 'in_transit' | 'customs_held' | 'out_for_delivery' | 'delivered' | 'exception' | 'returned' | null;
  skus?: string[];
}

export interface TriageInput {
  text: string;
  subject?: string | null;
  /** The customer's known language: a prior for short messages. */
  customerLanguage?: string | null;
  /** The customer's country (ISO 3166-1 alpha-2): default region for phone numbers. */
  customerCountry?: string | null;
  order?: OrderContext | null;
  /** Earlier contacts by this customer about the same issue (the pipeline counts them). */
  priorContacts?: number;
  /** When the message was written: resolves dates like "on the 3rd". Defaults to now. */
  sentAt?: Date;
  /** The buyer attached files (photos, videos): they need not be asked for. */
  hasAttachments?: boolean;
  /** The customer's e-mail address is already known. */
  customerEmail?: boolean;
}

export type MissingFact = 'order_number' | 'tracking_number' | 'destination' | 'photos' | 'sku' | 'email' | 'amount';

export interface TriageResult {
  language: string;
  intent: Intent;
  confidence: number;
  abstain: boolean;
  priority: Priority;
  sentiment: number;
  risk: RiskSignal[];
  entities: Entities;
  missing: MissingFact[];
}

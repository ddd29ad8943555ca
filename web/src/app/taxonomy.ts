/** The triage taxonomy's intent codes (SPEC C2), grouped as agents scan them; labels live in i18n. */
export const INTENT_GROUPS = {
  presale: ['product.info', 'product.usage', 'shipping.options', 'promo.discount', 'policy.returns'],
  order: ['order.place', 'order.status', 'order.change', 'order.cancel'],
  payment: ['payment.methods', 'payment.failed', 'invoice'],
  logistics: ['shipping.track', 'shipping.delay', 'shipping.not_received', 'shipping.customs'],
  aftersale: ['item.damaged', 'item.wrong', 'return.request', 'return.status', 'warranty.repair'],
  feedback: ['complaint', 'feedback.review'],
  account: ['account.access', 'account.manage'],
  other: ['contact.human', 'other'],
} as const;

export const INTENTS: readonly string[] = Object.values(INTENT_GROUPS).flat();

export const STATUSES = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const CHANNELS = ['email', 'chat', 'marketplace', 'api', 'web_form', 'social', 'phone'] as const;

/** Languages offered in filters: exactly the 25 of SPEC N3 (Norwegian is `no`); tickets in others still show their code. */
export const LANGUAGES = [
  'en', 'zh', 'ja', 'ko', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'sv', 'da',
  'fi', 'no', 'ru', 'uk', 'tr', 'ar', 'he', 'th', 'vi', 'id', 'ms', 'cs',
] as const;

/** Risk signals triage raises on a message and its ticket (SPEC C5); labels live in i18n (triage:risk.*). */
export const RISK_SIGNALS = [
  'chargeback', 'payment_dispute', 'atoz_claim', 'legal_threat', 'scam_accusation', 'bad_review_threat', 'repeated_contact',
] as const;
export type RiskSignal = (typeof RISK_SIGNALS)[number];

/** Facts a reply would have to ask the buyer for (triage:missing.*). */
export const MISSING_FACTS = ['order_number', 'tracking_number', 'destination', 'photos', 'sku', 'email', 'amount'] as const;
export type MissingFact = (typeof MISSING_FACTS)[number];

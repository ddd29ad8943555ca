/** The intent taxonomy of SPEC C2. The codes are a contract: other tools and saved views depend on them. */
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

export type IntentGroup = keyof typeof INTENT_GROUPS;
export type Intent = (typeof INTENT_GROUPS)[IntentGroup][number];

export const INTENTS: readonly Intent[] = Object.values(INTENT_GROUPS).flat();

const INTENT_SET: ReadonlySet<string> = new Set(INTENTS);
export function isIntent(value: unknown): value is Intent {
  return typeof value === 'string' && INTENT_SET.has(value);
}

/** The 25 languages of SPEC N3, as ISO 639-1 codes (Norwegian is `no`). */
export const TRIAGE_LANGUAGES = [
  'en', 'zh', 'ja', 'ko', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'sv', 'da',
  'fi', 'no', 'ru', 'uk', 'tr', 'ar', 'he', 'th', 'vi', 'id', 'ms', 'cs',
] as const;
export type TriageLanguage = (typeof TRIAGE_LANGUAGES)[number];

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

/** Languages offered in filters: the N3 set; tickets in others still show their code. */
export const LANGUAGES = [
  'en', 'zh', 'ja', 'ko', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'ru', 'ar', 'tr', 'pl', 'sv',
  'da', 'nb', 'fi', 'cs', 'el', 'he', 'th', 'vi', 'id', 'ms', 'uk', 'hi',
] as const;

import { INTENTS, type Intent } from '../../triage/intents.js';

/** Service messages: sent by people or by the system (off-hours, SLA remediation, reminders), not chosen by intent. */
export const SERVICE_TEMPLATE_KEYS = [
  'service.off_hours',
  'service.interim_update',
  'service.escalation',
  'service.apology_compensation',
  'service.resolution_options',
  'service.survey_request',
  'service.payment_reminder_before_3d',
  'service.payment_reminder_after_7d',
  'service.payment_reminder_after_15d',
  'service.payment_reminder_after_30d',
] as const;
export type ServiceTemplateKey = (typeof SERVICE_TEMPLATE_KEYS)[number];

/** Every template of the starter library: one per intent, then the service messages. */
export const STARTER_TEMPLATE_KEYS: readonly string[] = [...INTENTS, ...SERVICE_TEMPLATE_KEYS];

/** Intents whose reply offers the buyer a choice of remedies (SPEC C3: after-sale problems). */
export const AFTER_SALE_INTENTS: ReadonlySet<string> = new Set<Intent>(['item.damaged', 'item.wrong', 'shipping.not_received', 'return.request']);

const SERVICE_NAMES: Record<ServiceTemplateKey, string> = {
  'service.off_hours': 'Off-hours acknowledgement',
  'service.interim_update': 'Interim update',
  'service.escalation': 'Escalation notice',
  'service.apology_compensation': 'Apology with compensation',
  'service.resolution_options': 'Resolution options',
  'service.survey_request': 'Survey request',
  'service.payment_reminder_before_3d': 'Payment reminder (3 days before due)',
  'service.payment_reminder_after_7d': 'Payment reminder (7 days overdue)',
  'service.payment_reminder_after_15d': 'Payment reminder (15 days overdue)',
  'service.payment_reminder_after_30d': 'Payment reminder (30 days overdue, final)',
};

export function starterTemplateName(key: string): string {
  if (key in SERVICE_NAMES) return SERVICE_NAMES[key as ServiceTemplateKey];
  return `Reply: ${key}`;
}

export function isServiceKey(key: string): key is ServiceTemplateKey {
  return (SERVICE_TEMPLATE_KEYS as readonly string[]).includes(key);
}

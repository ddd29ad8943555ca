import { isIntent } from '../../triage/intents.js';

/** Ticket fields a condition can name directly. */
export const TICKET_FIELDS = [
  'status', 'priority', 'channel', 'marketplace', 'brandId', 'teamId', 'queueId', 'assigneeId', 'slaPolicyId',
  'tags', 'intent', 'language', 'sentiment', 'risk', 'subject',
  'hoursInStatus', 'hoursSinceCustomerMessage', 'hoursSinceAgentReply',
] as const;
export const CUSTOMER_FIELDS = ['customer.tier', 'customer.country', 'customer.language', 'customer.email'] as const;
export const MESSAGE_FIELDS = ['message.text', 'message.language', 'message.intent'] as const;
export const COUNT_FIELDS = ['count.buyerMessages', 'count.agentReplies'] as const;
/** For `sla.warning` / `sla.breach`: which clock (team or contract), metric and policy. */
export const SLA_FIELDS = ['sla.kind', 'sla.metric', 'sla.policyId'] as const;
/** Fields a `ticket.updated` event reports as changed (`changed.<field>` is the new value, absent when unchanged). */
export const CHANGEABLE_FIELDS = [
  'subject', 'status', 'priority', 'assigneeId', 'teamId', 'brandId', 'tags', 'intent', 'language', 'customFields', 'queueId', 'slaPolicyId',
] as const;

/** Fields with a free key after a prefix: `customFields.<key>`, `count.buyerMessagesWithIntent.<intent>`… */
export const FIELD_PREFIXES = {
  customFields: 'customFields.',
  withIntent: 'count.buyerMessagesWithIntent.',
  mentioning: 'count.buyerMessagesMentioning.',
  changed: 'changed.',
} as const;

const EXACT: ReadonlySet<string> = new Set<string>([...TICKET_FIELDS, ...CUSTOMER_FIELDS, ...MESSAGE_FIELDS, ...COUNT_FIELDS, ...SLA_FIELDS]);
const CHANGEABLE: ReadonlySet<string> = new Set<string>(CHANGEABLE_FIELDS);
const KEY = /^[A-Za-z0-9_.-]{1,64}$/;

/** Why a field name is not one conditions know, or null when it is. */
export function fieldProblem(field: string): string | null {
  if (EXACT.has(field)) return null;
  if (field.startsWith(FIELD_PREFIXES.customFields)) {
    return KEY.test(field.slice(FIELD_PREFIXES.customFields.length)) ? null : 'customFields.<key> needs a key of letters, digits, "_", "-" or "."';
  }
  if (field.startsWith(FIELD_PREFIXES.withIntent)) {
    const intent = field.slice(FIELD_PREFIXES.withIntent.length);
    return isIntent(intent) ? null : `"${intent}" is not an intent of the taxonomy`;
  }
  if (field.startsWith(FIELD_PREFIXES.mentioning)) {
    const word = field.slice(FIELD_PREFIXES.mentioning.length);
    return word.trim().length > 0 && word.length <= 64 ? null : 'count.buyerMessagesMentioning.<word> needs a word';
  }
  if (field.startsWith(FIELD_PREFIXES.changed)) {
    return CHANGEABLE.has(field.slice(FIELD_PREFIXES.changed.length)) ? null : `changed.<field> takes one of ${CHANGEABLE_FIELDS.join(', ')}`;
  }
  return `unknown field "${field}"`;
}

/** Every fixed field name, for the rule editor's field picker. */
export const KNOWN_FIELDS: readonly string[] = [...EXACT];

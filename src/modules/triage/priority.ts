import type { Intent } from './intents.js';
import type { Priority, RiskSignal } from './triage.types.js';

/**
 * Default priority per intent (SPEC C2, the seller practice): account security and money
 * owed to the buyer first, orders and logistics second, pre-sale questions third, praise and
 * everything else last.
 */
export const DEFAULT_PRIORITY: Readonly<Record<Intent, Priority>> = {
  'account.access': 'P1',
  'payment.failed': 'P1',
  'return.request': 'P1',
  'return.status': 'P1',
  'order.status': 'P2',
  'order.change': 'P2',
  'order.cancel': 'P2',
  'shipping.track': 'P2',
  'shipping.delay': 'P2',
  'shipping.not_received': 'P2',
  'shipping.customs': 'P2',
  'item.damaged': 'P2',
  'item.wrong': 'P2',
  'warranty.repair': 'P2',
  complaint: 'P2',
  'contact.human': 'P2',
  'product.info': 'P3',
  'product.usage': 'P3',
  'shipping.options': 'P3',
  'promo.discount': 'P3',
  'policy.returns': 'P3',
  'order.place': 'P3',
  'payment.methods': 'P3',
  invoice: 'P3',
  'account.manage': 'P3',
  'feedback.review': 'P4',
  other: 'P4',
};

const ORDER: readonly Priority[] = ['P1', 'P2', 'P3', 'P4'];

/** The intent's default, one step more urgent when any risk signal is present. */
export function priorityFor(intent: Intent, risks: readonly RiskSignal[]): Priority {
  const base = ORDER.indexOf(DEFAULT_PRIORITY[intent]);
  return ORDER[Math.max(0, base - (risks.length > 0 ? 1 : 0))]!;
}

/** The more urgent of two priorities. */
export function higherPriority(a: Priority, b: Priority): Priority {
  return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}

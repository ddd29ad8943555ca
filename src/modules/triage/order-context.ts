import { INTENTS, type Intent } from './intents.js';
import type { OrderContext } from './triage.types.js';

/** Intents a "where is my order?" message can take; which one is right depends on the order. */
const WHERE_IS_IT: ReadonlySet<Intent> = new Set(['order.status', 'shipping.track', 'shipping.delay', 'shipping.not_received']);

export interface IntentDecision {
  intent: Intent;
  confidence: number;
}

/**
 * Lets the linked order settle what the text alone cannot: asking where a parcel is when the
 * carrier says it was delivered is a non-receipt; asking about an order that has not shipped is
 * a status question. The confidence becomes that of the whole "where is it" family, since the
 * order data, not the wording, now decides between its members.
 */
export function applyOrderContext(decision: IntentDecision, probabilities: Float64Array, order: OrderContext | null | undefined): IntentDecision {
  if (!order || !WHERE_IS_IT.has(decision.intent)) return decision;
  let family = 0;
  INTENTS.forEach((intent, i) => {
    if (WHERE_IS_IT.has(intent)) family += probabilities[i] ?? 0;
  });
  if (order.trackingStatus === 'delivered') return { intent: 'shipping.not_received', confidence: family };
  if (order.fulfillment === 'unfulfilled') return { intent: 'order.status', confidence: family };
  return decision;
}

import type { Intent } from './intents.js';
import type { Entities, MissingFact, OrderContext } from './triage.types.js';

/** The facts an agent needs before acting on each intent (SPEC C2 "what is missing"). */
const NEEDS: Partial<Record<Intent, readonly MissingFact[]>> = {
  'order.status': ['order_number'],
  'order.change': ['order_number'],
  'order.cancel': ['order_number'],
  'payment.failed': ['order_number'],
  invoice: ['order_number'],
  'shipping.options': ['destination'],
  'shipping.track': ['order_number', 'tracking_number'],
  'shipping.delay': ['order_number', 'tracking_number'],
  'shipping.not_received': ['order_number', 'tracking_number'],
  'shipping.customs': ['order_number', 'tracking_number'],
  'item.damaged': ['order_number', 'sku', 'photos'],
  'item.wrong': ['order_number', 'sku', 'photos'],
  'warranty.repair': ['order_number', 'sku'],
  'return.request': ['order_number', 'sku'],
  'return.status': ['order_number'],
  'account.access': ['email'],
  'account.manage': ['email'],
};

const LOGISTICS: ReadonlySet<Intent> = new Set(['shipping.track', 'shipping.delay', 'shipping.not_received', 'shipping.customs']);

export interface KnownFacts {
  entities: Entities;
  order?: OrderContext | null;
  /** The buyer attached files (photos, videos). */
  hasAttachments?: boolean;
  /** The customer's country is known (destination of a shipping question). */
  customerCountry?: string | null;
  /** The customer's e-mail is known (e-mail channel, or on the customer record). */
  customerEmail?: boolean;
}

/** What this intent needs that neither the message nor the linked order provides. */
export function missingFacts(intent: Intent, known: KnownFacts): MissingFact[] {
  const { entities, order } = known;
  const has: Record<MissingFact, boolean> = {
    // Either number finds the shipment: the order gives its tracking, the tracking its order.
    order_number: entities.orders.length > 0 || Boolean(order) || (LOGISTICS.has(intent) && entities.tracking.length > 0),
    tracking_number: entities.tracking.length > 0 || Boolean(order?.trackingNumber) || entities.orders.length > 0,
    destination: Boolean(known.customerCountry) || Boolean(order),
    photos: Boolean(known.hasAttachments),
    // One line on the order means we know which item; otherwise the buyer must say.
    sku: entities.skus.length > 0 || (order?.skus?.length ?? 0) === 1,
    email: entities.emails.length > 0 || Boolean(known.customerEmail),
    amount: entities.amounts.length > 0,
  };
  return (NEEDS[intent] ?? []).filter((fact) => !has[fact]);
}

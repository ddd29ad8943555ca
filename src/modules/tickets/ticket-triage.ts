import { storedTriage, triageMessage, withRepeatedContact } from '../triage/active-triage.js';
import { higherPriority, priorityFor } from '../triage/priority.js';
import { isIntent } from '../triage/intents.js';
import type { TriageDetails } from '../triage/triage-engine.js';
import type { Priority } from './ticket.table.js';
import type { OrderContext } from '../triage/triage.types.js';
import type { CreateTicketInput, OrderSnapshot } from './ticket.schemas.js';

export interface CustomerFacts {
  language: string | null;
  country: string | null;
  /** The buyer's tickets of the last 30 days, counted per intent. */
  recentTicketsByIntent: Record<string, number>;
}

/** The ticket columns a new ticket's first message decides, and what its message row keeps. */
export interface NewTicketTriage {
  intent: string | null;
  intentConfidence: number | null;
  intentSource: 'triage' | 'api' | null;
  needsTriage: boolean;
  language: string | null;
  priority: Priority;
  sentiment: number | null;
  risk: string[];
  message: Record<string, unknown> | null;
}

/**
 * Triage of a new ticket's first message. What the caller states (intent, language, priority)
 * wins over the classifier; an intent the classifier is unsure of is left empty and the ticket
 * waits in the "needs triage" view instead of carrying a guess.
 */
export function ticketTriageForNewMessage(input: CreateTicketInput, text: string, at: Date, customer: CustomerFacts | null, hasAttachments: boolean): NewTicketTriage {
  const ref = 'id' in input.customer ? null : input.customer;
  let result = triageMessage({
    text,
    subject: input.subject,
    customerLanguage: customer?.language ?? ref?.language ?? null,
    customerCountry: customer?.country ?? ref?.country ?? null,
    customerEmail: Boolean(ref?.email) || input.channel === 'email',
    hasAttachments,
    sentAt: at,
    order: orderContextOf(input.order),
  });
  if (result) result = withRepeatedContact(result, customer?.recentTicketsByIntent[result.intent] ?? 0);
  const statedIntent = input.intent && isIntent(input.intent) ? input.intent : null;
  if (!result) {
    return {
      intent: input.intent ?? null,
      intentConfidence: null,
      intentSource: input.intent ? 'api' : null,
      needsTriage: false,
      language: input.language ?? null,
      priority: input.priority ?? 'P3',
      sentiment: null,
      risk: [],
      message: null,
    };
  }
  const intent = input.intent ?? (result.abstain ? null : result.intent);
  return {
    intent,
    intentConfidence: input.intent ? null : result.confidence,
    intentSource: input.intent ? 'api' : result.abstain ? null : 'triage',
    needsTriage: !input.intent && result.abstain,
    language: input.language ?? result.language,
    priority: input.priority ?? (statedIntent ? priorityFor(statedIntent, result.risk) : result.priority),
    sentiment: result.sentiment,
    risk: result.risk,
    message: storedTriage(result),
  };
}

export interface TicketTriageState {
  intent: string | null;
  needs_triage: boolean;
  intent_source: string | null;
  language: string | null;
  priority: Priority;
  risk: string[];
}

/** How a further buyer message changes its ticket: risks add up, a new risk raises priority, an untriaged ticket takes a confident intent. */
export function ticketUpdateForFollowUp(ticket: TicketTriageState, result: TriageDetails): Partial<{
  intent: string;
  intent_confidence: number;
  intent_source: 'triage';
  needs_triage: boolean;
  language: string;
  priority: Priority;
  risk: string[];
  sentiment: number;
}> {
  const update: ReturnType<typeof ticketUpdateForFollowUp> = { sentiment: result.sentiment };
  const newRisks = result.risk.filter((r) => !ticket.risk.includes(r));
  if (newRisks.length) {
    update.risk = [...ticket.risk, ...newRisks];
    const intent = ticket.intent && isIntent(ticket.intent) ? ticket.intent : result.intent;
    update.priority = higherPriority(ticket.priority, priorityFor(intent, update.risk as never));
  }
  if (ticket.needs_triage && !result.abstain) {
    update.intent = result.intent;
    update.intent_confidence = result.confidence;
    update.intent_source = 'triage';
    update.needs_triage = false;
  }
  if (!ticket.language) update.language = result.language;
  return update;
}

/** The part of a ticket's order that triage weighs: whether it shipped and what the carrier says. */
export function orderContextOf(order: OrderSnapshot | null | undefined): OrderContext | null {
  if (!order) return null;
  return {
    number: order.number,
    fulfillment: order.fulfillment ?? null,
    trackingNumber: order.tracking?.number ?? null,
    trackingStatus: order.tracking?.status ?? null,
    skus: (order.items ?? []).flatMap((i) => (i.sku ? [i.sku] : [])),
  };
}

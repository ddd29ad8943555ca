import type { AutomationTrigger } from '../workflow/ticket-change.js';

/** What a rule listens to: a ticket or SLA event, or the five-minute schedule. */
export const RULE_TRIGGERS = ['ticket.created', 'customer.replied', 'agent.replied', 'ticket.updated', 'sla.warning', 'sla.breach', 'schedule'] as const;
export type RuleTrigger = (typeof RULE_TRIGGERS)[number];

// Compile-time check: every event trigger is a rule trigger.
const _everyEventIsARuleTrigger: readonly RuleTrigger[] = [] as AutomationTrigger[];
void _everyEventIsARuleTrigger;

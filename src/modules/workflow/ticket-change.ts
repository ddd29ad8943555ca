import type { Actor } from '../tickets/ticket.events.js';

/** What happened to a ticket, as the workflow steps (automation, routing, SLA, off-hours) see it. */
export type TicketTrigger = 'ticket.created' | 'customer.replied' | 'agent.replied' | 'ticket.updated' | 'ticket.imported';

/** The triggers automation rules can listen to: the ticket's own, and the SLA clock's. */
export type AutomationTrigger = Exclude<TicketTrigger, 'ticket.imported'> | 'sla.warning' | 'sla.breach';

export interface TicketChange {
  workspaceId: string;
  ticketId: number;
  trigger: TicketTrigger;
  actor: Actor;
  /** For `ticket.updated`: each changed field as the API names it (status, priority, assigneeId, teamId, tags…). */
  changes?: Record<string, { from: unknown; to: unknown }>;
  /** The message that caused it (created, customer.replied, agent.replied). */
  messageId?: number;
  /** The buyer's message was machine mail (auto-reply, bounce): never acknowledged. */
  machineMail?: boolean;
  /** When it happened; default now. */
  at?: Date;
}

/** What automation rules see: a ticket change, or an SLA clock reaching its warning or breach. */
export type AutomationEvent = Omit<TicketChange, 'trigger'> & {
  trigger: AutomationTrigger;
  /** For sla.warning / sla.breach: which clock (team or contract) and metric. */
  sla?: { kind: 'team' | 'contract'; metric: 'first_response' | 'next_response' | 'resolution'; policyId: string; dueAt: Date };
};

/**
 * What a rule's conditions are evaluated against, built once per evaluation from the database
 * (see ../automation-facts.ts). Plain data, so evaluation is a pure function.
 */
export interface AutomationFacts {
  ticket: {
    status: string;
    priority: string;
    channel: string;
    marketplace: string | null;
    brandId: string;
    teamId: string | null;
    queueId: string | null;
    assigneeId: string | null;
    slaPolicyId: string | null;
    tags: string[];
    intent: string | null;
    language: string | null;
    sentiment: number | null;
    risk: string[];
    subject: string;
    customFields: Record<string, unknown>;
    hoursInStatus: number;
    hoursSinceCustomerMessage: number | null;
    hoursSinceAgentReply: number | null;
  };
  customer: { tier: string | null; country: string | null; language: string | null; email: string | null };
  /** The message that caused the event, else the latest buyer message (with its triage). */
  message: { text: string; language: string | null; intent: string | null } | null;
  counts: {
    buyerMessages: number;
    agentReplies: number;
    /** Inbound messages per the intent their triage gave them. */
    buyerMessagesWithIntent: Record<string, number>;
    /** Each inbound message's text, for `count.buyerMessagesMentioning.<word>`. */
    buyerTexts: string[];
  };
  /** For `sla.warning` / `sla.breach`: the clock that warned or breached. */
  sla?: { kind: string; metric: string; policyId: string } | null;
  /** For `ticket.updated`: the fields that changed. */
  changed: Record<string, { from: unknown; to: unknown }>;
}

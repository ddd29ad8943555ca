import type { Db } from '../../database.js';
import { sendTemplateMessage, type TemplateMessageResult } from '../../replies/send/send-template-message.js';
import { recordTicketEvent, TICKET_EVENTS, type Actor } from '../../tickets/ticket.events.js';
import { inTransaction } from '../../transaction.js';
import { afterTicketChange } from '../../workflow/ticket-pipeline.js';
import { remediationPlan, type RemediationKind, type RemediationPlan } from './remediation-plan.js';

export type { RemediationKind } from './remediation-plan.js';
export { REMEDIATION_KINDS } from './remediation-plan.js';

export interface RemediationInput {
  workspaceId: string;
  ticketId: number;
  kind: RemediationKind;
  actor: Actor;
  authorAgentId: string | null;
  override?: boolean | undefined;
  /** When it is sent; default now. */
  now?: Date | undefined;
}

/**
 * A remediation for a late ticket: an interim update with a concrete time, an escalation notice
 * or an apology (with a voucher off marketplaces). Sent by a lead in one click — then it is the
 * team's reply, and the SLA clocks see it as one — or automatically by a policy at breach, when
 * it is a courtesy that leaves the reply clock running.
 */
export async function sendRemediation(trx: Db, input: RemediationInput): Promise<TemplateMessageResult> {
  return inTransaction(trx, async (db) => {
    const now = input.now ?? new Date();
    const plan = await remediationPlan(db, input.workspaceId, input.ticketId, input.kind, now);
    if (!plan) return { status: 'skipped', reason: `Ticket ${input.ticketId} was not found.` };
    // An agent in the app or through their API token: a person chose to write to the buyer.
    const byPerson = input.actor.kind !== 'system';
    const result = await sendTemplateMessage(db, {
      workspaceId: input.workspaceId,
      ticketId: input.ticketId,
      templateKey: plan.templateKey,
      actor: input.actor,
      authorAgentId: input.authorAgentId,
      replyBy: plan.replyBy,
      facts: plan.facts,
      override: input.override,
      countsAsReply: byPerson,
      now,
    });
    if (result.status !== 'sent') return result;
    await recordTicketEvent(db, {
      workspaceId: input.workspaceId,
      ticketId: input.ticketId,
      brandId: plan.brandId,
      type: TICKET_EVENTS.slaRemediation,
      actor: input.actor,
      data: { kind: input.kind, messageId: result.messageId, automatic: input.actor.kind === 'system' },
      messageId: result.messageId,
      at: now,
    });
    if (byPerson) await afterTicketChange(db, { workspaceId: input.workspaceId, ticketId: input.ticketId, trigger: 'agent.replied', actor: input.actor, messageId: result.messageId, at: now });
    return result;
  });
}

export type { RemediationPlan };

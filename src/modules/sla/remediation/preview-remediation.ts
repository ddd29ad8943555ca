import { notFound, unprocessable } from '../../../shared/errors.js';
import type { Principal } from '../../auth/principal.js';
import type { Db } from '../../database.js';
import type { Finding } from '../../replies/guard/check-reply.js';
import { renderTemplateMessage } from '../../replies/send/render-template-message.js';
import { senderPrincipal } from '../../replies/send/sender.js';
import { getTicketRowOrThrow } from '../../tickets/ticket.queries.js';
import { remediationPlan, type RemediationKind } from './remediation-plan.js';

export interface RemediationPreview {
  kind: RemediationKind;
  templateKey: string;
  subject: string;
  text: string;
  language: string;
  findings: Finding[];
  /** Whether sending needs a lead's override (holes never can be overridden). */
  blocking: boolean;
  replyBy: string;
  buyerTimeZone: string;
}

/** The remediation as the buyer would get it from this agent, checked as sending would, without sending it. */
export async function previewRemediation(db: Db, principal: Principal, ticketId: number, kind: RemediationKind, now = new Date()): Promise<RemediationPreview> {
  await getTicketRowOrThrow(db, principal, ticketId);
  const plan = await remediationPlan(db, principal.workspaceId, ticketId, kind, now);
  if (!plan) throw notFound('Ticket', ticketId);
  const sender = await senderPrincipal(db, principal.workspaceId, principal.agentId);
  const rendered = await renderTemplateMessage(db, sender, { ticketId, templateKey: plan.templateKey, replyBy: plan.replyBy, facts: plan.facts, now });
  if (!rendered) throw unprocessable(`No variant of template ${plan.templateKey} fits ticket ${ticketId}.`);
  return {
    kind,
    templateKey: plan.templateKey,
    subject: rendered.suggestion.subject,
    text: rendered.suggestion.text,
    language: rendered.suggestion.language,
    findings: rendered.findings,
    blocking: rendered.holes.length > 0 || rendered.blocking,
    replyBy: rendered.replyBy.toISOString(),
    buyerTimeZone: rendered.buyerTimeZone,
  };
}

import { recordAudit } from '../../audit/audit.service.js';
import type { Db } from '../../database.js';
import { recordTemplateUse } from '../experiments/experiment.service.js';
import type { Actor } from '../../tickets/ticket.events.js';
import { storeOutboundMessage } from '../../tickets/outbound-message.js';
import { inTransaction } from '../../transaction.js';
import type { Finding } from '../guard/check-reply.js';
import { renderTemplateMessage } from './render-template-message.js';
import { senderPrincipal } from './sender.js';

export interface TemplateMessageRequest {
  workspaceId: string;
  ticketId: number;
  templateKey: string;
  /** Who sends it: an agent (one-click remediation, automation acting for the rule's author) or the system. */
  actor: Actor;
  authorAgentId: string | null;
  /** `reply_by` instant shown to the buyer in their own time zone; omitted → the ticket's next SLA due instant. */
  replyBy?: Date | undefined;
  /** Extra template facts, as ReplyFacts names them, e.g. { coupon: { percent: 10 } }; `coupon: null` for none. */
  facts?: Record<string, unknown> | undefined;
  /** Guard findings that block do not stop the send when true (a lead's override, audited). */
  override?: boolean | undefined;
  /**
   * A person chose to write this to the buyer (a lead's one-click remediation): it is the team's
   * reply — first/last reply times are set and a new ticket opens. Default false: an automatic
   * message (acknowledgement, a rule's notice) must not stop the reply clock.
   */
  countsAsReply?: boolean | undefined;
  /** When it is sent; default now. */
  now?: Date | undefined;
}

export type TemplateMessageResult =
  | { status: 'sent'; messageId: number; text: string; language: string; replyBy: Date; buyerTimeZone: string }
  | { status: 'blocked'; findings: Finding[] } // guard blocked it (or holes left)
  | { status: 'skipped'; reason: string }; // e.g. no template variant, merged ticket

/**
 * Sends a template (a service message) to the ticket's buyer: rendered in their language with
 * `reply_by` in their own time zone, refused while it has holes, held back by a blocking guard
 * finding unless overridden, then stored as an outbound message and queued on the ticket's
 * channel. Runs in the caller's transaction (or its own).
 */
export async function sendTemplateMessage(trx: Db, request: TemplateMessageRequest): Promise<TemplateMessageResult> {
  return inTransaction(trx, async (db) => {
    const now = request.now ?? new Date();
    const ticket = await db
      .selectFrom('tickets')
      .select(['id', 'brand_id', 'channel', 'status', 'solved_at', 'merged_into_id', 'first_agent_reply_at'])
      .where('id', '=', request.ticketId)
      .where('workspace_id', '=', request.workspaceId)
      .forUpdate()
      .executeTakeFirst();
    if (!ticket) return { status: 'skipped', reason: `Ticket ${request.ticketId} was not found.` };
    if (ticket.merged_into_id) return { status: 'skipped', reason: `Ticket ${request.ticketId} was merged into ticket ${ticket.merged_into_id}.` };

    const sender = await senderPrincipal(db, request.workspaceId, request.authorAgentId);
    const rendered = await renderTemplateMessage(db, sender, { ticketId: request.ticketId, templateKey: request.templateKey, replyBy: request.replyBy, facts: request.facts, now });
    if (!rendered) return { status: 'skipped', reason: `No variant of template ${request.templateKey} fits this ticket.` };
    if (rendered.holes.length || (rendered.blocking && !request.override)) return { status: 'blocked', findings: rendered.findings };

    const { suggestion } = rendered;
    const automatic = request.actor.kind === 'system';
    const messageId = await storeOutboundMessage(db, {
      workspaceId: request.workspaceId,
      ticket,
      authorAgentId: request.authorAgentId,
      text: suggestion.text,
      html: suggestion.html,
      language: suggestion.language,
      channelMeta: automatic ? { automatic: true, templateKey: request.templateKey } : { templateKey: request.templateKey },
      status: request.countsAsReply && ticket.status === 'new' ? 'open' : ticket.status,
      countsAsReply: request.countsAsReply ?? false,
      actor: request.actor,
      eventData: { templateKey: request.templateKey, automatic },
      at: now,
    });
    await recordTemplateUse(db, request.workspaceId, { templateId: suggestion.templateId, variantId: suggestion.variantId, ticketId: request.ticketId, messageId, language: suggestion.language });
    if (rendered.blocking) {
      await recordAudit(db, {
        workspaceId: request.workspaceId,
        action: 'reply.guard_overridden',
        actor: request.authorAgentId && request.actor.kind !== 'system' ? sender : { kind: 'system' },
        subjectType: 'ticket',
        subjectId: String(request.ticketId),
        data: { messageId, templateKey: request.templateKey, rules: rendered.findings.filter((f) => f.severity === 'block').map((f) => f.rule) },
      });
    }
    return { status: 'sent', messageId, text: suggestion.text, language: suggestion.language, replyBy: rendered.replyBy, buyerTimeZone: rendered.buyerTimeZone };
  });
}

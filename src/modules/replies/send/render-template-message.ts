import type { Principal } from '../../auth/principal.js';
import type { Db } from '../../database.js';
import type { Finding } from '../guard/check-reply.js';
import { findHoles, type Hole } from '../guard/holes.js';
import { zoneForCountry } from '../locale/formatting.js';
import { localePack } from '../locale/locale-pack.js';
import type { ReplyFacts } from '../render/reply-facts.js';
import { guardReply } from '../reply-guard.service.js';
import { composeSuggestion, type Suggestion } from '../suggestion/compose-suggestion.js';
import { suggestionInput } from '../suggestion/suggestion.service.js';
import { loadTicketReplyData, type TicketReplyData } from '../suggestion/ticket-facts.js';
import { workspaceVariants } from '../templates/template-cache.js';

export interface TemplateRenderRequest {
  ticketId: number;
  templateKey: string;
  /** Shown as `reply_by` in the buyer's zone; omitted → the ticket's next SLA due instant. */
  replyBy?: Date | undefined;
  /** Template facts beyond the ticket's own, as ReplyFacts names them (`{ coupon: { code: null, percent: 10 } }`). */
  facts?: Record<string, unknown> | undefined;
  now: Date;
}

export interface RenderedTemplateMessage {
  suggestion: Suggestion;
  data: TicketReplyData;
  replyBy: Date;
  /** The zone `reply_by` was written in: the buyer's own, else their country's, else their locale's. */
  buyerTimeZone: string;
  /** Holes (never sendable) first, then the policy guard's findings. */
  findings: Finding[];
  holes: Hole[];
  /** A guard finding that only a lead's override lets through. */
  blocking: boolean;
}

/**
 * A template rendered for a ticket as the buyer would get it — their language (or the fallback
 * the template choice allows), salutation and sign-off from their locale pack, times in their
 * zone — and checked as a reply would be. Null when the template has no variant for the ticket.
 */
export async function renderTemplateMessage(db: Db, sender: Principal, request: TemplateRenderRequest): Promise<RenderedTemplateMessage | null> {
  const [data, variants] = await Promise.all([loadTicketReplyData(db, sender, request.ticketId, request.now), workspaceVariants(db, sender.workspaceId)]);
  const replyBy = request.replyBy ?? nextReplyDue(data.ticket, request.now) ?? data.facts.replyBy;
  const facts: ReplyFacts = { ...data.facts, ...(request.facts ?? {}), replyBy };
  const suggestion = composeSuggestion({ ...suggestionInput(request.ticketId, data), facts }, variants, { templateKey: request.templateKey });
  if (!suggestion) return null;

  const holes = [...findHoles(suggestion.subject), ...findHoles(suggestion.text)];
  const guard = await guardReply(db, sender, request.ticketId, { text: suggestion.text, language: suggestion.language }, data);
  const customer = data.facts.customer;
  return {
    suggestion,
    data,
    replyBy,
    buyerTimeZone: customer.timezone ?? zoneForCountry(customer.country) ?? localePack(suggestion.locale).timeZone,
    findings: [...holes.map((h) => holeFinding(h, suggestion.language)), ...guard.findings],
    holes,
    blocking: guard.blocking,
  };
}

/** The ticket's next SLA promise still ahead: the next or first response due, else the soonest running clock. Pure. */
export function nextReplyDue(ticket: { next_response_due_at: Date | null; first_response_due_at: Date | null; sla_due_at: Date | null }, now: Date): Date | null {
  return [ticket.next_response_due_at, ticket.first_response_due_at, ticket.sla_due_at].find((d): d is Date => d !== null && d > now) ?? null;
}

function holeFinding(hole: Hole, language: string): Finding {
  const what = hole.kind === 'variable' ? 'a template variable the ticket has no value for' : 'a placeholder';
  return { rule: `hole.${hole.kind}`, severity: 'block', message: `The message still has ${what}: ${hole.text}`, excerpt: hole.text, index: hole.index, language };
}

import { notFound } from '../../../shared/errors.js';
import type { Principal } from '../../auth/principal.js';
import type { Db } from '../../database.js';
import type { Finding } from '../guard/check-reply.js';
import { guardContext, guardReply } from '../reply-guard.service.js';
import { workspaceVariants } from '../templates/template-cache.js';
import { composeSuggestion, type Suggestion, type SuggestionInput, type SuggestionRequest } from './compose-suggestion.js';
import { loadTicketReplyData, type TicketReplyData } from './ticket-facts.js';

export async function suggestReply(db: Db, principal: Principal, ticketId: number, request: SuggestionRequest): Promise<Suggestion & { findings: Finding[] }> {
  const [data, variants] = await Promise.all([loadTicketReplyData(db, principal, ticketId), workspaceVariants(db, principal.workspaceId)]);
  const suggestion = composeSuggestion(suggestionInput(ticketId, data), variants, request);
  if (!suggestion) throw notFound('Reply template for ticket', ticketId);
  const guard = await guardReply(db, principal, ticketId, { text: suggestion.text, language: suggestion.language }, data);
  return { ...suggestion, findings: guard.findings };
}

/** What composing a reply needs from a ticket's loaded data (also used by service messages). */
export function suggestionInput(ticketId: number, data: TicketReplyData): SuggestionInput {
  return {
    ticketId,
    brandId: data.ticket.brand_id,
    channel: data.ticket.channel,
    ticketLanguage: data.ticket.language,
    brandDefaultLanguage: data.brandDefaultLanguage,
    intentGuess: data.intentGuess,
    facts: data.facts,
    missing: data.missing,
    known: data.known,
    order: data.order ? { total: data.order.total ?? null, currency: data.order.currency ?? null } : null,
    sender: data.sender,
    fx: data.fx,
    couponPercent: data.couponPercent,
    marketplace: guardContext(data).marketplace,
  };
}

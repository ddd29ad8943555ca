import type { Principal } from '../auth/principal.js';
import type { Db } from '../database.js';
import { checkReply, type Finding, type GuardContext } from './guard/check-reply.js';
import { findHoles, type Hole } from './guard/holes.js';
import { ratesIn } from './fx-rates.js';
import { policyFor } from './policy/policy.service.js';
import { loadTicketReplyData, type TicketReplyData } from './suggestion/ticket-facts.js';

/** Brand kinds (and ticket marketplaces) whose messaging rules the guard knows. */
export const MARKETPLACE_KINDS: ReadonlySet<string> = new Set(['amazon', 'ebay', 'aliexpress', 'temu', 'shopee', 'walmart', 'etsy']);

export interface OutgoingReply {
  text: string;
  /** The buyer's language, as the reply is written; defaults to the ticket's. */
  language?: string | undefined;
  /** What the agent wrote in their own language before it was translated. */
  original?: { text: string; language: string } | undefined;
  attachments?: { filename: string; sizeBytes: number; contentType?: string | undefined }[] | undefined;
}

export interface GuardResult {
  holes: Hole[];
  findings: Finding[];
  /** A finding that needs a lead's override before the reply may go out. */
  blocking: boolean;
}

/**
 * Everything that stands between a reply and the buyer: holes (never sendable) and the brand's
 * policy rules, checked in the buyer's language and, for a translated reply, in the agent's.
 */
export async function guardReply(db: Db, principal: Principal, ticketId: number, reply: OutgoingReply, loaded?: TicketReplyData): Promise<GuardResult> {
  const data = loaded ?? (await loadTicketReplyData(db, principal, ticketId));
  const policy = await policyFor(db, principal.workspaceId, data.ticket.brand_id);
  const language = reply.language ?? data.ticket.language ?? data.brandDefaultLanguage ?? 'en';
  const texts = [{ text: reply.text, language }];
  if (reply.original?.text.trim()) texts.push({ text: reply.original.text, language: reply.original.language });
  const holes = texts.flatMap((t) => findHoles(t.text));
  const findings = checkReply(texts, policy.rules, guardContext(data, reply));
  return { holes, findings, blocking: findings.some((f) => f.severity === 'block') };
}

export function guardContext(data: TicketReplyData, reply: Pick<OutgoingReply, 'attachments'> = {}): GuardContext {
  const brandKind = data.facts.brand.kind;
  const marketplace = data.ticket.marketplace?.toLowerCase() ?? (MARKETPLACE_KINDS.has(brandKind) ? brandKind : null);
  const orderNumbers = [data.facts.order?.number, data.ticket.marketplace_order_id].filter((n): n is string => Boolean(n));
  const contact = emergencyContactParts(data.facts.emergencyContact ?? null);
  return {
    channel: data.ticket.channel,
    marketplace: marketplace && MARKETPLACE_KINDS.has(marketplace) ? marketplace : null,
    customer: { emails: data.customerIdentities.emails, phones: data.customerIdentities.phones, orderNumbers, country: data.facts.customer.country },
    brand: { emails: [...data.brandEmails, ...contact.emails], domains: data.brandEmails.map((e) => e.split('@')[1] ?? '').filter(Boolean), phones: contact.phones },
    sender: data.sender,
    fx: ratesIn(data.sender.baseCurrency, data.fx),
    ...(reply.attachments ? { attachments: reply.attachments.map((a) => ({ filename: a.filename, sizeBytes: a.sizeBytes, ...(a.contentType ? { contentType: a.contentType } : {}) })) } : {}),
  };
}

/** The brand's emergency contact is the brand's own address or number, not another customer's personal data. */
function emergencyContactParts(contact: string | null): { emails: string[]; phones: string[] } {
  if (!contact) return { emails: [], phones: [] };
  return {
    emails: contact.match(/[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[a-z]{2,}/gi) ?? [],
    phones: (contact.match(/\+?\d[\d\s()./-]{5,}\d/g) ?? []).map((p) => p.trim()),
  };
}

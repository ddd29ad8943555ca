import { normalizeMessageId, rawHeader } from '../inbound/raw-identity.js';
import type { ParsedEmail } from './parsed-email.js';
import { SYSTEM_SENDER } from './system-senders.js';

export interface BounceDetails {
  /** The Message-ID of the message that could not be delivered (one of ours, when we sent it). */
  originalMessageId: string | null;
  recipient: string | null;
  /** The enhanced status code, e.g. `5.1.1`. */
  status: string | null;
  diagnostic: string | null;
}

/**
 * What a bounce says about the message that bounced: from the delivery-status part and the
 * returned headers of a DSN (RFC 3464), or from the text of a plain mailer-daemon notice.
 * Null for a message that is no bounce (a forwarded mail attached is not one) or says nothing.
 */
export function extractBounce(email: ParsedEmail): BounceDetails | null {
  if (!looksLikeBounce(email)) return null;
  const fromReport = email.deliveryStatus ? readDeliveryStatus(email.deliveryStatus) : null;
  const details: BounceDetails = {
    originalMessageId: returnedMessageId(email),
    recipient: fromReport?.recipient ?? recipientInText(email.text),
    status: fromReport?.status ?? statusInText(email.text),
    diagnostic: fromReport?.diagnostic ?? diagnosticInText(email.text),
  };
  if (!email.deliveryStatus && !email.embeddedMessageHeaders && !details.originalMessageId && !details.recipient) return null;
  return details;
}

/** A delivery report, or mail from a mail server or with the null sender `<>` that bounces carry. */
function looksLikeBounce(email: ParsedEmail): boolean {
  return email.deliveryStatus !== null || SYSTEM_SENDER.test(email.from.address) || email.autoHeaders.returnPath === '';
}

/** The per-recipient fields of a delivery-status part: the first failed recipient, else the first. */
function readDeliveryStatus(report: string): { recipient: string | null; status: string | null; diagnostic: string | null } {
  // Blocks are separated by blank lines: one per message, then one per recipient.
  const blocks = report.replace(/\r\n/g, '\n').split(/\n[ \t]*\n/).map((block) => block.trim()).filter(Boolean);
  const recipients = blocks.filter((block) => /^(?:final|original)-recipient\s*:/im.test(block));
  const chosen = recipients.find((block) => /^action\s*:\s*failed/im.test(block)) ?? recipients[0];
  if (!chosen) return { recipient: null, status: null, diagnostic: null };
  const field = (name: string) => rawHeader(chosen, name);
  const recipient = (field('Final-Recipient') ?? field('Original-Recipient'))?.replace(/^[^;]*;\s*/, '').trim() || null;
  const status = /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(field('Status') ?? '')?.[1] ?? null;
  const diagnostic = field('Diagnostic-Code')?.replace(/^[^;]*;\s*/, '').trim() || null;
  return { recipient: recipient?.toLowerCase() ?? null, status, diagnostic };
}

function returnedMessageId(email: ParsedEmail): string | null {
  if (email.embeddedMessageHeaders) {
    const id = normalizeMessageId(rawHeader(email.embeddedMessageHeaders, 'Message-ID'));
    if (id) return id;
  }
  // A plain notice quotes the returned headers in its text.
  const quoted = /^[ \t>]*Message-ID:[ \t]*<([^<>\s]+)>/im.exec(email.text);
  return quoted ? quoted[1]! : null;
}

function recipientInText(text: string): string | null {
  // Postfix "<anna@example.com>: host … said", qmail "<anna@example.com>:", Exim indented address lines.
  const match = /^[ \t]*<([^<>\s@]+@[^<>\s@]+)>:?/m.exec(text) ?? /\b(?:to|recipient|address(?:es)?)\b[^\n@]{0,40}?\b([^\s<>"():;@]+@[^\s<>"():;@]+\.[a-z]{2,})/i.exec(text);
  return match ? match[1]!.toLowerCase() : null;
}

function statusInText(text: string): string | null {
  return /\b([45]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1] ?? null;
}

function diagnosticInText(text: string): string | null {
  const line = /^.*\b[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3}\b)?.*$/m.exec(text);
  return line ? line[0].trim().slice(0, 500) : null;
}

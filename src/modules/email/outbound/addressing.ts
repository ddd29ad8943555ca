import { createHash, randomBytes } from 'node:crypto';
import { safeEqual } from '../../../shared/secrets.js';
import { normalizeMessageId } from '../inbound/raw-identity.js';

/**
 * How Meridian addresses its outgoing mail so the buyer's answer finds its ticket again: a
 * plus-address Reply-To carrying the ticket id and a short check token, a `[#id]` subject token,
 * and Message-IDs of a recognisable shape. The inbound threading code parses all three.
 */

/** The bare address in `Name <a@b>` or `a@b`; null when it does not look like one address. */
export function bareAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  const bracketed = /<([^<>]*)>/.exec(value);
  const address = (bracketed ? bracketed[1]! : value).trim();
  return /^[^\s@<>",;]+@[^\s@<>",;]+$/.test(address) ? address : null;
}

function splitAddress(address: string): { local: string; domain: string } {
  const at = address.lastIndexOf('@');
  return { local: address.slice(0, at), domain: address.slice(at + 1) };
}

/** The domain of an address, lower case (Message-ID right-hand side). */
export function addressDomain(address: string): string {
  return splitAddress(address).domain.toLowerCase();
}

/** First 8 hex of sha256(workspaceId + ':' + ticketId): not guessable without the workspace id. */
export function ticketReplyToken(workspaceId: string, ticketId: number): string {
  return createHash('sha256').update(`${workspaceId}:${ticketId}`).digest('hex').slice(0, 8);
}

/**
 * The Reply-To of a message on a ticket: the mailbox address plus-addressed with the ticket,
 * `support+t1234-1a2b3c4d@shop.example` for `support@shop.example`.
 */
export function ticketReplyAddress(address: string, workspaceId: string, ticketId: number): string {
  const { local, domain } = splitAddress(bareAddress(address) ?? address);
  return `${local}+t${ticketId}-${ticketReplyToken(workspaceId, ticketId)}@${domain}`;
}

const REPLY_TOKEN = /\+t(\d{1,15})-([0-9a-f]{8})@[^@]+$/i;

/**
 * The ticket id in a plus address made by `ticketReplyAddress` (any display name or brackets
 * around it are ignored), or null when there is none or its token does not match the workspace.
 */
export function parseTicketReplyToken(address: string, workspaceId: string): number | null {
  const bare = bareAddress(address);
  if (!bare) return null;
  const match = REPLY_TOKEN.exec(bare);
  if (!match) return null;
  const ticketId = Number(match[1]);
  if (!Number.isSafeInteger(ticketId) || ticketId <= 0) return null;
  return safeEqual(match[2]!.toLowerCase(), ticketReplyToken(workspaceId, ticketId)) ? ticketId : null;
}

const SUBJECT_TOKEN = /\[#(\d{1,15})\]/g;

/** The ticket id of the last `[#1234]` token in a subject, or null. */
export function ticketSubjectToken(subject: string | null | undefined): number | null {
  if (!subject) return null;
  let found: number | null = null;
  for (const match of subject.matchAll(SUBJECT_TOKEN)) {
    const id = Number(match[1]);
    if (Number.isSafeInteger(id) && id > 0) found = id;
  }
  return found;
}

/**
 * Reply prefixes mail programs write, in the languages our buyers use: Re, AW (de), SV (sv, da,
 * no), VS (fi), Antw (nl), R/RIF (it), Odp (pl), YNT (tr), TL/Trả lời (vi), Balas (id, ms),
 * ΑΠ (el), Отв/Ответ (ru, uk), 回复/回覆/答复 (zh), 返信 (ja), 답장/회신 (ko), رد (ar), השב (he).
 * A counter like `Re[2]:` or `Re(2):` and a full-width colon are accepted.
 */
const REPLY_PREFIX =
  /^\s*(?:re|aw|sv|vs|antw|antwort|r|rif|odp|ynt|tl|trả lời|balas|απ|отв|ответ|回复|回覆|答复|答覆|返信|답장|회신|رد|השב)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]/iu;

/** True when the subject already starts with a reply prefix. */
export function hasReplyPrefix(subject: string): boolean {
  return REPLY_PREFIX.test(subject);
}

/**
 * The subject of a reply on a ticket: `Re: <subject>` (no second prefix when it already has one)
 * with the ticket token ` [#id]` once at the end; another ticket's token is dropped.
 */
export function replySubject(subject: string, ticketId: number): string {
  let base = subject
    .replace(/[\r\n]+/g, ' ')
    .replace(/\s*\[#(\d{1,15})\]/g, (token, id: string) => (Number(id) === ticketId ? token : ''))
    .trim();
  if (!base) base = '…';
  if (!hasReplyPrefix(base)) base = `Re: ${base}`;
  if (ticketSubjectToken(base) !== ticketId) base = `${base} [#${ticketId}]`;
  return base;
}

/**
 * A new Message-ID for an outgoing message, without angle brackets (the form every Message-ID
 * column uses): `meridian.<ticketId>.<messageId>.<16 random hex>@<mailbox domain>`.
 */
export function newOutboundMessageId(ticketId: number, messageId: number, mailboxAddress: string): string {
  return `meridian.${ticketId}.${messageId}.${randomBytes(8).toString('hex')}@${addressDomain(mailboxAddress)}`;
}

/** `<id>` from a stored bracket-less Message-ID, for the header. */
export function bracketed(messageId: string): string {
  return `<${messageId}>`;
}

/** A Message-ID as stored (no brackets), or null when the value does not look like one. */
export function storedMessageId(value: string | null | undefined): string | null {
  const id = normalizeMessageId(value);
  return id && id.includes('@') && !/[\s<>]/.test(id) ? id : null;
}

/** `"Display Name" <address>`, quoting the name; just the address without a name. */
export function formatFromAddress(name: string | null | undefined, address: string): string {
  const clean = (name ?? '').replace(/[\r\n\t]+/g, ' ').trim();
  if (!clean) return address;
  return `"${clean.replace(/[\\"]/g, '\\$&')}" <${address}>`;
}

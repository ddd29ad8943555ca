import { createHash } from 'node:crypto';
import { AUTO_REPLY_SUBJECT, BOUNCE_SUBJECT, OUT_OF_OFFICE_SUBJECT, subjectForMatching } from './auto-reply-subjects.js';
import { recognizeMarketplace } from './marketplace-relay.js';
import type { ParsedEmail } from './parsed-email.js';
import { SYSTEM_SENDER } from './system-senders.js';

export { extractBounce } from './bounce.js';

export type MachineKind = 'bounce' | 'auto_reply' | 'out_of_office' | 'mailer_daemon';

export interface MachineMailVerdict {
  kind: MachineKind | null;
  reason: string | null;
}

/**
 * Whether a machine wrote the message, so that nothing answers it automatically. A structured
 * delivery report is a bounce; other mail from mailer-daemon or postmaster is `mailer_daemon`;
 * the rest is decided by the auto-reply headers and subject. Precedence: list, List-Id and
 * X-Auto-Response-Suppress alone do not make a machine reply (people write to lists, and some
 * clients set the suppress header on everything).
 */
export function classifyMachineMail(email: ParsedEmail): MachineMailVerdict {
  if (email.contentType === 'multipart/report' && email.deliveryStatus !== null) {
    return { kind: 'bounce', reason: 'a delivery status report (multipart/report)' };
  }
  const subject = subjectForMatching(email.subject);
  if (SYSTEM_SENDER.test(email.from.address)) {
    return { kind: 'mailer_daemon', reason: `sent by ${email.from.address}` };
  }
  if (email.autoHeaders.returnPath === '' && BOUNCE_SUBJECT.test(subject)) {
    return { kind: 'mailer_daemon', reason: 'a delivery failure notice with an empty Return-Path' };
  }
  const signal = autoReplySignal(email);
  const outOfOffice = OUT_OF_OFFICE_SUBJECT.test(subject);
  if (outOfOffice) return { kind: 'out_of_office', reason: signal ?? `the subject "${email.subject}"` };
  if (AUTO_REPLY_SUBJECT.test(subject)) return { kind: 'auto_reply', reason: signal ?? `the subject "${email.subject}"` };
  // A marketplace relays the buyer's own words with its headers on top: only the subject
  // (checked above) can tell that the buyer's mail program answered.
  if (signal && recognizeMarketplace(email) === null) return { kind: 'auto_reply', reason: signal };
  return { kind: null, reason: null };
}

function autoReplySignal(email: ParsedEmail): string | null {
  const { autoSubmitted, precedence, xAutoreply } = email.autoHeaders;
  if (autoSubmitted && autoSubmitted.trim().toLowerCase().split(/[;\s]/)[0] !== 'no') return `Auto-Submitted: ${autoSubmitted}`;
  if (xAutoreply) return 'an X-Autoreply header';
  if (precedence && /^(?:bulk|junk|auto[_-]reply)$/i.test(precedence.trim())) return `Precedence: ${precedence}`;
  return null;
}

/**
 * What makes two messages "the same text from the same sender" for mail-loop detection: a
 * SHA-256 of the lower-cased sender and the body with its whitespace collapsed.
 */
export function loopKey(from: string, text: string): string {
  return createHash('sha256').update(`${from.trim().toLowerCase()}\n${text.replace(/\s+/g, ' ').trim()}`).digest('hex');
}

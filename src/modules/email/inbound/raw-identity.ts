import { createHash } from 'node:crypto';

/** The header block and body of a raw message, split at the first empty line (CRLF or LF). */
export function splitRaw(raw: Buffer): { header: string; body: Buffer } {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const [at, gap] = crlf >= 0 && (lf < 0 || crlf <= lf) ? [crlf, 4] : lf >= 0 ? [lf, 2] : [-1, 0];
  // No empty line: not a well-formed message; all of it counts as body so no two differ only there.
  if (at < 0) return { header: '', body: raw };
  return { header: raw.subarray(0, at).toString('latin1'), body: raw.subarray(at + gap) };
}

/** One header's unfolded value from a raw header block, or null. Cheap: no MIME decoding. */
export function rawHeader(header: string, name: string): string | null {
  const match = new RegExp(`^${name}:[ \\t]*((?:.*)(?:\\r?\\n[ \\t].*)*)`, 'im').exec(header);
  return match ? match[1]!.replace(/\r?\n[ \t]+/g, ' ').trim() : null;
}

/** `<abc@host>` → `abc@host`; the first id when a header carries several. */
export function normalizeMessageId(value: string | null | undefined): string | null {
  if (!value) return null;
  const bracketed = /<([^<>\s]+)>/.exec(value);
  const id = (bracketed ? bracketed[1]! : value.trim().split(/\s+/)[0]!).trim();
  return id.length > 0 && id.length <= 998 ? id : null;
}

/**
 * What makes two deliveries the same message: its Message-ID plus a hash of its content. Trace
 * headers a relay adds (Received, Delivered-To, Return-Path) are left out, so the same message
 * fetched again over IMAP, or forwarded once and also fetched, is recognised; a different message
 * reusing a Message-ID is not.
 */
export function rawIdentity(raw: Buffer): { dedupeKey: string; messageId: string | null } {
  const { header, body } = splitRaw(raw);
  const messageId = normalizeMessageId(rawHeader(header, 'Message-ID'));
  const content = createHash('sha256');
  for (const name of ['From', 'To', 'Date', 'Subject']) content.update(`${name}:${rawHeader(header, name) ?? ''}\n`);
  content.update(body);
  const key = createHash('sha256').update(`${messageId ?? ''}\0${content.digest('hex')}`).digest('hex');
  return { dedupeKey: key, messageId };
}

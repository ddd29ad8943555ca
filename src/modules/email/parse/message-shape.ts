// A header field name is printable ASCII without the colon (RFC 5322 section 2.2).
const HEADER_FIELD = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;
const FIRST_LINE_LIMIT = 1000;

/**
 * Why the bytes are not an RFC 822 message at all, or null when they start like one: the first
 * line has to be a header field. An mbox `From ` line in front is tolerated.
 */
export function messageShapeProblem(raw: Buffer): string | null {
  if (raw.length === 0) return 'the message is empty';
  let start = 0;
  if (raw.subarray(0, 5).toString('latin1') === 'From ') {
    const end = raw.indexOf(0x0a);
    start = end < 0 ? raw.length : end + 1;
  }
  if (raw.subarray(start).every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x0a)) return 'the message is empty';
  const newline = raw.indexOf(0x0a, start);
  const lineEnd = Math.min(newline < 0 ? raw.length : newline, start + FIRST_LINE_LIMIT);
  const firstLine = raw.subarray(start, lineEnd).toString('latin1');
  if (!HEADER_FIELD.test(firstLine)) return 'it has no header lines before the body, so it is not an e-mail message';
  return null;
}

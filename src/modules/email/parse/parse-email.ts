import { simpleParser, type ParsedMail, type SimpleParserOptions, type StructuredHeader } from 'mailparser';
import { htmlToText, sanitizeMessageHtml } from '../../../shared/text/sanitize-html.js';
import { normalizeMessageId } from '../inbound/raw-identity.js';
import { isUsableAddress, normalizeAddress, parseAddressList } from './addresses.js';
import { applyAttachmentLimits, omittedAttachmentNotice } from './attachment-limits.js';
import { SupersetCharsetDecoder } from './charset-supersets.js';
import { readHeaderLine, type RawHeader } from './header-values.js';
import { MalformedEmailError } from './malformed-email-error.js';
import { messageShapeProblem } from './message-shape.js';
import { MAX_MIME_DEPTH, MAX_MIME_PARTS, multipartDepth } from './mime-structure.js';
import type { AttachmentLimits, AutoHeaders, ParsedEmail } from './parsed-email.js';
import { sortParts } from './report-parts.js';

const PARSER_OPTIONS: SimpleParserOptions = {
  // Only what we use is computed: no text-to-HTML, no link detection, no HTML-to-text (we derive
  // text from HTML ourselves, only when there is no text part), no checksums, cid: links kept.
  skipTextToHtml: true,
  skipTextLinks: true,
  skipHtmlToText: true,
  skipImageLinks: true,
  keepCidLinks: true,
  checksumAlgo: false,
  // Report parts come out as attachments, so the delivery status is not mixed into the text.
  keepDeliveryStatus: true,
  // An attached message stays one attachment (a forwarded mail, the copy in a bounce).
  ignoreEmbedded: true,
  maxChildNodes: MAX_MIME_PARTS,
  Iconv: SupersetCharsetDecoder,
};

/**
 * Parses a raw message into what a ticket needs. Throws {@link MalformedEmailError} (and nothing
 * else) for a message that has to go to quarantine instead.
 */
export async function parseEmail(raw: Buffer, limits: AttachmentLimits): Promise<ParsedEmail> {
  try {
    rejectUnparseable(raw);
    let mail: ParsedMail;
    try {
      mail = await simpleParser(raw, PARSER_OPTIONS);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const reason = /child nodes/i.test(message) ? `it has more than ${MAX_MIME_PARTS} MIME parts` : `the MIME parser failed: ${message}`;
      throw new MalformedEmailError(reason, { cause: error });
    }
    return toParsedEmail(mail, limits);
  } catch (error) {
    if (error instanceof MalformedEmailError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new MalformedEmailError(`it could not be read: ${message}`, { cause: error });
  }
}

function rejectUnparseable(raw: Buffer): void {
  const shapeProblem = messageShapeProblem(raw);
  if (shapeProblem) throw new MalformedEmailError(shapeProblem);
  const depth = multipartDepth(raw);
  if (depth > MAX_MIME_DEPTH) throw new MalformedEmailError(`its MIME parts nest ${depth} levels deep (at most ${MAX_MIME_DEPTH} are accepted)`);
}

function toParsedEmail(mail: ParsedMail, limits: AttachmentLimits): ParsedEmail {
  const contentTypeHeader = mail.headers?.get('content-type') as StructuredHeader | undefined;
  const contentType = contentTypeHeader?.value?.toLowerCase() || 'text/plain';
  const headers = (mail.headerLines ?? []).map((line) => readHeaderLine(line.line, contentTypeHeader?.params?.charset ?? null));
  const first = (key: string) => headers.find((header) => header.key === key) ?? null;
  const all = (...keys: string[]) => headers.filter((header) => keys.includes(header.key)).map((header) => header.encoded);

  const from = parseAddressList(all('from')).find((address) => isUsableAddress(address.address));
  if (!from) throw new MalformedEmailError(first('from') ? 'its From header has no usable address' : 'it has no From header');

  const parts = sortParts(mail.attachments ?? [], contentType);
  const { kept, omitted } = applyAttachmentLimits(parts.attachments, limits);
  const rawHtml = typeof mail.html === 'string' ? mail.html : null;
  const bodyText = mail.text?.trim() ? mail.text : rawHtml ? htmlToText(rawHtml) : '';
  const text = [bodyText.trim(), ...omitted.map(omittedAttachmentNotice)].filter(Boolean).join('\n\n').normalize('NFC');

  return {
    messageId: normalizeMessageId(first('message-id')?.value),
    inReplyTo: normalizeMessageId(first('in-reply-to')?.value),
    references: messageIds(all('references')),
    subject: (first('subject')?.value ?? '').normalize('NFC'),
    from,
    replyTo: parseAddressList(all('reply-to')),
    to: parseAddressList(all('to')),
    cc: parseAddressList(all('cc')),
    deliveredTo: parseAddressList(all('delivered-to', 'x-original-to')),
    date: parseDate(first('date')?.value),
    headers: headers.map(({ name, value }) => ({ name, value })),
    text,
    html: rawHtml === null ? null : sanitizeMessageHtml(rawHtml),
    attachments: kept,
    omittedAttachments: omitted,
    autoHeaders: autoHeaders(first),
    contentType,
    deliveryStatus: parts.deliveryStatus,
    embeddedMessageHeaders: parts.embeddedMessageHeaders,
  };
}

/** Message-IDs of References headers, oldest first, each once; bare ids when none is bracketed. */
function messageIds(values: string[]): string[] {
  const ids = new Set<string>();
  for (const value of values) {
    const bracketed = [...value.matchAll(/<([^<>\s]+)>/g)].map((match) => match[1]!);
    for (const id of bracketed.length > 0 ? bracketed : value.split(/[\s,]+/).filter((token) => token.includes('@'))) {
      if (id.length <= 998) ids.add(id);
    }
  }
  return [...ids];
}

function parseDate(value: string | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function autoHeaders(first: (key: string) => RawHeader | null): AutoHeaders {
  const value = (key: string) => first(key)?.value || null;
  const autoreply = ['x-autoreply', 'x-autorespond', 'x-autoresponder'].some((key) => {
    const header = first(key);
    return header !== null && !/^(no|false|0)$/i.test(header.value);
  });
  return {
    autoSubmitted: value('auto-submitted'),
    precedence: value('precedence'),
    xAutoreply: autoreply,
    xAutoResponseSuppress: value('x-auto-response-suppress'),
    listId: value('list-id'),
    returnPath: returnPathOf(first('return-path')),
  };
}

function returnPathOf(header: RawHeader | null): string | null {
  if (!header) return null;
  if (/^<\s*>$/.test(header.value)) return '';
  const bracketed = /<([^<>]*)>/.exec(header.value);
  return normalizeAddress(bracketed ? bracketed[1]! : header.value);
}

import libmime from 'libmime';
import type { Attachment as MailparserAttachment } from 'mailparser';
import { splitRaw } from '../inbound/raw-identity.js';
import type { Attachment } from './parsed-email.js';

const DELIVERY_STATUS = new Set(['message/delivery-status', 'message/global-delivery-status']);
const RETURNED_HEADERS = new Set(['text/rfc822-headers', 'message/global-headers']);
const RETURNED_MESSAGE = new Set(['message/rfc822', 'message/global']);

export interface SortedParts {
  attachments: Attachment[];
  deliveryStatus: string | null;
  embeddedMessageHeaders: string | null;
}

function defaultFilename(contentType: string, position: number, inline: boolean): string {
  return `${inline ? 'inline' : 'attachment'}-${position}.${libmime.detectExtension(contentType)}`;
}

function toAttachment(part: MailparserAttachment, position: number): Attachment {
  const contentId = part.cid ? part.cid : null;
  const inline = contentId !== null && (part.related === true || part.contentDisposition === 'inline');
  const contentType = part.contentType.toLowerCase();
  return {
    filename: part.filename?.trim() || defaultFilename(contentType, position, inline),
    contentType,
    content: part.content,
    contentId,
    inline,
    sizeBytes: part.content.length,
  };
}

/**
 * Separates the parts of a delivery report (RFC 3464) from real attachments: the delivery status,
 * and the header block of the message that bounced. A message/rfc822 part is the buyer's
 * attachment (a forwarded mail) unless the whole message is a report.
 */
export function sortParts(parts: MailparserAttachment[], topLevelType: string): SortedParts {
  const sorted: SortedParts = { attachments: [], deliveryStatus: null, embeddedMessageHeaders: null };
  const isReport = topLevelType === 'multipart/report';
  for (const part of parts) {
    const type = part.contentType.toLowerCase();
    if (DELIVERY_STATUS.has(type)) {
      sorted.deliveryStatus ??= part.content.toString('utf8').replace(/\r\n/g, '\n');
      continue;
    }
    if (RETURNED_HEADERS.has(type)) {
      sorted.embeddedMessageHeaders ??= part.content.toString('utf8').replace(/\r\n/g, '\n');
      continue;
    }
    if (RETURNED_MESSAGE.has(type)) {
      sorted.embeddedMessageHeaders ??= Buffer.from(splitRaw(part.content).header, 'latin1').toString('utf8').replace(/\r\n/g, '\n');
      if (isReport) continue;
    }
    sorted.attachments.push(toAttachment(part, sorted.attachments.length + 1));
  }
  return sorted;
}

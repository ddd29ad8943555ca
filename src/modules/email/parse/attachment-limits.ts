import type { Attachment, AttachmentLimits, OmittedAttachment } from './parsed-email.js';

const KB = 1024;
const MB = 1024 * 1024;

/** `31.2 MB`, `25 MB`, `640 KB`, `12 bytes`. */
export function formatSize(bytes: number): string {
  const [amount, unit] = bytes >= MB ? [bytes / MB, 'MB'] : bytes >= KB ? [bytes / KB, 'KB'] : [bytes, 'bytes'];
  const rounded = Math.round(amount * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} ${unit}`;
}

/**
 * Keeps attachments in message order until one is over the per-attachment limit (that one is left
 * out) or would take the total over the message limit (that one and any later one that does not fit).
 */
export function applyAttachmentLimits(
  attachments: Attachment[],
  limits: AttachmentLimits,
): { kept: Attachment[]; omitted: OmittedAttachment[] } {
  const kept: Attachment[] = [];
  const omitted: OmittedAttachment[] = [];
  let total = 0;
  for (const attachment of attachments) {
    const { filename, sizeBytes } = attachment;
    if (sizeBytes > limits.maxAttachmentBytes) {
      omitted.push({ filename, sizeBytes, reason: `larger than the ${formatSize(limits.maxAttachmentBytes)} limit` });
    } else if (total + sizeBytes > limits.maxAttachmentsTotalBytes) {
      omitted.push({ filename, sizeBytes, reason: `the attachments of this message together exceed the ${formatSize(limits.maxAttachmentsTotalBytes)} limit` });
    } else {
      total += sizeBytes;
      kept.push(attachment);
    }
  }
  return { kept, omitted };
}

/** The line that stands in the message text for an attachment that was not kept. */
export function omittedAttachmentNotice(omitted: OmittedAttachment): string {
  return `[Attachment ${omitted.filename} (${formatSize(omitted.sizeBytes)}) was not kept: ${omitted.reason}]`;
}

/** One mailbox of an address header: the address with its domain lower-cased, and the display name. */
export interface Address {
  address: string;
  name: string;
}

export interface Attachment {
  filename: string;
  contentType: string;
  content: Buffer;
  /** The Content-ID without angle brackets, to resolve `cid:` references in the HTML. */
  contentId: string | null;
  inline: boolean;
  sizeBytes: number;
}

/** An attachment that was over a size limit: the message is kept, the attachment is not. */
export interface OmittedAttachment {
  filename: string;
  sizeBytes: number;
  reason: string;
}

/** The headers that tell a machine-written message from a person's. */
export interface AutoHeaders {
  autoSubmitted: string | null;
  precedence: string | null;
  /** X-Autoreply, X-Autorespond or X-Autoresponder present (and not "no"). */
  xAutoreply: boolean;
  xAutoResponseSuppress: string | null;
  listId: string | null;
  /** The Return-Path address; '' for the null reverse-path `<>` that bounces carry, null when absent. */
  returnPath: string | null;
}

export interface ParsedEmail {
  /** Without angle brackets. */
  messageId: string | null;
  inReplyTo: string | null;
  /** Oldest first, without angle brackets, each once. */
  references: string[];
  /** RFC 2047 decoded; '' when missing. */
  subject: string;
  from: Address;
  replyTo: Address[];
  to: Address[];
  cc: Address[];
  /** Delivered-To and X-Original-To: which of our addresses the message was delivered to. */
  deliveredTo: Address[];
  /** Null when the Date header is missing or cannot be read. */
  date: Date | null;
  /** Every header of the message, decoded, in order. */
  headers: { name: string; value: string }[];
  /** The text/plain part, else text derived from the HTML; notices of omitted attachments at the end. */
  text: string;
  /** Sanitised HTML, or null when the message has no HTML part. */
  html: string | null;
  attachments: Attachment[];
  omittedAttachments: OmittedAttachment[];
  autoHeaders: AutoHeaders;
  /** Top-level media type, lower case, e.g. `multipart/report`. */
  contentType: string;
  /** The text of a message/delivery-status part, if any. */
  deliveryStatus: string | null;
  /** The header block of an attached message/rfc822 or text/rfc822-headers part (the message a bounce returns). */
  embeddedMessageHeaders: string | null;
}

export interface AttachmentLimits {
  maxAttachmentBytes: number;
  maxAttachmentsTotalBytes: number;
}

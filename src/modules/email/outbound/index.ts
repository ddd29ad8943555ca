/**
 * The e-mail outbox: replies are queued as `outbound_emails` rows inside the transaction that
 * stores the message (`queueOutboundEmail`, the tickets module's OutboundDelivery hook) and sent
 * by the `email.send` job (`sendEmailJob`).
 *
 * Message-IDs are stored WITHOUT angle brackets everywhere (outbound_emails.message_id_header,
 * in_reply_to, references_header, email_thread_refs.ref), like messages.external_id and
 * inbound_emails.message_id_header; the brackets are added when the headers are written, and
 * `findOutboundByMessageId` / `markOutboundBounced` accept either form.
 */
export { queueOutboundEmail } from './queue-outbound-email.js';
export { EMAIL_SEND_JOB, sendEmailJob, type SendEmailJobOptions } from './send-email.job.js';
export {
  findOutboundByMessageId,
  markOutboundBounced,
  retryOutboundEmail,
  NO_ADDRESS_ERROR,
  OUTBOUND_EVENTS,
  OUTBOUND_MAX_ATTEMPTS,
  type OutboundEmailRow,
  type OutboundEventType,
  type RetryOutcome,
} from './outbox.js';
export { testSmtpConnection, type SmtpTestOptions } from './smtp-connection-test.js';
export { createSmtpTransport, isLoopbackHost, smtpTransportOptions, type SmtpTransportFactory } from './smtp-transport.js';
export {
  hasReplyPrefix,
  parseTicketReplyToken,
  replySubject,
  ticketReplyAddress,
  ticketReplyToken,
  ticketSubjectToken,
} from './addressing.js';

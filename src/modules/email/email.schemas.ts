import { z } from 'zod';
import { cursorParam, pageLimit, shortText, uuid } from '../../shared/schemas.js';
import { messageDelivery, type MessageDelivery } from '../tickets/ticket.schemas.js';
import { INBOUND_SOURCES, INBOUND_STATUSES, MAIL_AUTH, SMTP_SECURITY } from './email.table.js';

const hostName = z.string().trim().min(1).max(253).regex(/^[A-Za-z0-9.\-:[\]]+$/, 'must be a host name or IP address');
const port = z.number().int().min(1).max(65535);
const emailAddress = z.email().max(254);

/** A mailbox as the API shows it: secrets are never returned, only whether one is set. */
export const mailboxView = z.object({
  id: z.string(),
  brandId: z.string(),
  name: z.string(),
  address: z.string(),
  displayName: z.string().nullable(),
  aliases: z.array(z.string()),
  active: z.boolean(),
  imap: z.object({
    enabled: z.boolean(),
    host: z.string().nullable(),
    port: z.number().nullable(),
    tls: z.boolean(),
    user: z.string().nullable(),
    auth: z.enum(MAIL_AUTH),
    secretSet: z.boolean(),
    folder: z.string(),
    archiveFolder: z.string().nullable(),
    lastSyncAt: z.string().nullable(),
    lastError: z.string().nullable(),
  }),
  smtp: z.object({
    host: z.string().nullable(),
    port: z.number().nullable(),
    security: z.enum(SMTP_SECURITY),
    user: z.string().nullable(),
    auth: z.enum(MAIL_AUTH),
    secretSet: z.boolean(),
  }),
  dkim: z.object({ domain: z.string().nullable(), selector: z.string().nullable(), keySet: z.boolean() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MailboxView = z.infer<typeof mailboxView>;

const imapInput = z
  .object({
    enabled: z.boolean().optional(),
    host: hostName.nullable().optional(),
    port: port.nullable().optional(),
    tls: z.boolean().optional(),
    user: z.string().trim().max(254).nullable().optional(),
    auth: z.enum(MAIL_AUTH).optional(),
    /** Password or OAuth2 access token; omit to keep the stored one, null to clear it. */
    secret: z.string().max(4096).nullable().optional(),
    folder: shortText(200).optional(),
    archiveFolder: z.string().trim().max(200).nullable().optional(),
  })
  .strict();

const smtpInput = z
  .object({
    host: hostName.nullable().optional(),
    port: port.nullable().optional(),
    security: z.enum(SMTP_SECURITY).optional(),
    user: z.string().trim().max(254).nullable().optional(),
    auth: z.enum(MAIL_AUTH).optional(),
    secret: z.string().max(4096).nullable().optional(),
  })
  .strict();

const dkimInput = z
  .object({
    domain: hostName.nullable().optional(),
    selector: z.string().trim().max(63).regex(/^[A-Za-z0-9._-]+$/, 'must be a DKIM selector like "mail"').nullable().optional(),
    privateKey: z.string().max(10_000).nullable().optional(),
  })
  .strict();

export const createMailboxBody = z
  .object({
    brandId: uuid,
    name: shortText(120),
    address: emailAddress,
    displayName: z.string().trim().max(120).nullable().optional(),
    aliases: z.array(emailAddress).max(20).optional(),
    active: z.boolean().optional(),
    imap: imapInput.optional(),
    smtp: smtpInput.optional(),
    dkim: dkimInput.optional(),
  })
  .strict();
export type CreateMailboxInput = z.infer<typeof createMailboxBody>;

export const updateMailboxBody = createMailboxBody.partial().strict();
export type UpdateMailboxInput = z.infer<typeof updateMailboxBody>;

const connectionCheck = z.object({ ok: z.boolean(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() });
export type ConnectionCheck = z.infer<typeof connectionCheck>;
/** Each side is null when it is not configured. */
export const mailboxTestResult = z.object({ imap: connectionCheck.nullable(), smtp: connectionCheck.nullable() });
export type MailboxTestResult = z.infer<typeof mailboxTestResult>;

/** A stored inbound e-mail as the quarantine list shows it. */
export const inboundEmailView = z.object({
  id: z.number(),
  brandId: z.string(),
  mailboxId: z.string().nullable(),
  source: z.enum(INBOUND_SOURCES),
  status: z.enum(INBOUND_STATUSES),
  reason: z.string().nullable(),
  messageIdHeader: z.string().nullable(),
  from: z.string().nullable(),
  subject: z.string().nullable(),
  sizeBytes: z.number(),
  attempts: z.number(),
  ticketId: z.number().nullable(),
  receivedAt: z.string(),
  processedAt: z.string().nullable(),
});
export type InboundEmailView = z.infer<typeof inboundEmailView>;

export const quarantineQuery = z
  .object({
    status: z.enum(['quarantined', 'suppressed', 'all']).default('all'),
    brandId: uuid.optional(),
    limit: pageLimit,
    cursor: cursorParam,
  })
  .strict();

export const quarantinePage = z.object({ items: z.array(inboundEmailView), nextCursor: z.string().nullable() });

export const inboundIdParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }).strict();

export const inboundMimeQuery = z.object({ brand: uuid, mailbox: uuid.optional() }).strict();
export const inboundAccepted = z.object({ id: z.number(), duplicate: z.boolean() });

/** Delivery of one outbound message: the same shape the conversation shows under each reply. */
export type DeliveryView = MessageDelivery;

/** The e-mail behind a message, fetched on demand: its headers and the text before quote stripping. */
export const messageEmailView = z.object({
  messageId: z.number(),
  direction: z.enum(['inbound', 'outbound']),
  inboundId: z.number().nullable(),
  headers: z.array(z.object({ name: z.string(), value: z.string() })),
  fullText: z.string(),
  machine: z.string().nullable(),
  omittedAttachments: z.array(z.object({ filename: z.string(), sizeBytes: z.number(), reason: z.string() })),
  delivery: messageDelivery.nullable(),
});
export type MessageEmailView = z.infer<typeof messageEmailView>;

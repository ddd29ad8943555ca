import type { ColumnType, Generated } from 'kysely';
import type { Json, NullableTimestamp } from '../../shared/db-types.js';

export const SMTP_SECURITY = ['tls', 'starttls', 'none'] as const;
export type SmtpSecurity = (typeof SMTP_SECURITY)[number];
export const MAIL_AUTH = ['password', 'oauth2'] as const;
export type MailAuth = (typeof MAIL_AUTH)[number];

export interface MailboxesTable {
  id: Generated<string>;
  workspace_id: string;
  brand_id: string;
  name: string;
  /** The address replies go out from. */
  address: string;
  display_name: string | null;
  /** Further addresses this mailbox receives for (forwarding to the SMTP listener). */
  aliases: ColumnType<string[], string[] | undefined, string[]>;
  imap_enabled: Generated<boolean>;
  imap_host: string | null;
  imap_port: number | null;
  imap_tls: Generated<boolean>;
  imap_user: string | null;
  imap_auth: Generated<MailAuth>;
  /** Password or OAuth2 access token; write-only through the API. */
  imap_secret: string | null;
  imap_folder: Generated<string>;
  /** Move ingested messages here; without it they are flagged in place. */
  imap_archive_folder: string | null;
  smtp_host: string | null;
  smtp_port: number | null;
  smtp_security: Generated<SmtpSecurity>;
  smtp_user: string | null;
  smtp_auth: Generated<MailAuth>;
  smtp_secret: string | null;
  dkim_domain: string | null;
  dkim_selector: string | null;
  dkim_private_key: string | null;
  active: Generated<boolean>;
  imap_last_sync_at: NullableTimestamp;
  imap_last_error: string | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export const INBOUND_SOURCES = ['imap', 'smtp', 'api'] as const;
export type InboundSource = (typeof INBOUND_SOURCES)[number];
export const INBOUND_STATUSES = ['received', 'processing', 'delivered', 'quarantined', 'suppressed'] as const;
export type InboundStatus = (typeof INBOUND_STATUSES)[number];

/** What the quarantine list and the headers view show without parsing the raw bytes again. */
export interface InboundSummary {
  from?: string;
  subject?: string;
  date?: string;
  /** sha256(sender + normalised body): the same text from one sender again and again is a loop. */
  loopKey?: string;
  machine?: string;
  [key: string]: unknown;
}

export interface InboundEmailsTable {
  id: Generated<number>;
  workspace_id: string;
  brand_id: string;
  mailbox_id: string | null;
  source: InboundSource;
  dedupe_key: string;
  message_id_header: string | null;
  raw: Buffer;
  size_bytes: number;
  envelope: Json;
  status: Generated<InboundStatus>;
  attempts: Generated<number>;
  locked_by: string | null;
  locked_until: NullableTimestamp;
  reason: string | null;
  summary: ColumnType<InboundSummary, string | undefined, string>;
  ticket_id: number | null;
  message_id: number | null;
  received_at: Generated<Date>;
  processed_at: NullableTimestamp;
}

export interface EmailThreadRefsTable {
  workspace_id: string;
  /** A Message-ID without angle brackets, or `marketplace:<name>:<key>`. */
  ref: string;
  ticket_id: number;
  created_at: Generated<Date>;
}

export const OUTBOUND_STATUSES = ['queued', 'sending', 'sent', 'failed', 'bounced'] as const;
export type OutboundStatus = (typeof OUTBOUND_STATUSES)[number];

export interface OutboundEmailsTable {
  id: Generated<number>;
  workspace_id: string;
  ticket_id: number;
  message_id: number;
  mailbox_id: string | null;
  kind: Generated<'reply' | 'automatic'>;
  from_address: string;
  reply_to: string | null;
  to_addresses: string[];
  cc_addresses: ColumnType<string[], string[] | undefined, string[]>;
  subject: string;
  message_id_header: string;
  in_reply_to: string | null;
  references_header: ColumnType<string[], string[] | undefined, string[]>;
  status: Generated<OutboundStatus>;
  attempts: Generated<number>;
  last_error: string | null;
  smtp_response: string | null;
  locked_by: string | null;
  locked_until: NullableTimestamp;
  queued_at: Generated<Date>;
  sent_at: NullableTimestamp;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

import type { Selectable } from 'kysely';
import type { MailAuth, MailboxesTable, SmtpSecurity } from './email.table.js';

export type MailboxRow = Selectable<MailboxesTable>;

export interface ImapSettings {
  host: string;
  port: number;
  /** Implicit TLS (993); false means plain, upgraded with STARTTLS when the server offers it. */
  tls: boolean;
  user: string;
  auth: MailAuth;
  /** Password, or OAuth2 access token when auth is oauth2. */
  secret: string;
  folder: string;
  /** Move ingested messages here; null flags them in place. */
  archiveFolder: string | null;
}

export interface SmtpSettings {
  host: string;
  port: number;
  security: SmtpSecurity;
  user: string | null;
  auth: MailAuth;
  secret: string | null;
}

export interface DkimSettings {
  domain: string;
  selector: string;
  privateKey: string;
}

/** The IMAP side of a mailbox, or null when it is off or incomplete. */
export function imapSettingsOf(row: MailboxRow): ImapSettings | null {
  if (!row.imap_enabled || !row.imap_host || !row.imap_user || !row.imap_secret) return null;
  return {
    host: row.imap_host,
    port: row.imap_port ?? (row.imap_tls ? 993 : 143),
    tls: row.imap_tls,
    user: row.imap_user,
    auth: row.imap_auth,
    secret: row.imap_secret,
    folder: row.imap_folder,
    archiveFolder: row.imap_archive_folder,
  };
}

/** The SMTP side of a mailbox, or null when no host is set. */
export function smtpSettingsOf(row: MailboxRow): SmtpSettings | null {
  if (!row.smtp_host) return null;
  return {
    host: row.smtp_host,
    port: row.smtp_port ?? (row.smtp_security === 'tls' ? 465 : 587),
    security: row.smtp_security,
    user: row.smtp_user,
    auth: row.smtp_auth,
    secret: row.smtp_secret,
  };
}

export function dkimSettingsOf(row: MailboxRow): DkimSettings | null {
  if (!row.dkim_domain || !row.dkim_selector || !row.dkim_private_key) return null;
  return { domain: row.dkim_domain, selector: row.dkim_selector, privateKey: row.dkim_private_key };
}

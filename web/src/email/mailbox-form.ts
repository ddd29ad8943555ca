/**
 * The mailbox dialog's form and its conversion to API bodies: pure, so vitest runs it. Secrets are
 * write-only: the form starts them empty, an empty field keeps what is stored, and "remove" clears it.
 */
import type { CreateMailboxInput, Mailbox, UpdateMailboxInput } from './api';

export type MailAuth = Mailbox['imap']['auth'];
export type SmtpSecurity = Mailbox['smtp']['security'];
export const MAIL_AUTHS: MailAuth[] = ['password', 'oauth2'];
export const SMTP_SECURITIES: SmtpSecurity[] = ['starttls', 'tls', 'none'];

export interface SecretField {
  /** What the admin typed; empty keeps the stored one. */
  value: string;
  /** Remove the stored one (only offered when one is set). */
  clear: boolean;
}

export interface MailboxForm {
  brandId: string;
  name: string;
  address: string;
  displayName: string;
  aliases: string;
  active: boolean;
  imap: {
    enabled: boolean;
    host: string;
    port: string;
    tls: boolean;
    user: string;
    auth: MailAuth;
    secret: SecretField;
    folder: string;
    archiveFolder: string;
  };
  smtp: {
    host: string;
    port: string;
    security: SmtpSecurity;
    user: string;
    auth: MailAuth;
    secret: SecretField;
  };
  dkim: { domain: string; selector: string; privateKey: SecretField };
}

const noSecret = (): SecretField => ({ value: '', clear: false });
const text = (value: string | null | undefined) => value ?? '';

export function blankMailboxForm(brandId: string): MailboxForm {
  return {
    brandId,
    name: '',
    address: '',
    displayName: '',
    aliases: '',
    active: true,
    imap: { enabled: true, host: '', port: '', tls: true, user: '', auth: 'password', secret: noSecret(), folder: 'INBOX', archiveFolder: '' },
    smtp: { host: '', port: '', security: 'starttls', user: '', auth: 'password', secret: noSecret() },
    dkim: { domain: '', selector: '', privateKey: noSecret() },
  };
}

export function mailboxFormOf(mailbox: Mailbox): MailboxForm {
  return {
    brandId: mailbox.brandId,
    name: mailbox.name,
    address: mailbox.address,
    displayName: text(mailbox.displayName),
    aliases: mailbox.aliases.join('\n'),
    active: mailbox.active,
    imap: {
      enabled: mailbox.imap.enabled,
      host: text(mailbox.imap.host),
      port: mailbox.imap.port === null ? '' : String(mailbox.imap.port),
      tls: mailbox.imap.tls,
      user: text(mailbox.imap.user),
      auth: mailbox.imap.auth,
      secret: noSecret(),
      folder: mailbox.imap.folder,
      archiveFolder: text(mailbox.imap.archiveFolder),
    },
    smtp: {
      host: text(mailbox.smtp.host),
      port: mailbox.smtp.port === null ? '' : String(mailbox.smtp.port),
      security: mailbox.smtp.security,
      user: text(mailbox.smtp.user),
      auth: mailbox.smtp.auth,
      secret: noSecret(),
    },
    dkim: { domain: text(mailbox.dkim.domain), selector: text(mailbox.dkim.selector), privateKey: noSecret() },
  };
}

/** Addresses typed one per line (or separated by commas or spaces), lower-cased, without repeats. */
export function parseAliases(value: string): string[] {
  return [...new Set(value.split(/[\s,;]+/).map((a) => a.trim().toLowerCase()).filter(Boolean))];
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
const portOf = (value: string): number | null => (value.trim() === '' ? null : Number(value));

/** undefined keeps the stored secret, null removes it, a string replaces it. */
function secretOf(field: SecretField): string | null | undefined {
  if (field.value !== '') return field.value;
  return field.clear ? null : undefined;
}

/** The port the server uses when none is given, shown as the field's placeholder. */
export const defaultImapPort = (tls: boolean) => (tls ? 993 : 143);
export const defaultSmtpPort = (security: SmtpSecurity) => (security === 'tls' ? 465 : 587);

type Sections = Required<Pick<CreateMailboxInput, 'imap' | 'smtp' | 'dkim'>>;

function sectionsOf(form: MailboxForm): Sections {
  return {
    imap: {
      enabled: form.imap.enabled,
      host: orNull(form.imap.host),
      port: portOf(form.imap.port),
      tls: form.imap.tls,
      user: orNull(form.imap.user),
      auth: form.imap.auth,
      secret: secretOf(form.imap.secret),
      folder: form.imap.folder.trim() || 'INBOX',
      archiveFolder: orNull(form.imap.archiveFolder),
    },
    smtp: {
      host: orNull(form.smtp.host),
      port: portOf(form.smtp.port),
      security: form.smtp.security,
      user: orNull(form.smtp.user),
      auth: form.smtp.auth,
      secret: secretOf(form.smtp.secret),
    },
    dkim: { domain: orNull(form.dkim.domain), selector: orNull(form.dkim.selector), privateKey: secretOf(form.dkim.privateKey) },
  };
}

const withoutUndefined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export function createBody(form: MailboxForm): CreateMailboxInput {
  const { imap, smtp, dkim } = sectionsOf(form);
  return {
    brandId: form.brandId,
    name: form.name.trim(),
    address: form.address.trim(),
    displayName: orNull(form.displayName),
    aliases: parseAliases(form.aliases),
    active: form.active,
    imap: withoutUndefined(imap),
    smtp: withoutUndefined(smtp),
    dkim: withoutUndefined(dkim),
  };
}

/** Only what the admin changed (and any secret typed or removed), so a save never resends what it merely showed. */
export function updateBody(before: Mailbox, form: MailboxForm): UpdateMailboxInput {
  const was = createBody(mailboxFormOf(before));
  const now = createBody(form);
  const body: UpdateMailboxInput = {};
  for (const key of ['brandId', 'name', 'address', 'displayName', 'active'] as const) {
    if (was[key] !== now[key]) Object.assign(body, { [key]: now[key] });
  }
  if ([...(was.aliases ?? [])].sort().join() !== [...(now.aliases ?? [])].sort().join()) body.aliases = now.aliases ?? [];
  for (const section of ['imap', 'smtp', 'dkim'] as const) {
    const old = (was[section] ?? {}) as Record<string, unknown>;
    const changes = Object.fromEntries(Object.entries(now[section] ?? {}).filter(([key, value]) => old[key] !== value));
    if (Object.keys(changes).length > 0) Object.assign(body, { [section]: changes });
  }
  return body;
}

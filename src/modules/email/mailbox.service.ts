import { createPrivateKey } from 'node:crypto';
import { sql, type SqlBool, type Updateable } from 'kysely';
import { isUniqueViolation } from '../../shared/db-errors.js';
import { conflict, forbidden, notFound, unprocessable } from '../../shared/errors.js';
import { canSeeBrand, type Principal } from '../auth/principal.js';
import type { Db } from '../database.js';
import type { CreateMailboxInput, MailboxView, UpdateMailboxInput } from './email.schemas.js';
import type { MailboxesTable } from './email.table.js';
import { MAILBOXES_CHANNEL } from './imap/imap-poller.js';
import type { MailboxRow } from './mailbox-settings.js';

export function toMailboxView(row: MailboxRow): MailboxView {
  return {
    id: row.id,
    brandId: row.brand_id,
    name: row.name,
    address: row.address,
    displayName: row.display_name,
    aliases: row.aliases,
    active: row.active,
    imap: {
      enabled: row.imap_enabled,
      host: row.imap_host,
      port: row.imap_port,
      tls: row.imap_tls,
      user: row.imap_user,
      auth: row.imap_auth,
      secretSet: row.imap_secret !== null,
      folder: row.imap_folder,
      archiveFolder: row.imap_archive_folder,
      lastSyncAt: row.imap_last_sync_at?.toISOString() ?? null,
      lastError: row.imap_last_error,
    },
    smtp: {
      host: row.smtp_host,
      port: row.smtp_port,
      security: row.smtp_security,
      user: row.smtp_user,
      auth: row.smtp_auth,
      secretSet: row.smtp_secret !== null,
    },
    dkim: { domain: row.dkim_domain, selector: row.dkim_selector, keySet: row.dkim_private_key !== null },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The mailboxes of the brands the caller may see, by name. */
export async function listMailboxes(db: Db, principal: Principal, brandId?: string): Promise<MailboxView[]> {
  let query = db.selectFrom('mailboxes').selectAll().where('workspace_id', '=', principal.workspaceId).orderBy('name').orderBy('address');
  if (principal.brandIds.length > 0) query = query.where('brand_id', 'in', principal.brandIds);
  if (brandId) query = query.where('brand_id', '=', brandId);
  return (await query.execute()).map(toMailboxView);
}

/** A mailbox row (with its secrets, for this module's own use); 404 outside the caller's brands. */
export async function getMailboxRowOrThrow(db: Db, principal: Principal, id: string): Promise<MailboxRow> {
  const row = await db.selectFrom('mailboxes').selectAll().where('workspace_id', '=', principal.workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row || !canSeeBrand(principal, row.brand_id)) throw notFound('Mailbox', id);
  return row;
}

export async function getMailboxOrThrow(db: Db, principal: Principal, id: string): Promise<MailboxView> {
  return toMailboxView(await getMailboxRowOrThrow(db, principal, id));
}

export async function createMailbox(db: Db, principal: Principal, input: CreateMailboxInput): Promise<MailboxView> {
  await assertBrandUsable(db, principal, input.brandId);
  const address = normaliseAddress(input.address);
  const aliases = normaliseAliases(input.aliases ?? [], address);
  const values = {
    workspace_id: principal.workspaceId,
    brand_id: input.brandId,
    name: input.name,
    address,
    display_name: blankToNull(input.displayName),
    aliases,
    ...(input.active !== undefined ? { active: input.active } : {}),
    ...imapChanges(input.imap),
    ...smtpChanges(input.smtp),
    ...dkimChanges(input.dkim),
  };
  validateSettings({
    imap_enabled: values.imap_enabled ?? false,
    imap_host: values.imap_host ?? null,
    imap_user: values.imap_user ?? null,
    imap_secret: values.imap_secret ?? null,
    smtp_host: values.smtp_host ?? null,
    smtp_user: values.smtp_user ?? null,
    smtp_secret: values.smtp_secret ?? null,
    dkim_domain: values.dkim_domain ?? null,
    dkim_selector: values.dkim_selector ?? null,
    dkim_private_key: values.dkim_private_key ?? null,
  });
  await assertAddressesFree(db, principal.workspaceId, [address, ...aliases]);
  try {
    const row = await db.insertInto('mailboxes').values(values).returningAll().executeTakeFirstOrThrow();
    await announceMailboxChange(db);
    return toMailboxView(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw addressTaken(address);
    throw error;
  }
}

export async function updateMailbox(db: Db, principal: Principal, id: string, input: UpdateMailboxInput): Promise<MailboxView> {
  const current = await getMailboxRowOrThrow(db, principal, id);
  if (input.brandId !== undefined && input.brandId !== current.brand_id) await assertBrandUsable(db, principal, input.brandId);
  const address = input.address !== undefined ? normaliseAddress(input.address) : current.address;
  const aliases = input.aliases !== undefined ? normaliseAliases(input.aliases, address) : current.aliases.filter((a) => a !== address);
  const changes: Updateable<MailboxesTable> = {
    ...(input.brandId !== undefined ? { brand_id: input.brandId } : {}),
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.address !== undefined ? { address } : {}),
    ...(input.displayName !== undefined ? { display_name: blankToNull(input.displayName) } : {}),
    ...(input.aliases !== undefined || input.address !== undefined ? { aliases } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
    ...imapChanges(input.imap),
    ...smtpChanges(input.smtp),
    ...dkimChanges(input.dkim),
  };
  const merged = { ...current, ...changes } as MailboxRow;
  validateSettings(merged);
  await assertAddressesFree(db, principal.workspaceId, [address, ...aliases], id);
  // A changed IMAP account starts over: the last sync and error belonged to the old one.
  const imapAccountChanged = ['imap_host', 'imap_port', 'imap_user', 'imap_secret', 'imap_tls', 'imap_folder', 'imap_enabled'].some(
    (key) => key in changes && changes[key as keyof typeof changes] !== current[key as keyof MailboxRow],
  );
  try {
    const row = await db
      .updateTable('mailboxes')
      .set({ ...changes, ...(imapAccountChanged ? { imap_last_error: null } : {}), updated_at: new Date() })
      .where('workspace_id', '=', principal.workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await announceMailboxChange(db);
    return toMailboxView(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw addressTaken(address);
    throw error;
  }
}

export async function deleteMailbox(db: Db, principal: Principal, id: string): Promise<void> {
  await getMailboxRowOrThrow(db, principal, id);
  await db.deleteFrom('mailboxes').where('workspace_id', '=', principal.workspaceId).where('id', '=', id).execute();
  await announceMailboxChange(db);
}

/** Every process's IMAP pollers and SMTP listener re-read their mailboxes (on commit). */
async function announceMailboxChange(db: Db): Promise<void> {
  await sql`select pg_notify(${MAILBOXES_CHANNEL}, '')`.execute(db);
}

/** The names of the fields a change touches, for the audit log (never their values: some are secrets). */
export function changedFields(input: UpdateMailboxInput): string[] {
  return Object.entries(input).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).map((sub) => `${key}.${sub}`) : [key],
  );
}

// ---------------------------------------------------------------------------------------------

type ImapInput = NonNullable<CreateMailboxInput['imap']>;
type SmtpInput = NonNullable<CreateMailboxInput['smtp']>;
type DkimInput = NonNullable<CreateMailboxInput['dkim']>;

/** A secret: omitted keeps the stored one (undefined), null or empty clears it. */
const secretChange = (secret: string | null | undefined): string | null | undefined => (secret === undefined ? undefined : secret === null || secret === '' ? null : secret);

function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value.trim();
}

function defined<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function imapChanges(imap: ImapInput | undefined) {
  if (!imap) return {};
  return defined({
    imap_enabled: imap.enabled,
    imap_host: imap.host,
    imap_port: imap.port,
    imap_tls: imap.tls,
    imap_user: imap.user === undefined ? undefined : blankToNull(imap.user),
    imap_auth: imap.auth,
    imap_secret: secretChange(imap.secret),
    imap_folder: imap.folder,
    imap_archive_folder: imap.archiveFolder === undefined ? undefined : blankToNull(imap.archiveFolder),
  });
}

function smtpChanges(smtp: SmtpInput | undefined) {
  if (!smtp) return {};
  return defined({
    smtp_host: smtp.host,
    smtp_port: smtp.port,
    smtp_security: smtp.security,
    smtp_user: smtp.user === undefined ? undefined : blankToNull(smtp.user),
    smtp_auth: smtp.auth,
    smtp_secret: secretChange(smtp.secret),
  });
}

function dkimChanges(dkim: DkimInput | undefined) {
  if (!dkim) return {};
  return defined({
    dkim_domain: dkim.domain === undefined ? undefined : dkim.domain?.toLowerCase() ?? null,
    dkim_selector: dkim.selector,
    dkim_private_key: secretChange(dkim.privateKey),
  });
}

type Checked = Pick<
  MailboxRow,
  'imap_enabled' | 'imap_host' | 'imap_user' | 'imap_secret' | 'smtp_host' | 'smtp_user' | 'smtp_secret' | 'dkim_domain' | 'dkim_selector' | 'dkim_private_key'
>;

/** The settings as they would be stored must make sense together; 422 names the first missing field. */
function validateSettings(row: Checked): void {
  if (row.imap_enabled) {
    const missing = [
      ['imap.host', row.imap_host, 'a host'],
      ['imap.user', row.imap_user, 'a user name'],
      ['imap.secret', row.imap_secret, 'a password or OAuth2 token'],
    ].find(([, value]) => !value);
    if (missing) throw unprocessable(`IMAP is enabled but has no ${missing[2]} (${missing[0]}).`, { field: missing[0] });
  }
  if (row.smtp_secret && !row.smtp_user) {
    throw unprocessable('SMTP has a password or token but no user name (smtp.user).', { field: 'smtp.user' });
  }
  const dkim = [
    ['dkim.domain', row.dkim_domain],
    ['dkim.selector', row.dkim_selector],
    ['dkim.privateKey', row.dkim_private_key],
  ] as const;
  const dkimMissing = dkim.find(([, value]) => !value);
  if (dkimMissing && dkim.some(([, value]) => value)) {
    throw unprocessable(`DKIM signing needs a domain, a selector and a private key; ${dkimMissing[0]} is missing.`, { field: dkimMissing[0] });
  }
  if (row.dkim_private_key) {
    try {
      createPrivateKey(row.dkim_private_key);
    } catch {
      throw unprocessable('The DKIM private key is not a PEM private key (-----BEGIN PRIVATE KEY----- …).', { field: 'dkim.privateKey' });
    }
  }
}

const normaliseAddress = (address: string) => address.trim().toLowerCase();

function normaliseAliases(aliases: string[], address: string): string[] {
  return [...new Set(aliases.map(normaliseAddress))].filter((alias) => alias !== address);
}

const addressTaken = (address: string) => conflict(`Another mailbox already receives mail for ${address}.`, { address });

/** No other mailbox of the workspace may receive for any of these addresses (as its address or an alias). */
async function assertAddressesFree(db: Db, workspaceId: string, addresses: string[], exceptId?: string): Promise<void> {
  let query = db
    .selectFrom('mailboxes')
    .select(['id', 'name', 'address', 'aliases'])
    .where('workspace_id', '=', workspaceId)
    .where(sql<SqlBool>`(lower(address) = any(${addresses}::text[]) or exists (select 1 from unnest(aliases) as alias where lower(alias) = any(${addresses}::text[])))`);
  if (exceptId) query = query.where('id', '<>', exceptId);
  const clash = await query.executeTakeFirst();
  if (!clash) return;
  const theirs = [clash.address, ...clash.aliases].map(normaliseAddress);
  const taken = addresses.find((a) => theirs.includes(a)) ?? addresses[0]!;
  throw conflict(`The address ${taken} is already used by the mailbox "${clash.name}".`, { address: taken, mailboxId: clash.id });
}

async function assertBrandUsable(db: Db, principal: Principal, brandId: string): Promise<void> {
  const brand = await db.selectFrom('brands').select(['id', 'archived_at']).where('workspace_id', '=', principal.workspaceId).where('id', '=', brandId).executeTakeFirst();
  if (!brand) throw unprocessable(`Unknown brand ${brandId}.`, { field: 'brandId' });
  if (!canSeeBrand(principal, brandId)) throw forbidden('You do not have access to this brand.');
  if (brand.archived_at) throw unprocessable('This brand is archived; mailboxes can only be added to active brands.', { field: 'brandId' });
}

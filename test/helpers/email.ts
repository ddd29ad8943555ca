import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { createAgent } from '../../src/modules/agents/agent.service.js';
import { createApiToken } from '../../src/modules/auth/auth.service.js';
import { ingestRawEmail } from '../../src/modules/email/inbound/ingest.js';
import { createWorkspace } from '../../src/modules/workspaces/workspace.service.js';
import { loadConfig } from '../../src/platform/config.js';
import { openRuntime } from '../../src/runtime/runtime.js';
import type { TestApp } from './test-app.js';

let counter = 0;

/** A brand with one mailbox, inserted directly (the mailbox API has its own tests). */
export async function createBrandWithMailbox(
  t: TestApp,
  options: { address?: string; brandName?: string; smtp?: { host: string; port: number } } = {},
): Promise<{ brandId: string; mailboxId: string; address: string }> {
  counter++;
  const address = options.address ?? `support${counter}@shop${counter}.example`;
  const brand = await t.runtime.db
    .insertInto('brands')
    .values({ workspace_id: t.workspaceId, name: options.brandName ?? `Mail shop ${counter}`, kind: 'shopify', settings: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const mailbox = await t.runtime.db
    .insertInto('mailboxes')
    .values({
      workspace_id: t.workspaceId,
      brand_id: brand.id,
      name: 'Support',
      address,
      smtp_host: options.smtp?.host ?? null,
      smtp_port: options.smtp?.port ?? null,
      smtp_security: 'none',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { brandId: brand.id, mailboxId: mailbox.id, address };
}

/** An RFC 822 message built by nodemailer's composer (the same code real clients use). */
export async function composeEmail(options: Mail.Options & { messageId?: string; date?: Date }): Promise<Buffer> {
  const composer = new MailComposer({ date: new Date('2026-11-20T10:00:00Z'), ...options });
  return composer.compile().build();
}

/** Stores a raw message as the raw-MIME endpoint would, then files everything waiting. */
export async function deliverRaw(t: TestApp, brandId: string, raw: Buffer, mailboxId: string | null = null) {
  const stored = await ingestRawEmail(t.runtime.db, { workspaceId: t.workspaceId, brandId, mailboxId, source: 'api', raw });
  await t.runtime.email.processor.drain();
  return t.runtime.db.selectFrom('inbound_emails').selectAll().where('id', '=', stored.id).executeTakeFirstOrThrow();
}

export interface SeedImapAccount {
  host: string;
  port: number;
  user: string;
  password: string;
}

/**
 * What a server started with `env` finds on its first start, as an installation set up earlier
 * would have it: a workspace with one brand, one mailbox (reading IMAP when an account is given)
 * and an admin's API token. Written while no server runs: the embedded database has one owner.
 */
export async function seedMailWorkspace(
  env: Record<string, string>,
  options: { name: string; address: string; imap?: SeedImapAccount },
): Promise<{ brandId: string; token: string }> {
  const setup = await openRuntime(loadConfig(env));
  try {
    const workspaceId = await createWorkspace(setup.db, { name: options.name });
    const brand = await setup.db.insertInto('brands').values({ workspace_id: workspaceId, name: options.name, kind: 'shopify', settings: '{}' }).returning('id').executeTakeFirstOrThrow();
    const { imap } = options;
    await setup.db
      .insertInto('mailboxes')
      .values({
        workspace_id: workspaceId,
        brand_id: brand.id,
        name: 'Support',
        address: options.address,
        ...(imap ? { imap_enabled: true, imap_host: imap.host, imap_port: imap.port, imap_tls: false, imap_user: imap.user, imap_secret: imap.password, imap_folder: 'INBOX' } : {}),
      })
      .execute();
    const agent = await createAgent(setup.db, workspaceId, { email: `ops@${options.address.split('@')[1]}`, name: 'Ops', role: 'admin', level: 'senior', password: 'seeded-admin-password' });
    const { token } = await createApiToken(setup.db, { workspaceId, agentId: agent.id, name: 'seeded' });
    return { brandId: brand.id, token };
  } finally {
    await setup.close();
  }
}

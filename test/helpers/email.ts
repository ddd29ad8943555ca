import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { ingestRawEmail } from '../../src/modules/email/inbound/ingest.js';
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

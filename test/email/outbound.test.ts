import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { sql } from 'kysely';
import { dkimVerify } from 'mailauth';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EMAIL_SEND_JOB,
  findOutboundByMessageId,
  markOutboundBounced,
  parseTicketReplyToken,
  queueOutboundEmail,
  replySubject,
  retryOutboundEmail,
  sendEmailJob,
  smtpTransportOptions,
  testSmtpConnection,
  ticketReplyAddress,
  ticketSubjectToken,
} from '../../src/modules/email/outbound/index.js';
import { registerOutboundDelivery } from '../../src/modules/tickets/outbound-delivery.js';
import { addAttachment } from '../../src/modules/tickets/ticket-attachments.js';
import { AttachmentStore } from '../../src/platform/files/attachment-store.js';
import { enqueue } from '../../src/platform/jobs/queue.js';
import { JobWorker } from '../../src/platform/jobs/worker.js';
import { createTestAgent, createTestApp, createTestBrand, createTestTicket, type TestAgent, type TestApp } from '../helpers/test-app.js';

const SMTP_USER = 'meridian';
const SMTP_PASSWORD = 's3cret-pass';

interface Captured {
  raw: Buffer;
  mailFrom: string;
  rcptTo: string[];
  user: string | undefined;
}

/**
 * A real SMTP server on a loopback port that keeps what Meridian hands it. `plans` scripts the
 * answers to DATA per recipient (e.g. [451] = one temporary refusal, then accept).
 */
class CaptureServer {
  readonly received: Captured[] = [];
  readonly plans = new Map<string, number[]>();
  private server!: SMTPServer;
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      allowInsecureAuth: true,
      logger: false,
      onAuth: (auth, _session, callback) => {
        if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) return callback(null, { user: auth.username });
        return callback(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const rcptTo = session.envelope.rcptTo.map((r) => r.address);
          const code = this.plans.get(rcptTo[0]!)?.shift();
          if (code && code >= 400) {
            const text = code >= 500 ? `5.1.1 <${rcptTo[0]}>: Recipient address rejected: mailbox unavailable` : '4.7.1 Greylisted, please try again later';
            return callback(Object.assign(new Error(text), { responseCode: code }));
          }
          const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          this.received.push({ raw: Buffer.concat(chunks), mailFrom, rcptTo, user: session.user as string | undefined });
          callback(null, 'Queued as CAPTURE');
        });
      },
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Captured messages carrying this Message-ID (stored form, without brackets). */
  async withMessageId(id: string): Promise<{ captured: Captured; mail: ParsedMail }[]> {
    const parsed = await Promise.all(this.received.map(async (captured) => ({ captured, mail: await simpleParser(captured.raw) })));
    return parsed.filter((p) => p.mail.messageId === `<${id}>`);
  }
}

const firstAddress = (value: AddressObject | AddressObject[] | undefined) => (Array.isArray(value) ? value[0] : value)?.value[0];
const referencesOf = (mail: ParsedMail) => (Array.isArray(mail.references) ? mail.references : mail.references ? [mail.references] : []);

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('e-mail outbox', () => {
  let t: TestApp;
  let admin: TestAgent;
  let agent: TestAgent;
  let capture: CaptureServer;
  let shop: string;
  let supportMailbox: string;
  let counter = 0;

  beforeAll(async () => {
    capture = new CaptureServer();
    await capture.start();
    t = await createTestApp();
    // Until the composition root wires them: the hook and the job handler.
    registerOutboundDelivery(queueOutboundEmail);
    try {
      t.runtime.worker.register(EMAIL_SEND_JOB, sendEmailJob(t.runtime.db));
    } catch (error) {
      if (!/registered twice/.test(String(error))) throw error;
    }
    admin = await createTestAgent(t, 'admin', 'senior');
    agent = await createTestAgent(t, 'agent', 'junior');
    shop = await createTestBrand(admin.api, 'Lumen Store', 'shopify');
    // Two mailboxes: the brand's first one, and the one the buyer wrote to (replies go out from that).
    await createMailbox(shop, { address: 'hello@lumen.example', display_name: null });
    supportMailbox = await createMailbox(shop, { address: 'support@lumen.example', display_name: 'Lumen Support' });
  });
  afterAll(async () => {
    await t?.close();
    await capture?.close();
  });

  async function createMailbox(brandId: string, values: Record<string, unknown> = {}): Promise<string> {
    const row = await t.runtime.db
      .insertInto('mailboxes')
      .values({
        workspace_id: t.workspaceId,
        brand_id: brandId,
        name: 'Support',
        address: `support${++counter}@mailbox.example`,
        display_name: null,
        smtp_host: '127.0.0.1',
        smtp_port: capture.port,
        smtp_security: 'starttls',
        smtp_user: SMTP_USER,
        smtp_secret: SMTP_PASSWORD,
        ...values,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** A ticket whose first message looks like an e-mail the inbound code stored (raw row + channel_meta.email). */
  async function emailTicket(brandId: string, mailboxId: string, options: { subject: string; replyAddress?: string; customerEmail?: string; to?: string[] }) {
    counter++;
    const messageId = `CAFE${counter}.${randomBytes(4).toString('hex')}@mail.example.de`;
    const customerEmail = options.customerEmail ?? `anna${counter}@example.de`;
    const ticket = await createTestTicket(agent.api, brandId, {
      subject: options.subject,
      customer: { email: customerEmail, name: 'Anna Schmidt' },
      message: { text: 'Hallo, wo ist meine Bestellung?' },
    });
    const firstMessage = ticket.messages[0].id as number;
    const raw = Buffer.from(`Message-ID: <${messageId}>\r\nSubject: ${options.subject}\r\n\r\nHallo\r\n`);
    const inbound = await t.runtime.db
      .insertInto('inbound_emails')
      .values({
        workspace_id: t.workspaceId,
        brand_id: brandId,
        mailbox_id: mailboxId,
        source: 'smtp',
        dedupe_key: randomBytes(16).toString('hex'),
        message_id_header: messageId,
        raw,
        size_bytes: raw.length,
        status: 'delivered',
        ticket_id: ticket.id,
        message_id: firstMessage,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const email = {
      inboundId: inbound.id,
      from: `Anna Schmidt <${customerEmail}>`,
      replyAddress: options.replyAddress ?? customerEmail,
      to: options.to ?? [],
      subject: options.subject,
      machine: null,
      quoteStripped: false,
      omittedAttachments: 0,
    };
    await t.runtime.db
      .updateTable('messages')
      .set({ external_id: messageId, channel_meta: JSON.stringify({ email }) })
      .where('id', '=', firstMessage)
      .execute();
    return { ticketId: ticket.id as number, inboundMessageId: messageId, customerEmail };
  }

  async function reply(ticketId: number, text: string) {
    const res = await agent.api.post(`/api/tickets/${ticketId}/reply`, { text });
    expect(res.status).toBe(201);
    const message = res.body.messages.at(-1);
    expect(message.direction).toBe('outbound');
    return message as { id: number; delivery: { status: string } | null };
  }

  const outboundOf = (messageId: number) =>
    t.runtime.db.selectFrom('outbound_emails').selectAll().where('message_id', '=', messageId).executeTakeFirstOrThrow();
  const messageView = async (ticketId: number, messageId: number) => {
    const detail = await agent.api.get(`/api/tickets/${ticketId}`);
    expect(detail.status).toBe(200);
    return { message: detail.body.messages.find((m: { id: number }) => m.id === messageId), events: detail.body.events as { type: string; data: Record<string, unknown> }[] };
  };
  /** Makes every waiting send job due now (instead of waiting out the back-off). */
  const makeSendJobsDue = () => sql`update jobs set run_at = now() where name = ${EMAIL_SEND_JOB} and status = 'queued'`.execute(t.runtime.db);

  it('addresses replies so they thread back: plus-address token, subject token, Re: once', () => {
    const ws = '6f1c2a9e-0000-4000-8000-000000000001';
    const replyTo = ticketReplyAddress('support@lumen.example', ws, 1234);
    expect(replyTo).toMatch(/^support\+t1234-[0-9a-f]{8}@lumen\.example$/);
    expect(parseTicketReplyToken(replyTo, ws)).toBe(1234);
    expect(parseTicketReplyToken(`"Lumen" <${replyTo.toUpperCase()}>`, ws)).toBe(1234);
    expect(parseTicketReplyToken(replyTo, '6f1c2a9e-0000-4000-8000-000000000002')).toBeNull();
    expect(parseTicketReplyToken(replyTo.replace('+t1234-', '+t1235-'), ws)).toBeNull();
    expect(parseTicketReplyToken('support@lumen.example', ws)).toBeNull();

    expect(ticketSubjectToken('Re: Where is my order [#42]')).toBe(42);
    expect(ticketSubjectToken('Re: Where is my order')).toBeNull();
    expect(replySubject('Where is my order?', 42)).toBe('Re: Where is my order? [#42]');
    expect(replySubject('Re: Where is my order? [#42]', 42)).toBe('Re: Where is my order? [#42]');
    expect(replySubject('AW: Wo ist meine Bestellung?', 7)).toBe('AW: Wo ist meine Bestellung? [#7]');
    expect(replySubject('回复：我的包裹在哪里', 7)).toBe('回复：我的包裹在哪里 [#7]');
    expect(replySubject('RE[2]: order [#3]', 7)).toBe('RE[2]: order [#7]');
    expect(replySubject('Fwd: order', 7)).toBe('Re: Fwd: order [#7]');
  });

  it('sends a reply over SMTP from the mailbox that received the mail, to the marketplace relay, threaded', async () => {
    const relay = `0k9xq2mz7w${counter}@marketplace.amazon.de`;
    const { ticketId, inboundMessageId } = await emailTicket(shop, supportMailbox, { subject: 'Wo ist meine Bestellung #1042?', replyAddress: relay });
    const sent = await reply(ticketId, 'Hallo Anna, Ihr Paket ist unterwegs.');
    expect(sent.delivery).toMatchObject({ status: 'queued', to: [relay] });

    await t.runtime.worker.drain();
    const row = await outboundOf(sent.id);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(row.message_id_header).toMatch(new RegExp(`^meridian\\.${ticketId}\\.${sent.id}\\.[0-9a-f]{16}@lumen\\.example$`));
    const [delivered, ...more] = await capture.withMessageId(row.message_id_header);
    expect(more).toHaveLength(0);
    const { mail, captured } = delivered!;
    expect(captured.user).toBe(SMTP_USER);
    expect(captured.mailFrom).toBe('support@lumen.example');
    expect(captured.rcptTo).toEqual([relay]);
    expect(firstAddress(mail.from)).toEqual({ name: 'Lumen Support', address: 'support@lumen.example' });
    expect(firstAddress(mail.to)?.address).toBe(relay);
    const replyTo = firstAddress(mail.replyTo)!.address!;
    expect(replyTo).toMatch(new RegExp(`^support\\+t${ticketId}-[0-9a-f]{8}@lumen\\.example$`));
    expect(parseTicketReplyToken(replyTo, t.workspaceId)).toBe(ticketId);
    expect(mail.subject).toBe(`Re: Wo ist meine Bestellung #1042? [#${ticketId}]`);
    expect(mail.inReplyTo).toBe(`<${inboundMessageId}>`);
    expect(referencesOf(mail)).toEqual([`<${inboundMessageId}>`]);
    expect(mail.text?.trim()).toBe('Hallo Anna, Ihr Paket ist unterwegs.');
    expect(mail.headers.has('auto-submitted')).toBe(false);

    // Our Message-ID threads the buyer's answer back to the ticket, in either form.
    const ref = await t.runtime.db.selectFrom('email_thread_refs').selectAll().where('ref', '=', row.message_id_header).executeTakeFirst();
    expect(ref?.ticket_id).toBe(ticketId);
    expect((await findOutboundByMessageId(t.runtime.db, t.workspaceId, `<${row.message_id_header}>`))?.id).toBe(row.id);
    expect((await findOutboundByMessageId(t.runtime.db, t.workspaceId, row.message_id_header))?.id).toBe(row.id);

    const { message, events } = await messageView(ticketId, sent.id);
    expect(message.delivery).toMatchObject({ channel: 'email', status: 'sent', to: [relay], attempts: 1, error: null });
    expect(message.delivery.sentAt).toEqual(expect.any(String));
    expect(events.find((e) => e.type === 'message.delivered')?.data).toMatchObject({ messageId: sent.id, to: [relay] });

    // A second reply on the thread: References now carries our first message too; one [#id] only.
    const second = await reply(ticketId, 'Die Sendungsnummer ist LX123456789CN.');
    await t.runtime.worker.drain();
    const secondRow = await outboundOf(second.id);
    expect(secondRow.status).toBe('sent');
    const secondMail = (await capture.withMessageId(secondRow.message_id_header))[0]!.mail;
    expect(secondMail.subject).toBe(`Re: Wo ist meine Bestellung #1042? [#${ticketId}]`);
    expect(secondMail.inReplyTo).toBe(`<${inboundMessageId}>`);
    expect(referencesOf(secondMail)).toEqual([`<${inboundMessageId}>`, `<${row.message_id_header}>`]);
  });

  it('signs with DKIM when the mailbox has a key, and the signature verifies', async () => {
    const brand = await createTestBrand(admin.api, 'Lumen DKIM', 'shopify');
    const { publicKey, privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'der' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    await createMailbox(brand, {
      address: 'care@lumen-dkim.example',
      display_name: 'Lumen Care',
      dkim_domain: 'lumen-dkim.example',
      dkim_selector: 'mer2026',
      dkim_private_key: privateKey,
    });
    // An API-created ticket: no inbound e-mail, so the reply goes to the buyer's e-mail identity.
    const ticket = await createTestTicket(agent.api, brand, { subject: 'AW: Rechnung', customer: { email: 'dkim.buyer@example.de', name: 'Jonas' } });
    const sent = await reply(ticket.id, 'Die Rechnung ist im Anhang… 发票已附上。');
    await t.runtime.worker.drain();
    const row = await outboundOf(sent.id);
    expect(row.status).toBe('sent');
    const { mail, captured } = (await capture.withMessageId(row.message_id_header))[0]!;
    expect(firstAddress(mail.to)?.address).toBe('dkim.buyer@example.de');
    expect(mail.subject).toBe(`AW: Rechnung [#${ticket.id}]`);
    expect(mail.inReplyTo).toBeUndefined();
    expect(mail.headers.get('dkim-signature')).toBeDefined();

    const txt = `v=DKIM1; k=rsa; p=${publicKey.toString('base64')}`;
    const resolver = async (name: string, type: string) => {
      if (type === 'TXT' && name === 'mer2026._domainkey.lumen-dkim.example') return [[txt]];
      throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    };
    const result = await dkimVerify(captured.raw, { resolver });
    expect(result.results).toHaveLength(1);
    expect(result.results[0]).toMatchObject({ signingDomain: 'lumen-dkim.example', selector: 'mer2026', status: { result: 'pass' } });

    // Tampering breaks it: the check is real.
    const tampered = Buffer.from(captured.raw.toString('latin1').replace(/Rechnung \[#/, 'Rechnunk [#'), 'latin1');
    const bad = await dkimVerify(tampered, { resolver });
    expect(bad.results[0]?.status.result).not.toBe('pass');
  });

  it('retries a temporary refusal (451) with back-off and sends once', async () => {
    const flaky = `flaky${counter}@example.de`;
    capture.plans.set(flaky, [451]);
    const { ticketId } = await emailTicket(shop, supportMailbox, { subject: 'Greylisted', replyAddress: flaky });
    const sent = await reply(ticketId, 'Try this again');
    await t.runtime.worker.drain();
    let row = await outboundOf(sent.id);
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row.last_error).toMatch(/^451 .*Greylisted/);
    const job = await t.runtime.db.selectFrom('jobs').selectAll().where('dedupe_key', '=', `${EMAIL_SEND_JOB}:${row.id}`).executeTakeFirstOrThrow();
    expect(job.status).toBe('queued');
    expect(job.run_at.getTime()).toBeGreaterThan(Date.now());
    expect((await messageView(ticketId, sent.id)).message.delivery).toMatchObject({ status: 'queued', attempts: 1, error: expect.stringContaining('451') });

    await t.runtime.worker.drain(); // not due yet: nothing happens
    expect((await outboundOf(sent.id)).attempts).toBe(1);
    await makeSendJobsDue();
    await t.runtime.worker.drain();
    row = await outboundOf(sent.id);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(await capture.withMessageId(row.message_id_header)).toHaveLength(1);
  });

  it('marks a permanent refusal (550) failed, visibly, and the retry button sends it again', async () => {
    const gone = `gone${counter}@example.de`;
    capture.plans.set(gone, [550]);
    const { ticketId } = await emailTicket(shop, supportMailbox, { subject: 'Rejected', replyAddress: gone });
    const sent = await reply(ticketId, 'This will bounce at once');
    await t.runtime.worker.drain();
    const row = await outboundOf(sent.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row.last_error).toMatch(/^550 5\.1\.1 .*mailbox unavailable/);
    const job = await t.runtime.db.selectFrom('jobs').select('status').where('dedupe_key', '=', `${EMAIL_SEND_JOB}:${row.id}`).executeTakeFirstOrThrow();
    expect(job.status).toBe('succeeded'); // handled: no pointless retries
    const { message, events } = await messageView(ticketId, sent.id);
    expect(message.delivery).toMatchObject({ status: 'failed', error: expect.stringContaining('550 5.1.1') });
    expect(events.find((e) => e.type === 'message.delivery_failed')?.data).toMatchObject({ messageId: sent.id, error: expect.stringContaining('mailbox unavailable') });
    expect(await capture.withMessageId(row.message_id_header)).toHaveLength(0);

    expect(await retryOutboundEmail(t.runtime.db, t.workspaceId, sent.id)).toBe('queued');
    expect(await retryOutboundEmail(t.runtime.db, t.workspaceId, sent.id)).toBe('not_retryable'); // queued already
    expect(await retryOutboundEmail(t.runtime.db, t.workspaceId, 987654321)).toBe('not_found');
    await t.runtime.worker.drain();
    expect(await outboundOf(sent.id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(await capture.withMessageId(row.message_id_header)).toHaveLength(1);
    expect(await retryOutboundEmail(t.runtime.db, t.workspaceId, sent.id)).toBe('not_retryable'); // sent
  });

  it('gives up on a temporary failure after the last attempt', async () => {
    const brand = await createTestBrand(admin.api, 'Lumen Offline', 'shopify');
    await createMailbox(brand, { smtp_port: await closedPort() });
    const ticket = await createTestTicket(agent.api, brand, { customer: { email: 'offline.buyer@example.de' } });
    const sent = await reply(ticket.id, 'Nobody is listening');
    await t.runtime.worker.drain();
    const row = await outboundOf(sent.id);
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
    await sql`update jobs set run_at = now(), attempts = max_attempts - 1 where dedupe_key = ${`${EMAIL_SEND_JOB}:${row.id}`}`.execute(t.runtime.db);
    await t.runtime.worker.drain();
    const final = await outboundOf(sent.id);
    expect(final).toMatchObject({ status: 'failed', attempts: 2 });
    expect(final.last_error).toMatch(/gave up after 2 attempts/);
    const { events } = await messageView(ticket.id, sent.id);
    expect(events.some((e) => e.type === 'message.delivery_failed')).toBe(true);
  });

  it('never sends one message twice, however many workers and jobs race for it', async () => {
    const { ticketId } = await emailTicket(shop, supportMailbox, { subject: 'Race' });
    const sent = await reply(ticketId, 'Exactly once, please');
    const row = await outboundOf(sent.id);
    // Extra jobs for the same message, as a retry click or a replayed enqueue might make.
    await enqueue(t.runtime.db, EMAIL_SEND_JOB, { outboundId: row.id }, { dedupeKey: `race-a-${row.id}` });
    await enqueue(t.runtime.db, EMAIL_SEND_JOB, { outboundId: row.id }, { dedupeKey: `race-b-${row.id}` });
    const workers = [0, 1, 2].map(() => new JobWorker(t.runtime.database, { concurrency: 4 }).register(EMAIL_SEND_JOB, sendEmailJob(t.runtime.db)));
    const handler = sendEmailJob(t.runtime.db);
    const job = { id: 0, name: EMAIL_SEND_JOB, payload: { outboundId: row.id }, attempts: 1, maxAttempts: 15 };
    const direct = await Promise.allSettled([
      ...workers.map((w) => w.drain()),
      handler({ outboundId: row.id }, { job, db: t.runtime.db }),
      handler({ outboundId: row.id }, { job, db: t.runtime.db }),
    ]);
    // A run that finds the message taken returns without sending (and queues a later check).
    expect(direct.filter((r) => r.status === 'rejected')).toEqual([]);
    for (let round = 0; round < 5; round++) {
      await makeSendJobsDue();
      await Promise.all(workers.map((w) => w.drain()));
    }
    expect(await outboundOf(sent.id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(await capture.withMessageId(row.message_id_header)).toHaveLength(1);
  });

  it('takes over a send from a process that died, and leaves one that is alive alone', async () => {
    const { ticketId } = await emailTicket(shop, supportMailbox, { subject: 'Crash' });
    const sent = await reply(ticketId, 'Sent after a crash');
    const row = await outboundOf(sent.id);
    // Another process claimed it and is sending right now (its lease runs for a minute).
    await sql`update outbound_emails set status = 'sending', locked_by = 'other-process', locked_until = now() + interval '1 minute', attempts = 1 where id = ${row.id}`.execute(t.runtime.db);
    await t.runtime.worker.drain();
    expect(await outboundOf(sent.id)).toMatchObject({ status: 'sending', locked_by: 'other-process' });
    expect(await capture.withMessageId(row.message_id_header)).toHaveLength(0);
    // A check is queued for when that lease ends.
    const check = await t.runtime.db.selectFrom('jobs').select(['status', 'run_at']).where('dedupe_key', 'like', `${EMAIL_SEND_JOB}:${row.id}:check%`).executeTakeFirstOrThrow();
    expect(check.status).toBe('queued');
    expect(check.run_at.getTime()).toBeGreaterThan(Date.now() + 30_000);
    // It died: the lease runs out and the next run sends the message.
    await sql`update outbound_emails set locked_until = now() - interval '1 second' where id = ${row.id}`.execute(t.runtime.db);
    await makeSendJobsDue();
    await t.runtime.worker.drain();
    expect(await outboundOf(sent.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await capture.withMessageId(row.message_id_header)).toHaveLength(1);
  });

  it('sends the message\'s attachments from the attachment store', async () => {
    const { ticketId } = await emailTicket(shop, supportMailbox, { subject: 'Invoice' });
    const sent = await reply(ticketId, 'Your invoice is attached.');
    const content = Buffer.from('%PDF-1.4 invoice 1042 ' + randomBytes(64).toString('hex'));
    const store = new AttachmentStore(path.join(t.config.dataDir, 'attachments'));
    await addAttachment(t.runtime.db, store, t.workspaceId, sent.id, { filename: 'Rechnung 1042.pdf', contentType: 'application/pdf', content });
    // A worker whose handler has no store fails the message visibly instead of dropping the file.
    const storeless = new JobWorker(t.runtime.database, { concurrency: 1 }).register(EMAIL_SEND_JOB, sendEmailJob(t.runtime.db));
    const withStore = new JobWorker(t.runtime.database, { concurrency: 1 }).register(EMAIL_SEND_JOB, sendEmailJob(t.runtime.db, { attachments: store }));
    await storeless.drain();
    const row = await outboundOf(sent.id);
    expect(row).toMatchObject({ status: 'failed' });
    expect(row.last_error).toMatch(/attachment store/);

    expect(await retryOutboundEmail(t.runtime.db, t.workspaceId, sent.id)).toBe('queued');
    await withStore.drain();
    expect((await outboundOf(sent.id)).status).toBe('sent');
    const { mail } = (await capture.withMessageId(row.message_id_header))[0]!;
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({ filename: 'Rechnung 1042.pdf', contentType: 'application/pdf' });
    expect(mail.attachments[0]!.content.equals(content)).toBe(true);
  });

  it('records a bounce against the message by its Message-ID', async () => {
    const { ticketId } = await emailTicket(shop, supportMailbox, { subject: 'Bounce later' });
    const sent = await reply(ticketId, 'This one bounces after delivery');
    await t.runtime.worker.drain();
    const row = await outboundOf(sent.id);
    expect(row.status).toBe('sent');
    const diagnostic = 'smtp; 550 5.1.1 The email account that you tried to reach does not exist';
    expect(await markOutboundBounced(t.runtime.db, t.workspaceId, `<${row.message_id_header}>`, diagnostic)).toEqual({ ticketId });
    expect(await markOutboundBounced(t.runtime.db, t.workspaceId, row.message_id_header, diagnostic)).toEqual({ ticketId });
    expect(await markOutboundBounced(t.runtime.db, t.workspaceId, '<unknown@nowhere.example>', diagnostic)).toBeNull();
    const { message, events } = await messageView(ticketId, sent.id);
    expect(message.delivery).toMatchObject({ status: 'bounced', error: diagnostic });
    expect(events.filter((e) => e.type === 'message.bounced')).toHaveLength(1);
  });

  it('does nothing without a mailbox, and shows a failure when the buyer has no address', async () => {
    const plain = await createTestBrand(admin.api, 'No Mail Brand', 'shopify');
    const ticket = await createTestTicket(agent.api, plain);
    const sent = await reply(ticket.id, 'Stored, not e-mailed');
    expect(sent.delivery).toBeNull();
    expect(await t.runtime.db.selectFrom('outbound_emails').select('id').where('message_id', '=', sent.id).executeTakeFirst()).toBeUndefined();

    const chat = await createTestTicket(agent.api, shop, { channel: 'chat', customer: { email: 'chatter@example.de' } });
    expect((await reply(chat.id, 'Answered in the chat')).delivery).toBeNull();

    const phoneOnly = await createTestTicket(agent.api, shop, { customer: { phone: '+49 30 1234567', name: 'Phone Buyer' } });
    const noAddress = await reply(phoneOnly.id, 'Where do I send this?');
    expect(noAddress.delivery).toMatchObject({ status: 'failed', to: [], error: 'No e-mail address for this buyer' });
    const jobs = await t.runtime.db.selectFrom('jobs').select('id').where('dedupe_key', 'like', `${EMAIL_SEND_JOB}:${(await outboundOf(noAddress.id)).id}%`).execute();
    expect(jobs).toHaveLength(0);
    expect(await retryOutboundEmail(t.runtime.db, t.workspaceId, noAddress.id)).toBe('not_retryable');
  });

  it('tests SMTP settings: ok against a server, clear failures otherwise', async () => {
    const settings = { host: '127.0.0.1', port: capture.port, security: 'starttls' as const, user: SMTP_USER, auth: 'password' as const, secret: SMTP_PASSWORD };
    const ok = await testSmtpConnection(settings);
    expect(ok).toMatchObject({ ok: true });
    expect(ok.message).toContain(`signed in as ${SMTP_USER}`);

    const wrongPassword = await testSmtpConnection({ ...settings, secret: 'nope' });
    expect(wrongPassword.ok).toBe(false);
    expect(wrongPassword.message).toMatch(/refused the login for meridian.*535/);

    const port = await closedPort();
    const closed = await testSmtpConnection({ ...settings, port });
    expect(closed.ok).toBe(false);
    expect(closed.message).toBe(`Nothing accepts connections at 127.0.0.1:${port} (connection refused). Check the host and port.`);

    const wrongTls = await testSmtpConnection({ ...settings, security: 'tls' }, { timeoutMs: 3000 });
    expect(wrongTls.ok).toBe(false);
    expect(wrongTls.message).toMatch(/TLS/);
  });

  it('requires STARTTLS for a remote relay, not for a loopback one; "none" never upgrades', () => {
    const base = { port: 587, user: 'u', auth: 'password' as const, secret: 'p' };
    expect(smtpTransportOptions({ ...base, host: 'smtp.example.com', security: 'starttls' })).toMatchObject({ secure: false, requireTLS: true, ignoreTLS: false, auth: { user: 'u', pass: 'p' } });
    expect(smtpTransportOptions({ ...base, host: '127.0.0.1', security: 'starttls' })).toMatchObject({ secure: false, requireTLS: false, ignoreTLS: false });
    expect(smtpTransportOptions({ ...base, host: 'smtp.example.com', security: 'tls', port: 465 })).toMatchObject({ secure: true, requireTLS: false });
    expect(smtpTransportOptions({ ...base, host: 'smtp.example.com', security: 'none' })).toMatchObject({ secure: false, requireTLS: false, ignoreTLS: true });
    expect(smtpTransportOptions({ ...base, host: 'smtp.office365.com', security: 'starttls', auth: 'oauth2' }).auth).toEqual({ type: 'OAuth2', user: 'u', accessToken: 'p' });
    expect(smtpTransportOptions({ ...base, host: 'relay.local', security: 'none', user: null, secret: null }).auth).toBeUndefined();
  });
});

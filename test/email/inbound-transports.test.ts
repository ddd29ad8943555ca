import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpListener } from '../../src/modules/email/smtp/smtp-listener.js';
import { composeEmail, createBrandWithMailbox } from '../helpers/email.js';
import { createTestAgent, createTestApp, loginClient, type TestAgent, type TestApp } from '../helpers/test-app.js';

describe('inbound paths: SMTP listener and the raw-MIME endpoint end in the same pipeline', () => {
  let t: TestApp;
  let admin: TestAgent;
  let listener: SmtpListener;
  let port: number;
  let brandId: string;
  let mailboxId: string;
  let address: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin');
    ({ brandId, mailboxId, address } = await createBrandWithMailbox(t, { address: 'help@forward.example' }));
    listener = new SmtpListener(t.runtime.db, { host: '127.0.0.1', port: 0, maxMessageBytes: 200_000 });
    port = await listener.listen();
  });
  afterAll(async () => {
    await listener.close();
    await t.close();
  });

  const transport = () => nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, tls: { rejectUnauthorized: false } });

  it('answers 250 only once the message is stored, and files it as a ticket', async () => {
    const info = await transport().sendMail({
      from: { name: 'Marie Dubois', address: 'marie@exemple.fr' },
      to: 'Help <help+forwarded@forward.example>',
      subject: 'Colis abîmé',
      text: 'Bonjour, le colis est arrivé avec un coin écrasé. Que puis-je faire ?',
      messageId: '<smtp-1@exemple.fr>',
    });
    expect(info.accepted).toEqual(['help+forwarded@forward.example']);
    // The 250 came back: the raw message must already be committed.
    const stored = await t.runtime.db.selectFrom('inbound_emails').select(['id', 'source', 'mailbox_id', 'envelope']).where('message_id_header', '=', 'smtp-1@exemple.fr').executeTakeFirstOrThrow();
    expect(stored.source).toBe('smtp');
    expect(stored.mailbox_id).toBe(mailboxId);
    expect((stored.envelope as { mailFrom: string }).mailFrom).toBe('marie@exemple.fr');

    await t.runtime.email.processor.drain();
    const { body } = await admin.api.get('/api/tickets?q=abîmé');
    expect(body.items).toHaveLength(1);
    expect(body.items[0].subject).toBe('Colis abîmé');
    expect(body.items[0].channel).toBe('email');
  });

  it('refuses mail for addresses that are not a mailbox, and mail over the size limit', async () => {
    await expect(transport().sendMail({ from: 'a@b.example', to: 'nobody@forward.example', subject: 'x', text: 'x' })).rejects.toThrow(/550|No mailbox/);
    await expect(
      transport().sendMail({ from: 'a@b.example', to: address, subject: 'big', text: 'x'.repeat(300_000) }),
    ).rejects.toThrow(/552|larger/);
  });

  it('takes a raw message over HTTP with an API token, 202 with the stored id, idempotently', async () => {
    const raw = await composeEmail({ from: 'kenji@example.jp', to: address, subject: '注文について', text: '注文番号 #1043 の発送状況を教えてください。', messageId: '<api-1@example.jp>' });
    const post = () =>
      fetch(`${t.baseUrl}/api/inbound/mime?brand=${brandId}&mailbox=${mailboxId}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'message/rfc822' },
        body: raw,
      });
    const first = await post();
    expect(first.status).toBe(202);
    const accepted = (await first.json()) as { id: number; duplicate: boolean };
    expect(accepted.duplicate).toBe(false);
    const again = (await (await post()).json()) as unknown;
    expect(again).toEqual({ id: accepted.id, duplicate: true });
    await t.runtime.email.processor.drain();
    const row = await t.runtime.db.selectFrom('inbound_emails').select(['status', 'ticket_id']).where('id', '=', accepted.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('delivered');
    const ticket = (await admin.api.get(`/api/tickets/${row.ticket_id}`)).body;
    expect(ticket.subject).toBe('注文について');
    expect(ticket.messages[0].text).toContain('発送状況');
  });

  it('explains what is wrong with a bad raw-MIME request instead of storing it', async () => {
    const url = `${t.baseUrl}/api/inbound/mime?brand=${brandId}`;
    const headers = { authorization: `Bearer ${admin.token}` };
    expect((await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'text/plain' }, body: 'hello' })).status).toBe(415);
    expect((await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'message/rfc822' }, body: '' })).status).toBe(422);
    const unknownBrand = await fetch(`${t.baseUrl}/api/inbound/mime?brand=00000000-0000-4000-8000-000000000000`, { method: 'POST', headers: { ...headers, 'content-type': 'message/rfc822' }, body: 'From: a@b.c\r\n\r\nx' });
    expect(unknownBrand.status).toBe(404);
    const agent = await createTestAgent(t, 'agent');
    expect((await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${agent.token}`, 'content-type': 'message/rfc822' }, body: 'From: a@b.c\r\n\r\nx' })).status).toBe(403);
    const session = await loginClient(t.baseUrl, admin.email, admin.password);
    expect((await session.request('POST', `/api/inbound/mime?brand=${brandId}`, undefined, { 'content-type': 'message/rfc822' })).status).toBeGreaterThanOrEqual(400);
  });

  it('quarantines garbage posted to the endpoint instead of losing it or stopping the queue', async () => {
    const garbage = Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37, 0x00, 0x42]);
    const res = await fetch(`${t.baseUrl}/api/inbound/mime?brand=${brandId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'message/rfc822' },
      body: garbage,
    });
    expect(res.status).toBe(202);
    const garbageId = ((await res.json()) as { id: number }).id;
    const good = await composeEmail({ from: 'ana@example.es', to: address, subject: 'Talla', text: '¿Tienen la talla M?', messageId: '<after-garbage@example.es>' });
    const res2 = await fetch(`${t.baseUrl}/api/inbound/mime?brand=${brandId}`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'message/rfc822' }, body: good });
    await t.runtime.email.processor.drain();
    const held = (await admin.api.get('/api/email/quarantine')).body.items;
    const garbageRow = held.find((h: { id: number }) => h.id === garbageId);
    expect(garbageRow.status).toBe('quarantined');
    expect(garbageRow.reason).toBeTruthy();
    const goodRow = await t.runtime.db.selectFrom('inbound_emails').select('status').where("id", "=", ((await res2.json()) as { id: number }).id).executeTakeFirstOrThrow();
    expect(goodRow.status).toBe('delivered');
  });
});

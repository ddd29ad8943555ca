import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestRawEmail } from '../../src/modules/email/inbound/ingest.js';
import { composeEmail, createBrandWithMailbox, deliverRaw } from '../helpers/email.js';
import { createTestAgent, createTestApp, type TestAgent, type TestApp } from '../helpers/test-app.js';

interface Expected {
  file: string;
  subject: string;
  from: string;
  text: string;
  thread: string;
  machine: string | null;
  marketplace: { marketplace: string; orderNumber: string | null } | null;
  attachments: number;
  malformed?: boolean;
}

const FIXTURES = path.resolve('test/fixtures/email');
const expected: Expected[] = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8'));

/** A fixed shuffle, so replies regularly arrive before the messages they answer. */
function shuffled<T>(items: T[], seed = 7): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('inbound e-mail: the fixture corpus through the whole pipeline', () => {
  let t: TestApp;
  let admin: TestAgent;
  let brandId: string;
  const rows = new Map<string, { status: string; ticket_id: number | null; message_id: number | null; reason: string | null }>();

  beforeAll(async () => {
    // The corpus's limits (see parse/corpus.test.ts): its over-limit fixture needs no megabytes.
    t = await createTestApp({ MERIDIAN_EMAIL_ATTACHMENT_MAX_BYTES: String(64 * 1024), MERIDIAN_EMAIL_ATTACHMENTS_TOTAL_MAX_BYTES: String(256 * 1024) });
    admin = await createTestAgent(t, 'admin');
    ({ brandId } = await createBrandWithMailbox(t));
    const ids = new Map<string, number>();
    for (const fixture of shuffled(expected)) {
      const raw = readFileSync(path.join(FIXTURES, fixture.file));
      ids.set(fixture.file, (await ingestRawEmail(t.runtime.db, { workspaceId: t.workspaceId, brandId, mailboxId: null, source: 'api', raw })).id);
    }
    await t.runtime.email.processor.drain();
    for (const [file, id] of ids) {
      rows.set(file, await t.runtime.db.selectFrom('inbound_emails').select(['status', 'ticket_id', 'message_id', 'reason']).where('id', '=', id).executeTakeFirstOrThrow());
    }
  }, 120_000);
  afterAll(() => t.close());

  it('quarantines every malformed message with a reason and files every other one', () => {
    for (const fixture of expected) {
      const row = rows.get(fixture.file)!;
      if (fixture.malformed) {
        expect(row.status, fixture.file).toBe('quarantined');
        expect(row.reason, fixture.file).toBeTruthy();
      } else if (fixture.machine === 'bounce' || fixture.machine === 'mailer_daemon') {
        // Bounces of mail this workspace never sent have nothing to attach to.
        expect(['delivered', 'suppressed'], fixture.file).toContain(row.status);
      } else {
        expect(row.status, `${fixture.file}: ${row.reason}`).toBe('delivered');
      }
    }
  });

  it('shows each buyer message with quoted history and signature cut, and the subject and sender decoded', async () => {
    for (const fixture of expected.filter((f) => !f.malformed && rows.get(f.file)!.status === 'delivered')) {
      const row = rows.get(fixture.file)!;
      const { body } = await admin.api.get(`/api/tickets/${row.ticket_id}`);
      const message = body.messages.find((m: { id: number }) => m.id === row.message_id);
      expect(message.text.trim(), fixture.file).toBe(fixture.text.trim());
      expect(message.source.from, fixture.file).toContain(fixture.from);
      expect(message.source.machine, fixture.file).toBe(fixture.machine);
      expect(message.attachments.length, fixture.file).toBe(fixture.attachments);
    }
  });

  it('puts the messages of one conversation in one ticket, whatever order they arrived in, and different ones apart', () => {
    const ticketOf = new Map<string, Set<number>>();
    for (const fixture of expected.filter((f) => !f.malformed && rows.get(f.file)!.status === 'delivered' && !f.machine)) {
      const set = ticketOf.get(fixture.thread) ?? new Set<number>();
      set.add(rows.get(fixture.file)!.ticket_id!);
      ticketOf.set(fixture.thread, set);
    }
    const owners = new Map<number, string>();
    for (const [thread, tickets] of ticketOf) {
      expect([...tickets], `thread ${thread}`).toHaveLength(1);
      const ticketId = [...tickets][0]!;
      expect(owners.get(ticketId), `ticket ${ticketId} holds threads ${owners.get(ticketId)} and ${thread}`).toBeUndefined();
      owners.set(ticketId, thread);
    }
    expect(ticketOf.size).toBeGreaterThanOrEqual(10);
  });

  it('records the marketplace and order number of relayed marketplace messages', async () => {
    const relayed = expected.filter((f) => f.marketplace && !f.malformed);
    expect(relayed.length).toBeGreaterThanOrEqual(3);
    for (const fixture of relayed) {
      const { body } = await admin.api.get(`/api/tickets/${rows.get(fixture.file)!.ticket_id}`);
      expect(body.channel, fixture.file).toBe('marketplace');
      expect(body.marketplace, fixture.file).toBe(fixture.marketplace!.marketplace);
      if (fixture.marketplace!.orderNumber) expect(body.marketplaceOrderId, fixture.file).toBe(fixture.marketplace!.orderNumber);
    }
  });

  it('pages through the quarantine with the list cursor and refuses a cursor it did not make', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: number }[]; nextCursor: string | null } } = await admin.api.get(`/api/email/quarantine?status=quarantined&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(expected.filter((f) => f.malformed).length);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    expect((await admin.api.get('/api/email/quarantine?cursor=12')).status).toBe(400);
  });

  it('lists quarantined messages for admins with their reason, and the raw bytes are kept', async () => {
    const malformed = expected.filter((f) => f.malformed);
    const { status, body } = await admin.api.get('/api/email/quarantine?status=quarantined&limit=200');
    expect(status).toBe(200);
    expect(body.items.length).toBe(malformed.length);
    expect(body.items.every((item: { reason: string | null }) => item.reason && item.reason.length > 10)).toBe(true);
    const first = body.items[0];
    const raw = await fetch(`${t.baseUrl}/api/email/inbound/${first.id}/raw`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(raw.status).toBe(200);
    expect((await raw.arrayBuffer()).byteLength).toBe(first.sizeBytes);
  });
});

describe('inbound e-mail: threading and reopening', () => {
  let t: TestApp;
  let admin: TestAgent;
  let brandId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin');
    ({ brandId } = await createBrandWithMailbox(t));
  });
  afterAll(() => t.close());

  const buyer = { name: 'Lena Vogel', address: 'lena.vogel@example.de' };

  it('files a reply that arrives before its original in the same ticket, and the original shows first', async () => {
    const reply = await composeEmail({
      from: buyer, to: 'support@shop.example', subject: 'AW: Lieferung', text: 'Hallo, gibt es schon eine Sendungsnummer?',
      messageId: '<reply-1@example.de>', inReplyTo: '<orig-1@example.de>', references: '<orig-1@example.de>', date: new Date('2026-11-20T12:00:00Z'),
    });
    const original = await composeEmail({
      from: buyer, to: 'support@shop.example', subject: 'Lieferung', text: 'Guten Tag, wann wird meine Bestellung 1042 verschickt?',
      messageId: '<orig-1@example.de>', date: new Date('2026-11-20T09:00:00Z'),
    });
    const first = await deliverRaw(t, brandId, reply);
    const second = await deliverRaw(t, brandId, original);
    expect(second.ticket_id).toBe(first.ticket_id);
    const { body } = await admin.api.get(`/api/tickets/${first.ticket_id}`);
    expect(body.subject).toBe('Lieferung');
    expect(body.messages.map((m: { text: string }) => m.text)).toEqual([
      'Guten Tag, wann wird meine Bestellung 1042 verschickt?',
      'Hallo, gibt es schon eine Sendungsnummer?',
    ]);
  });

  it('stores a message delivered twice (re-fetch after a crash) once', async () => {
    const raw = await composeEmail({ from: buyer, to: 'support@shop.example', subject: 'Rechnung', text: 'Bitte senden Sie mir die Rechnung.', messageId: '<twice@example.de>' });
    const a = await ingestRawEmail(t.runtime.db, { workspaceId: t.workspaceId, brandId, mailboxId: null, source: 'imap', raw });
    // The same message again, now with a trace header a relay added on the way.
    const relayed = Buffer.concat([Buffer.from('Received: from relay.example by mx.shop.example; Tue, 1 Dec 2026 04:00:00 +0000\r\n'), raw]);
    const b = await ingestRawEmail(t.runtime.db, { workspaceId: t.workspaceId, brandId, mailboxId: null, source: 'smtp', raw: relayed });
    expect(b).toEqual({ id: a.id, duplicate: true });
    await t.runtime.email.processor.drain();
    const messages = await t.runtime.db.selectFrom('messages').select('id').where('external_id', '=', 'twice@example.de').execute();
    expect(messages).toHaveLength(1);
  });

  it('reopens a solved ticket when the buyer writes again, and starts a linked ticket for a closed one', async () => {
    const first = await deliverRaw(t, brandId, await composeEmail({ from: buyer, to: 'support@shop.example', subject: 'Umtausch', text: 'Ich möchte die Größe tauschen.', messageId: '<swap-1@example.de>' }));
    await admin.api.patch(`/api/tickets/${first.ticket_id}`, { status: 'solved' });
    const again = await deliverRaw(t, brandId, await composeEmail({ from: buyer, to: 'support@shop.example', subject: 'Re: Umtausch', text: 'Noch eine Frage dazu.', messageId: '<swap-2@example.de>', inReplyTo: '<swap-1@example.de>' }));
    expect(again.ticket_id).toBe(first.ticket_id);
    expect((await admin.api.get(`/api/tickets/${first.ticket_id}`)).body.status).toBe('open');

    await admin.api.patch(`/api/tickets/${first.ticket_id}`, { status: 'closed' });
    const late = await deliverRaw(t, brandId, await composeEmail({ from: buyer, to: 'support@shop.example', subject: 'Re: Umtausch', text: 'Das Paket ist nie angekommen.', messageId: '<swap-3@example.de>', inReplyTo: '<swap-2@example.de>' }));
    expect(late.ticket_id).not.toBe(first.ticket_id);
    const linked = (await admin.api.get(`/api/tickets/${late.ticket_id}`)).body;
    expect(linked.linkedTicketId).toBe(first.ticket_id);
    expect((await admin.api.get(`/api/tickets/${first.ticket_id}`)).body.status).toBe('closed');
  });

  it('threads by the [#id] subject token only for the ticket’s own buyer', async () => {
    const first = await deliverRaw(t, brandId, await composeEmail({ from: buyer, to: 'support@shop.example', subject: 'Farbe', text: 'Gibt es das auch in Blau?', messageId: '<color-1@example.de>' }));
    const token = `Re: Farbe [#${first.ticket_id}]`;
    const same = await deliverRaw(t, brandId, await composeEmail({ from: buyer, to: 'support@shop.example', subject: token, text: 'Und in Grün?', messageId: '<color-2@example.de>' }));
    expect(same.ticket_id).toBe(first.ticket_id);
    const stranger = await deliverRaw(t, brandId, await composeEmail({ from: 'someone@else.example', to: 'support@shop.example', subject: token, text: 'Hijack', messageId: '<color-3@else.example>' }));
    expect(stranger.ticket_id).not.toBe(first.ticket_id);
  });

  it('never reopens a ticket for an auto-reply and marks it as machine mail', async () => {
    const first = await deliverRaw(t, brandId, await composeEmail({ from: buyer, to: 'support@shop.example', subject: 'Garantie', text: 'Wie lange gilt die Garantie?', messageId: '<warranty-1@example.de>' }));
    await admin.api.patch(`/api/tickets/${first.ticket_id}`, { status: 'solved' });
    const ooo = await deliverRaw(t, brandId, await composeEmail({
      from: buyer, to: 'support@shop.example', subject: 'Abwesenheitsnotiz: Re: Garantie', text: 'Ich bin bis zum 10. Dezember nicht im Büro.',
      messageId: '<ooo-1@example.de>', inReplyTo: '<warranty-1@example.de>', headers: { 'Auto-Submitted': 'auto-replied' },
    }));
    expect(ooo.ticket_id).toBe(first.ticket_id);
    const ticket = (await admin.api.get(`/api/tickets/${first.ticket_id}`)).body;
    expect(ticket.status).toBe('solved');
    expect(ticket.messages.at(-1).source.machine).toBeTruthy();
  });

  it('suppresses a mail loop: the same text from one sender again and again', async () => {
    const results = [];
    for (let i = 0; i < 5; i++) {
      results.push(await deliverRaw(t, brandId, await composeEmail({ from: 'robot@loop.example', to: 'support@shop.example', subject: `Ticket received ${i}`, text: 'We have received your message and will reply shortly.', messageId: `<loop-${i}@loop.example>` })));
    }
    expect(results.slice(0, 3).every((r) => r.status === 'delivered')).toBe(true);
    expect(results.slice(3).every((r) => r.status === 'suppressed')).toBe(true);
    expect(results[4]!.reason).toMatch(/loop/i);
  });

  it('attaches a bounce to the ticket of the reply that bounced and shows the reason on that reply', async () => {
    const first = await deliverRaw(t, brandId, await composeEmail({ from: 'lena.hoffmann@mailhost.example', to: 'support@shop.example', subject: 'Lieferzeit Sofakissen', text: 'Wann sind die Kissen wieder da?', messageId: '<cushion-1@mailhost.example>' }));
    const reply = await admin.api.post(`/api/tickets/${first.ticket_id}/reply`, { text: 'Ab dem 16. März wieder auf Lager.', status: 'pending' });
    expect(reply.status).toBeLessThan(300);
    const outbound = await t.runtime.db.selectFrom('outbound_emails').select(['message_id', 'message_id_header']).where('ticket_id', '=', first.ticket_id!).executeTakeFirstOrThrow();
    const dsn = readFileSync(path.join(FIXTURES, 'machine-bounce-dsn-postfix.eml'), 'latin1').replace('meridian.1.2.abc@shop.example', outbound.message_id_header);
    const bounce = await deliverRaw(t, brandId, Buffer.from(dsn, 'latin1'));
    expect(bounce.status).toBe('delivered');
    expect(bounce.ticket_id).toBe(first.ticket_id);
    const ticket = (await admin.api.get(`/api/tickets/${first.ticket_id}`)).body;
    expect(ticket.status).toBe('pending');
    const sent = ticket.messages.find((m: { id: number }) => m.id === outbound.message_id);
    expect(sent.delivery.status).toBe('bounced');
    expect(sent.delivery.error).toMatch(/5\.1\.1|does not exist/);
    expect(ticket.messages.find((m: { id: number }) => m.id === bounce.message_id).source.machine).toBe('bounce');
  });

  it('files an e-mail whose Message-ID an API-created message already uses, instead of failing on the clash', async () => {
    const created = await admin.api.post('/api/tickets', {
      brandId, channel: 'api', subject: 'Imported', customer: { email: 'old@example.com' }, message: { text: 'Imported history', externalId: 'clash@example.com' },
    });
    expect(created.status).toBe(201);
    const row = await deliverRaw(t, brandId, await composeEmail({ from: 'old@example.com', to: 'support@shop.example', subject: 'Hello again', text: 'Same id as the import.', messageId: '<clash@example.com>' }));
    expect(row.status).toBe('delivered');
    const message = await t.runtime.db.selectFrom('messages').select('external_id').where('id', '=', row.message_id!).executeTakeFirstOrThrow();
    expect(message.external_id).toBe(`clash@example.com#inbound-${row.id}`);
  });
});

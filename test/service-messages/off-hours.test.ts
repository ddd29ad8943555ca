import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localePack } from '../../src/modules/replies/locale/locale-pack.js';
import { formatDateTime } from '../../src/modules/replies/locale/formatting.js';
import { createTicket } from '../../src/modules/tickets/ticket-create.service.js';
import { appendInboundMessage } from '../../src/modules/tickets/ticket-inbound.service.js';
import { composeEmail, createBrandWithMailbox, deliverRaw } from '../helpers/email.js';
import { createTestAgent, createTestApp, type TestAgent, type TestApp } from '../helpers/test-app.js';

// Fixed instants ahead of the wall clock: an acknowledgement is only sent before the team is back.
/** Saturday 7 December 2030, 03:00 UTC (04:00 in Berlin, 12:00 in Tokyo): the team is closed. */
const SATURDAY_NIGHT = '2030-12-07T03:00:00.000Z';
/** Monday 9 December 2030, 09:00 in Berlin: when the team opens again (17:00 in Tokyo). */
const MONDAY_OPENING = '2030-12-09T08:00:00.000Z';
/** Monday 9 December 2030, 10:00 in Berlin: open. */
const MONDAY_MORNING = '2030-12-09T09:00:00.000Z';
const EMERGENCY = '+49 30 901820';

interface Event {
  type: string;
  data: Record<string, unknown>;
}
interface Message {
  id: number;
  direction: string;
  text: string;
  language: string | null;
  author: { kind: string; id: string | null };
}

describe('off-hours acknowledgement', () => {
  let t: TestApp;
  let admin: TestAgent;
  let agent: TestAgent;
  let brandId: string;
  let mailbox: string;
  let teamId: string;
  let buyers = 0;

  /** A ticket from a Japanese buyer of the Berlin team, written at `at`. */
  async function japaneseTicket(at: string, overrides: Record<string, unknown> = {}) {
    buyers++;
    const res = await agent.api.post('/api/tickets', {
      brandId,
      teamId,
      channel: 'email',
      subject: '注文の配送について',
      language: 'ja',
      customer: { email: `yamada${buyers}@example.jp`, firstName: '太郎', lastName: '山田', country: 'JP', language: 'ja' },
      message: { text: '先週注文した商品がまだ届いていません。配送状況を確認していただけますか。', createdAt: at },
      ...overrides,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return (await agent.api.get(`/api/tickets/${res.body.id}`)).body as { id: number; status: string; firstAgentReplyAt: string | null; firstResponseDueAt: string | null; messages: Message[]; events: Event[] };
  }

  /** A further buyer message on the ticket, as a channel files it (`machine`: an auto-reply). */
  async function followUp(ticketId: number, text: string, at: string, options: { machine?: boolean } = {}) {
    const { customer_id } = await t.runtime.db.selectFrom('tickets').select('customer_id').where('id', '=', ticketId).executeTakeFirstOrThrow();
    return t.runtime.db.transaction().execute((trx) =>
      appendInboundMessage(trx, { workspaceId: t.workspaceId, ticketId, authorCustomerId: customer_id, text, html: null, externalId: null, channelMeta: {}, at: new Date(at), reopens: !options.machine }),
    );
  }

  /** Switches every SLA policy of the workspace on or off (the starter set is on by default). */
  async function setPolicies(enabled: boolean) {
    const policies = await admin.api.get('/api/sla/policies');
    for (const policy of policies.body.items as { id: string }[]) {
      const res = await admin.api.patch(`/api/sla/policies/${policy.id}`, { enabled });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
  }

  const acks = (ticket: { events: Event[] }) => ticket.events.filter((e) => e.type === 'sla.off_hours_acknowledged');
  const outbound = (ticket: { messages: Message[] }) => ticket.messages.filter((m) => m.direction === 'outbound');

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin', 'senior');
    agent = await createTestAgent(t, 'agent', 'junior');
    ({ brandId, address: mailbox } = await createBrandWithMailbox(t, { brandName: 'Nordlicht Home' }));
    const team = await admin.api.post('/api/teams', { name: 'Berlin support' });
    expect(team.status).toBe(201);
    teamId = team.body.id;
    // Monday to Friday 09:00–18:00 in Berlin: the team's calendar and the workspace default (for e-mail tickets without a team).
    const day = [['09:00', '18:00']];
    const calendar = await admin.api.post('/api/sla/calendars', {
      name: 'Berlin office',
      timezone: 'Europe/Berlin',
      weekly: { mon: day, tue: day, wed: day, thu: day, fri: day },
      isDefault: true,
      teamIds: [teamId],
    });
    expect(calendar.status, JSON.stringify(calendar.body)).toBe(201);
    // Without a policy the promise is the opening; the promise under a policy has its own case below.
    await setPolicies(false);
  });
  afterAll(() => t.close());

  it('answers a Japanese buyer on a Saturday night, in Japanese, with Monday 09:00 Berlin time as 17:00 Tokyo time and the emergency contact', async () => {
    const brand = await admin.api.patch(`/api/brands/${brandId}`, { replySettings: { emergencyContact: EMERGENCY } });
    expect(brand.status).toBe(200);
    const ticket = await japaneseTicket(SATURDAY_NIGHT);

    const [ack] = acks(ticket);
    expect(acks(ticket)).toHaveLength(1);
    expect(ack!.data).toMatchObject({ replyBy: MONDAY_OPENING, buyerTimeZone: 'Asia/Tokyo' });
    const [message] = outbound(ticket);
    expect(outbound(ticket)).toHaveLength(1);
    expect(ack!.data.messageId).toBe(message!.id);
    expect(message!.language).toBe('ja');
    expect(message!.author.kind).toBe('system');
    expect(message!.text.split('\n')[0]).toBe('山田様');
    expect(message!.text).toContain('営業時間外');
    const promised = formatDateTime(localePack('ja-JP'), new Date(MONDAY_OPENING), 'Asia/Tokyo');
    expect(promised).toMatch(/12月9日.*月曜日.*17:00/);
    expect(message!.text).toContain(promised);
    expect(message!.text).toContain(EMERGENCY);
    expect(message!.text).not.toMatch(/\{\{|\}\}/);

    // An automatic message is not the team's reply: the clock keeps running, the ticket stays new.
    expect(ticket.firstAgentReplyAt).toBeNull();
    expect(ticket.status).toBe('new');
    const sent = ticket.events.find((e) => e.type === 'message.sent');
    expect(sent?.data).toMatchObject({ messageId: message!.id, templateKey: 'service.off_hours', automatic: true });

    // It goes out by e-mail, marked as an automatic answer.
    const email = await t.runtime.db.selectFrom('outbound_emails').select(['kind', 'to_addresses', 'status']).where('message_id', '=', message!.id).executeTakeFirstOrThrow();
    expect(email).toMatchObject({ kind: 'automatic', status: 'queued' });
    expect(email.to_addresses[0]).toContain('@example.jp');
  });

  it('acknowledges once per ticket: a second buyer message that night gets none', async () => {
    const ticket = await japaneseTicket(SATURDAY_NIGHT);
    expect(acks(ticket)).toHaveLength(1);
    await followUp(ticket.id, '追加の情報です。注文番号は 4711 です。', '2030-12-07T05:00:00Z');
    const after = (await agent.api.get(`/api/tickets/${ticket.id}`)).body;
    expect(after.messages.filter((m: Message) => m.direction === 'inbound')).toHaveLength(2);
    expect(acks(after)).toHaveLength(1);
    expect(outbound(after)).toHaveLength(1);
  });

  it('never answers machine mail: neither a ticket an auto-reply starts nor an auto-reply on a ticket', async () => {
    const principal = { agentId: admin.id, workspaceId: t.workspaceId, email: admin.email, name: 'Admin', role: 'admin' as const, level: 'senior' as const, brandIds: [], via: 'token' as const };
    const input = (who: string) => ({
      brandId,
      channel: 'email' as const,
      subject: 'Automatische Antwort: Lieferung',
      customer: { email: `${who}@example.de` },
      message: { text: 'Ich bin bis zum 6. Januar nicht im Büro.', createdAt: SATURDAY_NIGHT },
    });
    const machine = await createTicket(t.runtime.db, principal, input('hans'), { machineMail: true });
    const person = await createTicket(t.runtime.db, principal, input('erika'));
    const quiet = (await agent.api.get(`/api/tickets/${machine.ticketId}`)).body;
    expect(acks(quiet)).toHaveLength(0);
    expect(outbound(quiet)).toHaveLength(0);
    // The same message from a person is acknowledged: the team-less ticket follows the workspace's default calendar.
    expect(acks((await agent.api.get(`/api/tickets/${person.ticketId}`)).body)).toHaveLength(1);

    const open = await japaneseTicket(MONDAY_MORNING);
    await followUp(open.id, 'Ich bin bis zum 6. Januar nicht im Büro.', SATURDAY_NIGHT.replace('2030-12-07', '2030-12-14'), { machine: true });
    const after = (await agent.api.get(`/api/tickets/${open.id}`)).body;
    expect(acks(after)).toHaveLength(0);
    expect(outbound(after)).toHaveLength(0);
  });

  it('stays silent when the message reaches us only after the team is back (a weekend backlog of e-mail)', async () => {
    // Written on Saturday 28 November 2026, filed now: Monday's opening has passed.
    const raw = await composeEmail({ from: 'Erika Muster <erika.backlog@example.de>', to: mailbox, subject: 'Lieferung', text: 'Wo bleibt meine Bestellung 5521?', date: new Date('2026-11-28T03:00:00Z') });
    const filed = await deliverRaw(t, brandId, raw);
    const ticket = (await agent.api.get(`/api/tickets/${filed.ticket_id}`)).body;
    expect(ticket.messages[0].createdAt).toBe('2026-11-28T03:00:00.000Z');
    expect(acks(ticket)).toHaveLength(0);
    expect(outbound(ticket)).toHaveLength(0);
  });

  it('sends nothing while the team is open', async () => {
    const ticket = await japaneseTicket(MONDAY_MORNING);
    expect(acks(ticket)).toHaveLength(0);
    expect(outbound(ticket)).toHaveLength(0);
  });

  it('leaves marketplace messages alone by default, and acknowledges them once an admin switches the marketplace on', async () => {
    const amazon = { channel: 'marketplace', marketplace: 'amazon', marketplaceOrderId: '302-1234567-1234567' };
    const quiet = await japaneseTicket(SATURDAY_NIGHT, amazon);
    expect(acks(quiet)).toHaveLength(0);
    expect(outbound(quiet)).toHaveLength(0);

    const on = await admin.api.request('PUT', '/api/sla/settings', { offHours: { marketplaces: { amazon: true } } });
    expect(on.status).toBe(200);
    expect(on.body.offHours.marketplaces).toEqual({ default: false, amazon: true });
    const answered = await japaneseTicket(SATURDAY_NIGHT, amazon);
    expect(acks(answered)).toHaveLength(1);
    // Amazon forbids giving the seller's own contact: the acknowledgement leaves the emergency number out.
    expect(outbound(answered)[0]!.text).not.toContain(EMERGENCY);
    // eBay still follows the default.
    expect(acks(await japaneseTicket(SATURDAY_NIGHT, { channel: 'marketplace', marketplace: 'ebay' }))).toHaveLength(0);

    await admin.api.request('PUT', '/api/sla/settings', { offHours: { marketplaces: { amazon: false } } });
  });

  it('follows the per-channel switches: off for e-mail, no acknowledgement', async () => {
    await admin.api.request('PUT', '/api/sla/settings', { offHours: { channels: { email: false } } });
    expect(acks(await japaneseTicket(SATURDAY_NIGHT))).toHaveLength(0);
    await admin.api.request('PUT', '/api/sla/settings', { offHours: { channels: { email: true } } });
  });

  it('acknowledges at most once even when two buyer messages arrive at the same moment', async () => {
    const ticket = await japaneseTicket(MONDAY_MORNING);
    expect(acks(ticket)).toHaveLength(0);
    await Promise.all([followUp(ticket.id, 'もう一度確認させてください。', SATURDAY_NIGHT), followUp(ticket.id, '追加で質問があります。', SATURDAY_NIGHT)]);
    const after = (await agent.api.get(`/api/tickets/${ticket.id}`)).body;
    expect(acks(after)).toHaveLength(1);
    expect(outbound(after)).toHaveLength(1);
  });

  it("promises the team's first-response target instead of the opening when an SLA clock runs", async () => {
    await setPolicies(true);
    try {
      const ticket = await japaneseTicket(SATURDAY_NIGHT, { priority: 'P2' });
      const [ack] = acks(ticket);
      // The P2 starter policy: 2 business hours from the opening, Monday 11:00 in Berlin (19:00 in Tokyo).
      const expected = '2030-12-09T10:00:00.000Z';
      expect(ticket.firstResponseDueAt).toBe(expected);
      expect(ack!.data.replyBy).toBe(expected);
      expect(outbound(ticket)[0]!.text).toContain(formatDateTime(localePack('ja-JP'), new Date(expected), 'Asia/Tokyo'));
    } finally {
      await setPolicies(false);
    }
  });
});

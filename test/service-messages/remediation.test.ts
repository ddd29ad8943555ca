import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../src/modules/replies/locale/formatting.js';
import { localePack } from '../../src/modules/replies/locale/locale-pack.js';
import { sendRemediation } from '../../src/modules/sla/remediation/remediate.js';
import { SYSTEM_ACTOR } from '../../src/modules/tickets/ticket.events.js';
import { createTestAgent, createTestApp, createTestBrand, type TestAgent, type TestApp } from '../helpers/test-app.js';

interface Event {
  type: string;
  actor: { kind: string; id: string | null };
  data: Record<string, unknown>;
}
interface Message {
  id: number;
  direction: string;
  text: string;
  author: { kind: string; id: string | null };
}
interface Ticket {
  id: number;
  status: string;
  firstAgentReplyAt: string | null;
  messages: Message[];
  events: Event[];
}

/** Friday 13 December 2024, 17:30 in Berlin: half an hour before the team closes for the weekend. */
const FRIDAY_EVENING = new Date('2024-12-13T16:30:00Z');

describe('SLA remediation', () => {
  let t: TestApp;
  let admin: TestAgent;
  let lead: TestAgent;
  let agent: TestAgent;
  let shop: string;
  let amazon: string;
  let teamId: string;
  let n = 0;

  async function ticket(brandId: string, overrides: Record<string, unknown> = {}): Promise<Ticket> {
    n++;
    const res = await agent.api.post('/api/tickets', {
      brandId,
      teamId,
      channel: 'email',
      subject: 'Where is my order?',
      language: 'en',
      customer: { email: `jane${n}@example.com`, firstName: 'Jane', lastName: 'Miller', country: 'US', language: 'en' },
      message: { text: 'Hello, my order 1042 has not arrived yet. Could you check, please?' },
      order: { number: '1042', currency: 'USD', total: 40, items: [{ title: 'Linen duvet cover', quantity: 1 }] },
      ...overrides,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }
  const detail = async (id: number): Promise<Ticket> => (await agent.api.get(`/api/tickets/${id}`)).body;
  const outbound = (tk: Ticket) => tk.messages.filter((m) => m.direction === 'outbound');
  const remediations = (tk: Ticket) => tk.events.filter((e) => e.type === 'sla.remediation_sent');

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin', 'senior');
    lead = await createTestAgent(t, 'lead', 'senior');
    agent = await createTestAgent(t, 'agent', 'junior');
    shop = await createTestBrand(admin.api, 'Nordlicht Home', 'shopify');
    amazon = await createTestBrand(admin.api, 'Nordlicht Amazon US', 'amazon');
    teamId = (await admin.api.post('/api/teams', { name: 'Berlin support' })).body.id;
    const day = [['09:00', '18:00']];
    const calendar = await admin.api.post('/api/sla/calendars', { name: 'Berlin office', timezone: 'Europe/Berlin', weekly: { mon: day, tue: day, wed: day, thu: day, fri: day }, teamIds: [teamId] });
    expect(calendar.status, JSON.stringify(calendar.body)).toBe(201);
    // These tickets are created at the wall clock's now: at night in Berlin an off-hours
    // acknowledgement would go out before any remediation (that is off-hours.test.ts's subject).
    const settings = await admin.api.request('PUT', '/api/sla/settings', { offHours: { enabled: false } });
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
  });
  afterAll(() => t.close());

  it('is for leads: an agent may preview it but gets 403 sending it', async () => {
    const tk = await ticket(shop);
    const preview = await agent.api.get(`/api/tickets/${tk.id}/sla/remediation?kind=interim_update`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ kind: 'interim_update', templateKey: 'service.interim_update', findings: [], blocking: false });
    // The time promised, in the buyer's own zone (New York for a US buyer), is in the text.
    expect(preview.body.text).toContain(formatDateTime(localePack('en-US'), new Date(preview.body.replyBy), 'America/New_York'));
    const refused = await agent.api.post(`/api/tickets/${tk.id}/sla/remediation`, { kind: 'interim_update' });
    expect(refused.status).toBe(403);
    expect(outbound(await detail(tk.id))).toHaveLength(0);
  });

  it("a lead's interim update states a concrete time in the buyer's zone and counts as the team's reply", async () => {
    const tk = await ticket(shop, { customer: { email: 'anna.weber@example.de', firstName: 'Anna', lastName: 'Weber', title: 'Frau', country: 'DE', language: 'de' }, language: 'de', subject: 'Wo bleibt meine Bestellung?', message: { text: 'Guten Tag, meine Bestellung 1042 ist noch nicht angekommen.' } });
    const res = await lead.api.post(`/api/tickets/${tk.id}/sla/remediation`, { kind: 'interim_update' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('sent');
    // At most two business hours ahead (Berlin office hours), on a quarter hour.
    const replyBy = new Date(res.body.replyBy);
    expect(replyBy.getTime() % (15 * 60_000)).toBe(0);
    expect(replyBy.getTime()).toBeGreaterThan(Date.now());

    const after = await detail(tk.id);
    const [message] = outbound(after);
    expect(message).toMatchObject({ id: res.body.messageId, author: { kind: 'agent', id: lead.id } });
    expect(message!.text.split('\n')[0]).toMatch(/^Sehr geehrte Frau Weber/);
    expect(message!.text).toContain(formatDateTime(localePack('de-DE'), replyBy, 'Europe/Berlin'));
    expect(remediations(after)).toEqual([expect.objectContaining({ data: { kind: 'interim_update', messageId: res.body.messageId, automatic: false }, actor: { kind: 'api', id: lead.id } })]);
    // A person chose to write to the buyer: that is a reply.
    expect(after.firstAgentReplyAt).not.toBeNull();
    expect(after.status).toBe('open');
  });

  it('an apology on an e-mail ticket offers the 10% voucher', async () => {
    const tk = await ticket(shop);
    const res = await lead.api.post(`/api/tickets/${tk.id}/sla/remediation`, { kind: 'apology' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.text).toContain("we'll send you a 10% voucher for your next order");
    expect(res.body.text).toContain('order 1042');
  });

  it('an apology on an Amazon ticket goes out without a voucher (Amazon forbids marketing a next purchase)', async () => {
    const tk = await ticket(amazon, { channel: 'marketplace', marketplace: 'amazon', marketplaceOrderId: '113-1234567-1234567', customer: { marketplaceAlias: 'jane.amazon@marketplace.amazon.com', firstName: 'Jane', lastName: 'Miller', country: 'US', language: 'en' } });
    const preview = await lead.api.get(`/api/tickets/${tk.id}/sla/remediation?kind=apology`);
    expect(preview.body.blocking).toBe(false);
    const res = await lead.api.post(`/api/tickets/${tk.id}/sla/remediation`, { kind: 'apology' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.text).toMatch(/sorry/i);
    expect(res.body.text).not.toMatch(/voucher|%/);
  });

  it('sent by the system at breach it is marked automatic and leaves the reply clock running; made on Friday 17:30 it promises Monday 10:30', async () => {
    const tk = await ticket(shop, { customer: { email: 'lukas@example.de', firstName: 'Lukas', lastName: 'Brandt', country: 'DE', language: 'de' }, language: 'de', message: { text: 'Hallo, wo bleibt meine Bestellung 1042?' } });
    const result = await sendRemediation(t.runtime.db, { workspaceId: t.workspaceId, ticketId: tk.id, kind: 'interim_update', actor: SYSTEM_ACTOR, authorAgentId: null, now: FRIDAY_EVENING });
    expect(result).toMatchObject({ status: 'sent', replyBy: new Date('2024-12-16T09:30:00Z') });
    const after = await detail(tk.id);
    expect(outbound(after)[0]!.text).toContain('Montag, 16. Dezember um 10:30');
    expect(remediations(after)[0]!.data).toEqual({ kind: 'interim_update', messageId: (result as { messageId: number }).messageId, automatic: true });
    expect(after.firstAgentReplyAt).toBeNull();
    expect(after.status).toBe('new');
  });

  it('a blocked remediation answers 422 with the findings; a lead may override the guard (audited) but never a hole', async () => {
    const templates = (await lead.api.get('/api/templates')).body.items as { id: string; key: string }[];
    const templateId = (key: string) => templates.find((x) => x.key === key)!.id;
    // The Amazon brand's own escalation notice links to the shop: Amazon allows no links off the marketplace.
    const linked = await lead.api.request('PUT', `/api/templates/${templateId('service.escalation')}/variants`, {
      language: 'en',
      brandId: amazon,
      subject: 'Your request is with our team lead',
      body: 'Our team lead has your request and will answer by {{ reply_by }}. Our shop: https://nordlicht.example/help',
    });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    const tk = await ticket(amazon, { channel: 'marketplace', marketplace: 'amazon', customer: { marketplaceAlias: 'max.amazon@marketplace.amazon.com', firstName: 'Max', lastName: 'Kim', country: 'US', language: 'en' } });

    const blocked = await lead.api.post(`/api/tickets/${tk.id}/sla/remediation`, { kind: 'escalation' });
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.message).toMatch(/cannot be sent.*A lead can override it/);
    expect(blocked.body.error.details.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'marketplace.external_link', severity: 'block' })]));
    expect(outbound(await detail(tk.id))).toHaveLength(0);

    const overridden = await lead.api.post(`/api/tickets/${tk.id}/sla/remediation`, { kind: 'escalation', override: true });
    expect(overridden.status, JSON.stringify(overridden.body)).toBe(201);
    const audit = await t.runtime.db.selectFrom('audit_log').select(['actor_id', 'data']).where('action', '=', 'reply.guard_overridden').where('subject_id', '=', String(tk.id)).execute();
    expect(audit).toEqual([{ actor_id: lead.id, data: expect.objectContaining({ messageId: overridden.body.messageId, rules: ['marketplace.external_link'] }) }]);

    // A placeholder left in the shop's own interim update cannot be overridden.
    await lead.api.request('PUT', `/api/templates/${templateId('service.interim_update')}/variants`, {
      language: 'en',
      brandId: shop,
      subject: 'Update on your request',
      body: 'We are still checking order [Order Number] and will write again by {{ reply_by }}.',
    });
    const holed = await ticket(shop);
    const preview = await lead.api.get(`/api/tickets/${holed.id}/sla/remediation?kind=interim_update`);
    expect(preview.body).toMatchObject({ blocking: true, findings: [expect.objectContaining({ rule: 'hole.placeholder', excerpt: '[Order Number]' })] });
    const refused = await lead.api.post(`/api/tickets/${holed.id}/sla/remediation`, { kind: 'interim_update', override: true });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).not.toMatch(/override/);
    expect(outbound(await detail(holed.id))).toHaveLength(0);
  });

  it('refuses a kind it does not know', async () => {
    const tk = await ticket(shop);
    expect((await lead.api.post(`/api/tickets/${tk.id}/sla/remediation`, { kind: 'refund' })).status).toBe(400);
    expect((await lead.api.get(`/api/tickets/${tk.id}/sla/remediation`)).status).toBe(400);
    expect((await lead.api.post('/api/tickets/999999/sla/remediation', { kind: 'apology' })).status).toBe(404);
  });
});

describe('SLA service-message settings API', () => {
  let t: TestApp;
  let admin: TestAgent;
  let lead: TestAgent;
  let agent: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin', 'senior');
    lead = await createTestAgent(t, 'lead', 'senior');
    agent = await createTestAgent(t, 'agent', 'junior');
  });
  afterAll(() => t.close());

  it('shows the defaults to every agent: on for e-mail, chat, forms and social; off for API, phone and marketplaces', async () => {
    const res = await agent.api.get('/api/sla/settings');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      offHours: { enabled: true, channels: { email: true, chat: true, web_form: true, api: false, social: true, phone: false }, marketplaces: { default: false } },
      remediation: { interimPromiseMinutes: 120, couponPercent: 10 },
    });
  });

  it('lets only admins change them, part by part', async () => {
    expect((await lead.api.request('PUT', '/api/sla/settings', { remediation: { couponPercent: 15 } })).status).toBe(403);
    const res = await admin.api.request('PUT', '/api/sla/settings', { remediation: { couponPercent: 15 }, offHours: { marketplaces: { ebay: true } } });
    expect(res.status).toBe(200);
    expect(res.body.remediation).toEqual({ interimPromiseMinutes: 120, couponPercent: 15 });
    expect(res.body.offHours.marketplaces).toEqual({ default: false, ebay: true });
    const next = await admin.api.request('PUT', '/api/sla/settings', { offHours: { channels: { phone: true } } });
    expect(next.body.offHours.channels.phone).toBe(true);
    expect(next.body.remediation.couponPercent).toBe(15);
    expect((await agent.api.get('/api/sla/settings')).body).toEqual(next.body);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [unknown, RegExp][] = [
      [{ remediation: { couponPercent: 'ten' } }, /couponPercent/],
      [{ remediation: { couponPercent: 150 } }, /couponPercent/],
      [{ remediation: { interimPromiseMinutes: 12.5 } }, /interimPromiseMinutes/],
      [{ remediation: { interimPromiseMinutes: 0 } }, /interimPromiseMinutes/],
      [{ offHours: { channels: { fax: true } } }, /fax|channels/],
      [{ offHours: { channels: { email: 'yes' } } }, /email/],
      [{ offHours: { marketplaces: { 'Ama zon!': true } } }, /marketplaces/],
      [{ offHours: { enabled: true }, extra: 1 }, /extra/],
    ];
    for (const [body, field] of cases) {
      const res = await admin.api.request('PUT', '/api/sla/settings', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.body.error), JSON.stringify(body)).toMatch(field);
    }
    const broken = await admin.api.request('PUT', '/api/sla/settings', '{"offHours":', { 'content-type': 'application/json' });
    expect(broken.status).toBe(400);
  });
});

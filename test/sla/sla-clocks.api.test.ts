import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshTicketSla } from '../../src/modules/sla/clocks/refresh-ticket-sla.js';
import { processDueSlaEvents } from '../../src/modules/sla/ticker/process-due-events.js';
import { appendInboundMessage } from '../../src/modules/tickets/ticket-inbound.service.js';
import { createTestAgent, createTestApp, createTestBrand, createTestTicket, type TestAgent, type TestApp } from '../helpers/test-app.js';

const DAY = [['09:00', '18:00']];
const BERLIN_WEEK = { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY };
const MINUTE = 60_000;
type Clock = { kind: string; metric: string; status: string; dueAt: string | null; startedAt: string; metAt: string | null; businessTime: boolean; policy: { name: string } };
const clock = (ticket: { sla: { clocks: Clock[] } }, kind: string, metric: string) => ticket.sla.clocks.find((c) => c.kind === kind && c.metric === metric);

describe('SLA clocks on tickets', () => {
  let t: TestApp;
  let admin: TestAgent;
  let lead: TestAgent;
  let agent: TestAgent;
  let brandId: string;
  let berlinTeam: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin', 'senior');
    lead = await createTestAgent(t, 'lead', 'senior');
    agent = await createTestAgent(t, 'agent', 'junior');
    brandId = await createTestBrand(admin.api);
    berlinTeam = (await admin.api.post('/api/teams', { name: 'Berlin desk' })).body.id;
    const calendar = await admin.api.post('/api/sla/calendars', { name: 'Berlin hours', timezone: 'Europe/Berlin', weekly: BERLIN_WEEK, teamIds: [berlinTeam] });
    expect(calendar.status, JSON.stringify(calendar.body)).toBe(201);
    // Some tickets here are created at the wall clock's now: at night in Berlin an off-hours
    // acknowledgement would join their timelines (test/service-messages/off-hours.test.ts covers it).
    const settings = await admin.api.request('PUT', '/api/sla/settings', { offHours: { enabled: false } });
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
  });
  afterAll(() => t.close());

  const get = async (id: number) => (await agent.api.get(`/api/tickets/${id}`)).body;
  const createPolicy = async (body: Record<string, unknown>) => {
    const res = await admin.api.post('/api/sla/policies', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const hourPolicy = (name: string, tag: string, extra: Record<string, unknown> = {}) =>
    createPolicy({ name, position: 0, conditions: { tags: [tag] }, targets: { firstResponse: { seconds: 3600, businessTime: false } }, warnFraction: 0.5, ...extra });

  it('gives a new workspace the starter policies, in order', async () => {
    const items = (await agent.api.get('/api/sla/policies')).body.items as { name: string; kind: string; targets: Record<string, { seconds: number; businessTime: boolean } | null> }[];
    expect(items.map((p) => p.name)).toEqual(['Live chat', 'P1 — urgent', 'P2', 'P3', 'P4', 'Amazon buyer messages']);
    expect(items[0]!.targets.firstResponse).toEqual({ seconds: 30, businessTime: false });
    expect(items[1]!.targets.firstResponse).toEqual({ seconds: 1800, businessTime: true });
    expect(items.at(-1)).toMatchObject({ kind: 'contract', targets: { firstResponse: { seconds: 86_400, businessTime: false } } });
  });

  it('counts business time on the team calendar: Friday 17:30 Berlin + 2 h → Monday 10:30', async () => {
    // 2026-03-06 is a Friday; Berlin is UTC+1 before the DST change.
    const ticket = await createTestTicket(agent.api, brandId, { priority: 'P2', teamId: berlinTeam, message: { text: 'Where is my order?', createdAt: '2026-03-06T16:30:00Z' } });
    expect(ticket.sla.policy.name).toBe('P2');
    expect(ticket.sla.firstResponseDueAt).toBe('2026-03-09T09:30:00.000Z');
    expect(clock(ticket, 'team', 'first_response')).toMatchObject({ businessTime: true, startedAt: '2026-03-06T16:30:00.000Z' });
    expect(ticket.firstResponseDueAt).toBe('2026-03-09T09:30:00.000Z');
  });

  it('runs the Amazon contract clock (24 h, weekend counted) beside the team clock', async () => {
    const ticket = await createTestTicket(agent.api, brandId, {
      channel: 'marketplace', marketplace: 'amazon', priority: 'P3', teamId: berlinTeam,
      customer: { marketplaceAlias: 'buyer-x@marketplace.amazon.de', name: 'Amazon buyer' },
      message: { text: 'Wo bleibt meine Bestellung?', createdAt: '2026-03-06T16:30:00Z' },
    });
    expect(clock(ticket, 'contract', 'first_response')).toMatchObject({ dueAt: '2026-03-07T16:30:00.000Z', businessTime: false, policy: { name: 'Amazon buyer messages' } });
    // The team's own P3 target (6 business hours) lands on Monday.
    expect(clock(ticket, 'team', 'first_response')).toMatchObject({ dueAt: '2026-03-09T13:30:00.000Z', policy: { name: 'P3' } });
    expect(ticket.sla.nextDueAt).toBe('2026-03-07T16:30:00.000Z');
  });

  it('a merge stops the source\'s clocks and starts the target\'s from the earlier buyer message', async () => {
    // Thursday 11:00 Berlin (the source) and Friday 17:30 Berlin (the target), both P2 (2 business hours).
    const source = await createTestTicket(agent.api, brandId, { priority: 'P2', teamId: berlinTeam, message: { text: 'Where is my order?', createdAt: '2026-03-05T10:00:00Z' } });
    const target = await createTestTicket(agent.api, brandId, { priority: 'P2', teamId: berlinTeam, message: { text: 'Any news on my order?', createdAt: '2026-03-06T16:30:00Z' } });
    expect(target.sla.firstResponseDueAt).toBe('2026-03-09T09:30:00.000Z');
    const merged = await agent.api.post(`/api/tickets/${source.id}/merge`, { targetId: target.id });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect((await get(target.id)).sla.firstResponseDueAt).toBe('2026-03-05T12:00:00.000Z');
    const closed = await get(source.id);
    expect(closed.sla.nextDueAt).toBeNull();
    expect((closed.sla.clocks as Clock[]).filter((c) => c.status === 'running')).toEqual([]);
  });

  it('chooses policies by conditions and order, and follows a pin (tickets.sla_policy_id)', async () => {
    const vip = await createPolicy({ name: 'VIP tag', position: 0, conditions: { tags: ['vip'] }, targets: { firstResponse: { seconds: 900, businessTime: true } } });
    const tagged = await createTestTicket(agent.api, brandId, { priority: 'P4', tags: ['vip'] });
    expect(tagged.sla.policy).toEqual({ id: vip.id, name: 'VIP tag' });
    const plain = await createTestTicket(agent.api, brandId, { priority: 'P4' });
    expect(plain.sla.policy.name).toBe('P4');
    // Disabled: the next matching policy in order.
    await admin.api.patch(`/api/sla/policies/${vip.id}`, { enabled: false });
    expect((await createTestTicket(agent.api, brandId, { priority: 'P4', tags: ['vip'] })).sla.policy.name).toBe('P4');

    // The automation action "set SLA policy" pins a policy: it replaces the team match.
    const p1 = ((await agent.api.get('/api/sla/policies')).body.items as { id: string; name: string }[]).find((p) => p.name === 'P1 — urgent')!;
    await t.runtime.db.updateTable('tickets').set({ sla_policy_id: p1.id }).where('id', '=', plain.id).execute();
    await refreshTicketSla(t.runtime.db, t.workspaceId, plain.id, new Date());
    const pinned = await get(plain.id);
    expect(pinned.sla.policy.name).toBe('P1 — urgent');
    expect(clock(pinned, 'team', 'first_response')!.policy.name).toBe('P1 — urgent');
  });

  it('pauses while pending and resumes with the time left', async () => {
    await hourPolicy('Pause case', 'pausecase');
    const ticket = await createTestTicket(agent.api, brandId, { tags: ['pausecase'], message: { text: 'Hello', createdAt: new Date(Date.now() - 10 * MINUTE).toISOString() } });
    const due = Date.parse(ticket.sla.firstResponseDueAt);
    const pending = (await agent.api.patch(`/api/tickets/${ticket.id}`, { status: 'pending' })).body;
    expect(pending.sla.state).toBe('paused');
    expect(pending.sla.pausedSince).not.toBeNull();
    expect(pending.sla.firstResponseDueAt).toBeNull();
    expect(clock(pending, 'team', 'first_response')).toMatchObject({ status: 'paused', dueAt: null });
    const list = (await agent.api.get('/api/tickets?tag=pausecase')).body.items;
    expect(list[0].sla).toMatchObject({ state: 'paused', dueAt: null });

    const resumed = (await agent.api.patch(`/api/tickets/${ticket.id}`, { status: 'open' })).body;
    expect(resumed.sla.state).toBe('ok');
    expect(clock(resumed, 'team', 'first_response')!.status).toBe('running');
    expect(Date.parse(resumed.sla.firstResponseDueAt)).toBeGreaterThanOrEqual(due);
  });

  it('meets the first response at the reply and runs a next-response clock after a buyer follow-up', async () => {
    const ticket = await createTestTicket(agent.api, brandId, { priority: 'P2' });
    const replied = (await agent.api.post(`/api/tickets/${ticket.id}/reply`, { text: 'We are on it.' })).body;
    expect(clock(replied, 'team', 'first_response')).toMatchObject({ status: 'met' });
    expect(clock(replied, 'team', 'first_response')!.metAt).toBe(replied.firstAgentReplyAt);
    expect(clock(replied, 'team', 'next_response')).toBeUndefined();

    const at = new Date();
    await t.runtime.db.transaction().execute((trx) =>
      appendInboundMessage(trx, { workspaceId: t.workspaceId, ticketId: ticket.id, authorCustomerId: ticket.customer.id, text: 'Any news?', html: null, externalId: null, channelMeta: {}, at, reopens: true }),
    );
    const followed = await get(ticket.id);
    expect(clock(followed, 'team', 'next_response')).toMatchObject({ status: 'running', startedAt: at.toISOString(), policy: { name: 'P2' } });
    expect(followed.sla.nextResponseDueAt).not.toBeNull();

    const answered = (await agent.api.post(`/api/tickets/${ticket.id}/reply`, { text: 'Shipped today.' })).body;
    expect(clock(answered, 'team', 'next_response')).toMatchObject({ status: 'met' });
    expect(answered.sla.nextResponseDueAt).toBeNull();
  });

  it('sorts by due soonest (paging with the cursor) and filters at risk and breached', async () => {
    await hourPolicy('List case', 'listcase');
    const ago = (minutes: number) => ({ text: 'Hi', createdAt: new Date(Date.now() - minutes * MINUTE).toISOString() });
    const late = await createTestTicket(agent.api, brandId, { tags: ['listcase'], message: ago(120) });
    const risky = await createTestTicket(agent.api, brandId, { tags: ['listcase'], message: ago(40) });
    const fresh = await createTestTicket(agent.api, brandId, { tags: ['listcase'], message: ago(5) });
    const done = await createTestTicket(agent.api, brandId, { tags: ['listcase'], status: 'solved', message: ago(1) });

    const sorted = (await agent.api.get('/api/tickets?tag=listcase&sort=due')).body.items;
    expect(sorted.map((r: { id: number }) => r.id)).toEqual([late.id, risky.id, fresh.id, done.id]);
    expect(sorted[0].sla).toMatchObject({ state: 'breached', metric: 'first_response' });
    expect(sorted[1].sla).toMatchObject({ state: 'at_risk', metric: 'first_response' });
    expect(sorted[2].sla).toMatchObject({ state: 'ok' });
    expect(sorted[3].sla).toBeNull();

    const paged: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: number }[]; nextCursor: string | null } = (await agent.api.get(`/api/tickets?tag=listcase&sort=due&limit=1${cursor ? `&cursor=${cursor}` : ''}`)).body;
      paged.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual([late.id, risky.id, fresh.id, done.id]);

    expect((await agent.api.get('/api/tickets?tag=listcase&sla=at_risk')).body.items.map((r: { id: number }) => r.id)).toEqual([risky.id]);
    expect((await agent.api.get('/api/tickets?tag=listcase&sla=breached')).body.items.map((r: { id: number }) => r.id)).toEqual([late.id]);
    expect((await agent.api.get('/api/tickets?sla=late')).status).toBe(400);
  });

  it('ticker: warns the assignee, then at breach escalates (priority up, leads notified); running it twice changes nothing', async () => {
    await hourPolicy('Ticker case', 'tickercase');
    const created = Date.now() - 5 * MINUTE;
    const ticket = await createTestTicket(agent.api, brandId, { tags: ['tickercase'], priority: 'P3', assigneeId: agent.id, message: { text: 'Hello?', createdAt: new Date(created).toISOString() } });
    const slaEvents = async () => ((await get(ticket.id)).events as { type: string; data: Record<string, unknown> }[]).filter((e) => e.type.startsWith('sla.'));

    const atWarning = new Date(created + 31 * MINUTE);
    await processDueSlaEvents(t.runtime.db, atWarning);
    await processDueSlaEvents(t.runtime.db, atWarning);
    expect((await slaEvents()).map((e) => e.type)).toEqual(['sla.warning']);
    expect((await slaEvents())[0]!.data).toMatchObject({ clock: 'team', metric: 'first_response', policyName: 'Ticker case', dueAt: new Date(created + 60 * MINUTE).toISOString() });
    const agentNotes = (await agent.api.get('/api/notifications?unread=true')).body.items as { kind: string; ticketId: number }[];
    expect(agentNotes.filter((n) => n.ticketId === ticket.id).map((n) => n.kind)).toEqual(['sla.warning']);
    expect((await agent.api.get(`/api/tickets?tag=tickercase&sla=at_risk`)).body.items).toHaveLength(0); // not yet, in real time

    const atBreach = new Date(created + 61 * MINUTE);
    await processDueSlaEvents(t.runtime.db, atBreach);
    await processDueSlaEvents(t.runtime.db, atBreach);
    const events = await slaEvents();
    expect(events.map((e) => e.type)).toEqual(['sla.warning', 'sla.breached', 'sla.escalated']);
    expect(events[2]!.data).toMatchObject({ from: 'P3', to: 'P2', reassignedTo: null });
    expect(events[2]!.data.notified).toContain(lead.id);
    const after = await get(ticket.id);
    expect(after.priority).toBe('P2');
    expect(after.sla.state).toBe('breached');
    expect(after.sla.breaches).toEqual([expect.objectContaining({ clock: 'team', metric: 'first_response', policy: expect.objectContaining({ name: 'Ticker case' }) })]);
    expect(clock(after, 'team', 'first_response')).toMatchObject({ status: 'breached' });
    const leadNotes = (await lead.api.get('/api/notifications?unread=true')).body.items as { kind: string; ticketId: number }[];
    expect(leadNotes.filter((n) => n.ticketId === ticket.id).map((n) => n.kind)).toEqual(['sla.breached']);
    expect((await agent.api.get('/api/tickets?tag=tickercase&sla=breached')).body.items.map((r: { id: number }) => r.id)).toEqual([ticket.id]);

    // A breach counts until the ticket is solved.
    await agent.api.patch(`/api/tickets/${ticket.id}`, { status: 'solved' });
    expect((await agent.api.get('/api/tickets?tag=tickercase&sla=breached')).body.items).toHaveLength(0);
  });
});

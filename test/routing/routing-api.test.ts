import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeTicket } from '../../src/modules/routing/route-ticket.js';
import { appendInboundMessage } from '../../src/modules/tickets/ticket-inbound.service.js';
import { runRoutingRebalance } from '../../src/modules/routing/routing-runtime.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { agentIn, routingWorkspace } from './routing-fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('skills routing', () => {
  it('a workspace without queues never auto-assigns', async () => {
    const w = await routingWorkspace(t);
    await w.routedAgent('Anna Weber', { languages: [{ code: 'de', proficiency: 5 }] });
    const id = await w.ticket();
    expect(await w.assigneeOf(id)).toBeNull();
    expect(await w.queueOf(id)).toBeNull();
    expect(await w.events(id, 'routing.assigned')).toEqual([]);
  });

  it('least loaded: the less loaded German speaker gets the German e-mail, and the timeline says why', async () => {
    const w = await routingWorkspace(t);
    const always = await w.calendar(true);
    const anna = await w.routedAgent('Anna Weber', { languages: [{ code: 'de', proficiency: 5 }, { code: 'en', proficiency: 4 }], shiftCalendarId: always });
    const ben = await w.routedAgent('Ben Koch', { languages: [{ code: 'de', proficiency: 4 }], shiftCalendarId: always });
    const carl = await w.routedAgent('Carl Idle', { languages: [{ code: 'en', proficiency: 5 }], shiftCalendarId: always });
    // Existing work, assigned by hand before routing was switched on.
    for (let i = 0; i < 4; i++) await w.ticket({ assigneeId: anna.id });
    for (let i = 0; i < 6; i++) await w.ticket({ assigneeId: ben.id });
    const queueId = await w.queue({ name: 'Everyone' });

    const id = await w.ticket();
    expect(await w.assigneeOf(id)).toBe(anna.id);
    expect(await w.queueOf(id)).toBe(queueId);
    const [event] = await w.events(id, 'routing.assigned');
    expect(event!.data.text).toBe('assigned to Anna Weber: speaks de (5/5), on shift, 4/20 open e-mails');
    expect(event!.data).toMatchObject({ agentId: anna.id, agentName: 'Anna Weber', queueId, queueName: 'Everyone', strategy: 'least_loaded' });
    expect(event!.data.reasons).toContainEqual({ code: 'language', language: 'de', proficiency: 5 });
    // Anna's bell tells her; nobody else hears of it.
    const annaNotes = (await anna.api.get('/api/notifications?unread=true')).body.items as { kind: string; ticketId: number; data: Record<string, unknown> }[];
    expect(annaNotes.filter((n) => n.ticketId === id)).toEqual([expect.objectContaining({ kind: 'ticket.assigned', data: expect.objectContaining({ queueName: 'Everyone' }) })]);
    expect((await ben.api.get('/api/notifications')).body.items).toEqual([]);

    // An English ticket goes to the idle English speaker, not to the busier bilingual agent.
    const english = await w.ticket({ language: 'en', subject: 'Where is my parcel?' }, { country: 'GB' });
    expect(await w.assigneeOf(english)).toBe(carl.id);

    // The agents list shows load and shift.
    const agents = (await w.admin.api.get('/api/routing/agents')).body.items as any[];
    const annaView = agents.find((a) => a.agentId === anna.id);
    expect(annaView).toMatchObject({ presence: 'online', onShift: true, shiftCalendarId: always, load: { email: 5, chat: 0 }, capacity: { email: 20, chat: 3 } });
    expect(agents.find((a) => a.agentId === ben.id).load.email).toBe(6);
  });

  it('round robin alternates between the agents of the queue', async () => {
    const w = await routingWorkspace(t);
    const a = await w.routedAgent('Ada');
    const b = await w.routedAgent('Bo');
    await w.queue({ name: 'Turns', strategy: 'round_robin' });
    const assignees = [];
    for (let i = 0; i < 4; i++) assignees.push(await w.assigneeOf(await w.ticket({ language: null })));
    expect(new Set([assignees[0], assignees[1]])).toEqual(new Set([a.id, b.id]));
    expect(assignees[2]).toBe(assignees[0]);
    expect(assignees[3]).toBe(assignees[1]);
    const [event] = await w.events((await w.ticket({ language: null })), 'routing.assigned');
    expect(event!.data.text).toContain('next in turn');
  });

  it('away, offline and off-shift agents get nothing: the ticket waits in its queue', async () => {
    const w = await routingWorkspace(t);
    const never = await w.calendar(false);
    await w.routedAgent('Away', { presence: 'away', languages: [{ code: 'de', proficiency: 5 }] });
    await w.routedAgent('Offline', { presence: 'offline', languages: [{ code: 'de', proficiency: 5 }] });
    await w.routedAgent('Night shift', { shiftCalendarId: never, languages: [{ code: 'de', proficiency: 5 }] });
    // An agent who never set a presence counts as offline.
    await agentIn(t, w.workspaceId, 'Never seen', 'agent', 'junior');
    const queueId = await w.queue({ name: 'Main' });
    const id = await w.ticket();
    expect(await w.assigneeOf(id)).toBeNull();
    expect(await w.queueOf(id)).toBe(queueId);
    expect(await w.events(id, 'routing.assigned')).toEqual([]);
    const queues = (await w.admin.api.get('/api/routing/queues')).body.items;
    expect(queues).toEqual([expect.objectContaining({ id: queueId, waiting: 1 })]);
  });

  it('capacity is respected per channel', async () => {
    const w = await routingWorkspace(t);
    const solo = await w.routedAgent('Solo', { capacity: { chat: 1 } });
    await w.queue({ name: 'Main' });
    const chat1 = await w.ticket({ channel: 'chat', language: null }, { chatVisitorId: 'v-1', email: undefined });
    const chat2 = await w.ticket({ channel: 'chat', language: null }, { chatVisitorId: 'v-2', email: undefined });
    const mail = await w.ticket({ language: null });
    expect(await w.assigneeOf(chat1)).toBe(solo.id);
    expect(await w.assigneeOf(chat2)).toBeNull();
    expect(await w.assigneeOf(mail)).toBe(solo.id);
    const [event] = await w.events(chat1, 'routing.assigned');
    expect(event!.data.text).toContain('0/1 open chats');

    // Solving the first chat frees the slot: the waiting chat goes to Solo at the next rebalance.
    await solo.api.patch(`/api/tickets/${chat1}`, { status: 'solved' });
    await runRoutingRebalance(t.runtime.db, new Date(), w.workspaceId);
    expect(await w.assigneeOf(chat2)).toBe(solo.id);
  });

  it('VIP buyers go to the VIP queue and its senior agent; others to the default queue', async () => {
    const w = await routingWorkspace(t);
    const senior = await w.routedAgent('Senior Sam', { level: 'senior' });
    const junior = await w.routedAgent('Junior Jo', { level: 'junior' });
    const main = await w.queue({ name: 'Main' });
    const vip = await w.queue({ name: 'VIP', vip: true });
    const customer = await w.admin.api.post('/api/customers', { name: 'Very Important', tier: 'VIP', country: 'US', identities: [{ kind: 'email', value: 'vip@example.com' }] });
    expect(customer.status).toBe(201);

    const vipTicket = await w.ticket({ customer: { id: customer.body.id }, language: 'en' });
    expect(await w.queueOf(vipTicket)).toBe(vip);
    expect(await w.assigneeOf(vipTicket)).toBe(senior.id);
    const [event] = await w.events(vipTicket, 'routing.assigned');
    expect(event!.data.reasons).toContainEqual({ code: 'vip', level: 'senior' });

    const normal = await w.ticket({ language: 'en' });
    expect(await w.queueOf(normal)).toBe(main);
    expect(await w.assigneeOf(normal)).toBe(junior.id);

    // The inbox filters by queue (one or several).
    const inQueue = async (query: string) => ((await w.admin.api.get(`/api/tickets?${query}`)).body.items as { id: number }[]).map((r) => r.id).sort();
    expect(await inQueue(`queueId=${vip}`)).toEqual([vipTicket]);
    expect(await inQueue(`queueId=${main}`)).toEqual([normal]);
    expect(await inQueue(`queueId=${vip},${main}`)).toEqual([vipTicket, normal].sort());
    expect((await w.admin.api.get('/api/tickets?queueId=not-a-queue')).status).toBe(400);
  });

  it('the first enabled matching rule chooses the queue, in the order set', async () => {
    const w = await routingWorkspace(t);
    await w.routedAgent('Anyone');
    const main = await w.queue({ name: 'Main' });
    const europe = await w.queue({ name: 'Europe desk' });
    const german = await w.queue({ name: 'German desk' });
    const off = await w.rule({ name: 'Switched off', enabled: false, queueId: main, conditions: {} });
    const byCountry = await w.rule({ name: 'DE/NL buyers', queueId: europe, conditions: { countries: ['DE', 'NL'] } });
    const byLanguage = await w.rule({ name: 'German speakers', queueId: german, conditions: { languages: ['de'] } });

    expect(await w.queueOf(await w.ticket())).toBe(europe);
    expect(await w.queueOf(await w.ticket({}, { country: 'AT' }))).toBe(german);
    expect(await w.queueOf(await w.ticket({ language: 'fr' }, { country: 'FR' }))).toBe(main);

    const reordered = await w.admin.api.post('/api/routing/rules/reorder', { ids: [byLanguage, byCountry, off] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.items.map((r: { id: string }) => r.id)).toEqual([byLanguage, byCountry, off]);
    expect(await w.queueOf(await w.ticket())).toBe(german);
  });

  it('routeTicket moves a ticket into the given queue and to an agent of its team', async () => {
    const w = await routingWorkspace(t);
    const team = await w.admin.api.post('/api/teams', { name: 'Escalations' });
    const outsider = await w.routedAgent('Outsider');
    const insider = await w.routedAgent('Insider');
    await w.admin.api.patch(`/api/teams/${team.body.id}`, { memberIds: [insider.id] });
    await w.queue({ name: 'Main', autoAssign: false });
    const escalations = await w.queue({ name: 'Escalations', teamId: team.body.id });
    const id = await w.ticket({ language: null });
    expect(await w.assigneeOf(id)).toBeNull();

    const result = await routeTicket(t.runtime.db, w.workspaceId, id, { queueId: escalations, reason: 'test' });
    expect(result).toEqual({ queueId: escalations, agentId: insider.id });
    const detail = (await w.admin.api.get(`/api/tickets/${id}`)).body;
    expect(detail).toMatchObject({ assigneeId: insider.id, teamId: team.body.id });
    expect(outsider.id).not.toBe(insider.id);
    await expect(routeTicket(t.runtime.db, w.workspaceId, id, { queueId: '00000000-0000-4000-8000-000000000000', reason: 'test' })).rejects.toThrow(/does not exist/);
  });

  it('an agent who gives a ticket up does not get it straight back', async () => {
    const w = await routingWorkspace(t);
    const a = await w.routedAgent('Ann');
    const b = await w.routedAgent('Bea', { presence: 'away' });
    await w.queue({ name: 'Main' });
    const id = await w.ticket({ language: null });
    expect(await w.assigneeOf(id)).toBe(a.id);
    await b.api.request('PUT', '/api/routing/presence', { status: 'online' });
    expect((await a.api.patch(`/api/tickets/${id}`, { assigneeId: null })).status).toBe(200);
    expect(await w.assigneeOf(id)).toBe(b.id);
  });

  it("a buyer's follow-up on a ticket neither assigned nor queued routes it", async () => {
    const w = await routingWorkspace(t);
    const anna = await w.routedAgent('Anna');
    const id = await w.ticket({ language: null });
    const queueId = await w.queue({ name: 'Main' });
    expect(await w.assigneeOf(id)).toBeNull();
    const customerId = (await w.admin.api.get(`/api/tickets/${id}`)).body.customer.id;
    await t.runtime.db.transaction().execute((trx) =>
      appendInboundMessage(trx, { workspaceId: w.workspaceId, ticketId: id, authorCustomerId: customerId, text: 'Any news?', html: null, externalId: null, channelMeta: {}, at: new Date(), reopens: true }),
    );
    expect(await w.assigneeOf(id)).toBe(anna.id);
    expect(await w.queueOf(id)).toBe(queueId);
  });
});

describe('rebalance', () => {
  it("returns an off-shift agent's unanswered tickets to the queue and routes them again, leaving answered ones", async () => {
    const w = await routingWorkspace(t);
    const always = await w.calendar(true);
    const never = await w.calendar(false);
    const anna = await w.routedAgent('Anna', { shiftCalendarId: always, languages: [{ code: 'de', proficiency: 5 }] });
    const queueId = await w.queue({ name: 'Main' });
    const unanswered = await w.ticket();
    const answered = await w.ticket();
    expect(await w.assigneeOf(unanswered)).toBe(anna.id);
    expect(await w.assigneeOf(answered)).toBe(anna.id);
    expect((await anna.api.post(`/api/tickets/${answered}/reply`, { text: 'Ihr Paket ist unterwegs.' })).status).toBe(201);

    // Anna's shift ends; Ben, on shift, takes over what is still owed a reply.
    expect((await w.admin.api.patch(`/api/routing/agents/${anna.id}`, { shiftCalendarId: never })).status).toBe(200);
    const ben = await w.routedAgent('Ben', { shiftCalendarId: always });
    const summary = await runRoutingRebalance(t.runtime.db, new Date(), w.workspaceId);
    expect(summary.returned).toBe(1);

    expect(await w.assigneeOf(unanswered)).toBe(ben.id);
    expect(await w.assigneeOf(answered)).toBe(anna.id);
    const [returned] = await w.events(unanswered, 'routing.returned_to_queue');
    expect(returned!.data).toEqual({ agentId: anna.id, agentName: 'Anna', reason: 'off_shift', queueId });
    const assigned = await w.events(unanswered, 'routing.assigned');
    expect(assigned.map((e) => e.data.agentId)).toEqual([anna.id, ben.id]);
  });

  it('an offline agent gives work back; with nobody available it waits in the queue until someone comes online', async () => {
    const w = await routingWorkspace(t);
    const anna = await w.routedAgent('Anna');
    await w.queue({ name: 'Main' });
    const id = await w.ticket({ language: null });
    expect(await w.assigneeOf(id)).toBe(anna.id);
    await anna.api.request('PUT', '/api/routing/presence', { status: 'offline' });
    await runRoutingRebalance(t.runtime.db, new Date(), w.workspaceId);
    expect(await w.assigneeOf(id)).toBeNull();
    expect((await w.events(id, 'routing.returned_to_queue'))[0]!.data.reason).toBe('offline');

    const ben = await w.routedAgent('Ben');
    await runRoutingRebalance(t.runtime.db, new Date(), w.workspaceId);
    expect(await w.assigneeOf(id)).toBe(ben.id);
  });

  it('presence times out: away after 10 minutes unseen, offline after 60; a heartbeat keeps it, but does not undo away', async () => {
    const w = await routingWorkspace(t);
    const anna = await w.routedAgent('Anna');
    const presenceOf = async () => ((await w.admin.api.get('/api/routing/agents')).body.items as any[]).find((a) => a.agentId === anna.id).presence;
    const minutes = (m: number) => new Date(Date.now() + m * 60_000);

    await runRoutingRebalance(t.runtime.db, minutes(5));
    expect(await presenceOf()).toBe('online');
    await runRoutingRebalance(t.runtime.db, minutes(11));
    expect(await presenceOf()).toBe('away');
    const beat = await anna.api.post('/api/routing/presence/heartbeat');
    expect(beat.status).toBe(200);
    expect(beat.body.presence).toBe('away');
    await runRoutingRebalance(t.runtime.db, minutes(61 + 11));
    expect(await presenceOf()).toBe('offline');

    await anna.api.request('PUT', '/api/routing/presence', { status: 'online' });
    await anna.api.post('/api/routing/presence/heartbeat');
    await runRoutingRebalance(t.runtime.db, minutes(9));
    expect(await presenceOf()).toBe('online');
  });
});

describe('routing admin API', () => {
  it('queues and rules: create, update, list, delete', async () => {
    const w = await routingWorkspace(t);
    const a = await w.queue({ name: 'A' });
    const b = await w.queue({ name: 'B', position: 0, strategy: 'round_robin', vip: true, autoAssign: false });
    let list = (await w.admin.api.get('/api/routing/queues')).body.items;
    expect(list.map((q: { name: string }) => q.name)).toEqual(['B', 'A']);
    expect(list[0]).toMatchObject({ strategy: 'round_robin', vip: true, autoAssign: false, teamId: null, position: 0, waiting: 0 });
    expect((await w.admin.api.patch(`/api/routing/queues/${a}`, { position: 0, name: 'A1' })).body).toMatchObject({ name: 'A1', position: 0 });
    expect((await w.admin.api.post('/api/routing/queues', { name: 'A1' })).status).toBe(409);

    const rule = await w.rule({ name: 'Amazon', queueId: b, conditions: { marketplaces: ['Amazon'], vip: true, intents: ['shipping.track'] } });
    const rules = (await w.admin.api.get('/api/routing/rules')).body.items;
    expect(rules).toEqual([{ id: rule, name: 'Amazon', position: 0, enabled: true, queueId: b, conditions: { marketplaces: ['amazon'], vip: true, intents: ['shipping.track'] } }]);
    expect((await w.admin.api.patch(`/api/routing/rules/${rule}`, { enabled: false })).body.enabled).toBe(false);

    expect((await w.admin.api.delete(`/api/routing/queues/${b}`)).status).toBe(200);
    list = (await w.admin.api.get('/api/routing/queues')).body.items;
    expect(list.map((q: { id: string }) => q.id)).toEqual([a]);
    expect((await w.admin.api.get('/api/routing/rules')).body.items).toEqual([]);
    expect((await w.admin.api.delete(`/api/routing/rules/${rule}`)).status).toBe(404);
  });

  it('refuses bad input with the field named', async () => {
    const w = await routingWorkspace(t);
    const agent = await w.routedAgent('Anna');
    const queue = await w.queue({ name: 'Main' });
    const patchAgent = (body: unknown) => w.admin.api.patch(`/api/routing/agents/${agent.id}`, body);

    let res = await patchAgent({ skills: { languages: [{ code: 'xx', proficiency: 3 }] } });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('skills.languages[0].code');
    res = await patchAgent({ skills: { languages: [{ code: 'de', proficiency: 6 }] } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('proficiency');
    res = await patchAgent({ capacity: { chat: -1 } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('capacity.chat');
    res = await patchAgent({ skills: { intents: ['shipping.teleport'] } });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('skills.intents[0]');
    res = await patchAgent({ skills: { markets: ['XX'] } });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('skills.markets[0]');
    res = await patchAgent({ shiftCalendarId: '00000000-0000-4000-8000-000000000000' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('shiftCalendarId');
    res = await patchAgent({ skills: { brandIds: ['00000000-0000-4000-8000-000000000000'] } });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('skills.brandIds');
    expect((await w.admin.api.patch('/api/routing/agents/00000000-0000-4000-8000-000000000000', { capacity: { chat: 2 } })).status).toBe(404);

    res = await w.admin.api.post('/api/routing/queues', { name: 'Team', teamId: '00000000-0000-4000-8000-000000000000' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('teamId');
    res = await w.admin.api.post('/api/routing/queues', { name: 'Bad', strategy: 'random' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('strategy');
    res = await w.admin.api.post('/api/routing/rules', { name: 'R', queueId: '00000000-0000-4000-8000-000000000000' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('queueId');
    res = await w.admin.api.post('/api/routing/rules', { name: 'R', queueId: queue, conditions: { languages: ['xx'] } });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('conditions.languages[0]');
    res = await w.admin.api.post('/api/routing/rules/reorder', { ids: ['00000000-0000-4000-8000-000000000000'] });
    expect(res.status).toBe(422);
    res = await agent.api.request('PUT', '/api/routing/presence', { status: 'busy' });
    expect(res.status).toBe(400);
  });

  it('agents read, leads edit skills, admins edit queues and rules', async () => {
    const w = await routingWorkspace(t);
    const agent = await w.routedAgent('Agent');
    const lead = await agentIn(t, w.workspaceId, 'Lead', 'lead', 'senior');
    expect((await agent.api.get('/api/routing/agents')).status).toBe(200);
    expect((await agent.api.get('/api/routing/queues')).status).toBe(200);
    expect((await agent.api.patch(`/api/routing/agents/${agent.id}`, { capacity: { chat: 5 } })).status).toBe(403);
    const byLead = await lead.api.patch(`/api/routing/agents/${agent.id}`, { capacity: { chat: 5 }, skills: { languages: [{ code: 'pt-br', proficiency: 3 }], markets: ['BR'] } });
    expect(byLead.status).toBe(200);
    expect(byLead.body.capacity).toEqual({ chat: 5, email: 20, marketplace: 20, other: 20 });
    expect(byLead.body.skills.languages).toEqual([{ code: 'pt-BR', proficiency: 3 }]);
    expect((await lead.api.post('/api/routing/queues', { name: 'Q' })).status).toBe(403);
    expect((await agent.api.get('/api/routing/presence')).body).toMatchObject({ agentId: agent.id, presence: 'online' });
  });
});

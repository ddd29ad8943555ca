import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAgent, createTestApp, createTestBrand, createTestTicket, loginClient, type TestAgent, type TestApp } from '../helpers/test-app.js';

describe('bulk ticket update API', () => {
  let t: TestApp;
  let admin: TestAgent;
  let agent: TestAgent;
  let shop: string;
  let hidden: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin', 'senior');
    shop = await createTestBrand(admin.api, 'Bulk shop');
    hidden = await createTestBrand(admin.api, 'Hidden shop');
    agent = await createTestAgent(t, 'agent', 'junior', { brandIds: [shop] });
  });
  afterAll(() => t.close());

  it('applies one change to every ticket and records it on each timeline', async () => {
    const tickets = await Promise.all([1, 2, 3].map(() => createTestTicket(agent.api, shop)));
    const ids = tickets.map((x) => x.id);
    const res = await agent.api.post('/api/tickets/bulk', { ids, update: { status: 'pending', priority: 'P2', assigneeId: agent.id, addTags: ['bulk'] } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ updated: ids, failed: [] });
    for (const id of ids) {
      const detail = (await agent.api.get(`/api/tickets/${id}`)).body;
      expect(detail).toMatchObject({ status: 'pending', priority: 'P2', assigneeId: agent.id, tags: ['bulk'] });
      const updated = detail.events.filter((e: { type: string }) => e.type === 'ticket.updated');
      expect(updated).toHaveLength(1);
      expect(updated[0].data.changes.status).toEqual({ from: 'new', to: 'pending' });
    }
  });

  it('reports unknown, invisible and merged tickets with a code and still changes the others', async () => {
    const [a, b] = await Promise.all([createTestTicket(agent.api, shop), createTestTicket(agent.api, shop)]);
    const invisible = await createTestTicket(admin.api, hidden);
    const [source, target] = await Promise.all([createTestTicket(agent.api, shop), createTestTicket(agent.api, shop)]);
    const merged = await agent.api.post(`/api/tickets/${source.id}/merge`, { targetId: target.id });
    expect(merged.status, JSON.stringify(merged.body)).toBeLessThan(300);
    const unknown = 987_654_321;

    const res = await agent.api.post('/api/tickets/bulk', { ids: [a.id, unknown, invisible.id, source.id, b.id], update: { priority: 'P1' } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.updated).toEqual([a.id, b.id]);
    const failed = Object.fromEntries(res.body.failed.map((f: { id: number; code: string; message: string }) => [f.id, f]));
    expect(Object.keys(failed).map(Number).sort()).toEqual([unknown, invisible.id, source.id].sort());
    expect(failed[unknown]).toMatchObject({ code: 'not_found' });
    // A ticket of a brand the agent may not see is reported exactly like a missing one.
    expect(failed[invisible.id]).toMatchObject({ code: 'not_found' });
    expect(failed[invisible.id].message).not.toContain('Hidden shop');
    expect(failed[source.id].code).toBe('unprocessable');
    for (const f of res.body.failed) expect(f.message).toEqual(expect.any(String));

    expect((await agent.api.get(`/api/tickets/${a.id}`)).body.priority).toBe('P1');
    expect((await agent.api.get(`/api/tickets/${b.id}`)).body.priority).toBe('P1');
    expect((await admin.api.get(`/api/tickets/${invisible.id}`)).body.priority).toBe(invisible.priority);
  });

  it('counts a repeated id once and reports a failing change per ticket', async () => {
    const ticket = await createTestTicket(agent.api, shop);
    const res = await agent.api.post('/api/tickets/bulk', { ids: [ticket.id, ticket.id], update: { removeTags: ['none-here'], status: 'open' } });
    expect(res.body).toEqual({ updated: [ticket.id], failed: [] });
    const events = (await agent.api.get(`/api/tickets/${ticket.id}`)).body.events.filter((e: { type: string }) => e.type === 'ticket.updated');
    expect(events).toHaveLength(1);

    // An assignee from nowhere fails for each ticket, with the reason, and changes nothing.
    const bad = await agent.api.post('/api/tickets/bulk', { ids: [ticket.id], update: { assigneeId: '00000000-0000-4000-8000-000000000000' } });
    expect(bad.status).toBe(200);
    expect(bad.body.updated).toEqual([]);
    expect(bad.body.failed).toEqual([{ id: ticket.id, code: expect.any(String), message: expect.any(String) }]);
    expect((await agent.api.get(`/api/tickets/${ticket.id}`)).body.assigneeId).toBeNull();
  });

  it('validates the request as a whole', async () => {
    const ticket = await createTestTicket(agent.api, shop);
    const bad: unknown[] = [
      { ids: [], update: { status: 'open' } },
      { ids: [ticket.id], update: {} },
      { ids: [ticket.id], update: { status: 'bogus' } },
      { ids: [ticket.id], update: { status: 'open', unknownField: 1 } },
      { ids: ['1'], update: { status: 'open' } },
      { ids: [0], update: { status: 'open' } },
      { ids: [1.5], update: { status: 'open' } },
      { ids: Array.from({ length: 201 }, (_, i) => i + 1), update: { status: 'open' } },
      { ids: [ticket.id] },
      { ids: [ticket.id], update: { status: 'open' }, extra: true },
    ];
    for (const body of bad) {
      const res = await agent.api.post('/api/tickets/bulk', body);
      expect(res.status, `${JSON.stringify(body).slice(0, 80)} → ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect((await agent.api.get(`/api/tickets/${ticket.id}`)).body.status).toBe('new');
  });

  it('never answers 5xx for ids beyond the database range', async () => {
    const res = await agent.api.post('/api/tickets/bulk', { ids: [2 ** 31, Number.MAX_SAFE_INTEGER], update: { status: 'open' } });
    expect(res.status).toBeLessThan(500);
    if (res.status === 200) expect(res.body.failed.map((f: { code: string }) => f.code)).toEqual(['not_found', 'not_found']);
  });

  it('works from the app with the session cookie', async () => {
    const ticket = await createTestTicket(agent.api, shop);
    const session = await loginClient(t.baseUrl, agent.email, agent.password);
    const res = await session.post('/api/tickets/bulk', { ids: [ticket.id], update: { status: 'solved' } });
    expect(res.status).toBe(200);
    expect(res.body.updated).toEqual([ticket.id]);
    expect((await agent.api.get(`/api/tickets/${ticket.id}`)).body.solvedAt).not.toBeNull();
  });
});

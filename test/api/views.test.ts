import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgent } from '../../src/modules/agents/agent.service.js';
import { createApiToken } from '../../src/modules/auth/auth.service.js';
import { createWorkspace } from '../../src/modules/workspaces/workspace.service.js';
import { ApiClient, createTestAgent, createTestApp, loginClient, type TestAgent, type TestApp } from '../helpers/test-app.js';

describe('saved views API', () => {
  let t: TestApp;
  let owner: TestAgent;
  let colleague: TestAgent;
  let supervisor: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await createTestAgent(t, 'agent', 'junior');
    colleague = await createTestAgent(t, 'agent', 'intermediate');
    supervisor = await createTestAgent(t, 'supervisor', 'senior');
  });
  afterAll(() => t.close());

  const save = async (api: ApiClient, body: Record<string, unknown>) => {
    const res = await api.post('/api/views', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };

  it('saves a view with the ticket list filters and lists it for its owner', async () => {
    const view = await save(owner.api, { name: 'German, waiting', filters: { status: 'new,open', language: 'de', q: 'Bestellung' } });
    expect(view).toMatchObject({ name: 'German, waiting', filters: { status: 'new,open', language: 'de', q: 'Bestellung' }, shared: false, mine: true });
    expect(typeof view.id).toBe('string');
    expect(Number.isNaN(Date.parse(view.createdAt))).toBe(false);

    const list = await owner.api.get('/api/views');
    expect(list.status).toBe(200);
    expect(list.body.items.map((v: { id: string }) => v.id)).toContain(view.id);

    // The saved filters are usable as the list's query string as they are.
    const tickets = await owner.api.get(`/api/tickets?${new URLSearchParams(view.filters)}`);
    expect(tickets.status).toBe(200);
  });

  it("keeps an unshared view away from colleagues: not listed, and 404 on change or delete", async () => {
    const view = await save(owner.api, { name: 'Private', filters: { priority: 'P1' } });
    const list = await colleague.api.get('/api/views');
    expect(list.body.items.map((v: { id: string }) => v.id)).not.toContain(view.id);

    const patched = await colleague.api.patch(`/api/views/${view.id}`, { name: 'Mine now' });
    expect(patched.status).toBe(404);
    expect(patched.body.error.code).toBe('not_found');
    const deleted = await colleague.api.delete(`/api/views/${view.id}`);
    expect(deleted.status).toBe(404);
    // Not even a supervisor learns that someone's private view exists.
    expect((await supervisor.api.delete(`/api/views/${view.id}`)).status).toBe(404);
    expect((await supervisor.api.get('/api/views')).body.items.map((v: { id: string }) => v.id)).not.toContain(view.id);
  });

  it('shows a shared view to colleagues, after their own views, marked as not theirs', async () => {
    const shared = await save(owner.api, { name: 'AAA shared by owner', filters: { channel: 'email' }, shared: true });
    const own = await save(colleague.api, { name: 'ZZZ my own', filters: { channel: 'chat' } });
    const list = await colleague.api.get('/api/views');
    const items: { id: string; mine: boolean; shared: boolean }[] = list.body.items;
    const sharedItem = items.find((v) => v.id === shared.id);
    expect(sharedItem).toMatchObject({ mine: false, shared: true });
    expect(items.findIndex((v) => v.id === own.id)).toBeLessThan(items.findIndex((v) => v.id === shared.id));
    // Own views first, each group by name.
    const mineFlags = items.map((v) => v.mine);
    expect(mineFlags).toEqual([...mineFlags].sort((a, b) => Number(b) - Number(a)));
  });

  it('lets only the owner change a view, also a shared one', async () => {
    const view = await save(owner.api, { name: 'Team inbox', filters: { status: 'open' }, shared: true });
    for (const other of [colleague, supervisor]) {
      const res = await other.api.patch(`/api/views/${view.id}`, { name: 'Taken over' });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    const renamed = await owner.api.patch(`/api/views/${view.id}`, { name: 'Team inbox (open)', filters: { status: 'open,pending' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: view.id, name: 'Team inbox (open)', filters: { status: 'open,pending' }, shared: true, mine: true });

    const unshared = await owner.api.patch(`/api/views/${view.id}`, { shared: false });
    expect(unshared.body).toMatchObject({ name: 'Team inbox (open)', shared: false });
    expect((await colleague.api.get('/api/views')).body.items.map((v: { id: string }) => v.id)).not.toContain(view.id);
  });

  it('lets the owner delete a view; a colleague cannot delete a shared one but a supervisor can', async () => {
    const mine = await save(owner.api, { name: 'Short-lived', filters: {} });
    expect((await owner.api.delete(`/api/views/${mine.id}`)).status).toBe(204);
    expect((await owner.api.get('/api/views')).body.items.map((v: { id: string }) => v.id)).not.toContain(mine.id);
    expect((await owner.api.delete(`/api/views/${mine.id}`)).status).toBe(404);

    const shared = await save(owner.api, { name: 'Shared, to be removed', filters: { priority: 'P1,P2' }, shared: true });
    const refused = await colleague.api.delete(`/api/views/${shared.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await supervisor.api.delete(`/api/views/${shared.id}`)).status).toBe(204);
    expect((await owner.api.get('/api/views')).body.items.map((v: { id: string }) => v.id)).not.toContain(shared.id);
  });

  it('rejects invalid filters and names the problem', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ status: 'bogus' }, /status/],
      [{ status: 'open,bogus' }, /status/],
      [{ priority: 'urgent' }, /priority/],
      [{ language: 'German' }, /language/],
      [{ brandId: 'not-a-uuid' }, /brandId/],
      [{ sort: 'random' }, /sort/],
      [{ q: 'x'.repeat(300) }, /q/],
      [{ limit: '10' }, /limit|filters/],
      [{ status: 1 }, /status/],
    ];
    for (const [filters, named] of cases) {
      const res = await owner.api.post('/api/views', { name: 'Broken', filters });
      expect([400, 422], `${JSON.stringify(filters)} → ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
      expect(res.body.error.code).toMatch(/validation_failed|unprocessable/);
      expect(JSON.stringify(res.body.error), JSON.stringify(filters)).toMatch(named);
    }
    const view = await save(owner.api, { name: 'Valid', filters: { status: 'open' } });
    const res = await owner.api.patch(`/api/views/${view.id}`, { filters: { status: 'bogus' } });
    expect([400, 422]).toContain(res.status);
    expect(res.body.error.message).toMatch(/status/);
    // Nothing was changed by the refused update.
    const after = (await owner.api.get('/api/views')).body.items.find((v: { id: string }) => v.id === view.id);
    expect(after.filters).toEqual({ status: 'open' });
  });

  it('rejects other bad bodies and ids', async () => {
    expect((await owner.api.post('/api/views', { name: '', filters: {} })).status).toBe(400);
    expect((await owner.api.post('/api/views', { name: 'No filters' })).status).toBe(400);
    expect((await owner.api.post('/api/views', { name: 'x'.repeat(81), filters: {} })).status).toBe(400);
    expect((await owner.api.post('/api/views', { name: 'Extra', filters: {}, agentId: colleague.id })).status).toBe(400);
    expect((await owner.api.patch('/api/views/123', { name: 'x' })).status).toBe(400);
    const missing = await owner.api.patch('/api/views/00000000-0000-4000-8000-000000000000', { name: 'x' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    expect((await new ApiClient(t.baseUrl).get('/api/views')).status).toBe(401);
  });

  it('works with the session cookie (CSRF token on writes)', async () => {
    const session = await loginClient(t.baseUrl, owner.email, owner.password);
    const res = await session.post('/api/views', { name: 'From the app', filters: { assignee: 'me' } });
    expect(res.status).toBe(201);
    const noCsrf = new ApiClient(t.baseUrl, { cookie: session.headers.cookie! });
    expect((await noCsrf.post('/api/views', { name: 'No CSRF', filters: {} })).status).toBe(403);
  });

  it('keeps shared views inside their workspace', async () => {
    const shared = await save(owner.api, { name: 'Shared in workspace one', filters: {}, shared: true });
    const otherWorkspace = await createWorkspace(t.runtime.db, { name: 'Other shop' });
    const stranger = await createAgent(t.runtime.db, otherWorkspace, { email: 'stranger@other.test', name: 'Stranger', role: 'admin', level: 'senior', password: 'stranger-password' });
    const { token } = await createApiToken(t.runtime.db, { workspaceId: otherWorkspace, agentId: stranger.id, name: 't' });
    const api = new ApiClient(t.baseUrl, { authorization: `Bearer ${token}` });
    expect((await api.get('/api/views')).body.items).toEqual([]);
    expect((await api.delete(`/api/views/${shared.id}`)).status).toBe(404);
    expect((await api.patch(`/api/views/${shared.id}`, { name: 'x' })).status).toBe(404);
  });
});

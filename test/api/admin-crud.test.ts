import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAgent, createTestApp, createTestBrand, createTestTicket, loginClient, type TestAgent, type TestApp } from '../helpers/test-app.js';

describe('brands, teams, agents and customers', () => {
  let t: TestApp;
  let admin: TestAgent;
  let supervisor: TestAgent;
  let agent: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin', 'senior');
    supervisor = await createTestAgent(t, 'supervisor', 'senior');
    agent = await createTestAgent(t, 'agent', 'junior');
  });
  afterAll(() => t.close());

  it('brands: create, rename, refuse duplicates, archive one with tickets instead of deleting it', async () => {
    const created = await admin.api.post('/api/brands', { name: 'Amazon JP', kind: 'amazon', marketplaceRegion: 'JP', defaultLanguage: 'ja' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'amazon', marketplaceRegion: 'JP', defaultLanguage: 'ja', archived: false });
    expect((await admin.api.post('/api/brands', { name: 'Amazon JP', kind: 'amazon' })).status).toBe(409);
    expect((await admin.api.post('/api/brands', { name: 'Ali', kind: 'alibaba' })).status).toBe(400);
    const renamed = await admin.api.patch(`/api/brands/${created.body.id}`, { name: 'Amazon Japan' });
    expect(renamed.body.name).toBe('Amazon Japan');

    await createTestTicket(agent.api, created.body.id);
    const removed = await admin.api.delete(`/api/brands/${created.body.id}`);
    expect(removed.body).toEqual({ archived: true });
    expect((await agent.api.get('/api/brands')).body.items.map((b: { id: string }) => b.id)).not.toContain(created.body.id);
    expect((await agent.api.get('/api/brands?includeArchived=true')).body.items.map((b: { id: string }) => b.id)).toContain(created.body.id);
    const refused = await agent.api.post('/api/tickets', { brandId: created.body.id, channel: 'email', subject: 'x', customer: { email: 'x@example.jp' }, message: { text: 'x' } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('archived');
  });

  it('teams: supervisors manage them and their members; agents only read', async () => {
    expect((await agent.api.post('/api/teams', { name: 'EU morning' })).status).toBe(403);
    const team = await supervisor.api.post('/api/teams', { name: 'EU morning', timezone: 'Europe/Berlin', memberIds: [agent.id] });
    expect(team.status).toBe(201);
    expect(team.body).toMatchObject({ name: 'EU morning', timezone: 'Europe/Berlin', memberIds: [agent.id] });
    expect((await supervisor.api.post('/api/teams', { name: 'Bad zone', timezone: 'Mars/Olympus' })).status).toBe(400);
    const listed = await agent.api.get('/api/teams');
    expect(listed.body.items.find((x: { id: string }) => x.id === team.body.id)).toMatchObject({ memberCount: 1 });
    expect((await agent.api.get(`/api/agents?teamId=${team.body.id}`)).body.items.map((a: { id: string }) => a.id)).toEqual([agent.id]);
    expect((await supervisor.api.delete(`/api/teams/${team.body.id}`)).status).toBe(200);
    expect((await agent.api.get(`/api/teams/${team.body.id}`)).status).toBe(404);
  });

  it('agents: admins create them with a level and compensation limit; passwords are never returned', async () => {
    const created = await admin.api.post('/api/agents', { email: 'Mei@Shop.test', name: 'Mei', role: 'lead', level: 'intermediate', password: 'mei-password-1', locale: 'zh-CN' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'mei@shop.test', role: 'lead', level: 'intermediate', locale: 'zh-CN', compensationLimit: 100 });
    expect(JSON.stringify(created.body)).not.toMatch(/password|argon/i);
    expect((await admin.api.post('/api/agents', { email: 'mei@shop.test', name: 'Mei 2', role: 'agent' })).status).toBe(409);
    expect((await agent.api.post('/api/agents', { email: 'x@shop.test', name: 'X', role: 'admin' })).status).toBe(403);

    const levels = await admin.api.request('PUT', '/api/agent-levels', { levels: [{ level: 'junior', compensationLimit: 30 }, { level: 'intermediate', compensationLimit: 80 }, { level: 'senior', compensationLimit: null }] });
    expect(levels.status).toBe(200);
    expect((await agent.api.get(`/api/agents/${agent.id}`)).body.compensationLimit).toBe(30);
  });

  it('agents: may edit their own profile but not their role; the password change needs the current one', async () => {
    const self = await agent.api.patch(`/api/agents/${agent.id}`, { name: 'Renamed', timezone: 'Asia/Shanghai' });
    expect(self.status).toBe(200);
    expect(self.body).toMatchObject({ name: 'Renamed', timezone: 'Asia/Shanghai' });
    expect((await agent.api.patch(`/api/agents/${agent.id}`, { role: 'admin' })).status).toBe(403);
    expect((await agent.api.patch(`/api/agents/${admin.id}`, { name: 'Hacked' })).status).toBe(403);
    expect((await agent.api.patch(`/api/agents/${agent.id}`, { password: 'a-new-password-1' })).status).toBe(422);
    const changed = await agent.api.patch(`/api/agents/${agent.id}`, { password: 'a-new-password-1', currentPassword: agent.password });
    expect(changed.status).toBe(200);
    await expect(loginClient(t.baseUrl, agent.email, 'a-new-password-1')).resolves.toBeDefined();
  });

  it('agents: deactivation ends sessions and tokens; the last admin cannot be removed', async () => {
    const leaver = await createTestAgent(t, 'agent', 'junior');
    const session = await loginClient(t.baseUrl, leaver.email, leaver.password);
    expect((await admin.api.delete(`/api/agents/${leaver.id}`)).body.active).toBe(false);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect((await leaver.api.get('/api/tickets')).status).toBe(401);
    const lastAdmin = await admin.api.delete(`/api/agents/${admin.id}`);
    expect(lastAdmin.status).toBe(422);
    expect((await admin.api.patch(`/api/agents/${admin.id}`, { role: 'agent' })).status).toBe(422);
  });

  it('customers: identities across channels, search, anonymisation for data requests', async () => {
    const created = await agent.api.post('/api/customers', {
      name: 'Sakura Tanaka', country: 'JP', language: 'ja', timezone: 'Asia/Tokyo',
      identities: [{ kind: 'email', value: 'Sakura@Example.jp' }, { kind: 'marketplace_alias', value: 'abc123@marketplace.amazon.co.jp', marketplace: 'amazon' }],
    });
    expect(created.status).toBe(201);
    expect(created.body.identities.map((i: { value: string }) => i.value).sort()).toEqual(['abc123@marketplace.amazon.co.jp', 'sakura@example.jp']);
    const clash = await agent.api.post('/api/customers', { name: 'Other', identities: [{ kind: 'email', value: 'sakura@example.jp' }] });
    expect(clash.status).toBe(409);
    expect(clash.body.error.message).toContain('sakura@example.jp');

    const brandId = await createTestBrand(admin.api, 'Customer shop');
    const ticket = await createTestTicket(agent.api, brandId, { customer: { marketplaceAlias: 'abc123@marketplace.amazon.co.jp' } });
    expect(ticket.customer.id).toBe(created.body.id);
    expect((await agent.api.get('/api/customers?q=tanaka')).body.items.map((c: { id: string }) => c.id)).toContain(created.body.id);
    expect((await agent.api.get('/api/customers?q=100%25')).status).toBe(200);

    expect((await agent.api.delete(`/api/customers/${created.body.id}`)).status).toBe(403);
    const gone = await supervisor.api.delete(`/api/customers/${created.body.id}`);
    expect(gone.body).toEqual({ anonymized: true });
    const after = await agent.api.get(`/api/customers/${created.body.id}`);
    expect(after.body).toMatchObject({ name: '', identities: [], anonymized: true });
    expect((await agent.api.get(`/api/tickets/${ticket.id}`)).status).toBe(200);
  });

  it('customers: a lead merges two profiles of one buyer with their tickets', async () => {
    const brandId = await createTestBrand(admin.api, 'Merge shop');
    const a = await createTestTicket(agent.api, brandId, { customer: { email: 'jo@example.com', name: 'Jo' } });
    const b = await createTestTicket(agent.api, brandId, { customer: { chatVisitorId: 'visitor-77' } });
    const lead = await createTestAgent(t, 'lead', 'intermediate');
    const merged = await lead.api.post(`/api/customers/${a.customer.id}/merge`, { sourceId: b.customer.id });
    expect(merged.status).toBe(200);
    expect((await agent.api.get(`/api/tickets?customerId=${a.customer.id}`)).body.items).toHaveLength(2);
    expect((await agent.api.get(`/api/customers/${b.customer.id}`)).status).toBe(404);
  });
});

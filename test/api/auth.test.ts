import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installAuthentication } from '../../src/http/authenticate.js';
import { hashToken } from '../../src/shared/secrets.js';
import { ApiClient, createTestAgent, createTestApp, loginClient, type TestAgent, type TestApp } from '../helpers/test-app.js';

describe('auth and roles', () => {
  let t: TestApp;
  let admin: TestAgent;
  let agent: TestAgent;

  beforeAll(async () => {
    t = await createTestApp({ MERIDIAN_LOGIN_RATE_PER_MINUTE: '5', MERIDIAN_TRUST_PROXY: 'true' });
    admin = await createTestAgent(t, 'admin', 'senior');
    agent = await createTestAgent(t, 'agent', 'junior');
  });
  afterAll(() => t.close());

  it('stores passwords as argon2id hashes, never in plain text', async () => {
    const row = await t.runtime.db.selectFrom('agents').select('password_hash').where('id', '=', agent.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(agent.password);
  });

  it('signs in with an httpOnly session cookie and answers /api/auth/me', async () => {
    const res = await new ApiClient(t.baseUrl).post('/api/auth/login', { email: agent.email.toUpperCase(), password: agent.password });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('meridian_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.body.agent.email).toBe(agent.email);
    expect(res.body.csrfToken).toEqual(expect.any(String));

    const client = await loginClient(t.baseUrl, agent.email, agent.password);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.agent.role).toBe('agent');
  });

  it('refuses a wrong password with a clear message', async () => {
    const res = await new ApiClient(t.baseUrl).post('/api/auth/login', { email: agent.email, password: 'not-the-password' });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'invalid_credentials', message: expect.stringContaining('wrong') });
  });

  it('requires the CSRF header on cookie-authenticated writes', async () => {
    const client = await loginClient(t.baseUrl, admin.email, admin.password);
    const withoutCsrf = new ApiClient(t.baseUrl, { cookie: client.headers.cookie! });
    const refused = await withoutCsrf.post('/api/teams', { name: 'Night shift' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('csrf_failed');
    const accepted = await client.post('/api/teams', { name: 'Night shift' });
    expect(accepted.status).toBe(201);
  });

  it('ends the session on logout', async () => {
    const client = await loginClient(t.baseUrl, agent.email, agent.password);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('keeps API tokens hashed at rest, shows them once, and stops accepting revoked ones', async () => {
    const created = await agent.api.post('/api/tokens', { name: 'zapier' });
    expect(created.status).toBe(201);
    const token: string = created.body.token;
    const rows = await t.runtime.db.selectFrom('api_tokens').select(['token_hash', 'prefix']).execute();
    expect(rows.some((r) => r.token_hash === hashToken(token))).toBe(true);
    expect(rows.every((r) => r.token_hash !== token)).toBe(true);
    const listed = await agent.api.get('/api/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(token);

    const viaToken = new ApiClient(t.baseUrl, { authorization: `Bearer ${token}` });
    expect((await viaToken.get('/api/auth/me')).status).toBe(200);
    expect((await agent.api.delete(`/api/tokens/${created.body.info.id}`)).status).toBe(200);
    const refused = await viaToken.get('/api/auth/me');
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthenticated');
  });

  it('enforces roles on every route', async () => {
    expect((await new ApiClient(t.baseUrl).get('/api/tickets')).status).toBe(401);
    const forbidden = await agent.api.post('/api/brands', { name: 'Not mine', kind: 'shopify' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.message).toContain('admin');
    expect((await agent.api.get('/api/audit')).status).toBe(403);
    expect((await admin.api.post('/api/brands', { name: 'Mine', kind: 'shopify' })).status).toBe(201);
  });

  it('refuses to start with an /api route that does not declare who may call it', async () => {
    const app = Fastify();
    installAuthentication(app, t.runtime.db);
    expect(() => app.get('/api/forgotten', async () => ({ secret: true }))).toThrow('GET /api/forgotten does not declare config.access');
  });

  it('records privileged actions in the audit log without secrets', async () => {
    await admin.api.post('/api/brands', { name: 'Audited', kind: 'amazon' });
    const audit = await admin.api.get('/api/audit');
    expect(audit.status).toBe(200);
    const actions = audit.body.items.map((i: { action: string }) => i.action);
    expect(actions).toContain('brand.created');
    expect(actions).toContain('api_token.created');
    expect(JSON.stringify(audit.body)).not.toContain(agent.password);
  });

  it('rate-limits login attempts per client', async () => {
    const anonymous = new ApiClient(t.baseUrl, { 'x-forwarded-for': '203.0.113.9' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await anonymous.post('/api/auth/login', { email: agent.email, password: 'wrong-password' })).status);
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const last = await anonymous.post('/api/auth/login', { email: agent.email, password: agent.password });
    expect(last.body.error.code).toBe('rate_limited');
  });
});

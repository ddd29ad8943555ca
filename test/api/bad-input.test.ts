import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestAgent, createTestApp, createTestBrand, createTestTicket, type TestAgent, type TestApp } from '../helpers/test-app.js';

const HOSTILE_STRINGS = [
  "' or 1=1 --",
  '"; drop table tickets; --',
  '\\',
  "'\\''",
  '&|!():*<>',
  '%_%',
  '\u0000',
  '\u202e\u200f',
  '💥'.repeat(300),
  'a'.repeat(10_000),
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
];

const BAD_BODIES: { label: string; body: string; contentType?: string }[] = [
  { label: 'invalid JSON', body: '{"subject": ' },
  { label: 'empty body', body: '' },
  { label: 'JSON array', body: '[]' },
  { label: 'JSON null', body: 'null' },
  { label: 'JSON string', body: '"hello"' },
  { label: 'unknown fields', body: JSON.stringify({ unexpected: true, __proto__: { admin: true } }) },
  { label: 'prototype pollution', body: '{"__proto__": {"role": "admin"}, "constructor": {"prototype": {"x": 1}}}' },
  { label: 'wrong types', body: JSON.stringify({ name: 42, kind: [], email: {}, subject: null, text: 7, targetId: 'x', status: 'done' }) },
  { label: 'deeply nested', body: '['.repeat(5000) + ']'.repeat(5000) },
  { label: 'oversize body', body: JSON.stringify({ text: 'x'.repeat(1_200_000) }) },
  { label: 'form encoded', body: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
  { label: 'xml', body: '<a/>', contentType: 'application/xml' },
];

const BAD_IDS = ['abc', '-1', '0', '1.5', '99999999999999999999', "1'%20or%201=1", '%00', 'null'];

describe('bad input never causes a 5xx', () => {
  let t: TestApp;
  let admin: TestAgent;
  let routes: { method: string; path: string }[];
  let ticketId: number;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin', 'senior');
    const brandId = await createTestBrand(admin.api);
    ticketId = (await createTestTicket(admin.api, brandId)).id;
    const spec = (await admin.api.get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'patch', 'put', 'delete'].includes(m))
        .map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(() => t.close());

  const fill = (path: string, id: string) => path.replace(/\{[^}]+\}/g, id);
  const check = (label: string, res: { status: number; body: any }) => {
    expect(res.status, `${label} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`).toBeLessThan(500);
    if (res.status >= 400) {
      expect(res.body?.error?.code, `${label} error shape`).toEqual(expect.any(String));
      expect(res.body.error.message.length, `${label} error message`).toBeGreaterThan(5);
    }
  };

  it('the OpenAPI document lists the routes', () => {
    expect(routes.length).toBeGreaterThan(25);
  });

  it('bad bodies on every write route', async () => {
    for (const { method, path } of routes.filter((r) => r.method !== 'GET' && r.path !== '/api/auth/logout')) {
      for (const bad of BAD_BODIES) {
        const res = await admin.api.request(method, fill(path, String(ticketId)), bad.body, { 'content-type': bad.contentType ?? 'application/json' });
        check(`${method} ${path} with ${bad.label}`, res);
      }
    }
  });

  it('bad ids in every path', async () => {
    for (const { method, path } of routes.filter((r) => r.path.includes('{'))) {
      for (const id of BAD_IDS) {
        const res = await admin.api.request(method, fill(path, id), method === 'GET' || method === 'DELETE' ? undefined : {});
        check(`${method} ${path} with id ${id}`, res);
        expect(res.status).not.toBe(200);
      }
    }
  });

  it('hostile query strings on every list route', async () => {
    for (const { path } of routes.filter((r) => r.method === 'GET' && !r.path.includes('{') && r.path !== '/api/live')) {
      for (const s of HOSTILE_STRINGS) {
        for (const param of ['q', 'cursor', 'status', 'limit', 'sort', 'brandId', 'language', 'tag', 'unknownParam']) {
          const res = await admin.api.get(`${path}?${param}=${encodeURIComponent(s)}`);
          check(`GET ${path}?${param}=${s.slice(0, 20)}`, res);
        }
      }
    }
  });

  it('hostile search text is answered, not crashed on', async () => {
    for (const s of HOSTILE_STRINGS) {
      const res = await admin.api.get(`/api/tickets?q=${encodeURIComponent(s.slice(0, 256))}`);
      expect([200, 400]).toContain(res.status);
    }
  });

  it('garbage tokens and cookies are refused with 401', async () => {
    const headers: Record<string, string>[] = [{ authorization: 'Bearer ' + 'x'.repeat(5000) }, { authorization: 'Basic Zm9vOmJhcg==' }, { cookie: 'meridian_session=' + 'y'.repeat(300) }];
    for (const header of headers) {
      const res = await new ApiClient(t.baseUrl, header).get('/api/tickets');
      expect(res.status).toBe(401);
    }
  });
});

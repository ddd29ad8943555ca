import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoWorkspace } from '../../src/modules/demo/demo.seed.js';
import { ApiClient, createTestApp, loginClient, type TestApp } from '../helpers/test-app.js';

describe('demo logins API', () => {
  let t: TestApp;
  let anonymous: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    anonymous = new ApiClient(t.baseUrl);
  });
  afterAll(() => t.close());

  it('is public and empty while no demo workspace exists', async () => {
    const res = await anonymous.get('/api/demo/logins');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [] });
  });

  it('lists the three demo sign-ins once the demo is seeded, and each one works', async () => {
    await seedDemoWorkspace(t.runtime.db);
    const res = await anonymous.get('/api/demo/logins');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { email: 'li.wei@demo.meridian.test', password: 'meridian-demo', name: 'Li Wei', role: 'agent' },
      { email: 'zhang.min@demo.meridian.test', password: 'meridian-demo', name: 'Zhang Min', role: 'lead' },
      { email: 'chen.jing@demo.meridian.test', password: 'meridian-demo', name: 'Chen Jing', role: 'admin' },
    ]);
    for (const login of res.body.items) {
      const session = await loginClient(t.baseUrl, login.email, login.password);
      const me = await session.get('/api/auth/me');
      expect(me.body.agent).toMatchObject({ email: login.email, role: login.role });
    }
  });

  it('leaves out a demo agent who was deactivated', async () => {
    await t.runtime.db.updateTable('agents').set({ active: false }).where('email', '=', 'zhang.min@demo.meridian.test').execute();
    try {
      const res = await anonymous.get('/api/demo/logins');
      expect(res.body.items.map((l: { email: string }) => l.email)).toEqual(['li.wei@demo.meridian.test', 'chen.jing@demo.meridian.test']);
    } finally {
      await t.runtime.db.updateTable('agents').set({ active: true }).where('email', '=', 'zhang.min@demo.meridian.test').execute();
    }
  });

  it('never lists agents of a workspace that is not a demo', async () => {
    await t.runtime.db.updateTable('workspaces').set({ is_demo: false }).where('is_demo', '=', true).execute();
    const res = await anonymous.get('/api/demo/logins');
    expect(res.body).toEqual({ items: [] });
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, startServer, stopServer } from '../helpers/cli.js';
import { createTestDatabase } from '../helpers/postgres.js';
import { ApiClient, BACKEND, loginClient } from '../helpers/test-app.js';

describe('meridian serve', { timeout: 180_000 }, () => {
  const dirs: string[] = [];
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    for (const drop of drops) await drop();
  });
  /** A fresh database of the backend under test (PGlite in the data dir, or a new PostgreSQL database). */
  const backendEnv = async (): Promise<Record<string, string>> => {
    if (BACKEND !== 'postgres') return { DATABASE_URL: '' };
    const db = await createTestDatabase();
    drops.push(db.drop);
    return { DATABASE_URL: db.url };
  };
  const tempDir = () => {
    const d = mkdtempSync(path.join(tmpdir(), 'meridian-serve-'));
    dirs.push(d);
    return d;
  };

  it('first start seeds the demo workspace and prints the URL and logins; a restart keeps the data', async () => {
    const dataDir = tempDir();
    const env = { MERIDIAN_DATA_DIR: dataDir, PORT: '0', MERIDIAN_DEMO: 'true', ...(await backendEnv()) };
    const first = await startServer(env);
    try {
      expect(first.output()).toContain('Demo workspace created');
      expect(first.output()).toMatch(/li\.wei@demo\.meridian\.test\s+meridian-demo/);
      const agent = await loginClient(first.url, 'li.wei@demo.meridian.test', 'meridian-demo');
      const all = await agent.get('/api/tickets?limit=200&status=new,open,pending,on_hold,solved,closed');
      expect(all.body.items).toHaveLength(50);
      const languages = new Set(all.body.items.map((t: { language: string }) => t.language));
      expect(languages.size).toBeGreaterThanOrEqual(8);
      const brands = await agent.get('/api/brands');
      expect(brands.body.items.map((b: { kind: string }) => b.kind).sort()).toEqual(['amazon', 'shopify']);
      const agents = await agent.get('/api/agents');
      expect(agents.body.items.map((a: { level: string }) => a.level).sort()).toEqual(['intermediate', 'junior', 'senior']);
      expect((await new ApiClient(first.url).get('/api/ready')).status).toBe(200);
    } finally {
      await stopServer(first.child);
    }
    const second = await startServer(env);
    try {
      expect(second.output()).not.toContain('Demo workspace created');
      const agent = await loginClient(second.url, 'li.wei@demo.meridian.test', 'meridian-demo');
      const all = await agent.get('/api/tickets?limit=200&status=new,open,pending,on_hold,solved,closed');
      expect(all.body.items).toHaveLength(50);
    } finally {
      await stopServer(second.child);
    }
  });

  it('without a demo, prints a one-time setup link that creates the first admin', async () => {
    const env = { MERIDIAN_DATA_DIR: tempDir(), PORT: '0', MERIDIAN_DEMO: 'false', ...(await backendEnv()) };
    const server = await startServer(env);
    try {
      const token = /setup\?token=(\S+)/.exec(server.output())?.[1];
      expect(token).toBeTruthy();
      const anonymous = new ApiClient(server.url);
      const body = { token: decodeURIComponent(token!), email: 'owner@shop.test', name: 'Owner', password: 'a-long-password' };
      const created = await anonymous.post('/api/setup', body);
      expect(created.status).toBe(201);
      expect(created.body.agent.role).toBe('admin');
      const reused = await anonymous.post('/api/setup', { ...body, email: 'intruder@shop.test' });
      expect(reused.status).toBe(404);
      expect(reused.body.error.message).toContain('used');
    } finally {
      await stopServer(server.child);
    }
  });

  it('creates the first admin from the environment', async () => {
    const env = {
      ...(await backendEnv()),
      MERIDIAN_DATA_DIR: tempDir(), PORT: '0', MERIDIAN_DEMO: 'false',
      MERIDIAN_ADMIN_EMAIL: 'boss@shop.test', MERIDIAN_ADMIN_PASSWORD: 'correct-horse-battery',
    };
    const server = await startServer(env);
    try {
      expect(server.output()).toContain('boss@shop.test');
      const admin = await loginClient(server.url, 'boss@shop.test', 'correct-horse-battery');
      expect((await admin.get('/api/auth/me')).body.agent.role).toBe('admin');
    } finally {
      await stopServer(server.child);
    }
  });

  it('keeps a second process away from a running embedded database', async () => {
    const env = { MERIDIAN_DATA_DIR: tempDir(), PORT: '0', MERIDIAN_DEMO: 'false', DATABASE_URL: '' };
    const server = await startServer(env);
    try {
      const second = await runCli(['migrate'], env);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain('in use by another Meridian process');
    } finally {
      await stopServer(server.child);
    }
    expect((await runCli(['migrate'], env)).code).toBe(0);
  });

  it('fails at start with the name of a bad setting', async () => {
    await expect(startServer({ MERIDIAN_DATA_DIR: tempDir(), PORT: 'eighty', DATABASE_URL: '' })).rejects.toThrow(/PORT/);
  });
});

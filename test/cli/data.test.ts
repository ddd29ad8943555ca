import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startServer, stopServer } from '../helpers/cli.js';
import { createTestDatabase, postgresUnavailableReason } from '../helpers/postgres.js';
import { ApiClient, BACKEND } from '../helpers/test-app.js';

const record = (ref: string, extra: Record<string, unknown> = {}) => ({
  ref,
  brand: 'Test Store',
  channel: 'email',
  subject: `Imported ${ref}`,
  status: 'solved',
  priority: 'P2',
  tags: ['imported'],
  language: 'fr',
  customer: { email: `${ref}@example.fr`, name: 'Claire Martin', country: 'FR', language: 'fr' },
  messages: [
    { direction: 'inbound', text: 'Bonjour, où en est ma commande ?', createdAt: '2025-03-01T09:00:00.000Z' },
    { direction: 'outbound', text: 'Bonjour Madame, elle est partie hier.', createdAt: '2025-03-01T10:30:00.000Z', author: 'ops@shop.test' },
  ],
  ...extra,
});

describe('operator CLI: agents, tokens, import, export, backup and restore', { timeout: 180_000 }, () => {
  let dir: string;
  let env: Record<string, string>;
  const drops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'meridian-cli-'));
    env = { MERIDIAN_DATA_DIR: dir, MERIDIAN_DEMO: 'false', MERIDIAN_ADMIN_EMAIL: 'ops@shop.test', MERIDIAN_ADMIN_PASSWORD: 'operator-password', DATABASE_URL: '' };
    if (BACKEND === 'postgres') {
      const db = await createTestDatabase();
      drops.push(db.drop);
      env.DATABASE_URL = db.url;
    }
    // First start creates the workspace and admin; then add a brand through the API.
    const server = await startServer({ ...env, PORT: '0' });
    try {
      const login = await new ApiClient(server.url).post('/api/auth/login', { email: 'ops@shop.test', password: 'operator-password' });
      const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const admin = new ApiClient(server.url, { cookie, 'x-csrf-token': login.body.csrfToken });
      expect((await admin.post('/api/brands', { name: 'Test Store', kind: 'shopify' })).status).toBe(201);
    } finally {
      await stopServer(server.child);
    }
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const drop of drops) await drop();
  });

  it('migrate reports an up-to-date schema', async () => {
    const res = await runCli(['migrate'], env);
    expect(res.stdout).toContain('up to date');
    expect(res.code).toBe(0);
  });

  it('create-agent and token create give a working API token, printed once', async () => {
    const created = await runCli(['create-agent', '--email', 'nadia@shop.test', '--name', 'Nadia', '--role', 'lead', '--level', 'intermediate', '--password', 'nadia-password'], env);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('lead nadia@shop.test');
    const bad = await runCli(['create-agent', '--email', 'x@shop.test', '--name', 'X', '--role', 'boss'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--role must be one of');

    const token = await runCli(['token', 'create', '--agent', 'nadia@shop.test', '--name', 'zapier'], env);
    expect(token.code, token.stderr).toBe(0);
    const value = token.stdout.trim();
    expect(value).toMatch(/^mrd_/);
    const server = await startServer({ ...env, PORT: '0' });
    try {
      const me = await new ApiClient(server.url, { authorization: `Bearer ${value}` }).get('/api/auth/me');
      expect(me.body.agent.email).toBe('nadia@shop.test');
    } finally {
      await stopServer(server.child);
    }
  });

  it('imports JSON and CSV keeping timestamps, reports bad records, and is idempotent', async () => {
    const json = path.join(dir, 'tickets.json');
    writeFileSync(json, JSON.stringify([record('A-1'), record('A-2'), { ref: 'broken', brand: 'Test Store' }, record('A-3', { brand: 'Nope' })]));
    const first = await runCli(['import', json, '--quiet'], env);
    expect(first.stdout).toContain('Imported 2, skipped 0 already imported, failed 2');
    expect(first.stderr).toContain('record 3');
    expect(first.stderr).toContain('unknown brand "Nope"');
    expect(first.code).toBe(2);
    const again = await runCli(['import', json, '--quiet'], env);
    expect(again.stdout).toContain('Imported 0, skipped 2');

    const csv = path.join(dir, 'tickets.csv');
    writeFileSync(csv, [
      'ticket_ref,brand,channel,subject,status,priority,tags,customer_email,customer_name,customer_country,customer_language,direction,author_email,created_at,text',
      'C-1,Test Store,email,"Lampe kaputt, bitte Hilfe",open,P1,lamp;damaged,jonas@example.de,Jonas Weber,DE,de,inbound,,2025-04-02T07:00:00Z,"Die Lampe flackert, schon nach zwei Tagen."',
      'C-1,Test Store,email,"Lampe kaputt, bitte Hilfe",open,P1,lamp;damaged,jonas@example.de,Jonas Weber,DE,de,outbound,ops@shop.test,2025-04-02T08:15:00Z,"Das tut uns leid, wir senden Ersatz."',
    ].join('\n'));
    const fromCsv = await runCli(['import', csv, '--quiet'], env);
    expect(fromCsv.stdout, fromCsv.stderr).toContain('Imported 1, skipped 0 already imported, failed 0');

    const out = path.join(dir, 'export.jsonl');
    const exported = await runCli(['export', out], env);
    expect(exported.stdout).toContain('Exported 3 tickets');
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const a1 = lines.find((l) => l.ref === 'A-1');
    expect(a1.messages.map((m: { createdAt: string }) => m.createdAt)).toEqual(['2025-03-01T09:00:00.000Z', '2025-03-01T10:30:00.000Z']);
    expect(a1.createdAt).toBe('2025-03-01T09:00:00.000Z');
    expect(a1.messages[1].author).toBe('ops@shop.test');
    const c1 = lines.find((l) => l.ref === 'C-1');
    expect(c1).toMatchObject({ subject: 'Lampe kaputt, bitte Hilfe', priority: 'P1', tags: ['lamp', 'damaged'] });
  });

  it('rejects an unknown file type and invalid JSON with a clear message', async () => {
    const txt = path.join(dir, 'x.txt');
    writeFileSync(txt, 'hello');
    expect((await runCli(['import', txt], env)).stderr).toContain('use .json, .jsonl or .csv');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{oops');
    expect((await runCli(['import', bad], env)).stderr).toContain('is not valid JSON');
  });

  it('backs up one backend and restores into the other', async () => {
    const unavailable = await postgresUnavailableReason();
    if (unavailable) throw new Error(`this test needs PostgreSQL: ${unavailable}`);
    const file = path.join(dir, 'backup.jsonl.gz');
    const backup = await runCli(['backup', file], env);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/Backed up \d+ rows/);

    // Restore into the *other* backend: PostgreSQL when we run on PGlite, and the reverse.
    const targetDir = mkdtempSync(path.join(tmpdir(), 'meridian-restore-'));
    const targetEnv: Record<string, string> = { MERIDIAN_DATA_DIR: targetDir, MERIDIAN_DEMO: 'false', DATABASE_URL: '' };
    if (BACKEND === 'pglite') {
      const db = await createTestDatabase();
      drops.push(db.drop);
      targetEnv.DATABASE_URL = db.url;
    }
    const restored = await runCli(['restore', file], targetEnv);
    expect(restored.code, restored.stderr).toBe(0);
    const twice = await runCli(['restore', file], targetEnv);
    expect(twice.stderr).toContain('needs an empty database');

    const server = await startServer({ ...targetEnv, PORT: '0' });
    try {
      const login = await new ApiClient(server.url).post('/api/auth/login', { email: 'ops@shop.test', password: 'operator-password' });
      expect(login.status).toBe(200);
      const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const admin = new ApiClient(server.url, { cookie, 'x-csrf-token': login.body.csrfToken });
      const tickets = await admin.get('/api/tickets?q=flackert');
      expect(tickets.body.items).toHaveLength(1);
      const created = await admin.post('/api/tickets', {
        brandId: (await admin.get('/api/brands')).body.items[0].id,
        channel: 'email', subject: 'After restore', customer: { email: 'new@example.com' }, message: { text: 'hi' },
      });
      expect(created.status).toBe(201);
    } finally {
      await stopServer(server.child);
      rmSync(targetDir, { recursive: true, force: true });
    }
  });
});

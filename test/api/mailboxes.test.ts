import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAgent, createTestApp, createTestBrand, type TestAgent, type TestApp } from '../helpers/test-app.js';

/** A local port nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const IMAP_PASSWORD = 'imap-Pa55word-never-shown';
const SMTP_PASSWORD = 'smtp-Pa55word-never-shown';
const DKIM_KEY = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** Nothing in a response may carry a stored secret, by value or by name. */
function expectNoSecrets(body: unknown) {
  const json = JSON.stringify(body);
  expect(json).not.toContain(IMAP_PASSWORD);
  expect(json).not.toContain(SMTP_PASSWORD);
  expect(json).not.toContain('PRIVATE KEY');
  expect(json).not.toMatch(/"(secret|password|privateKey)":/);
}

describe('mailboxes API', () => {
  let t: TestApp;
  let admin: TestAgent;
  let supervisor: TestAgent;
  let lead: TestAgent;
  let agent: TestAgent;
  let brandId: string;
  let otherBrandId: string;
  let n = 0;
  const address = () => `support${++n}@shop.test`;

  const validBody = (overrides: Record<string, unknown> = {}) => ({
    brandId,
    name: `Support ${n + 1}`,
    address: address(),
    imap: { enabled: true, host: 'imap.shop.test', port: 993, tls: true, user: 'support@shop.test', secret: IMAP_PASSWORD },
    smtp: { host: 'smtp.shop.test', port: 587, security: 'starttls', user: 'support@shop.test', secret: SMTP_PASSWORD },
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin', 'senior');
    brandId = await createTestBrand(admin.api, 'Mail shop');
    otherBrandId = await createTestBrand(admin.api, 'Other shop');
    supervisor = await createTestAgent(t, 'supervisor', 'senior');
    lead = await createTestAgent(t, 'lead', 'intermediate');
    agent = await createTestAgent(t, 'agent', 'junior');
  });
  afterAll(() => t.close());

  it('creates, lists, reads, changes and deletes a mailbox, never returning a secret', async () => {
    const created = await admin.api.post('/api/mailboxes', {
      ...validBody({ address: 'Support@Shop.test', name: 'Support' }),
      displayName: 'Shop Support',
      aliases: ['Help@Shop.test', 'support@shop.test', 'help@shop.test'],
      dkim: { domain: 'Shop.test', selector: 'mail', privateKey: DKIM_KEY },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      brandId,
      name: 'Support',
      address: 'support@shop.test',
      displayName: 'Shop Support',
      aliases: ['help@shop.test'],
      active: true,
      imap: { enabled: true, host: 'imap.shop.test', port: 993, tls: true, user: 'support@shop.test', auth: 'password', secretSet: true, folder: 'INBOX', lastSyncAt: null, lastError: null },
      smtp: { host: 'smtp.shop.test', port: 587, security: 'starttls', secretSet: true },
      dkim: { domain: 'shop.test', selector: 'mail', keySet: true },
    });
    expectNoSecrets(created.body);
    const id = created.body.id;

    const listed = await supervisor.api.get('/api/mailboxes');
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((m: { id: string }) => m.id)).toContain(id);
    expectNoSecrets(listed.body);
    const one = await supervisor.api.get(`/api/mailboxes/${id}`);
    expect(one.body).toEqual(created.body);

    // Omitted secrets are kept; other fields change.
    const renamed = await admin.api.patch(`/api/mailboxes/${id}`, { name: 'Support EU', imap: { folder: 'Support' }, smtp: { port: 2525 } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Support EU', imap: { folder: 'Support', secretSet: true }, smtp: { port: 2525, secretSet: true }, dkim: { keySet: true } });
    expectNoSecrets(renamed.body);

    // null clears a secret (SMTP may go without a login; DKIM goes off as a whole).
    const cleared = await admin.api.patch(`/api/mailboxes/${id}`, { smtp: { user: null, secret: null }, dkim: { domain: null, selector: null, privateKey: null } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.smtp).toMatchObject({ user: null, secretSet: false });
    expect(cleared.body.dkim).toEqual({ domain: null, selector: null, keySet: false });

    const removed = await admin.api.delete(`/api/mailboxes/${id}`);
    expect(removed.status).toBe(204);
    expect((await supervisor.api.get(`/api/mailboxes/${id}`)).status).toBe(404);
    expect((await supervisor.api.get('/api/mailboxes')).body.items.map((m: { id: string }) => m.id)).not.toContain(id);
    expect((await admin.api.delete(`/api/mailboxes/${id}`)).status).toBe(404);
  });

  it('lets supervisors read and only admins change; agents and leads get 403', async () => {
    const created = await admin.api.post('/api/mailboxes', validBody());
    expect(created.status).toBe(201);
    const id = created.body.id;
    for (const who of [agent, lead]) {
      expect((await who.api.get('/api/mailboxes')).status).toBe(403);
      expect((await who.api.get(`/api/mailboxes/${id}`)).status).toBe(403);
    }
    expect((await agent.api.post('/api/mailboxes', validBody())).status).toBe(403);
    expect((await supervisor.api.post('/api/mailboxes', validBody())).status).toBe(403);
    expect((await supervisor.api.patch(`/api/mailboxes/${id}`, { name: 'x' })).status).toBe(403);
    expect((await supervisor.api.delete(`/api/mailboxes/${id}`)).status).toBe(403);
    expect((await supervisor.api.post(`/api/mailboxes/${id}/test`)).status).toBe(403);
    expect((await agent.api.post(`/api/mailboxes/${id}/test`)).status).toBe(403);
  });

  it('shows an agent limited to some brands only the mailboxes of those brands', async () => {
    const mine = await admin.api.post('/api/mailboxes', validBody());
    const theirs = await admin.api.post('/api/mailboxes', validBody({ brandId: otherBrandId }));
    const limited = await createTestAgent(t, 'supervisor', 'senior', { brandIds: [brandId] });
    const ids = (await limited.api.get('/api/mailboxes')).body.items.map((m: { id: string }) => m.id);
    expect(ids).toContain(mine.body.id);
    expect(ids).not.toContain(theirs.body.id);
    expect((await limited.api.get(`/api/mailboxes/${theirs.body.id}`)).status).toBe(404);
    const filtered = await admin.api.get(`/api/mailboxes?brandId=${otherBrandId}`);
    expect(filtered.body.items.map((m: { brandId: string }) => m.brandId)).toEqual(filtered.body.items.map(() => otherBrandId));
    expect(filtered.body.items.map((m: { id: string }) => m.id)).toContain(theirs.body.id);

    const limitedAdmin = await createTestAgent(t, 'admin', 'senior', { brandIds: [brandId] });
    expect((await limitedAdmin.api.post('/api/mailboxes', validBody({ brandId: otherBrandId }))).status).toBe(403);
    expect((await limitedAdmin.api.patch(`/api/mailboxes/${theirs.body.id}`, { name: 'Taken over' })).status).toBe(404);
  });

  it('refuses an address or alias another mailbox already receives for (409)', async () => {
    const first = await admin.api.post('/api/mailboxes', validBody({ address: 'orders@shop.test', aliases: ['bestellung@shop.test'] }));
    expect(first.status).toBe(201);

    const sameAddress = await admin.api.post('/api/mailboxes', validBody({ address: 'ORDERS@shop.test', brandId: otherBrandId }));
    expect(sameAddress.status).toBe(409);
    expect(sameAddress.body.error.message).toContain('orders@shop.test');

    const aliasClash = await admin.api.post('/api/mailboxes', validBody({ address: 'bestellung@shop.test' }));
    expect(aliasClash.status).toBe(409);
    expect(aliasClash.body.error.message).toContain('bestellung@shop.test');

    const second = await admin.api.post('/api/mailboxes', validBody({ address: 'returns@shop.test' }));
    const clashOnUpdate = await admin.api.patch(`/api/mailboxes/${second.body.id}`, { aliases: ['orders@shop.test'] });
    expect(clashOnUpdate.status).toBe(409);
    expect(clashOnUpdate.body.error.message).toMatch(/orders@shop\.test.*already used/);
    // Saving a mailbox with its own address again is no clash.
    expect((await admin.api.patch(`/api/mailboxes/${first.body.id}`, { address: 'orders@shop.test' })).status).toBe(200);
  });

  it('validates the settings: an enabled IMAP side needs host, user and secret (422 naming the field)', async () => {
    const noHost = await admin.api.post('/api/mailboxes', validBody({ imap: { enabled: true, user: 'u', secret: 'p' } }));
    expect(noHost.status).toBe(422);
    expect(noHost.body.error.message).toContain('imap.host');
    expect(noHost.body.error.details).toEqual({ field: 'imap.host' });

    const noUser = await admin.api.post('/api/mailboxes', validBody({ imap: { enabled: true, host: 'imap.shop.test', secret: 'p' } }));
    expect(noUser.status).toBe(422);
    expect(noUser.body.error.message).toContain('imap.user');

    const noSecret = await admin.api.post('/api/mailboxes', validBody({ imap: { enabled: true, host: 'imap.shop.test', user: 'u' } }));
    expect(noSecret.status).toBe(422);
    expect(noSecret.body.error.message).toContain('imap.secret');

    // IMAP switched off needs nothing; a mailbox may only send.
    const sendOnly = await admin.api.post('/api/mailboxes', validBody({ imap: { enabled: false } }));
    expect(sendOnly.status).toBe(201);
    expect(sendOnly.body.imap).toMatchObject({ enabled: false, host: null, secretSet: false });
    const enableEmpty = await admin.api.patch(`/api/mailboxes/${sendOnly.body.id}`, { imap: { enabled: true, host: 'imap.shop.test' } });
    expect(enableEmpty.status).toBe(422);
    expect(enableEmpty.body.error.message).toContain('imap.user');

    // Clearing the secret of an enabled IMAP side is refused; after switching it off it is fine.
    const full = await admin.api.post('/api/mailboxes', validBody());
    expect((await admin.api.patch(`/api/mailboxes/${full.body.id}`, { imap: { secret: null } })).status).toBe(422);
    const off = await admin.api.patch(`/api/mailboxes/${full.body.id}`, { imap: { enabled: false, secret: null } });
    expect(off.status).toBe(200);
    expect(off.body.imap).toMatchObject({ enabled: false, secretSet: false });

    const halfDkim = await admin.api.post('/api/mailboxes', validBody({ dkim: { domain: 'shop.test' } }));
    expect(halfDkim.status).toBe(422);
    expect(halfDkim.body.error.message).toContain('dkim.selector');
    const badKey = await admin.api.post('/api/mailboxes', validBody({ dkim: { domain: 'shop.test', selector: 'mail', privateKey: 'not a key' } }));
    expect(badKey.status).toBe(422);
    expect(badKey.body.error.message).toContain('DKIM private key');

    const unknownBrand = await admin.api.post('/api/mailboxes', validBody({ brandId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknownBrand.status).toBe(422);
    expect(unknownBrand.body.error.message).toMatch(/brand/i);

    // Shape errors are the schema's (400): a bad address, a port out of range, an unknown field.
    expect((await admin.api.post('/api/mailboxes', validBody({ address: 'not-an-address' }))).status).toBe(400);
    expect((await admin.api.post('/api/mailboxes', validBody({ smtp: { host: 'smtp.shop.test', port: 70000 } }))).status).toBe(400);
    expect((await admin.api.post('/api/mailboxes', validBody({ imap: { enabled: false, password: 'x' } }))).status).toBe(400);
  });

  it('records changes in the audit log by field name, never with secret values', async () => {
    const created = await admin.api.post('/api/mailboxes', validBody());
    await admin.api.patch(`/api/mailboxes/${created.body.id}`, { name: 'Audited', smtp: { secret: 'a-new-smtp-secret' } });
    await admin.api.delete(`/api/mailboxes/${created.body.id}`);
    const audit = await admin.api.get('/api/audit?limit=50');
    const entries = audit.body.items.filter((e: { subjectId: string }) => e.subjectId === created.body.id);
    expect(entries.map((e: { action: string }) => e.action).sort()).toEqual(['mailbox.created', 'mailbox.deleted', 'mailbox.updated']);
    expect(entries.find((e: { action: string }) => e.action === 'mailbox.updated').data).toEqual({ fields: ['name', 'smtp.secret'] });
    expect(JSON.stringify(audit.body)).not.toContain('a-new-smtp-secret');
    expectNoSecrets(audit.body);
  });

  it('tests the connection: a closed port is a failure in words (200, ok: false), a side not set up is null', async () => {
    const port = await closedPort();
    const created = await admin.api.post(
      '/api/mailboxes',
      validBody({
        imap: { enabled: true, host: '127.0.0.1', port, tls: false, user: 'support', secret: IMAP_PASSWORD },
        smtp: { host: '127.0.0.1', port, security: 'none' },
      }),
    );
    expect(created.status).toBe(201);
    const tested = await admin.api.post(`/api/mailboxes/${created.body.id}/test`);
    expect(tested.status).toBe(200);
    expect(tested.body.imap).toMatchObject({ ok: false });
    expect(tested.body.smtp).toMatchObject({ ok: false });
    expect(tested.body.imap.message).toMatch(new RegExp(`${port}|refused`, 'i'));
    expect(tested.body.smtp.message).toMatch(new RegExp(`${port}|refused`, 'i'));
    expectNoSecrets(tested.body);

    const sendOnly = await admin.api.post('/api/mailboxes', validBody({ imap: { enabled: false }, smtp: { host: '127.0.0.1', port, security: 'none' } }));
    const sendOnlyTest = await admin.api.post(`/api/mailboxes/${sendOnly.body.id}/test`);
    expect(sendOnlyTest.status).toBe(200);
    expect(sendOnlyTest.body.imap).toBeNull();
    expect(sendOnlyTest.body.smtp.ok).toBe(false);

    const nothing = await admin.api.post('/api/mailboxes', validBody({ imap: { enabled: false }, smtp: {} }));
    expect((await admin.api.post(`/api/mailboxes/${nothing.body.id}/test`)).body).toEqual({ imap: null, smtp: null });

    expect((await admin.api.post('/api/mailboxes/00000000-0000-4000-8000-000000000000/test')).status).toBe(404);
  });
});

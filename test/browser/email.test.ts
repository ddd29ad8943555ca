import { createServer } from 'node:net';
import { request as playwrightRequest, type APIRequestContext, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_TEST_TIMEOUT_MS,
  chromiumUnavailableReason,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  screenshotPath,
  switchLanguage,
  useDemoServerAndBrowser,
} from './helpers/browser.js';

const unavailable = chromiumUnavailableReason();
if (unavailable) console.warn(`SKIPPED browser tests: ${unavailable}`);

const LAPTOP = { width: 1280, height: 720 };

/** A local port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** An SMTP server that refuses every recipient for good (550), as a receiving server does for an unknown mailbox. */
async function rejectingSmtpServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: mailbox unavailable`), { responseCode: 550 }));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

interface SignedIn {
  context: BrowserContext;
  page: Page;
  /** The API as the same agent, with an API token (no CSRF header needed). */
  api: APIRequestContext;
}

async function signedIn(browser: Browser, baseUrl: string, email: string): Promise<SignedIn> {
  const context = await browser.newContext({ viewport: LAPTOP, baseURL: baseUrl });
  const login = await context.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await context.request.post('/api/tokens', { data: { name: `browser ${Date.now()}` }, headers: { 'x-csrf-token': csrfToken } });
  expect(created.status()).toBe(201);
  const { token } = (await created.json()) as { token: string };
  const api = await playwrightRequest.newContext({ baseURL: baseUrl, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  return { context, page: await context.newPage(), api };
}

async function close(session: SignedIn): Promise<void> {
  await session.api.dispose();
  await session.context.close();
}

describe.skipIf(unavailable)('e-mail screens in Chromium', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  const suite = useDemoServerAndBrowser();
  let smtp: Awaited<ReturnType<typeof rejectingSmtpServer>>;
  beforeAll(async () => {
    smtp = await rejectingSmtpServer();
  });
  afterAll(() => smtp?.close());

  it('connects a mailbox, tests it against a closed port and shows the failure, in English and in Chinese', async () => {
    const session = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.admin);
    const { page } = session;
    const port = await closedPort();
    const address = `support-${Date.now()}@demo.test`;

    await page.goto('/admin/mailboxes');
    await page.getByRole('heading', { name: 'Mailboxes', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Add mailbox' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect a mailbox' });
    await dialog.getByLabel('Name', { exact: true }).fill('Support DE');
    await dialog.getByLabel('E-mail address').fill(address);
    await dialog.getByLabel('Sender name').fill('Demo Support');

    const imap = dialog.getByRole('group', { name: 'Incoming mail (IMAP)' });
    await imap.getByLabel('Server').fill('127.0.0.1');
    await imap.getByLabel('Port').fill(String(port));
    await imap.getByLabel('Use TLS (recommended)').uncheck();
    await imap.getByLabel('User name').fill('support');
    await imap.getByLabel('Password', { exact: true }).fill('imap-secret-password');

    const smtpGroup = dialog.getByRole('group', { name: 'Outgoing mail (SMTP)' });
    await smtpGroup.getByLabel('Server').fill('127.0.0.1');
    await smtpGroup.getByLabel('Port').fill(String(port));
    await smtpGroup.getByLabel('Encryption').selectOption('none');
    await dialog.getByRole('button', { name: 'Create mailbox' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.getByTestId('mailbox-row').filter({ hasText: address });
    await row.waitFor();
    expect(await row.textContent()).toContain(`127.0.0.1:${port}`);
    // The password went in but never comes back: the edit dialog says it is saved, and shows nothing.
    await row.getByRole('button', { name: /^Edit/ }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${address}` });
    expect(await edit.getByRole('group', { name: 'Incoming mail (IMAP)' }).getByLabel('Password', { exact: true }).inputValue()).toBe('');
    expect(await edit.getByText('Saved. Leave empty to keep it.').count()).toBeGreaterThan(0);
    await edit.getByRole('button', { name: 'Cancel' }).click();

    await row.getByRole('button', { name: /^Test connection/ }).click();
    const result = page.getByTestId('mailbox-test');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getByTestId('test-smtp').textContent()).toMatch(/Failed.*refused/);
    expect(await result.getByTestId('test-imap').textContent()).toContain('Failed');
    await page.screenshot({ path: screenshotPath('admin-mailboxes-en') });

    await switchLanguage(page, 'zh-CN');
    await page.getByRole('heading', { name: '邮箱', level: 2 }).waitFor();
    expect(await page.getByRole('columnheader', { name: '收信（IMAP）' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: '隔离区' }).count()).toBe(1);
    expect(await result.getByTestId('test-smtp').textContent()).toContain('连接失败');
    await page.screenshot({ path: screenshotPath('admin-mailboxes-zh-CN') });
    await row.getByRole('button', { name: /^编辑/ }).click();
    const editZh = page.getByRole('dialog', { name: `编辑 ${address}` });
    await editZh.getByRole('group', { name: '发信服务器（SMTP）' }).waitFor();
    await page.screenshot({ path: screenshotPath('admin-mailbox-dialog-zh-CN') });
    await editZh.getByRole('button', { name: '取消' }).click();

    await switchLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Mailboxes', level: 2 }).waitFor();
    await close(session);
  });

  it('lists a message that could not be read in the quarantine, with its reason', async () => {
    const session = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.admin);
    const { page, api } = session;
    const brands = (await (await api.get('/api/brands')).json()) as { items: { id: string }[] };
    const subject = `Broken message ${Date.now()}`;
    // No From header: Meridian cannot tell who wrote, so it keeps the message in quarantine.
    const raw = `To: support@demo.test\r\nSubject: ${subject}\r\nMessage-ID: <broken-${Date.now()}@demo.test>\r\n\r\nWhere is my parcel?\r\n`;
    const accepted = await api.post(`/api/inbound/mime?brand=${brands.items[0]!.id}`, { headers: { 'content-type': 'message/rfc822' }, data: Buffer.from(raw) });
    expect(accepted.status()).toBe(202);
    const { id } = (await accepted.json()) as { id: number };

    await page.goto('/admin/quarantine');
    await page.getByRole('heading', { name: 'Quarantine', level: 2 }).waitFor();
    const row = page.locator(`[data-testid="quarantine-row"][data-inbound-id="${id}"]`);
    // Parsing follows the receipt: refresh until it has been read and held.
    await expect
      .poll(
        async () => {
          if ((await row.count()) === 0) await page.getByRole('button', { name: 'Refresh' }).click();
          return row.count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(1);
    expect(await row.textContent()).toMatch(/From header/);
    expect(await row.textContent()).toContain('Quarantined');
    expect(await row.getByRole('link', { name: /^Download/ }).getAttribute('href')).toBe(`/api/email/inbound/${id}/raw`);
    await page.screenshot({ path: screenshotPath('admin-quarantine-en') });

    await page.getByLabel('Show').selectOption('suppressed');
    await expect.poll(() => row.count()).toBe(0);
    await page.getByLabel('Show').selectOption('quarantined');
    await row.waitFor();

    // Reading it again is accepted; the row shows the new state in place.
    await row.getByRole('button', { name: /^Read again/ }).click();
    await expect.poll(() => row.textContent()).toMatch(/Waiting to be read|Being read|Quarantined/);
    expect(await page.getByRole('alert').count()).toBe(0);
    await close(session);
  });

  it('shows a reply the buyer’s mail server refused as failed, with the reason, a retry and the e-mail headers', async () => {
    const session = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.admin);
    const { page, api } = session;
    const brand = await api.post('/api/brands', { data: { name: `Mail shop ${Date.now()}`, kind: 'shopify' } });
    expect(brand.status()).toBe(201);
    const brandId = ((await brand.json()) as { id: string }).id;
    const mailbox = await api.post('/api/mailboxes', {
      data: { brandId, name: 'Shop mail', address: `shop-${Date.now()}@demo.test`, imap: { enabled: false }, smtp: { host: '127.0.0.1', port: smtp.port, security: 'none' } },
    });
    expect(mailbox.status()).toBe(201);
    const ticket = await api.post('/api/tickets', {
      data: { brandId, channel: 'email', subject: 'Wo ist mein Paket?', customer: { email: 'nobody@buyer.test', language: 'de' }, message: { text: 'Hallo, wo ist mein Paket?' } },
    });
    expect(ticket.status()).toBe(201);
    const ticketId = ((await ticket.json()) as { id: number }).id;
    const reply = await api.post(`/api/tickets/${ticketId}/reply`, { data: { text: 'Guten Tag, Ihr Paket ist unterwegs.' } });
    expect(reply.status()).toBe(201);

    await page.goto(`/tickets/${ticketId}`);
    // The agent's reply (at night the demo's team is closed, and an off-hours acknowledgement went out before it).
    const sent = page.locator('[data-testid="message"][data-direction="outbound"]').filter({ hasText: 'Ihr Paket ist unterwegs' });
    const delivery = sent.getByTestId('delivery');
    await delivery.waitFor();
    // The live stream or a reload shows the outcome once the outbox has tried.
    await expect
      .poll(
        async () => {
          const status = await delivery.getAttribute('data-status');
          if (status !== 'failed') await page.reload();
          return delivery.getAttribute('data-status');
        },
        { timeout: 30_000, interval: 1500 },
      )
      .toBe('failed');
    expect(await delivery.textContent()).toMatch(/Not delivered:.*(550|mailbox unavailable|rejected)/);
    expect(await delivery.getByRole('button', { name: 'Send again' }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('ticket-delivery-failed-en') });

    await sent.getByRole('button', { name: 'E-mail headers' }).click();
    const details = page.getByRole('dialog', { name: 'E-mail details' });
    await details.getByRole('table', { name: 'Headers' }).waitFor();
    expect(await details.textContent()).toContain('nobody@buyer.test');
    await page.screenshot({ path: screenshotPath('ticket-email-headers-en') });
    await details.getByRole('button', { name: 'Close' }).click();

    await delivery.getByRole('button', { name: 'Send again' }).click();
    await expect.poll(() => delivery.getAttribute('data-status'), { timeout: 30_000 }).toMatch(/queued|sending|failed/);
    expect(await page.getByRole('alert').count()).toBe(0);
    await close(session);
  });
});

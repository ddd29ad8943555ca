import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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

interface Ticket {
  id: number;
  intent: string | null;
  intentSource: string | null;
  needsTriage: boolean;
  risk: string[];
  messages: { direction: string; triage: { intent: string; entities: { tracking: { number: string; url: string | null }[]; orders: string[] } } | null }[];
}

interface SignedIn {
  context: BrowserContext;
  page: Page;
  /** The API as the same agent (the session cookie, with the CSRF header on writes). */
  request: APIRequestContext;
  csrf: string;
}

async function signedIn(browser: Browser, baseUrl: string, email: string): Promise<SignedIn> {
  const context = await browser.newContext({ viewport: LAPTOP, baseURL: baseUrl, locale: 'en-GB' });
  const login = await context.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { context, page: await context.newPage(), request: context.request, csrf: csrfToken };
}

async function createTicket(session: SignedIn, subject: string, text: string, serverOutput: () => string): Promise<Ticket> {
  const brands = (await (await session.request.get('/api/brands')).json()) as { items: { id: string }[] };
  const created = await session.request.post('/api/tickets', {
    headers: { 'x-csrf-token': session.csrf },
    data: { brandId: brands.items[0]!.id, channel: 'email', subject, customer: { email: `buyer-${++buyers}-${Date.now()}@example.com` }, message: { text } },
  });
  expect(created.status(), `${await created.text()}\n${serverOutput().split('\n').slice(-30).join('\n')}`).toBe(201);
  return (await created.json()) as Ticket;
}

let buyers = 0;
const getTicket = async (session: SignedIn, id: number) => (await (await session.request.get(`/api/tickets/${id}`)).json()) as Ticket;
const row = (page: Page, id: number) => page.locator(`[data-testid="ticket-row"][data-ticket-id="${id}"]`);

describe.skipIf(unavailable)('triage in the agent app (Chromium)', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  const suite = useDemoServerAndBrowser();

  it('lists an unclear ticket under "Needs triage", confirms its intent in one click, and shows entities, risk and labels in Chinese', async () => {
    const session = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.admin);
    const { page } = session;

    // (1) Too unclear to classify: triage abstains and the ticket waits for an agent.
    const output = () => suite.server.output();
    // The same unclear message the server's own triage tests expect it to abstain on.
    const unclear = await createTicket(session, 'hm', 'ok so', output);
    expect(unclear.needsTriage, JSON.stringify(unclear.messages[0]?.triage)).toBe(true);
    expect(unclear.intent).toBeNull();
    // (2) A parcel with a valid S10 tracking number, a Shopify order number and a chargeback threat.
    const parcel = await createTicket(
      session,
      'Where is my parcel?',
      'Hello, my parcel LX123456785CN for order #4471 has not arrived after three weeks. If it does not come soon I will file a chargeback with my bank.',
      output,
    );
    expect(parcel.risk).toContain('chargeback');
    const tracking = parcel.messages[0]!.triage!.entities.tracking[0]!;
    expect(tracking.number).toBe('LX123456785CN');
    expect(tracking.url).toMatch(/^https:\/\//);

    // The "Needs triage" view lists ticket 1, marked as such.
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Needs triage' }).click();
    await page.waitForURL(/view=triage/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Needs triage');
    await row(page, unclear.id).waitFor();
    expect(await row(page, unclear.id).getByTestId('needs-triage').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('triage-view-en') });

    // Open it; the first message's guess is one click away.
    await row(page, unclear.id).click();
    await page.waitForURL(new RegExp(`/tickets/${unclear.id}$`));
    const guess = unclear.messages[0]!.triage!.intent;
    const confirm = page.getByTestId('intent-confirm');
    await confirm.waitFor();
    expect(await page.getByTestId('triage-summary').first().textContent()).toMatch(/Language: English/);
    await confirm.click();
    await expect.poll(() => page.getByTestId('intent-confirm').count()).toBe(0);
    await expect.poll(async () => (await getTicket(session, unclear.id)).intentSource).toBe('agent');
    const confirmed = await getTicket(session, unclear.id);
    expect(confirmed).toMatchObject({ intent: guess, needsTriage: false });

    // Back in the view (the inbox link returns to it), the ticket is gone.
    await page.locator('.ticket-head-row').getByRole('link').first().click();
    await page.waitForURL(/view=triage/);
    await page.getByTestId('ticket-row').first().or(page.locator('.state-empty')).first().waitFor();
    await expect.poll(() => row(page, unclear.id).count()).toBe(0);

    // Ticket 2: the tracking number links to the carrier's page from the API, the order is marked, the risk shows.
    await page.goto(`/tickets/${parcel.id}`);
    const link = page.locator('[data-testid="message"] a[data-entity="tracking"]').first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(tracking.url);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.textContent()).toBe('LX123456785CN');
    expect(await link.getAttribute('title')).toMatch(/China Post/);
    expect(await page.locator('[data-testid="message"] mark[data-entity="order"]').first().textContent()).toBe('#4471');
    const risks = page.locator('.ticket-chips').getByTestId('risk-chips');
    expect(await risks.textContent()).toContain('Chargeback');

    // The intent menu: grouped, and a choice saves at once.
    await page.getByTestId('intent-button').click();
    const menu = page.getByRole('menu', { name: 'Choose the intent' });
    await menu.waitFor();
    expect(await menu.getByRole('group').count()).toBe(8);
    await menu.getByRole('menuitemradio', { name: 'Track parcel' }).click();
    await expect.poll(async () => (await getTicket(session, parcel.id)).intent).toBe('shipping.track');
    await expect.poll(() => page.getByTestId('intent-button').getAttribute('aria-label')).toBe('Intent: Track parcel. Change it');
    await page.screenshot({ path: screenshotPath('triage-ticket-en') });

    // In Chinese: the chips, the summary line and the menu speak Chinese.
    await switchLanguage(page, 'zh-CN');
    await expect.poll(() => risks.textContent()).toContain('拒付');
    await expect.poll(() => page.getByTestId('intent-button').getAttribute('aria-label')).toBe('意图：查询物流。点击修改');
    const summary = await page.getByTestId('triage-summary').first().textContent();
    expect(summary).toContain('自动分类');
    expect(summary).toContain('语言：英语');
    expect(summary).toMatch(/意图(不确定)?：/);
    expect(await page.locator('a[data-entity="tracking"]').first().getAttribute('title')).toContain('物流单号 · 中国邮政');
    await page.screenshot({ path: screenshotPath('triage-ticket-zh-CN') });

    await page.goto('/?view=triage');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('待分类');
    expect(await page.getByRole('combobox', { name: '风险' }).locator('option').allTextContents()).toContain('拒付');

    // Admin → Triage model: the facts, the corrections waiting, and "Retrain now".
    await page.goto('/admin/triage');
    await page.getByTestId('triage-model').locator('dl').waitFor();
    expect(await page.getByTestId('triage-model').textContent()).toContain('意图准确率');
    // The agents' decisions above wait for the next retrain (the server decides which count as corrections).
    await expect.poll(async () => Number(await page.getByTestId('pending-corrections').textContent())).toBeGreaterThanOrEqual(1);
    await page.getByTestId('retrain').click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '重新训练' }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('triage-admin-zh-CN') });
    await session.context.close();
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  BROWSER_TEST_TIMEOUT_MS,
  chromiumUnavailableReason,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  screenshotPath,
  useDemoServerAndBrowser,
} from './helpers/browser.js';

const unavailable = chromiumUnavailableReason();
if (unavailable) console.warn(`SKIPPED browser tests: ${unavailable}`);

const LAPTOP = { width: 1280, height: 720 };
const MINUTE = 60_000;
const rows = (page: Page) => page.getByTestId('ticket-row');

interface Agent {
  context: BrowserContext;
  page: Page;
  csrf: string;
}

async function signedIn(browser: Browser, baseUrl: string, email: string): Promise<Agent> {
  const context = await browser.newContext({ viewport: LAPTOP, baseURL: baseUrl, locale: 'en-GB', timezoneId: 'Asia/Shanghai' });
  const response = await context.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(response.status()).toBe(200);
  const me = await (await context.request.get('/api/auth/me')).json();
  return { context, page: await context.newPage(), csrf: me.csrfToken };
}

async function createTicket(agent: Agent, data: Record<string, unknown>): Promise<number> {
  const response = await agent.context.request.post('/api/tickets', { headers: { 'x-csrf-token': agent.csrf }, data });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).id;
}

describe.skipIf(unavailable)('SLA in the agent app', { timeout: BROWSER_TEST_TIMEOUT_MS * 2 }, () => {
  const suite = useDemoServerAndBrowser();

  it('sets up hours and a policy, shows countdowns, the at-risk view, both clocks of an Amazon ticket, and a lead’s one-click interim update', async () => {
    const stamp = Date.now();
    const admin = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.admin);
    const { page } = admin;

    // A business calendar made in the admin screen: a time zone found by search, an overnight shift.
    await page.goto('/admin/calendars');
    await page.getByTestId('admin-calendars').getByRole('button', { name: 'Add calendar' }).click();
    const calendarDialog = page.getByRole('dialog');
    const calendarName = `Night desk ${stamp}`;
    await calendarDialog.getByLabel('Name', { exact: true }).fill(calendarName);
    await calendarDialog.getByLabel('Search time zones').fill('kolkata');
    await calendarDialog.locator('select[data-field="timezone"]').selectOption('Asia/Kolkata');
    await calendarDialog.locator('[data-interval="mon-0-from"]').fill('22:00');
    await calendarDialog.locator('[data-interval="mon-0-to"]').fill('06:00');
    await calendarDialog.getByText('overnight', { exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('sla-calendar-dialog-en') });
    await calendarDialog.getByRole('button', { name: 'Create calendar' }).click();
    const calendarRow = page.getByTestId('calendar-row').filter({ hasText: calendarName });
    await calendarRow.waitFor();
    expect(await calendarRow.textContent()).toContain('Asia/Kolkata');
    expect(await calendarRow.textContent()).toContain('22:00–06:00');

    // A policy for tickets tagged sla-e2e: first response within 60 minutes of calendar time, moved to the top.
    await page.goto('/admin/sla');
    await page.getByRole('button', { name: 'Add policy' }).click();
    const policyDialog = page.getByRole('dialog');
    const policyName = `E2E one hour ${stamp}`;
    await policyDialog.getByLabel('Name', { exact: true }).fill(policyName);
    await policyDialog.getByLabel('Tags (comma separated)').fill('sla-e2e');
    await policyDialog.getByLabel('First response amount').fill('60');
    await policyDialog.getByLabel('First response unit').selectOption('minutes');
    await policyDialog.getByLabel('First response counted in').selectOption('calendar');
    await policyDialog.getByRole('button', { name: 'Create policy' }).click();
    const policyRows = page.getByTestId('sla-policy-row');
    await policyRows.filter({ hasText: policyName }).waitFor();
    expect(await policyRows.filter({ hasText: policyName }).textContent()).toContain('1 h calendar');
    const positionOf = async () => (await policyRows.allTextContents()).findIndex((text) => text.includes(policyName));
    for (let position = await positionOf(); position > 0; position--) {
      await page.getByRole('button', { name: `Move ${policyName} up` }).click();
      await expect.poll(positionOf).toBe(position - 1);
    }

    // A ticket whose buyer wrote 50 minutes ago: past the 75 % warning point, 10 minutes left.
    const brands = (await (await admin.context.request.get('/api/brands')).json()).items as { id: string; kind: string }[];
    const shop = brands.find((b) => !['amazon', 'ebay', 'aliexpress', 'temu', 'shopee', 'walmart', 'etsy'].includes(b.kind)) ?? brands[0]!;
    const subject = `Where is my parcel? ${stamp}`;
    const atRiskId = await createTicket(admin, {
      brandId: shop.id,
      channel: 'email',
      subject,
      tags: ['sla-e2e'],
      customer: { email: `sla-${stamp}@example.com`, name: 'Sam Buyer', language: 'en' },
      message: { text: 'Hello, my order has not arrived yet. Can you check it?', createdAt: new Date(Date.now() - 50 * MINUTE).toISOString() },
    });

    await page.goto('/?view=open');
    const row = rows(page).filter({ hasText: subject });
    await row.waitFor();
    const badge = row.getByTestId('sla-badge');
    await expect.poll(() => badge.getAttribute('data-sla-state')).toBe('at_risk');
    expect(await badge.textContent()).toMatch(/^\d+m left$/);

    // The built-in "SLA at risk" view lists it, due soonest first.
    await page.getByRole('button', { name: 'SLA at risk' }).click();
    await page.waitForURL(/view=at_risk/);
    await rows(page).filter({ hasText: subject }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('SLA at risk');
    // The open view's rows stay on screen until the at-risk list arrives (and hold this ticket too):
    // wait for the list itself to change, not just for the ticket's row.
    const dueStates = () => rows(page).getByTestId('sla-badge').evaluateAll((els) => els.map((el) => el.getAttribute('data-sla-state')));
    await expect.poll(async () => (await dueStates()).every((state) => state === 'at_risk')).toBe(true);

    // An Amazon message runs the team's business-hours clock and Amazon's 24-hour contract clock side by side.
    const amazonId = await createTicket(admin, {
      brandId: shop.id,
      channel: 'marketplace',
      marketplace: 'amazon',
      marketplaceOrderId: '114-3941689-8772232',
      subject: `Amazon order question ${stamp}`,
      customer: { marketplaceAlias: `buyer-${stamp}@marketplace.amazon.de`, name: 'Jonas K.', language: 'de' },
      message: { text: 'Hallo, wann wird meine Bestellung versendet?' },
    });
    await page.goto(`/tickets/${amazonId}`);
    const panel = page.getByTestId('sla-panel');
    const team = panel.locator('[data-testid="sla-clock-group"][data-kind="team"]');
    const contract = panel.locator('[data-testid="sla-clock-group"][data-kind="contract"]');
    await team.waitFor();
    await contract.waitFor();
    expect(await contract.textContent()).toContain('Amazon buyer messages');
    expect(await contract.locator('[data-metric="first_response"]').textContent()).toContain('calendar time');
    expect(await team.locator('[data-metric="first_response"]').textContent()).toContain('business hours');
    expect(await contract.getByTestId('sla-clock-badge').first().textContent()).toMatch(/left|due/);
    await page.screenshot({ path: screenshotPath('sla-ticket-amazon-en') });

    // The warning reached the leads: the bell lists it, with a link to the ticket.
    await expect
      .poll(async () => {
        await page.goto(`/tickets/${atRiskId}`);
        await page.getByTestId('sla-panel').waitFor();
        await page.getByTestId('notification-bell').click();
        await page.getByTestId('notification-panel').waitFor();
        return page.getByTestId('notification-panel').locator(`[data-kind="sla.warning"] a[href="/tickets/${atRiskId}"]`).count();
      }, { timeout: 20_000, interval: 2_000 })
      .toBeGreaterThan(0);
    expect(await page.getByTestId('notification-panel').locator('[data-kind="sla.warning"]').filter({ hasText: `#${atRiskId}` }).first().textContent()).toContain('SLA warning');
    await page.keyboard.press('Escape');

    // A lead (her app is in Chinese) sends the interim update in one click; the timeline records it.
    const lead = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.lead);
    await lead.page.goto(`/tickets/${atRiskId}`);
    const leadPanel = lead.page.getByTestId('sla-panel');
    await leadPanel.waitFor();
    expect(await leadPanel.textContent()).toContain('首次响应');
    await leadPanel.locator('button[data-remedy="interim_update"]').click();
    const sent = leadPanel.getByTestId('sla-remedy-sent');
    const blocked = leadPanel.getByTestId('sla-remedy-blocked');
    await sent.or(blocked).waitFor();
    if (await blocked.isVisible()) {
      // The reply check stopped it: the lead overrides, as the panel offers.
      await blocked.getByRole('checkbox').check();
      await blocked.getByRole('button').click();
      await sent.waitFor();
    }
    await lead.page.locator('#tab-timeline').click();
    await lead.page.locator('[data-testid="timeline-event"][data-type="sla.remediation_sent"]').waitFor();
    expect(await lead.page.locator('[data-testid="timeline-event"][data-type="sla.remediation_sent"]').textContent()).toContain('进度更新');
    await lead.page.locator('[data-testid="timeline-event"][data-type="sla.warning"]').waitFor();
    // The reply met the first-response clock.
    await expect.poll(() => leadPanel.locator('[data-testid="sla-clock"][data-metric="first_response"]').first().getAttribute('data-status')).toBe('met');
    await lead.page.screenshot({ path: screenshotPath('sla-ticket-zh-CN') });

    // The admin switches to Chinese: the at-risk view and its countdowns read in Chinese.
    const secondSubject = `Order not arrived ${stamp}`;
    await createTicket(admin, {
      brandId: shop.id,
      channel: 'email',
      subject: secondSubject,
      tags: ['sla-e2e'],
      customer: { email: `sla2-${stamp}@example.com`, name: 'Kim Buyer', language: 'en' },
      message: { text: 'Hi, my parcel is late. Where is it?', createdAt: new Date(Date.now() - 48 * MINUTE).toISOString() },
    });
    await page.goto('/?view=at_risk');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).first().selectOption('zh-CN');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('SLA 即将超时');
    const secondRow = rows(page).filter({ hasText: secondSubject });
    await expect.poll(() => secondRow.getByTestId('sla-badge').textContent()).toMatch(/^剩余 \d+分钟$/);
    await page.screenshot({ path: screenshotPath('sla-inbox-at-risk-zh-CN') });
    await page.goto(`/tickets/${amazonId}`);
    await expect.poll(() => page.getByTestId('sla-panel').textContent()).toContain('平台合同时限');
    expect(await page.getByTestId('sla-panel').textContent()).toMatch(/剩余|到期/);
    await page.screenshot({ path: screenshotPath('sla-ticket-amazon-zh-CN') });
    await page.goto('/admin/sla');
    await page.getByTestId('sla-policy-row').first().waitFor();
    await page.screenshot({ path: screenshotPath('sla-policies-zh-CN') });

    await lead.context.close();
    await admin.context.close();
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
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
const rows = (page: Page) => page.getByTestId('ticket-row');

/** A signed-in tab: the session cookie comes from the API, as a returning agent's would. */
async function signedIn(browser: Browser, baseUrl: string, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: LAPTOP, baseURL: baseUrl });
  const response = await context.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(response.status()).toBe(200);
  const page = await context.newPage();
  return { context, page };
}

async function ticketIdByText(page: Page, text: string): Promise<number> {
  const row = rows(page).filter({ hasText: text }).first();
  await row.waitFor();
  return Number(await row.getAttribute('data-ticket-id'));
}

describe.skipIf(unavailable)('the agent app in Chromium', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  const suite = useDemoServerAndBrowser();

  it('signs in on the login page, which offers the demo logins, and signs out again', async () => {
    const context = await suite.browser.newContext({ viewport: LAPTOP, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(suite.server.baseUrl);
    await expect.poll(() => page.getByRole('button', { name: /Zhang Min/ }).count()).toBe(1);

    await page.getByLabel('E-mail').fill(DEMO_LOGINS.admin);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/password/i);

    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await rows(page).first().waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('All open');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('filters the inbox by language, opens a ticket, replies, and shows the reply in the conversation', async () => {
    const { context, page } = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.admin);
    await page.goto('/');
    await rows(page).first().waitFor();
    await page.screenshot({ path: screenshotPath('inbox-en') });

    await page.locator('select[data-filter="language"]').selectOption('de');
    await page.waitForURL(/language=de/);
    await expect.poll(async () => {
      const badges = await rows(page).locator('.lang-flag').allTextContents();
      return badges.length > 0 && badges.every((b) => b === 'DE');
    }).toBe(true);

    await rows(page).first().click();
    await page.waitForURL(/\/tickets\/\d+$/);
    await page.getByTestId('message').first().waitFor();
    const reply = `Guten Tag, Ihr Paket ist unterwegs (${Date.now()}).`;
    await page.getByTestId('composer-text').fill(reply);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const sent = page.locator('[data-testid="message"][data-direction="outbound"]', { hasText: reply });
    await sent.waitFor();
    expect(await page.getByTestId('composer-text').inputValue()).toBe('');
    await page.screenshot({ path: screenshotPath('ticket-en') });

    // Reloading shows the same conversation: the reply is stored, not only drawn.
    await page.reload();
    await sent.waitFor();
    await context.close();
  });

  it('shows a second agent the first one viewing, typing, their reply, and a new buyer ticket arriving live', async () => {
    const a = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.admin);
    const b = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.lead);
    await a.page.goto('/?language=fr');
    const id = await ticketIdByText(a.page, 'FR');

    await b.page.goto(`/tickets/${id}`);
    await b.page.getByTestId('message').first().waitFor();
    await a.page.goto(`/tickets/${id}`);
    await a.page.getByTestId('message').first().waitFor();

    // Zhang Min's app is in Chinese (her profile says zh-CN); Chen Jing's in English.
    await expect.poll(() => b.page.getByTestId('presence').textContent(), { timeout: 10_000 }).toContain('Chen Jing 正在查看');
    await expect.poll(() => a.page.getByTestId('presence').textContent(), { timeout: 10_000 }).toContain('Zhang Min is viewing');

    await a.page.getByTestId('composer-text').pressSequentially('Bonjour', { delay: 20 });
    await expect.poll(() => b.page.getByTestId('presence').textContent(), { timeout: 10_000 }).toContain('Chen Jing 正在输入回复');

    const reply = `Bonjour, votre colis arrive demain (${Date.now()}).`;
    await a.page.getByTestId('composer-text').fill(reply);
    await a.page.getByRole('button', { name: 'Send', exact: true }).click();
    await b.page.locator('[data-testid="message"][data-direction="outbound"]', { hasText: reply }).waitFor({ timeout: 10_000 });

    // When A leaves, B stops seeing them.
    await a.page.goto('/');
    await expect.poll(() => b.page.getByTestId('presence').textContent(), { timeout: 10_000 }).not.toContain('Chen Jing');

    // A buyer writes in: the new ticket appears in B's open inbox without a reload.
    await b.page.goto('/');
    await rows(b.page).first().waitFor();
    const me = await (await a.context.request.get('/api/auth/me')).json();
    const brands = await (await a.context.request.get('/api/brands')).json();
    const subject = `Wo bleibt mein Paket? ${Date.now()}`;
    const created = await a.context.request.post('/api/tickets', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { brandId: brands.items[0].id, channel: 'email', subject, customer: { email: `neu${Date.now()}@example.de`, language: 'de' }, message: { text: 'Hallo, wo ist meine Bestellung?' } },
    });
    expect(created.status()).toBe(201);
    await rows(b.page).filter({ hasText: subject }).waitFor({ timeout: 10_000 });
    await a.context.close();
    await b.context.close();
  });

  it('switches the app to Chinese, remembers it for the agent, and shows the inbox and a ticket in Chinese', async () => {
    const { context, page } = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.admin);
    await page.goto('/');
    await rows(page).first().waitFor();
    await switchLanguage(page, 'zh-CN');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('全部未解决');
    expect(await page.getByRole('columnheader', { name: '买家' }).count()).toBe(1);

    // Remembered on the agent's profile: a fresh browser signed in as the same agent is in Chinese.
    const other = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.admin);
    await other.page.goto('/');
    await expect.poll(() => other.page.getByRole('heading', { level: 1 }).textContent()).toBe('全部未解决');
    await other.context.close();

    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('inbox-zh-CN') });
    await rows(page).first().click();
    await page.getByTestId('message').first().waitFor();
    expect(await page.getByRole('tab', { name: /对话/ }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('ticket-zh-CN') });

    await switchLanguage(page, 'en');
    await expect.poll(() => page.getByRole('tab', { name: /Conversation/ }).count()).toBe(1);
    await context.close();
  });

  it('works from the keyboard: j/k, Enter, a, e, Escape, / and ?', async () => {
    const { context, page } = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.lead);
    await page.goto('/?view=unassigned');
    await rows(page).nth(1).waitFor();
    await switchLanguage(page, 'en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Unassigned');

    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const second = rows(page).nth(1);
    expect(await second.getAttribute('class')).toContain('cursor');
    const id = await second.getAttribute('data-ticket-id');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/tickets/${id}$`));
    await page.getByTestId('message').first().waitFor();

    await page.keyboard.press('a');
    await expect.poll(() => page.locator('select[data-field="assignee"] option:checked').textContent()).toBe('Zhang Min');
    await page.keyboard.press('e');
    await expect.poll(() => page.locator('select[data-field="status"]').inputValue()).toBe('solved');
    await page.keyboard.press('r');
    await expect.poll(() => page.evaluate(() => (globalThis as any).document.activeElement?.dataset?.testid)).toBe('composer-text');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    // Back to the inbox as it was left: the same view.
    await page.waitForURL(/\/\?view=unassigned$/);

    await rows(page).first().waitFor();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('inbox-search');
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await context.close();
  });

  it('selects several tickets and changes them in bulk, saves a filter, and shows an API error in words', async () => {
    const { context, page } = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.admin);
    await page.goto('/?view=open');
    await rows(page).nth(2).waitFor();
    const ids = await Promise.all([0, 1].map((i) => rows(page).nth(i).getAttribute('data-ticket-id')));
    await rows(page).nth(0).getByRole('checkbox').check();
    await rows(page).nth(1).getByRole('checkbox').check();
    await page.getByRole('combobox', { name: 'Set status…' }).selectOption('pending');
    await expect.poll(async () => {
      const shown = await rows(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-ticket-id')));
      return ids.some((id) => shown.includes(id));
    }).toBe(false);
    await page.goto('/?view=pending');
    for (const id of ids) await page.locator(`[data-testid="ticket-row"][data-ticket-id="${id}"]`).waitFor();

    await page.goto('/?view=open&priority=P1');
    await rows(page).first().waitFor();
    await page.getByRole('button', { name: 'Save filters…' }).click();
    await page.getByPlaceholder('Name of the view').fill('Urgent');
    await page.getByRole('button', { name: 'Save view' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Urgent');
    expect(await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Urgent', exact: true }).count()).toBe(1);

    await rows(page).first().click();
    await page.getByTestId('message').first().waitFor();
    await page.getByRole('button', { name: 'Merge…' }).click();
    await page.getByLabel('Number of the ticket to merge into').fill('999999');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog').getByRole('alert').textContent()).toContain('999999');
    await context.close();
  });

  it('opens the customer page from a ticket and the admin screens', async () => {
    const { context, page } = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.admin);
    await page.goto('/');
    await rows(page).first().click();
    const card = page.getByTestId('customer-card');
    await card.waitFor();
    await expect.poll(() => page.getByTestId('buyer-local-time').textContent()).toMatch(/\d{1,2}:\d{2}/);
    await card.getByRole('link').first().click();
    await page.waitForURL(/\/customers\//);
    await page.getByTestId('customer-tickets').locator('tbody tr').first().waitFor();

    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('cell', { name: 'Li Wei' }).first().waitFor();
    await context.close();
  });
});

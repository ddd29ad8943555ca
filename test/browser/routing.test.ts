import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT_MS, chromiumUnavailableReason, DEMO_LOGINS, DEMO_PASSWORD, screenshotPath, useDemoServerAndBrowser } from './helpers/browser.js';

const unavailable = chromiumUnavailableReason();
if (unavailable) console.warn(`SKIPPED browser tests: ${unavailable}`);

const LAPTOP = { width: 1280, height: 800 };

interface SignedIn {
  context: BrowserContext;
  page: Page;
  request: APIRequestContext;
}

async function signedIn(browser: Browser, baseUrl: string, email: string): Promise<SignedIn> {
  const context = await browser.newContext({ viewport: LAPTOP, baseURL: baseUrl, locale: 'en-GB' });
  const login = await context.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  return { context, page: await context.newPage(), request: context.request };
}

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const res = await request.get(url);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as T;
}

describe.skipIf(unavailable)('routing admin and presence in the agent app (Chromium)', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  const suite = useDemoServerAndBrowser();

  it('an admin creates a queue and a rule, gives an agent a language, and switches presence; the screens read in Chinese', async () => {
    const { context, page, request } = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.admin);
    await page.goto('/admin/routing');

    // A round-robin queue.
    await page.getByRole('button', { name: 'Add queue' }).click();
    const queueDialog = page.getByRole('dialog', { name: 'Add a queue' });
    await queueDialog.getByLabel('Name').fill('Weekend desk');
    await queueDialog.getByLabel('Strategy').selectOption('round_robin');
    await queueDialog.getByRole('button', { name: 'Create queue' }).click();
    const queueRow = page.getByTestId('routing-queue-row').filter({ hasText: 'Weekend desk' });
    await queueRow.waitFor();
    expect(await queueRow.textContent()).toContain('Round robin');

    // A rule sending Dutch buyers there.
    await page.getByRole('button', { name: 'Add rule' }).click();
    const ruleDialog = page.getByRole('dialog', { name: 'Add a routing rule' });
    await ruleDialog.getByLabel('Name').fill('Dutch buyers');
    await ruleDialog.getByLabel('Send to queue').selectOption({ label: 'Weekend desk' });
    await ruleDialog.getByLabel('Buyer countries').fill('NL, be');
    await ruleDialog.getByRole('button', { name: 'Create rule' }).click();
    const ruleRow = page.getByTestId('routing-rule-row').filter({ hasText: 'Dutch buyers' });
    await ruleRow.waitFor();
    expect(await ruleRow.textContent()).toContain('buyer from NL, BE');
    expect(await ruleRow.textContent()).toContain('Weekend desk');
    const rules = await getJson<{ items: { name: string; conditions: { countries?: string[] } }[] }>(request, '/api/routing/rules');
    expect(rules.items.find((r) => r.name === 'Dutch buyers')?.conditions.countries).toEqual(['NL', 'BE']);

    // A queue's waiting count opens the inbox filtered to that queue.
    await queueRow.getByTestId('routing-queue-waiting').click();
    await page.waitForURL(/[?&]queueId=/);
    await expect.poll(() => page.locator('select[data-filter="queueId"] option:checked').textContent()).toBe('Weekend desk');
    expect(await page.locator('select[data-filter="assignee"]').inputValue()).toBe('none');

    // Li Wei learns German.
    await page.goto('/admin/skills');
    const liWei = page.getByTestId('routing-agent-row').filter({ hasText: 'Li Wei' });
    await liWei.getByRole('button', { name: /Edit skills/ }).click();
    const skills = page.getByRole('dialog', { name: 'Skills and shift of Li Wei' });
    await skills.getByRole('button', { name: 'Add a language' }).click();
    const row = skills.getByTestId('routing-language-row').last();
    await row.getByLabel('Language').selectOption('de');
    await row.getByLabel('Proficiency').selectOption('4');
    await page.screenshot({ path: screenshotPath('routing-skills-dialog-en') });
    await skills.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => liWei.getByTestId('routing-agent-languages').textContent()).toContain('de 4/5');
    const agents = await getJson<{ items: { name: string; skills: { languages: { code: string; proficiency: number }[] } }[] }>(request, '/api/routing/agents');
    expect(agents.items.find((a) => a.name === 'Li Wei')?.skills.languages).toContainEqual({ code: 'de', proficiency: 4 });

    // My presence: online, then away.
    const presence = page.getByRole('combobox', { name: 'My presence' });
    await presence.selectOption('online');
    await expect.poll(async () => (await getJson<{ presence: string }>(request, '/api/routing/presence')).presence).toBe('online');
    await expect.poll(() => page.getByTestId('presence-switch').locator('.presence-dot').getAttribute('class')).toContain('presence-online');
    await page.reload();
    await expect.poll(() => page.getByTestId('routing-agent-row').filter({ hasText: 'Chen Jing' }).textContent()).toContain('Online');
    await page.getByRole('combobox', { name: 'My presence' }).selectOption('away');
    await expect.poll(async () => (await getJson<{ presence: string }>(request, '/api/routing/presence')).presence).toBe('away');
    await page.screenshot({ path: screenshotPath('routing-skills-en') });

    // In Chinese.
    await page.getByRole('combobox', { name: 'Language' }).first().selectOption('zh-CN');
    await expect.poll(() => page.getByRole('heading', { name: '技能与班次' }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: '我的状态' }).inputValue()).toBe('away');
    await page.screenshot({ path: screenshotPath('routing-skills-zh-CN') });
    await page.goto('/admin/routing');
    await page.getByTestId('routing-rule-row').filter({ hasText: 'Dutch buyers' }).waitFor();
    expect(await page.getByTestId('routing-rule-row').filter({ hasText: 'Dutch buyers' }).textContent()).toContain('买家来自 NL, BE');
    expect(await page.getByTestId('routing-queue-row').filter({ hasText: 'Weekend desk' }).textContent()).toContain('轮流分配');
    await page.screenshot({ path: screenshotPath('routing-admin-zh-CN') });
    await context.close();
  });
});

import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT_MS, chromiumUnavailableReason, DEMO_LOGINS, DEMO_PASSWORD, screenshotPath, useDemoServerAndBrowser } from './helpers/browser.js';

const unavailable = chromiumUnavailableReason();
if (unavailable) console.warn(`SKIPPED browser tests: ${unavailable}`);

async function signedIn(browser: Browser, baseUrl: string, email: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: baseUrl, locale: 'en-GB' });
  const login = await context.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { context, page: await context.newPage(), request: context.request, csrf: csrfToken };
}

describe.skipIf(unavailable)('automation admin in the agent app (Chromium)', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  const suite = useDemoServerAndBrowser();

  it('an admin builds "tag chargeback tickets" in the rule editor, and its run shows once a matching ticket arrives', async () => {
    // Chen Jing is the demo admin and works in English.
    const admin = await signedIn(suite.browser, suite.server.baseUrl, DEMO_LOGINS.admin);
    const { page } = admin;
    await page.goto('/admin/automation');
    await page.getByRole('heading', { name: 'Automation rules' }).waitFor();
    await page.getByRole('button', { name: 'Add rule' }).click();

    const dialog = page.getByRole('dialog', { name: 'New rule' });
    await dialog.getByLabel('Name').fill('tag chargeback tickets');
    await dialog.getByLabel('When it runs').selectOption({ label: 'Ticket created' });
    const condition = dialog.getByTestId('automation-condition-row').first();
    await condition.getByLabel('Field').fill('risk');
    await condition.getByLabel('Operator').selectOption({ label: 'contains' });
    await condition.getByLabel('Value').fill('chargeback');
    const action = dialog.getByTestId('automation-action').first();
    await action.getByLabel('Action 1').selectOption({ label: 'Add tags' });
    await action.getByLabel('Tags (comma-separated)').fill('chargeback, needs-review');
    await page.screenshot({ path: screenshotPath('automation-rule-editor-en') });
    await dialog.getByRole('button', { name: 'Create rule' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.getByTestId('automation-rule-row').filter({ hasText: 'tag chargeback tickets' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Ticket created');
    expect(await row.getByRole('checkbox').isChecked()).toBe(true);

    const rules = (await (await admin.request.get('/api/automation/rules')).json()) as { items: { id: string; name: string; conditions: unknown; actions: unknown }[] };
    const saved = rules.items.find((r) => r.name === 'tag chargeback tickets')!;
    expect(saved.conditions).toEqual({ all: [{ field: 'risk', op: 'contains', value: 'chargeback' }] });
    expect(saved.actions).toEqual([{ type: 'add_tags', tags: ['chargeback', 'needs-review'] }]);

    // A buyer threatens a chargeback.
    const brands = (await (await admin.request.get('/api/brands')).json()) as { items: { id: string }[] };
    const created = await admin.request.post('/api/tickets', {
      headers: { 'x-csrf-token': admin.csrf },
      data: {
        brandId: brands.items[0]!.id,
        channel: 'email',
        subject: 'Charged twice',
        customer: { email: `dispute.${Date.now()}@example.com`, name: 'Sam Buyer' },
        message: { text: 'You charged my card twice. Refund me today or I will file a chargeback with my bank.' },
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const ticketId = ((await created.json()) as { id: number }).id;
    const ticket = (await (await admin.request.get(`/api/tickets/${ticketId}`)).json()) as { tags: string[] };
    expect(ticket.tags).toEqual(expect.arrayContaining(['chargeback', 'needs-review']));

    // The rule's run is listed with the ticket and what it did.
    await page.reload();
    await row.getByRole('button', { name: /Runs/ }).click();
    const run = page.getByTestId('automation-runs').getByTestId('automation-run-row').first();
    await run.waitFor();
    const text = await run.textContent();
    expect(text).toContain(`#${ticketId}`);
    expect(text).toContain('Add tags: done');
    expect(await row.textContent()).not.toContain('Never');
    await page.screenshot({ path: screenshotPath('automation-runs-en') });
    await admin.context.close();
  });
});

import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  BROWSER_TEST_TIMEOUT_MS,
  chromiumUnavailableReason,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  useDemoServerAndBrowser,
} from './helpers/browser.js';

const unavailable = chromiumUnavailableReason();
if (unavailable) console.warn(`SKIPPED browser tests: ${unavailable}`);

// The app forbids inline scripts (CSP); the test contexts bypass that to inject axe.
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2 A and AA rules) in the page; returns the serious and critical findings. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = (await page.evaluate(
    // axe is the global the script defines; the project compiles without the DOM library.
    () => (globalThis as any).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } }).then((r: any) => r.violations),
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe.skipIf(unavailable)('accessibility of the agent app (axe-core in Chromium)', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  const suite = useDemoServerAndBrowser();

  it('has no serious WCAG findings on the login page', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
    await page.goto(suite.server.baseUrl);
    await page.getByRole('button', { name: /Chen Jing/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The check can fail: a text field without a label is reported.
    await page.evaluate(() => {
      const doc = (globalThis as any).document;
      doc.querySelector('form').append(doc.createElement('input'));
    });
    expect((await seriousViolations(page)).some((finding) => finding.startsWith('label'))).toBe(true);
    await page.close();
  });

  // Zhang Min works in Chinese, Chen Jing in English: both languages are checked.
  it.each([DEMO_LOGINS.admin, DEMO_LOGINS.lead])('has no serious WCAG findings on the inbox, a ticket, a customer and admin (%s)', async (email) => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 720 }, baseURL: suite.server.baseUrl, bypassCSP: true });
    const login = await context.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
    expect(login.status()).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const page = await context.newPage();
    const findings: Record<string, string[]> = {};

    await page.goto('/');
    await page.getByTestId('ticket-row').first().waitFor();
    findings.inbox = await seriousViolations(page);

    await page.getByTestId('ticket-row').first().click();
    await page.getByTestId('message').first().waitFor();
    await page.getByTestId('customer-card').waitFor();
    findings.ticket = await seriousViolations(page);
    // The intent menu in the ticket header, open.
    await page.getByTestId('intent-button').click();
    await page.getByTestId('intent-menu').waitFor();
    findings.intentMenu = await seriousViolations(page);
    await page.keyboard.press('Escape');
    await page.getByTestId('intent-menu').waitFor({ state: 'detached' });

    await page.getByTestId('customer-card').getByRole('link').first().click();
    await page.getByTestId('customer-tickets').locator('tbody tr').first().waitFor();
    findings.customer = await seriousViolations(page);

    await page.goto('/admin/agents');
    await page.getByRole('cell', { name: 'Li Wei' }).first().waitFor();
    findings.admin = await seriousViolations(page);

    // The e-mail screens: a lead sees why they are closed to them; an admin the list with a mailbox,
    // a connection test's result and the mailbox dialog, and the quarantine.
    const isAdmin = email === DEMO_LOGINS.admin;
    if (isAdmin) {
      const brands = (await (await context.request.get('/api/brands')).json()) as { items: { id: string }[] };
      const created = await context.request.post('/api/mailboxes', {
        headers: { 'x-csrf-token': csrfToken },
        data: { brandId: brands.items[0]!.id, name: 'Support', address: `a11y-${Date.now()}@demo.test`, smtp: { host: '127.0.0.1', port: 9, security: 'none' } },
      });
      expect(created.status()).toBe(201);
    }
    await page.goto('/admin/mailboxes');
    if (isAdmin) {
      await page.getByTestId('mailbox-row').first().getByRole('button', { name: /^Test connection/ }).click();
      await page.getByTestId('mailbox-test').waitFor({ timeout: 30_000 });
    } else {
      await page.locator('.state-empty').waitFor();
    }
    findings.mailboxes = await seriousViolations(page);
    if (isAdmin) {
      await page.getByRole('button', { name: 'Add mailbox' }).click();
      await page.getByRole('dialog', { name: 'Connect a mailbox' }).waitFor();
      findings.mailboxDialog = await seriousViolations(page);
      await page.keyboard.press('Escape');
    }

    await page.goto('/admin/quarantine');
    await page.locator(isAdmin ? '[data-testid="quarantine"][aria-busy="false"]' : '.state-empty').waitFor();
    findings.quarantine = await seriousViolations(page);

    // Admin → Triage model: the model's facts for everyone; the retraining runs for an admin, why they are closed for a lead.
    await page.goto('/admin/triage');
    await page.getByTestId('triage-model').locator('dl').waitFor();
    await page.locator(isAdmin ? '[data-testid="triage-runs"][aria-busy="false"]' : '.adm-readonly').last().waitFor();
    findings.triage = await seriousViolations(page);

    expect(findings).toEqual({
      inbox: [], ticket: [], intentMenu: [], customer: [], admin: [], mailboxes: [], quarantine: [], triage: [],
      ...(isAdmin ? { mailboxDialog: [] } : {}),
    });
    await context.close();
  });
});

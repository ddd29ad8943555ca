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
const BRAND = 'Lumen & Loom Store';

describe.skipIf(unavailable)('brand reply settings in Chromium', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  const suite = useDemoServerAndBrowser();

  it('an admin sets a survey link on a brand, sees the server refuse a bad one, and finds it after a reload', async () => {
    const context = await suite.browser.newContext({ viewport: LAPTOP, baseURL: suite.server.baseUrl });
    expect((await context.request.post('/api/auth/login', { data: { email: DEMO_LOGINS.admin, password: DEMO_PASSWORD } })).status()).toBe(200);
    const page = await context.newPage();
    const surveyUrl = `https://lumenloom.example/survey?run=${Date.now()}`;

    await page.goto('/admin/brands');
    const row = page.getByTestId('brand-row').filter({ hasText: BRAND });
    await row.getByRole('button', { name: `Edit ${BRAND}` }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${BRAND}` });
    const replies = dialog.getByRole('group', { name: 'Replies' });
    expect(await replies.getByLabel('Voucher discount (%)').inputValue()).toBe('10');

    // Not an http(s) link: the server says no, next to the field, and the dialog stays open.
    await replies.getByLabel('Survey link').fill('ftp://lumenloom.example/survey');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => replies.getByRole('alert').textContent()).toBe('Enter a full link starting with http:// or https://.');
    expect(await replies.getByLabel('Survey link').getAttribute('aria-invalid')).toBe('true');

    await replies.getByLabel('Survey link').fill(surveyUrl);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.reload();
    await row.getByRole('button', { name: `Edit ${BRAND}` }).click();
    expect(await replies.getByLabel('Survey link').inputValue()).toBe(surveyUrl);
    expect(await replies.getByRole('alert').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('admin-brand-replies-en') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const brands = (await (await context.request.get('/api/brands')).json()) as { items: { name: string; replySettings: { surveyUrl: string | null } }[] };
    expect(brands.items.find((b) => b.name === BRAND)?.replySettings.surveyUrl).toBe(surveyUrl);
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { BACKEND } from '../helpers/test-app.js';
import {
  BROWSER_TEST_TIMEOUT_MS,
  chromiumUnavailableReason,
  DEMO_LOGINS,
  screenshotPath,
  webAppBuilt,
  useDemoServerAndBrowser,
} from './helpers/browser.js';

// Runs inside the page; the project compiles without the DOM library.
declare const document: { querySelector(selector: string): unknown };

const unavailable = chromiumUnavailableReason();
if (unavailable) console.warn(`SKIPPED browser tests: ${unavailable}`);

describe.skipIf(unavailable)('agent app in Chromium (smoke)', { timeout: BROWSER_TEST_TIMEOUT_MS }, () => {
  const suite = useDemoServerAndBrowser();

  it('runs the built server with the demo workspace on the backend under test', async () => {
    const health = await fetch(`${suite.server.baseUrl}/api/health`);
    expect(((await health.json()) as { backend: string }).backend).toBe(BACKEND);
    const logins = (await (await fetch(`${suite.server.baseUrl}/api/demo/logins`)).json()) as { items: { email: string }[] };
    expect(logins.items.map((l) => l.email)).toEqual(Object.values(DEMO_LOGINS));
  });

  it('opens / and shows the Meridian page', async () => {
    const page = await suite.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      const response = await page.goto(`${suite.server.baseUrl}/`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await page.title()).toBe('Meridian');
      if (webAppBuilt()) {
        // The built app's index.html mounts into <div id="root">. Until dist/web exists the server
        // serves a placeholder page, which has the title but no root.
        expect(await page.evaluate(() => document.querySelector('#root') !== null)).toBe(true);
        expect(errors).toEqual([]);
      } else {
        console.warn('dist/web is not built (run `npm run build`): only the placeholder page title was checked');
      }
    } finally {
      await page.screenshot({ path: screenshotPath('smoke-home') }).catch(() => undefined);
      await page.close();
    }
  });
});

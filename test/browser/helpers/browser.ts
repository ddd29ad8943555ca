import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { createTestDatabase } from '../../helpers/postgres.js';
import { BACKEND } from '../../helpers/test-app.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The Chromium the browser tests drive: MERIDIAN_CHROMIUM, else Debian's package. */
export const CHROMIUM_PATH = process.env.MERIDIAN_CHROMIUM || '/usr/bin/chromium';

/** Browser tests wait on a real server and a real browser: give them room, without slowing other files. */
export const BROWSER_TEST_TIMEOUT_MS = 120_000;
export const BROWSER_HOOK_TIMEOUT_MS = 240_000;

/** The demo workspace's sign-ins (src/modules/demo/demo.seed.ts). */
export const DEMO_PASSWORD = 'meridian-demo';
export const DEMO_LOGINS = {
  agent: 'li.wei@demo.meridian.test',
  lead: 'zhang.min@demo.meridian.test',
  admin: 'chen.jing@demo.meridian.test',
} as const;

/** Null when Chromium is there; otherwise why not (the reason browser tests are skipped). */
export function chromiumUnavailableReason(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  return process.env.MERIDIAN_CHROMIUM
    ? `Chromium not found at MERIDIAN_CHROMIUM=${CHROMIUM_PATH}`
    : `Chromium not found at ${CHROMIUM_PATH}; install it (apt-get install chromium) or set MERIDIAN_CHROMIUM`;
}

/** A headless Chromium that needs no sandbox, GPU or network of its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    headless: true,
  });
}

export interface DemoServer {
  baseUrl: string;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the built server (`bin/meridian.js serve`, which serves dist/web) on an ephemeral port
 * with a fresh data directory and the demo workspace; on PostgreSQL when DATABASE_URL is set
 * (a database of its own, dropped on stop), like the other tests.
 */
export async function startDemoServer(env: Record<string, string> = {}): Promise<DemoServer> {
  if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) {
    throw new Error('Meridian is not built: run `npm run build` before the browser tests (they use dist/ and dist/web).');
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'meridian-browser-'));
  const pgDb = BACKEND === 'postgres' ? await createTestDatabase() : undefined;
  const cleanup = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await pgDb?.drop();
  };
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/meridian.js'), 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      PORT: '0',
      HOST: '127.0.0.1',
      MERIDIAN_DATA_DIR: dataDir,
      MERIDIAN_DEMO: 'true',
      DATABASE_URL: pgDb?.url ?? '',
      // A browser test signs in more often than a person does.
      MERIDIAN_LOGIN_RATE_PER_MINUTE: '1000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  try {
    const baseUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the demo server did not start within 120 s:\n${output}`)), 120_000);
      const onData = () => {
        const url = /Meridian is running at (\S+)/.exec(output)?.[1];
        // The banner (with the demo logins) ends with an empty line.
        if (url && /\n\n$/.test(output)) {
          clearTimeout(timer);
          child.stdout!.off('data', onData);
          child.off('exit', onExit);
          resolve(url.replace('//localhost:', '//127.0.0.1:').replace(/\/$/, ''));
        }
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        clearTimeout(timer);
        reject(new Error(`the demo server exited (${signal ? `signal ${signal}` : `code ${code}`}) before it was ready:\n${output}`));
      };
      child.stdout!.on('data', onData);
      child.on('exit', onExit);
    });
    let stopping = false;
    // A server that dies under a test shows up as refused connections; say why, where it is seen.
    child.once('exit', (code, signal) => {
      if (!stopping) console.error(`the demo server at ${baseUrl} exited unexpectedly (${signal ? `signal ${signal}` : `code ${code}`}):\n${output.split('\n').slice(-30).join('\n')}`);
    });
    return {
      baseUrl,
      output: () => output,
      stop: () => {
        stopping = true;
        return stopChild(child).finally(cleanup);
      },
    };
  } catch (error) {
    await stopChild(child);
    await cleanup();
    throw error;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Where a test's screenshot goes: artifacts/screenshots/<name>.png (the folder is created). */
export function screenshotPath(name: string): string {
  const dir = path.join(ROOT, 'artifacts', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
}

/** Whether `npm run build` has produced the agent app (otherwise the server serves a placeholder page). */
export function webAppBuilt(): boolean {
  return existsSync(path.join(ROOT, 'dist/web/index.html'));
}

export interface BrowserSuite {
  readonly server: DemoServer;
  readonly browser: Browser;
}

/**
 * For a `describe` of browser tests: starts a demo server and Chromium before its tests and
 * stops both after them. Read `suite.server` and `suite.browser` inside the tests.
 */
export function useDemoServerAndBrowser(): BrowserSuite {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  }, BROWSER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, BROWSER_HOOK_TIMEOUT_MS);
  return {
    get server() {
      if (!server) throw new Error('the demo server is not running (read it inside a test)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not running (read it inside a test)');
      return browser;
    },
  };
}

/**
 * Switches the app's language from the header and waits until the agent's profile has saved it, so
 * a test that closes its page right after cannot leave the demo agent in the other language.
 */
export async function switchLanguage(page: Page, locale: 'en' | 'zh-CN'): Promise<void> {
  const select = page.locator('.language-switch select').first();
  if ((await select.inputValue()) === locale) return;
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && /\/api\/agents\/[^/]+$/.test(new URL(r.url()).pathname));
  await select.selectOption(locale);
  expect((await saved).ok()).toBe(true);
}

/**
 * npm run bench:ui [-- --runs N] [-- --tickets N [--backend pglite|postgres]]
 *
 * Starts the built server with the demo workspace (on PostgreSQL when DATABASE_URL is set, else
 * PGlite) — or, with `--tickets N`, with the benchmark workspace bulk-loaded with N tickets —
 * signs in as its admin through the API, and drives Chromium to measure:
 *   (a) inbox first paint with data — navigation start of `/` until the first ticket row is visible;
 *   (b) ticket open — click on the first row until a message of the conversation is visible;
 *   (c) the gzipped JavaScript the first screen loads (index.html's scripts and modulepreloads,
 *       and, for comparison, every script the browser actually fetched for the inbox).
 * Prints median and p95 per measurement. Fails with a clear message when the app's selectors do
 * not appear within 10 s.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumUnavailableReason, DEMO_LOGINS, DEMO_PASSWORD, launchBrowser, screenshotPath, startDemoServer, type DemoServer } from '../test/browser/helpers/browser.js';
import { BENCH_ADMIN, prepareBenchDatabase } from './lib/bulk-load.js';
import { fmt, percentiles } from './lib/stats.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WEB_DIR = path.join(ROOT, 'dist/web');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const RUNS = Number(option('runs') ?? 10);
const TICKETS = option('tickets') === undefined ? null : Number(option('tickets'));
const BACKEND = (option('backend') ?? (process.env.DATABASE_URL ? 'postgres' : 'pglite')) as 'pglite' | 'postgres';
const SELECTOR_TIMEOUT_MS = 10_000;

const ROW = '[data-testid="ticket-row"]';
const MESSAGE = '[data-testid="conversation"] [data-testid="message"]';

class BenchFailure extends Error {}

// The functions below that run inside the page use these; the project compiles without the DOM library.
interface PageElement {
  getBoundingClientRect(): { width: number; height: number };
  click(): void;
}
declare const document: { querySelector(selector: string): PageElement | null; querySelectorAll(selector: string): PageElement[] };
declare function getComputedStyle(element: PageElement): { visibility: string };

/**
 * Resolves with the page's `performance.now()` (ms since its navigation started) at the first
 * animation frame in which `selector` matches a visible element.
 */
async function visibleAt(page: Page, selector: string, what: string): Promise<number> {
  try {
    const handle = await page.waitForFunction(
      (sel) => {
        const el = document.querySelector(sel);
        if (!el) return false;
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' ? performance.now() : false;
      },
      selector,
      { polling: 'raf', timeout: SELECTOR_TIMEOUT_MS },
    );
    return (await handle.jsonValue()) as number;
  } catch (error) {
    if ((error as Error).name !== 'TimeoutError') throw error;
    const shot = screenshotPath(`bench-ui-${what.replace(/\W+/g, '-')}`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    throw new BenchFailure(
      `${what}: \`${selector}\` did not become visible within ${SELECTOR_TIMEOUT_MS / 1000} s at ${page.url()}.\n` +
        `Is the agent app built (npm run build → dist/web) and does it render that element? Screenshot: ${path.relative(ROOT, shot)}`,
    );
  }
}

async function signIn(context: BrowserContext, baseUrl: string, login: { email: string; password: string }): Promise<void> {
  // The context's request API shares its cookie jar with the pages: the session cookie lands in the browser.
  const res = await context.request.post(`${baseUrl}/api/auth/login`, { data: login });
  if (res.status() !== 200) throw new BenchFailure(`login as ${login.email} failed: ${res.status()} ${await res.text()}`);
}

/** (a) one fresh page per run; returns the samples and the scripts the first (cold) run fetched. */
async function measureInbox(context: BrowserContext, baseUrl: string) {
  const samples: number[] = [];
  const scripts = new Map<string, number>();
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    if (i === 0) {
      page.on('response', async (response) => {
        if (response.request().resourceType() !== 'script') return;
        const body = await response.body().catch(() => null);
        if (body) scripts.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length);
      });
    }
    await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
    samples.push(await visibleAt(page, ROW, 'inbox first paint'));
    if (i === 0) await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.close();
  }
  return { samples, scripts };
}

/** (b) click the i-th row, wait for the conversation, go back to the inbox; repeated on one page. */
async function measureTicketOpen(context: BrowserContext, baseUrl: string): Promise<number[]> {
  const samples: number[] = [];
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
  await visibleAt(page, ROW, 'inbox before ticket open');
  for (let i = 0; i < RUNS; i++) {
    // Clicked inside the page so that the start time is the click itself, not Playwright's round trip.
    // A different ticket each run, so every open fetches its ticket cold (not from the app's cache).
    const clickedAt = await page.evaluate(
      ([sel, index]) => {
        const rows = document.querySelectorAll(sel);
        const row = rows[index % rows.length]!;
        const at = performance.now();
        row.click();
        return at;
      },
      [ROW, i] as const,
    );
    samples.push((await visibleAt(page, MESSAGE, 'ticket open')) - clickedAt);
    await page.goBack();
    await visibleAt(page, ROW, 'inbox after going back');
    await page.waitForFunction((sel) => !document.querySelector(sel), MESSAGE, { timeout: SELECTOR_TIMEOUT_MS });
  }
  await page.close();
  return samples;
}

/** (c) gzip size of the scripts and modulepreloads dist/web/index.html references. */
function entryScriptSizes(): { file: string; raw: number; gzip: number }[] {
  const indexFile = path.join(WEB_DIR, 'index.html');
  if (!existsSync(indexFile)) throw new BenchFailure('dist/web/index.html is missing: the agent app is not built (npm run build).');
  const html = readFileSync(indexFile, 'utf8');
  const refs = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (src) refs.add(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel\s*=\s*["']?modulepreload/i.test(tag)) continue;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (href) refs.add(href);
  }
  return [...refs]
    .filter((ref) => !/^(https?:)?\/\//.test(ref))
    .map((ref) => {
      const file = path.join(WEB_DIR, ref.split(/[?#]/)[0]!.replace(/^\//, ''));
      if (!existsSync(file)) throw new BenchFailure(`dist/web/index.html references ${ref}, which is not in dist/web`);
      const content = readFileSync(file);
      return { file: ref, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
    });
}

const kb = (bytes: number) => fmt(bytes / 1024, 1);

async function main(): Promise<void> {
  const unavailable = chromiumUnavailableReason();
  if (unavailable) throw new BenchFailure(unavailable);
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new BenchFailure('--runs needs a positive whole number');
  if (TICKETS !== null && (!Number.isInteger(TICKETS) || TICKETS < 1)) throw new BenchFailure('--tickets needs a positive whole number');
  if (BACKEND !== 'pglite' && BACKEND !== 'postgres') throw new BenchFailure('--backend is pglite or postgres');
  const entry = entryScriptSizes();

  let server: DemoServer | undefined;
  let cleanup = () => {};
  const browser = await launchBrowser();
  try {
    let login: { email: string; password: string } = { email: DEMO_LOGINS.admin, password: DEMO_PASSWORD };
    if (TICKETS !== null) {
      process.stderr.write(`loading ${TICKETS.toLocaleString('en')} tickets …\n`);
      const prepared = await prepareBenchDatabase(BACKEND, TICKETS);
      cleanup = prepared.cleanup;
      process.stderr.write('starting the server …\n');
      server = await startDemoServer(prepared.env);
      login = BENCH_ADMIN;
    } else {
      process.stderr.write('starting the demo server …\n');
      server = await startDemoServer();
    }
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await signIn(context, server.baseUrl, login);
    process.stderr.write(`measuring the inbox (${RUNS} fresh pages) …\n`);
    const inbox = await measureInbox(context, server.baseUrl);
    process.stderr.write(`measuring ticket open (${RUNS} clicks) …\n`);
    const open = await measureTicketOpen(context, server.baseUrl);
    await context.close();

    const backend = BACKEND === 'postgres' ? 'PostgreSQL' : 'PGlite';
    const workspace = TICKETS === null ? 'demo workspace' : `${TICKETS.toLocaleString('en')} tickets`;
    const chromiumVersion = browser.version();
    const line = (name: string, samples: number[]) => {
      const p = percentiles(samples);
      return `| ${name.padEnd(44)} | ${String(samples.length).padStart(4)} | ${fmt(p.p50, 0).padStart(9)} | ${fmt(p.p95, 0).padStart(9)} |`;
    };
    console.log(`\n## Agent app — ${workspace} on ${backend}, Chromium ${chromiumVersion}, 1440×900\n`);
    console.log(`| ${'measurement'.padEnd(44)} | runs | median ms |    p95 ms |`);
    console.log(`|${'-'.repeat(46)}|-----:|----------:|----------:|`);
    console.log(line('(a) inbox: navigation → first ticket row', inbox.samples));
    console.log(line('    first run only (empty browser cache)', inbox.samples.slice(0, 1)));
    console.log(line('    later runs (cached assets)', inbox.samples.slice(1)));
    console.log(line('(b) ticket open: click → first message', open));

    console.log(`\n| ${'(c) JavaScript of the first screen'.padEnd(44)} |    raw KB |   gzip KB |`);
    console.log(`|${'-'.repeat(46)}|----------:|----------:|`);
    for (const f of entry) console.log(`| ${f.file.padEnd(44)} | ${kb(f.raw).padStart(9)} | ${kb(f.gzip).padStart(9)} |`);
    const total = entry.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });
    console.log(`| ${'index.html scripts + modulepreloads'.padEnd(44)} | ${kb(total.raw).padStart(9)} | ${kb(total.gzip).padStart(9)} |`);
    const fetched = [...inbox.scripts.values()].reduce((a, b) => a + b, 0);
    console.log(`| ${`all scripts the inbox fetched (${inbox.scripts.size} files)`.padEnd(44)} | ${''.padStart(9)} | ${kb(fetched).padStart(9)} |`);
    const lazy = [...inbox.scripts.keys()].filter((p) => !entry.some((f) => f.file === p));
    if (lazy.length) console.log(`\nloaded on demand by the inbox: ${lazy.join(', ')}`);
  } catch (error) {
    if (server && !(error instanceof BenchFailure)) console.error(`\nserver output:\n${server.output().split('\n').slice(-40).join('\n')}`);
    throw error;
  } finally {
    await browser.close().catch(() => undefined);
    await server?.stop();
    cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof BenchFailure ? `\nbench:ui failed: ${error.message}` : error);
  process.exit(1);
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installErrorHandler } from '../../src/http/error-handler.js';
import { registerWebApp } from '../../src/http/web-app.routes.js';

const INDEX_HTML = '<!doctype html><html><head><title>Meridian</title></head><body><div id="root"></div><script type="module" src="/assets/x.js"></script></body></html>';

/** A bare server with only what serving the app needs: the web app routes, one API route and the error handler. */
async function serve(webDir: string): Promise<{ app: FastifyInstance; url: string }> {
  const app = Fastify({ logger: false });
  installErrorHandler(app);
  app.get('/api/ping', async () => ({ ok: true }));
  await registerWebApp(app, webDir);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url };
}

describe('serving the built agent app', () => {
  const dirs: string[] = [];
  const apps: FastifyInstance[] = [];
  let url: string;

  const tempDir = () => {
    const d = mkdtempSync(path.join(tmpdir(), 'meridian-web-'));
    dirs.push(d);
    return d;
  };

  beforeAll(async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), INDEX_HTML);
    writeFileSync(path.join(dir, 'assets', 'x.js'), 'console.log("x");');
    // What scripts/compress-web.mjs writes at build time.
    writeFileSync(path.join(dir, 'assets', 'y.js'), 'console.log("y");');
    writeFileSync(path.join(dir, 'assets', 'y.js.br'), brotliCompressSync('console.log("y");'));
    writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const server = await serve(dir);
    apps.push(server.app);
    url = server.url;
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  const expectIndex = async (res: Response) => {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const csp = res.headers.get('content-security-policy');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(INDEX_HTML);
  };

  it('sends the pre-compressed copy of an asset to a browser that accepts it, and the plain file otherwise', async () => {
    const compressed = await fetch(`${url}/assets/y.js`, { headers: { 'accept-encoding': 'br' } });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(await compressed.text()).toBe('console.log("y");');
    const plain = await fetch(`${url}/assets/y.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe('console.log("y");');
  });

  it('answers / and the app’s own routes with index.html, a CSP and no-cache', async () => {
    await expectIndex(await fetch(`${url}/`));
    await expectIndex(await fetch(`${url}/tickets/42`));
    await expectIndex(await fetch(`${url}/tickets/42?tab=notes`));
    await expectIndex(await fetch(`${url}/settings/views/deep/path`));
  });

  it('serves index.html under its own name the same way', async () => {
    await expectIndex(await fetch(`${url}/index.html`));
  });

  it('serves hashed assets with an immutable cache and other files with no-cache', async () => {
    const js = await fetch(`${url}/assets/x.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    expect(js.headers.get('cache-control')).toMatch(/max-age=31536000/);
    expect(await js.text()).toBe('console.log("x");');

    const icon = await fetch(`${url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a missing asset with 404, not with index.html', async () => {
    // After a deploy, a stale page asking for an old chunk must get an error, not HTML as JavaScript.
    const res = await fetch(`${url}/assets/gone-1234.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toMatch(/html/);
  });

  it('leaves /api alone: real routes answer, unknown ones get the JSON 404', async () => {
    expect(await (await fetch(`${url}/api/ping`)).json()).toEqual({ ok: true });
    const res = await fetch(`${url}/api/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await res.json()) as any).error.code).toBe('not_found');
    const post = await fetch(`${url}/tickets/42`, { method: 'POST' });
    expect(post.status).toBe(404);
    expect(((await post.json()) as any).error.code).toBe('not_found');
  });

  it('does not serve files outside the app directory', async () => {
    for (const p of ['/../package.json', '/assets/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd']) {
      const res = await fetch(`${url}${p}`);
      const text = await res.text();
      expect(text).not.toContain('root:x:0:0');
      expect(text).not.toContain('"dependencies"');
    }
  });

  it('keeps index.html uncached when the app directory itself lies under an "assets" folder', async () => {
    const dir = path.join(tempDir(), 'assets', 'web');
    mkdirSync(path.join(dir, 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), INDEX_HTML);
    writeFileSync(path.join(dir, 'assets', 'x.js'), 'console.log("x");');
    // What scripts/compress-web.mjs writes at build time.
    writeFileSync(path.join(dir, 'assets', 'y.js'), 'console.log("y");');
    writeFileSync(path.join(dir, 'assets', 'y.js.br'), brotliCompressSync('console.log("y");'));
    const { app, url: nestedUrl } = await serve(dir);
    apps.push(app);
    await expectIndex(await fetch(`${nestedUrl}/tickets/1`));
    await expectIndex(await fetch(`${nestedUrl}/`));
    expect((await fetch(`${nestedUrl}/assets/x.js`)).headers.get('cache-control')).toMatch(/immutable/);
  });

  it('without a build, / tells to run npm run build and /api still answers', async () => {
    const { app, url: bareUrl } = await serve(tempDir());
    apps.push(app);
    const res = await fetch(`${bareUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('npm run build');
    const api = await fetch(`${bareUrl}/api/nope`);
    expect(api.status).toBe(404);
    expect(((await api.json()) as any).error.code).toBe('not_found');
  });
});

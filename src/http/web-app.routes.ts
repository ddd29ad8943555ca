import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm run build` puts the agent app (vite.config.ts `build.outDir`). */
export const WEB_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** The agent app may load only what Meridian serves; buyer HTML is sanitised server-side too. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Headers every copy of index.html carries, whether asked for as `/`, `/tickets/42` or `/index.html`. */
function setPageHeaders(reply: FastifyReply): void {
  reply
    .header('cache-control', 'no-cache')
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin');
}

/**
 * Serves the built agent app at `/`. Hashed assets are cached for a year; every other
 * non-API path answers with index.html so the app's own routes (/tickets/42) survive a reload.
 */
export async function registerWebApp(app: FastifyInstance, webDir = WEB_DIR): Promise<void> {
  if (!existsSync(`${webDir}/index.html`)) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send('<!doctype html><meta charset="utf-8"><title>Meridian</title><p>The agent app is not built yet: run <code>npm run build</code>. The API is at <a href="/api/docs">/api/docs</a>.</p>'),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    // scripts/compress-web.mjs writes .br and .gz copies at build time.
    preCompressed: true,
    setHeaders: (reply, filePath) => {
      // Relative to the app directory, so that a checkout under some …/assets/… path does not
      // make index.html immutable.
      const relative = path.relative(webDir, filePath).split(path.sep).join('/');
      if (relative.endsWith('.html')) setPageHeaders(reply);
      else reply.header('cache-control', relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    // API paths keep the JSON 404; a missing asset (a stale page asking for an old chunk after a
    // deploy) is a 404 too, not index.html served as JavaScript.
    if (request.url.startsWith('/api/') || request.url.startsWith('/assets/')) return reply.callNotFound();
    setPageHeaders(reply);
    return reply.sendFile('index.html');
  });
}

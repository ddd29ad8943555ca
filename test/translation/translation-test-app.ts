import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { buildApp } from '../../src/http/app.js';
import type { RouteApp } from '../../src/modules/route-types.js';
import { registerTranslationRoutes } from '../../src/modules/replies/translation/translation.routes.js';
import { createWorkspace } from '../../src/modules/workspaces/workspace.service.js';
import { loadConfig } from '../../src/platform/config.js';
import { AttachmentStore } from '../../src/platform/files/attachment-store.js';
import { openRuntime } from '../../src/runtime/runtime.js';
import { createTestDatabase } from '../helpers/postgres.js';
import { BACKEND, type TestApp } from '../helpers/test-app.js';

/**
 * `createTestApp()` with the translation routes: registered here until the composition root
 * (src/http/app.ts) lists them, and left alone once it does.
 */
export async function createTranslationTestApp(): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'meridian-translation-'));
  const pgDb = BACKEND === 'postgres' ? await createTestDatabase() : undefined;
  const config = loadConfig({
    MERIDIAN_DATA_DIR: dataDir,
    MERIDIAN_DEMO: 'false',
    MERIDIAN_JOB_CONCURRENCY: '0',
    LOG_LEVEL: 'silent',
    PORT: '0',
    ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
  });
  const runtime = await openRuntime(config, { inMemory: true });
  const workspaceId = await createWorkspace(runtime.db, { name: 'Translation shop' });
  const app = await buildApp({ config, database: runtime.database, logger: false });
  if (!app.hasRoute({ method: 'POST', url: '/api/translate' })) {
    const ctx = { db: runtime.db, config, attachments: new AttachmentStore(path.join(dataDir, 'attachments')) };
    registerTranslationRoutes(app.withTypeProvider<ZodTypeProvider>() as RouteApp, ctx);
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    runtime,
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    config,
    workspaceId,
    async close() {
      await app.close();
      await runtime.close();
      await pgDb?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

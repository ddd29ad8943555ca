import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { createAgent } from '../../src/modules/agents/agent.service.js';
import type { Role, Level } from '../../src/modules/agents/agent.table.js';
import { createApiToken } from '../../src/modules/auth/auth.service.js';
import { createWorkspace } from '../../src/modules/workspaces/workspace.service.js';
import { loadConfig, type Config } from '../../src/platform/config.js';
import { openRuntime, type Runtime } from '../../src/runtime/runtime.js';
import { createTestDatabase } from './postgres.js';

/** Which backend this test run uses: PostgreSQL when DATABASE_URL is set (as in CI's second pass). */
export const BACKEND: 'postgres' | 'pglite' = process.env.DATABASE_URL ? 'postgres' : 'pglite';

export interface TestApp {
  runtime: Runtime;
  app: FastifyInstance;
  baseUrl: string;
  config: Config;
  workspaceId: string;
  close(): Promise<void>;
}

/**
 * A real Meridian on an ephemeral port with its own empty database: in-memory PGlite, or a fresh
 * PostgreSQL database when DATABASE_URL is set.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'meridian-test-'));
  const pgDb = BACKEND === 'postgres' ? await createTestDatabase() : undefined;
  const config = loadConfig({
    MERIDIAN_DATA_DIR: dataDir,
    MERIDIAN_DEMO: 'false',
    MERIDIAN_JOB_CONCURRENCY: '0',
    LOG_LEVEL: 'silent',
    PORT: '0',
    ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
    ...env,
  });
  const runtime = await openRuntime(config, { inMemory: true });
  const workspaceId = await createWorkspace(runtime.db, { name: 'Test shop' });
  const app = await buildApp({ config, database: runtime.database, logger: false });
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

export interface TestAgent {
  id: string;
  email: string;
  password: string;
  token: string;
  api: ApiClient;
}

let agentCounter = 0;

/** Creates an agent with an API token and returns a client that calls the API as them. */
export async function createTestAgent(t: TestApp, role: Role = 'agent', level: Level = 'junior', extra: { brandIds?: string[] } = {}): Promise<TestAgent> {
  agentCounter++;
  const email = `${role}${agentCounter}@shop.test`;
  const password = `password-${agentCounter}-long`;
  const agent = await createAgent(t.runtime.db, t.workspaceId, { email, name: `${role} ${agentCounter}`, role, level, password, ...extra });
  const { token } = await createApiToken(t.runtime.db, { workspaceId: t.workspaceId, agentId: agent.id, name: 'test' });
  return { id: agent.id, email, password, token, api: new ApiClient(t.baseUrl, { authorization: `Bearer ${token}` }) };
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A tiny fetch wrapper: JSON in, JSON out, headers kept between calls (cookie sessions). */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly headers: Record<string, string> = {},
  ) {}

  async request<T = any>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const init: RequestInit = { method, headers: { ...this.headers, ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const response = await fetch(this.baseUrl + url, init);
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }
  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body ?? {});
  }
  patch<T = any>(url: string, body: unknown) {
    return this.request<T>('PATCH', url, body);
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }
}

/** Signs in through the API and returns a client carrying the session cookie and CSRF token. */
export async function loginClient(baseUrl: string, email: string, password: string): Promise<ApiClient> {
  const anonymous = new ApiClient(baseUrl);
  const res = await anonymous.post('/api/auth/login', { email, password });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return new ApiClient(baseUrl, { cookie, 'x-csrf-token': res.body.csrfToken });
}

/** A brand to put tickets in. */
export async function createTestBrand(admin: ApiClient, name = 'Shop', kind = 'shopify'): Promise<string> {
  const res = await admin.post('/api/brands', { name, kind });
  if (res.status !== 201) throw new Error(`brand: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

let ticketCounter = 0;
/** A new ticket with one inbound message from a buyer. */
export async function createTestTicket(api: ApiClient, brandId: string, overrides: Record<string, unknown> = {}) {
  ticketCounter++;
  const res = await api.post('/api/tickets', {
    brandId,
    channel: 'email',
    subject: `Question ${ticketCounter}`,
    customer: { email: `buyer${ticketCounter}@example.com`, name: `Buyer ${ticketCounter}` },
    message: { text: `Hello, this is message ${ticketCounter}.` },
    ...overrides,
  });
  if (res.status !== 201) throw new Error(`ticket: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

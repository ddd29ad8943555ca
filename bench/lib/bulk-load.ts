import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { createAgent } from '../../src/modules/agents/agent.service.js';
import { createApiToken } from '../../src/modules/auth/auth.service.js';
import type { Database } from '../../src/modules/database.js';
import { ticketSearchVector } from '../../src/modules/tickets/ticket-search.js';
import { createWorkspace } from '../../src/modules/workspaces/workspace.service.js';
import { loadConfig } from '../../src/platform/config.js';
import { openRuntime } from '../../src/runtime/runtime.js';
import { BENCH_MESSAGES } from './corpus.js';

export interface BenchWorkspace {
  workspaceId: string;
  brandIds: string[];
  agentIds: string[];
  token: string;
}

/** A workspace with two brands, 20 agents and an API token for the load. */
export async function createBenchWorkspace(db: Kysely<Database>): Promise<BenchWorkspace> {
  const workspaceId = await createWorkspace(db, { name: 'Benchmark shop' });
  const brands = await db
    .insertInto('brands')
    .values([
      { workspace_id: workspaceId, name: 'Bench Store', kind: 'shopify', settings: '{}' },
      { workspace_id: workspaceId, name: 'Bench Amazon EU', kind: 'amazon', settings: '{}' },
    ])
    .returning('id')
    .execute();
  const agentIds: string[] = [];
  for (let i = 0; i < 20; i++) {
    const agent = await createAgent(db, workspaceId, { email: `bench${i}@shop.test`, name: `Bench ${i}`, role: i === 0 ? 'admin' : 'agent', level: 'senior', password: 'bench-password-0' });
    agentIds.push(agent.id);
  }
  const { token } = await createApiToken(db, { workspaceId, agentId: agentIds[0]!, name: 'bench' });
  return { workspaceId, brandIds: brands.map((b) => b.id), agentIds, token };
}

const STATUSES = ['new', 'open', 'open', 'pending', 'solved', 'solved', 'closed'];
const PRIORITIES = ['P1', 'P2', 'P2', 'P3', 'P3', 'P4'];

/**
 * Inserts `count` tickets (each with a customer and a first message) in batches with
 * `unnest`, which is far faster than one insert per row and still plain SQL on both backends.
 */
export async function bulkLoadTickets(db: Kysely<Database>, ws: BenchWorkspace, count: number, onProgress: (done: number) => void): Promise<void> {
  const vectors = BENCH_MESSAGES.map((m) => ticketSearchVector(m.subject, m.text));
  const batch = 5000;
  const start = Date.now() - count * 60_000;
  for (let offset = 0; offset < count; offset += batch) {
    const n = Math.min(batch, count - offset);
    const idx = Array.from({ length: n }, (_, i) => offset + i);
    const customers = await sql<{ id: string }>`
      insert into customers (workspace_id, name, country, language)
      select ${ws.workspaceId}::uuid, name, country, language
      from unnest(${idx.map((i) => `Buyer ${i}`)}::text[], ${idx.map((i) => ['DE', 'FR', 'US', 'JP', 'CN', 'BR', 'TH', 'KR'][i % 8]!)}::text[],
                  ${idx.map((i) => BENCH_MESSAGES[i % BENCH_MESSAGES.length]!.language)}::text[]) as t(name, country, language)
      returning id`.execute(db);
    const created = idx.map((i) => new Date(start + i * 60_000).toISOString());
    const tickets = await sql<{ id: number }>`
      insert into tickets (workspace_id, brand_id, assignee_id, customer_id, subject, status, priority, channel, language,
        tags, first_customer_message_at, last_customer_message_at, message_count, search_vector, created_at, updated_at)
      select ${ws.workspaceId}::uuid, brand_id, assignee_id, customer_id, subject, status, priority, channel, language,
        array[tag], created_at, created_at, 1, search_vector::tsvector, created_at, created_at
      from unnest(
        ${idx.map((i) => ws.brandIds[i % ws.brandIds.length]!)}::uuid[],
        ${idx.map((i) => (i % 3 === 0 ? null : ws.agentIds[i % ws.agentIds.length]!))}::uuid[],
        ${customers.rows.map((c) => c.id)}::uuid[],
        ${idx.map((i) => BENCH_MESSAGES[i % BENCH_MESSAGES.length]!.subject)}::text[],
        ${idx.map((i) => STATUSES[i % STATUSES.length]!)}::text[],
        ${idx.map((i) => PRIORITIES[i % PRIORITIES.length]!)}::text[],
        ${idx.map((i) => (i % 5 === 0 ? 'marketplace' : 'email'))}::text[],
        ${idx.map((i) => BENCH_MESSAGES[i % BENCH_MESSAGES.length]!.language)}::text[],
        ${idx.map((i) => `batch-${i % 100}`)}::text[],
        ${idx.map((i) => vectors[i % vectors.length]!)}::text[],
        ${created}::timestamptz[]
      ) as t(brand_id, assignee_id, customer_id, subject, status, priority, channel, language, tag, search_vector, created_at)
      returning id`.execute(db);
    await sql`
      insert into messages (workspace_id, ticket_id, direction, author_customer_id, body_text, language, created_at)
      select ${ws.workspaceId}::uuid, ticket_id, 'inbound', customer_id, body, language, created_at
      from unnest(${tickets.rows.map((t) => t.id)}::bigint[], ${customers.rows.map((c) => c.id)}::uuid[],
                  ${idx.map((i) => BENCH_MESSAGES[i % BENCH_MESSAGES.length]!.text)}::text[],
                  ${idx.map((i) => BENCH_MESSAGES[i % BENCH_MESSAGES.length]!.language)}::text[],
                  ${created}::timestamptz[]) as t(ticket_id, customer_id, body, language, created_at)`.execute(db);
    onProgress(offset + n);
  }
  await sql`analyze`.execute(db);
}

const PG_ADMIN = process.env.MERIDIAN_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The bench workspace's admin, who signs in to the agent app in `bench:ui --tickets`. */
export const BENCH_ADMIN = { email: 'bench0@shop.test', password: 'bench-password-0' };

/**
 * A fresh database (a temporary PGlite folder, or `meridian_bench` on the PostgreSQL server at
 * MERIDIAN_BENCH_PG_URL) holding the bench workspace and `tickets` tickets; returns the server
 * environment that opens it.
 */
export async function prepareBenchDatabase(backend: 'pglite' | 'postgres', tickets: number) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'meridian-bench-'));
  let databaseUrl = '';
  if (backend === 'postgres') {
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    await admin.connect();
    await admin.query('drop database if exists meridian_bench with (force)');
    await admin.query('create database meridian_bench');
    await admin.end();
    const url = new URL(PG_ADMIN);
    url.pathname = '/meridian_bench';
    databaseUrl = url.toString();
  }
  const env = { MERIDIAN_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, MERIDIAN_DEMO: 'false', LOG_LEVEL: 'warn' };
  const runtime = await openRuntime(loadConfig(env));
  const started = Date.now();
  const ws = await createBenchWorkspace(runtime.db);
  await bulkLoadTickets(runtime.db, ws, tickets, (done) => process.stderr.write(`\r  ${backend}: loaded ${done.toLocaleString('en')} / ${tickets.toLocaleString('en')} tickets`));
  process.stderr.write('\n');
  const loadSeconds = (Date.now() - started) / 1000;
  await runtime.close();
  return { env, ws, loadSeconds, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

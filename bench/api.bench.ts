/**
 * npm run bench:api [-- --large] [-- --backend pglite|postgres] [-- --tickets N]
 *
 * Bulk-loads tickets, starts the compiled server as its own process, then from this process
 * measures ticket creation, list and search over HTTP while 200 agent sessions hold the live
 * stream open and 20 of them update tickets. Prints one table per backend.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Pool } from 'undici';
import { prepareBenchDatabase } from './lib/bulk-load.js';
import { BENCH_MESSAGES, BENCH_SEARCHES } from './lib/corpus.js';
import { fmt, runLoad, type LoadResult } from './lib/stats.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const large = flag('large');
const backends = (option('backend') ? [option('backend')] : ['pglite', 'postgres']) as ('pglite' | 'postgres')[];

interface Row {
  backend: string;
  tickets: number;
  loadSeconds: number;
  create: LoadResult;
  list: LoadResult;
  search: LoadResult;
  searchHits: Record<string, number>;
  idleRssMb: number;
  loadedRssMb: number;
  liveStreams: number;
  liveEvents: number;
  updates: number;
}

function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/meridian.js', 'serve'], {
      env: { ...process.env, ...env, PORT: '0', MERIDIAN_JOB_CONCURRENCY: '1', MERIDIAN_DB_POOL_SIZE: '10', ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const url = /Meridian is running at (\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url: url.replace('//localhost:', '//127.0.0.1:') });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function openStreams(url: string, token: string, count: number) {
  const controllers: AbortController[] = [];
  let events = 0;
  await Promise.all(
    Array.from({ length: count }, async () => {
      const controller = new AbortController();
      controllers.push(controller);
      const res = await fetch(`${url}/api/live`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
      const reader = res.body!.getReader();
      void (async () => {
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            events += (new TextDecoder().decode(value).match(/^event: /gm) ?? []).length;
          }
        } catch {
          // closed
        }
      })();
    }),
  );
  return { close: () => controllers.forEach((c) => c.abort()), events: () => events };
}

async function measure(backend: 'pglite' | 'postgres', tickets: number): Promise<Row> {
  const { env, ws, loadSeconds, cleanup } = await prepareBenchDatabase(backend, tickets);
  const { child, url } = await startServer(env);
  const auth = { authorization: `Bearer ${ws.token}`, 'content-type': 'application/json' };
  // undici's pool: fetch() costs the client several times more CPU, on the same two cores.
  const load = new Pool(url, { connections: 8 });
  const background = new Pool(url, { connections: 20 });
  const call = async (pool: Pool, method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => {
    const res = await pool.request({ method, path, headers: auth, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: res.statusCode, body: (await res.body.json()) as any };
  };
  try {
    await new Promise((r) => setTimeout(r, 3000));
    const idleRssMb = rssMb(child.pid!);

    const quiet = flag('no-live');
    const streams = await openStreams(url, ws.token, quiet ? 0 : 200);
    let updating = !quiet;
    let updates = 0;
    const updaters = Array.from({ length: quiet ? 0 : 20 }, async (_, u) => {
      while (updating) {
        const id = 1 + Math.floor(Math.random() * tickets);
        await call(background, 'PATCH', `/api/tickets/${id}`, { priority: `P${1 + (u % 4)}` });
        updates++;
        // An agent saving a change every second: a busy shift, well above a human pace.
        await new Promise((r) => setTimeout(r, 1000));
      }
    });

    const phase = (name: string) => process.stderr.write(`  ${backend}: ${name}…\n`);
    phase('creating tickets');
    const create = await runLoad(backend === 'postgres' ? 5000 : 2000, 8, async (i) => {
      // New tickets read like the loaded ones (same languages and words), as new mail would.
      const sample = BENCH_MESSAGES[i % BENCH_MESSAGES.length]!;
      const res = await call(load, 'POST', '/api/tickets', {
        brandId: ws.brandIds[i % 2],
        channel: 'email',
        subject: sample.subject,
        language: sample.language,
        customer: { email: `bench-buyer-${i % 500}@example.com`, name: 'Bench Buyer' },
        message: { text: `${sample.text} (${i})` },
      });
      return res.status === 201;
    });

    const lists = ['', 'status=open', 'language=ja', `assignee=${ws.agentIds[3]}`, 'sort=priority', 'status=new,open,pending&brandId=' + ws.brandIds[1], 'tag=batch-7'];
    phase('listing');
    const list = await runLoad(2000, 8, async (i) => {
      const res = await call(load, 'GET', `/api/tickets?limit=50&${lists[i % lists.length]}`);
      return res.status === 200;
    });

    const searchHits: Record<string, number> = {};
    phase('searching');
    const search = await runLoad(1000, 8, async (i) => {
      const q = BENCH_SEARCHES[i % BENCH_SEARCHES.length]!;
      const res = await call(load, 'GET', `/api/tickets?limit=50&q=${encodeURIComponent(q)}`);
      searchHits[q] = res.body.items?.length ?? 0;
      return res.status === 200;
    });

    updating = false;
    await Promise.all(updaters);
    const liveEvents = streams.events();
    streams.close();
    const loadedRssMb = rssMb(child.pid!);
    return { backend, tickets, loadSeconds, create, list, search, searchHits, idleRssMb, loadedRssMb, liveStreams: 200, liveEvents, updates };
  } finally {
    await load.close();
    await background.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    cleanup();
  }
}

function print(row: Row) {
  const line = (name: string, r: LoadResult) =>
    `| ${name.padEnd(22)} | ${fmt(r.perSecond, 0).padStart(8)} | ${fmt(r.p50, 2).padStart(7)} | ${fmt(r.p95, 2).padStart(7)} | ${fmt(r.p99, 2).padStart(7)} | ${String(r.errors).padStart(6)} |`;
  console.log(`\n## ${row.backend} — ${row.tickets.toLocaleString('en')} tickets (bulk load ${fmt(row.loadSeconds)} s)\n`);
  console.log('| operation              |    req/s | p50 ms  | p95 ms  | p99 ms  | errors |');
  console.log('|------------------------|---------:|--------:|--------:|--------:|-------:|');
  console.log(line('create ticket (c=8)', row.create));
  console.log(line('list tickets (c=8)', row.list));
  console.log(line('text search (c=8)', row.search));
  console.log(`\nidle RSS ${fmt(row.idleRssMb)} MB, after load ${fmt(row.loadedRssMb)} MB; ${row.liveStreams} live streams received ${row.liveEvents.toLocaleString('en')} events while 20 agents made ${row.updates} updates`);
  console.log(`search hits per word (first page): ${Object.entries(row.searchHits).map(([q, n]) => `${q}=${n}`).join(', ')}`);
  const missing = BENCH_SEARCHES.filter((q) => !row.searchHits[q]);
  console.log(missing.length ? `NOT FOUND: ${missing.join(', ')}` : 'every searched word was found, including the Chinese, Japanese, Korean and Thai ones');
}

for (const backend of backends) {
  const tickets = option('tickets') ? Number(option('tickets')) : backend === 'postgres' && large ? 1_000_000 : 100_000;
  print(await measure(backend, tickets));
}

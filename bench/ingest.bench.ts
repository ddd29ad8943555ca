/**
 * npm run bench:ingest [-- --messages N] [-- --backend pglite|postgres|both] [-- --paths api,smtp,imap]
 *
 * Inbound e-mail from arrival to ticket. Builds a realistic mix of buyer mail once
 * (bench/lib/email-corpus.ts), then for each backend and each path starts the compiled server as
 * its own process on a fresh database and delivers every message:
 *   api   POST /api/inbound/mime (message/rfc822, API token), 16 keep-alive connections
 *   smtp  the server's SMTP listener, nodemailer pooled transport (8 connections, raw messages)
 *   imap  IMAP APPEND to a throwaway dovecot (3 connections) that the server's mailbox polls
 * and waits (GET /api/email/inbound/counts) until every message is filed. Throughput is N over the
 * time from the first send to the last `processed_at`; latency is, per message, from the moment
 * the client started sending it to its `processed_at`. Exits 1 when a message was not delivered.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import pg from 'pg';
import { Pool } from 'undici';
import { parseEmail, stripQuotedText } from '../src/modules/email/parse/index.js';
import { loadConfig } from '../src/platform/config.js';
import { openRuntime } from '../src/runtime/runtime.js';
import { seedMailWorkspace } from '../test/helpers/email.js';
import { DOVECOT_PATH, dovecotUnavailableReason, openImapClient, startDovecot, type DovecotServer } from '../test/helpers/dovecot.js';
import { buildEmailCorpus, type EmailCorpus } from './lib/email-corpus.js';
import { fmt, percentiles } from './lib/stats.js';

type Backend = 'pglite' | 'postgres';
type IngestPath = 'api' | 'smtp' | 'imap';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const MESSAGES = Number(option('messages') ?? 5000);
const backendArg = option('backend') ?? 'both';
const BACKENDS: Backend[] = backendArg === 'both' ? ['pglite', 'postgres'] : [backendArg as Backend];
const PATHS = (option('paths') ?? 'api,smtp,imap').split(',').map((p) => p.trim()) as IngestPath[];
for (const b of BACKENDS) if (b !== 'pglite' && b !== 'postgres') throw new Error(`--backend: pglite, postgres or both, not ${b}`);
for (const p of PATHS) if (!['api', 'smtp', 'imap'].includes(p)) throw new Error(`--paths: a list of api, smtp, imap, not ${p}`);
if (!Number.isInteger(MESSAGES) || MESSAGES < 1) throw new Error('--messages: a positive whole number');

const TARGET: Record<Backend, number> = { pglite: 300, postgres: 1000 };
const PG_ADMIN = process.env.MERIDIAN_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_DATABASE = 'meridian_bench_ingest';
const SUPPORT_ADDRESS = 'support@bench-shop.example';
const HTTP_CONCURRENCY = 16;
const SMTP_CONNECTIONS = 8;
const IMAP_CONNECTIONS = 3;
/** Give up when the counts have not moved for this long. */
const STALL_MS = 90_000;
const CLK_TCK = 100;

const now = () => performance.timeOrigin + performance.now();
const log = (line: string) => process.stderr.write(`${line}\n`);

interface Row {
  backend: Backend;
  path: IngestPath;
  messages: number;
  sendErrors: number;
  firstSendError: string | null;
  /** First send to last processed_at. */
  seconds: number;
  perSecond: number;
  /** First send to the last acknowledgement (HTTP 202, SMTP 250, APPEND OK). */
  acceptSeconds: number;
  latency: { p50: number; p95: number; p99: number };
  /** Arrival to stored (inbound_emails.received_at), and stored to filed. */
  storeP50: number;
  fileP50: number;
  fileP99: number;
  statuses: Record<string, number>;
  missing: number;
  tickets: number;
  peakRssMb: number;
  cpu: { server: number; postgres: number | null; dovecot: number | null; client: number };
  load: string;
  /** PostgreSQL only: per-message transactions and row writes (pg_stat_database). */
  dbWork: { transactions: number; inserted: number; updated: number; fetched: number } | null;
  problems: string[];
}

// ---------------------------------------------------------------------------------------------
// Processes: the server, CPU and memory from /proc

interface Server {
  child: ChildProcess;
  url: string;
  smtpPort: number;
  output: () => string;
}

function startServer(env: Record<string, string>): Promise<Server> {
  return new Promise((resolve, reject) => {
    // BENCH_SERVER_NODE_OPTIONS (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof) profiles the server.
    const nodeOptions = process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {};
    const child = spawn(process.execPath, ['dist/cli/main.js', 'serve'], { env: { ...process.env, ...env, ...nodeOptions }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start within 90 s:\n${output.slice(-4000)}`)), 90_000);
    const onData = (d: Buffer) => {
      output += d;
      const url = /Meridian is running at (\S+)/.exec(output)?.[1];
      const smtp = /Inbound SMTP listener on [^\s:]+:(\d+)/.exec(output)?.[1];
      if (url && smtp) {
        clearTimeout(timer);
        resolve({ child, url: url.replace('//localhost:', '//127.0.0.1:'), smtpPort: Number(smtp), output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}):\n${output.slice(-4000)}`));
    });
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

/** utime + stime of a process in seconds (with its reaped children's: cutime + cstime), or 0 when it is gone. */
function cpuSeconds(pid: number, withChildren = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const children = withChildren ? Number(fields[13]) + Number(fields[14]) : 0;
    return (Number(fields[11]) + Number(fields[12]) + children) / CLK_TCK;
  } catch {
    return 0;
  }
}

/** CPU seconds of every visible process whose command line matches (null: none visible). */
function cpuOfProcesses(match: (cmdline: string) => boolean, withChildren = false): number | null {
  let total = 0;
  let found = false;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue;
    }
    if (!match(cmdline)) continue;
    found = true;
    total += cpuSeconds(Number(entry), withChildren);
  }
  return found ? total : null;
}

/** The PostgreSQL backends of the bench database and the server's shared writers. */
const postgresCpu = () =>
  cpuOfProcesses((c) => c.startsWith('postgres: ') && (c.includes(` ${PG_DATABASE} `) || /walwriter|background writer|checkpointer/.test(c)));

/** Dovecot's processes of one throwaway instance (their titles carry its instance name). */
const dovecotCpu = (server: DovecotServer | undefined) => {
  if (!server) return null;
  const instance = path.basename(path.resolve(server.maildir, '../..'));
  // The master reaps the short-lived imap processes: their CPU ends up in its cutime/cstime.
  return cpuOfProcesses((c) => c.includes(instance), true);
};

const peakRssMb = (pid: number) => {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return NaN;
  }
};

// ---------------------------------------------------------------------------------------------
// A fresh database with the bench workspace, brand, mailbox and API token

interface Prepared {
  env: Record<string, string>;
  brandId: string;
  token: string;
  cleanup: () => Promise<void>;
}

async function prepare(backend: Backend, imap: DovecotServer | undefined): Promise<Prepared> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'meridian-bench-ingest-'));
  let databaseUrl = '';
  if (backend === 'postgres') {
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    await admin.connect();
    await admin.query(`drop database if exists ${PG_DATABASE} with (force)`);
    await admin.query(`create database ${PG_DATABASE}`);
    await admin.end();
    const url = new URL(PG_ADMIN);
    url.pathname = `/${PG_DATABASE}`;
    databaseUrl = url.toString();
  }
  const env: Record<string, string> = {
    MERIDIAN_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    PORT: '0',
    MERIDIAN_SMTP_PORT: '0',
    MERIDIAN_DEMO: 'false',
    LOG_LEVEL: 'warn',
    MERIDIAN_IMAP_POLL_SECONDS: '1',
  };
  const { brandId, token } = await seedMailWorkspace(env, { name: 'Ingest benchmark shop', address: SUPPORT_ADDRESS, ...(imap ? { imap } : {}) });
  return {
    env,
    brandId,
    token,
    cleanup: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      if (backend === 'postgres') {
        const admin = new pg.Client({ connectionString: PG_ADMIN });
        await admin.connect();
        await admin.query(`drop database if exists ${PG_DATABASE} with (force)`);
        await admin.end();
      }
    },
  };
}

type DbStats = { xact_commit: number; tup_inserted: number; tup_updated: number; tup_fetched: number };

/** The bench database's counters; read with no server running, so every backend has flushed them. */
async function databaseStats(env: Record<string, string>): Promise<DbStats> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<Record<keyof DbStats, string>>(
      'select xact_commit, tup_inserted, tup_updated, tup_fetched from pg_stat_database where datname = current_database()',
    );
    const r = rows[0]!;
    return { xact_commit: Number(r.xact_commit), tup_inserted: Number(r.tup_inserted), tup_updated: Number(r.tup_updated), tup_fetched: Number(r.tup_fetched) };
  } finally {
    await client.end();
  }
}

interface InboundRow {
  message_id_header: string | null;
  status: string;
  reason: string | null;
  received_at: Date;
  processed_at: Date | null;
}

/** Every inbound row and the number of tickets; the server has stopped. */
type MailboxState = { imap_last_sync_at: Date | null; imap_last_error: string | null };

async function readResults(backend: Backend, env: Record<string, string>): Promise<{ rows: InboundRow[]; tickets: number; mailbox: MailboxState | undefined }> {
  const columns = 'message_id_header, status, reason, received_at, processed_at';
  if (backend === 'postgres') {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      const rows = (await client.query<InboundRow>(`select ${columns} from inbound_emails`)).rows;
      const tickets = Number((await client.query<{ n: string }>('select count(*) as n from tickets')).rows[0]!.n);
      const mailbox = (await client.query<MailboxState>('select imap_last_sync_at, imap_last_error from mailboxes')).rows[0];
      return { rows, tickets, mailbox };
    } finally {
      await client.end();
    }
  }
  // The embedded database is one process's at a time: opened here once the server is gone.
  const runtime = await openRuntime(loadConfig(env));
  try {
    const rows = (await runtime.db.selectFrom('inbound_emails').select(['message_id_header', 'status', 'reason', 'received_at', 'processed_at']).execute()) as InboundRow[];
    const tickets = Number((await runtime.db.selectFrom('tickets').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const mailbox = await runtime.db.selectFrom('mailboxes').select(['imap_last_sync_at', 'imap_last_error']).executeTakeFirst();
    return { rows, tickets, mailbox };
  } finally {
    await runtime.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Sending

/** Runs `send(i)` for every message from `lanes` loops; records when each send started. */
async function sendAll(
  count: number,
  lanes: number,
  sentAt: Float64Array,
  send: (i: number, lane: number) => Promise<void>,
): Promise<{ errors: number; firstError: string | null; ok: number }> {
  let next = 0;
  let errors = 0;
  let firstError: string | null = null;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      while (next < count) {
        const i = next++;
        sentAt[i] = now();
        try {
          await send(i, lane);
        } catch (error) {
          errors++;
          sentAt[i] = NaN;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  return { errors, firstError, ok: count - errors };
}

async function deliver(
  pathName: IngestPath,
  corpus: EmailCorpus,
  server: Server,
  prepared: Prepared,
  imap: DovecotServer | undefined,
  sentAt: Float64Array,
) {
  const emails = corpus.emails;
  if (pathName === 'api') {
    const pool = new Pool(server.url, { connections: HTTP_CONCURRENCY, pipelining: 1 });
    const headers = { authorization: `Bearer ${prepared.token}`, 'content-type': 'message/rfc822' };
    const requestPath = `/api/inbound/mime?brand=${prepared.brandId}`;
    try {
      return await sendAll(emails.length, HTTP_CONCURRENCY, sentAt, async (i) => {
        const res = await pool.request({ method: 'POST', path: requestPath, headers, body: emails[i]!.raw });
        const body = await res.body.text();
        if (res.statusCode !== 202) throw new Error(`HTTP ${res.statusCode}: ${body.slice(0, 200)}`);
      });
    } finally {
      await pool.close();
    }
  }
  if (pathName === 'smtp') {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: server.smtpPort, secure: false, ignoreTLS: true, pool: true, maxConnections: SMTP_CONNECTIONS });
    try {
      // As many senders as connections, so a message's send starts when a connection takes it.
      return await sendAll(emails.length, SMTP_CONNECTIONS, sentAt, async (i) => {
        const email = emails[i]!;
        await transport.sendMail({ envelope: { from: email.from, to: [SUPPORT_ADDRESS] }, raw: email.raw });
      });
    } finally {
      transport.close();
    }
  }
  // IMAP: APPEND over a few connections while the server's mailbox poller drains the folder.
  const clients = await Promise.all(Array.from({ length: IMAP_CONNECTIONS }, () => openImapClient(imap!)));
  try {
    return await sendAll(emails.length, IMAP_CONNECTIONS, sentAt, async (i, lane) => {
      const result = await clients[lane]!.append('INBOX', emails[i]!.raw, []);
      if (!result) throw new Error('APPEND failed');
    });
  } finally {
    await Promise.all(clients.map((c) => c.logout().catch(() => c.close())));
  }
}

/** Polls the inbound counts until `expected` messages reached a final state or nothing moves. */
async function waitForFiling(server: Server, token: string, expected: number, label: string) {
  const headers = { authorization: `Bearer ${token}` };
  let last = '';
  let lastChange = Date.now();
  let lastPrinted = 0;
  let counts: Record<string, number> = {};
  for (;;) {
    try {
      const res = await fetch(`${server.url}/api/email/inbound/counts`, { headers });
      if (res.ok) counts = (await res.json()) as Record<string, number>;
    } catch {
      // the server is busy; ask again
    }
    const done = (counts.delivered ?? 0) + (counts.quarantined ?? 0) + (counts.suppressed ?? 0);
    const key = JSON.stringify(counts);
    if (key !== last) {
      last = key;
      lastChange = Date.now();
    }
    // On a terminal one line updated in place; in a log a line every 10 s.
    if (done >= expected || Date.now() - lastPrinted > (process.stderr.isTTY ? 250 : 10_000)) {
      lastPrinted = Date.now();
      const line = `  ${label}: filed ${done.toLocaleString('en')} / ${expected.toLocaleString('en')} (waiting ${counts.received ?? 0}, in progress ${counts.processing ?? 0})`;
      process.stderr.write(process.stderr.isTTY ? `\r${line}   ` : `${line}\n`);
    }
    if (done >= expected) break;
    if (server.child.exitCode !== null || server.child.signalCode !== null) break;
    if (Date.now() - lastChange > STALL_MS) {
      process.stderr.write(`\n  ${label}: no progress for ${STALL_MS / 1000} s; giving up`);
      break;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  return counts;
}

// ---------------------------------------------------------------------------------------------

async function measure(backend: Backend, pathName: IngestPath, corpus: EmailCorpus): Promise<Row> {
  const label = `${backend}/${pathName}`;
  const imap = pathName === 'imap' ? await startDovecot() : undefined;
  const prepared = await prepare(backend, imap);
  const problems: string[] = [];
  let server: Server | undefined;
  try {
    const stats0 = backend === 'postgres' ? await databaseStats(prepared.env) : null;
    log(`  ${label}: starting the server`);
    server = await startServer(prepared.env);
    const pid = server.child.pid!;
    // The IMAP poller connects and selects the folder before mail arrives, as in production.
    await new Promise((r) => setTimeout(r, pathName === 'imap' ? 2000 : 500));

    const load = loadavg().map((l) => l.toFixed(1)).join(' ');
    const cpu0 = { server: cpuSeconds(pid), postgres: postgresCpu(), dovecot: dovecotCpu(imap), client: process.cpuUsage() };
    const sentAt = new Float64Array(corpus.emails.length).fill(NaN);
    log(`  ${label}: sending ${corpus.emails.length.toLocaleString('en')} messages`);
    const started = now();
    const sent = await deliver(pathName, corpus, server, prepared, imap, sentAt);
    const acceptSeconds = (now() - started) / 1000;
    if (sent.errors > 0) problems.push(`${sent.errors} send(s) failed, first: ${sent.firstError}`);
    const counts = await waitForFiling(server, prepared.token, sent.ok, label);
    const clientCpu = process.cpuUsage(cpu0.client);
    const postgres1 = postgresCpu();
    const dovecot1 = dovecotCpu(imap);
    const cpu = {
      server: cpuSeconds(pid) - cpu0.server,
      postgres: postgres1 !== null && cpu0.postgres !== null ? postgres1 - cpu0.postgres : null,
      dovecot: dovecot1 !== null && cpu0.dovecot !== null ? dovecot1 - cpu0.dovecot : null,
      client: (clientCpu.user + clientCpu.system) / 1e6,
    };
    const peak = peakRssMb(pid);
    const serverLog = server.output();
    await stopServer(server.child);
    server = undefined;
    const errorLines = serverLog.split('\n').filter((l) => /error|fail/i.test(l));
    if (errorLines.length > 0) problems.push(`server logged ${errorLines.length} error line(s), first: ${errorLines[0]!.slice(0, 300)}`);
    if ((counts.delivered ?? 0) + (counts.quarantined ?? 0) + (counts.suppressed ?? 0) < sent.ok) {
      problems.push(`not all filed when waiting stopped: ${JSON.stringify(counts)}`);
    }

    let dbWork: Row['dbWork'] = null;
    if (stats0) {
      // Includes this bench's own connection and the counts polling: a few per second.
      const stats1 = await databaseStats(prepared.env);
      const n = corpus.emails.length;
      dbWork = {
        transactions: (stats1.xact_commit - stats0.xact_commit) / n,
        inserted: (stats1.tup_inserted - stats0.tup_inserted) / n,
        updated: (stats1.tup_updated - stats0.tup_updated) / n,
        fetched: (stats1.tup_fetched - stats0.tup_fetched) / n,
      };
    }
    const { rows, tickets, mailbox } = await readResults(backend, prepared.env);
    if (pathName === 'imap' && mailbox) {
      if (!mailbox.imap_last_sync_at) problems.push('the mailbox was never synced over IMAP (imap_last_sync_at is empty): does `serve` run the IMAP ingestion?');
      if (mailbox.imap_last_error) problems.push(`the mailbox reports an IMAP error: ${mailbox.imap_last_error}`);
    }
    const byId = new Map(rows.map((r) => [r.message_id_header, r]));
    const statuses: Record<string, number> = { delivered: 0, quarantined: 0, suppressed: 0, received: 0, processing: 0 };
    for (const r of rows) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const latencies: number[] = [];
    const stores: number[] = [];
    const files: number[] = [];
    let lastFiled = 0;
    let missing = 0;
    for (const [i, email] of corpus.emails.entries()) {
      const row = byId.get(email.messageId);
      if (!row) {
        missing++;
        continue;
      }
      if (row.processed_at) lastFiled = Math.max(lastFiled, row.processed_at.getTime());
      if (row.status !== 'delivered' || !row.processed_at || Number.isNaN(sentAt[i])) continue;
      latencies.push(row.processed_at.getTime() - sentAt[i]!);
      stores.push(row.received_at.getTime() - sentAt[i]!);
      files.push(row.processed_at.getTime() - row.received_at.getTime());
    }
    for (const r of rows.filter((r) => r.status === 'quarantined' || r.status === 'suppressed').slice(0, 3)) {
      problems.push(`${r.status} <${r.message_id_header}>: ${r.reason}`);
    }
    if (tickets !== corpus.threads) problems.push(`${tickets} tickets for ${corpus.threads} conversations (threading differs from the set)`);
    const seconds = lastFiled > 0 ? (lastFiled - started) / 1000 : NaN;
    const fileP = percentiles(files);
    return {
      backend,
      path: pathName,
      messages: corpus.emails.length,
      sendErrors: sent.errors,
      firstSendError: sent.firstError,
      seconds,
      perSecond: corpus.emails.length / seconds,
      acceptSeconds,
      latency: percentiles(latencies),
      storeP50: percentiles(stores).p50,
      fileP50: fileP.p50,
      fileP99: fileP.p99,
      statuses,
      missing,
      tickets,
      peakRssMb: peak,
      cpu,
      load,
      dbWork,
      problems,
    };
  } finally {
    if (server) {
      log(`  ${label}: server output (last lines):\n${server.output().split('\n').slice(-30).join('\n')}`);
      await stopServer(server.child);
    }
    await prepared.cleanup().catch((error) => log(`  ${label}: cleanup failed: ${(error as Error).message}`));
    await imap?.stop();
  }
}

/** The parser alone in this process (mailparser, quote stripping), for the "where the time goes" note. */
async function parseAlone(corpus: EmailCorpus): Promise<number> {
  const sample = corpus.emails.slice(0, Math.min(1000, corpus.emails.length));
  const limits = { maxAttachmentBytes: 26_214_400, maxAttachmentsTotalBytes: 41_943_040 };
  for (const e of sample.slice(0, 50)) stripQuotedText((await parseEmail(e.raw, limits)).text); // warm-up
  const t0 = performance.now();
  for (const e of sample) stripQuotedText((await parseEmail(e.raw, limits)).text);
  return (performance.now() - t0) / sample.length;
}

function printTables(rows: Row[], corpus: EmailCorpus, parseMs: number) {
  const failed = (r: Row) => r.statuses.delivered !== r.messages || r.missing > 0;
  console.log(`\n## Inbound e-mail, arrival to ticket — ${corpus.describe()}\n`);
  console.log('| backend  | path | messages | seconds |  msg/s | target  | p50 ms | p99 ms | delivered | quarantined | suppressed | missing | tickets (expected) | peak RSS MB |');
  console.log('|----------|------|---------:|--------:|-------:|--------:|-------:|-------:|----------:|------------:|-----------:|--------:|-------------------:|------------:|');
  for (const r of rows) {
    const target = `≥ ${TARGET[r.backend].toLocaleString('en')}`;
    console.log(
      `| ${r.backend.padEnd(8)} | ${r.path.padEnd(4)} | ${r.messages.toLocaleString('en').padStart(8)} | ${fmt(r.seconds).padStart(7)} | ${fmt(r.perSecond, 0).padStart(6)} | ${target.padStart(7)} | ` +
        `${fmt(r.latency.p50, 0).padStart(6)} | ${fmt(r.latency.p99, 0).padStart(6)} | ${String(r.statuses.delivered).padStart(9)} | ${String(r.statuses.quarantined).padStart(11)} | ` +
        `${String(r.statuses.suppressed).padStart(10)} | ${String(r.missing).padStart(7)} | ${`${r.tickets} (${corpus.threads})`.padStart(18)} | ${fmt(r.peakRssMb, 0).padStart(11)} |`,
    );
  }
  console.log(`\nTargets: ≥ ${TARGET.pglite} messages/s on PGlite, ≥ ${TARGET.postgres.toLocaleString('en')} on PostgreSQL. msg/s = messages / (first send → last processed_at); latency = client starts sending → processed_at.`);

  console.log('\n### Where the time goes\n');
  console.log('| backend  | path | accepted in s (msg/s) | arrival→stored p50 ms | stored→filed p50 / p99 ms | CPU s: server | postgres | dovecot | bench client | wall s | server+DB CPU ms/msg | load avg at start |');
  console.log('|----------|------|----------------------:|----------------------:|--------------------------:|--------------:|---------:|--------:|-------------:|-------:|---------------------:|-------------------|');
  for (const r of rows) {
    const opt = (n: number | null) => (n === null ? '—' : fmt(n));
    console.log(
      `| ${r.backend.padEnd(8)} | ${r.path.padEnd(4)} | ${`${fmt(r.acceptSeconds)} (${fmt(r.messages / r.acceptSeconds, 0)})`.padStart(21)} | ${fmt(r.storeP50, 0).padStart(21)} | ` +
        `${`${fmt(r.fileP50, 0)} / ${fmt(r.fileP99, 0)}`.padStart(25)} | ${fmt(r.cpu.server).padStart(13)} | ${(r.backend === 'postgres' ? opt(r.cpu.postgres) : '(in server)').padStart(8)} | ` +
        `${(r.path === 'imap' ? opt(r.cpu.dovecot) : '—').padStart(7)} | ${fmt(r.cpu.client).padStart(12)} | ${fmt(r.seconds).padStart(6)} | ` +
        `${fmt((1000 * (r.cpu.server + (r.backend === 'postgres' ? (r.cpu.postgres ?? 0) : 0))) / r.messages).padStart(20)} | ${r.load.padEnd(17)} |`,
    );
  }
  for (const r of rows) {
    if (!r.dbWork) continue;
    const w = r.dbWork;
    console.log(
      `${r.backend}/${r.path}: per message ${fmt(w.transactions)} PostgreSQL transactions, ${fmt(w.inserted)} rows inserted, ${fmt(w.updated)} updated (pg_stat_database; includes the counts polling, about 2 transactions per poll, 2 polls/s).`,
    );
  }
  console.log(
    `\nThe parser alone (mailparser + quote stripping, this process, one core): ${fmt(parseMs, 2)} ms per message = ${fmt(1000 / parseMs, 0)} messages/s. ` +
      `CPU seconds are measured over the whole run (send and filing); this machine has ${availableParallelism()} cores.`,
  );
  for (const r of rows) for (const p of r.problems) console.log(`${failed(r) ? 'FAIL' : 'note'} ${r.backend}/${r.path}: ${p}`);
  return rows.some(failed);
}

// ---------------------------------------------------------------------------------------------

if (!existsSync('dist/cli/main.js')) throw new Error('Build first: npm run build (npm run bench:ingest does).');
let paths = PATHS;
if (paths.includes('imap')) {
  const reason = dovecotUnavailableReason();
  if (reason) {
    console.log(`Skipping the IMAP path: ${reason}`);
    paths = paths.filter((p) => p !== 'imap');
  } else {
    log(`IMAP path: dovecot at ${DOVECOT_PATH}`);
  }
}

log(`Building ${MESSAGES.toLocaleString('en')} messages…`);
const corpus = await buildEmailCorpus(MESSAGES, { to: SUPPORT_ADDRESS });
log(corpus.describe());
const parseMs = await parseAlone(corpus);

const rows: Row[] = [];
for (const backend of BACKENDS) {
  for (const p of paths) {
    try {
      rows.push(await measure(backend, p, corpus));
    } catch (error) {
      console.log(`FAIL ${backend}/${p}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
}
if (rows.length > 0 && (await printTables(rows, corpus, parseMs))) process.exitCode = 1;

/**
 * npm run bench:sla [-- --tickets 100000] [-- --deadlines 10000] [-- --only recompute|ticker]
 * SLA clocks (SPEC C4, issue 7), on in-memory PGlite, or on PostgreSQL when DATABASE_URL is set
 * (a throwaway database is created on that server and dropped afterwards):
 * (a) recompute: `tickets` open tickets with mixed policies (starter set plus a policy on its own
 *     calendar, a marketplace contract clock beside the team one, some paused, some waiting for a
 *     next response) on 4 calendars (Shanghai with lunch break, Berlin, New York, the default):
 *     time for `recomputeWorkspaceSla` to compute and write every clock, first from nothing, then
 *     again after a policy edit;
 * (b) ticker: `deadlines` clocks whose warnings fall in one minute and whose deadlines fall in the
 *     next, run by the ticker loop exactly as `serve` runs it; the delay from each instant to the
 *     commit of its warning or breach (events, notifications, escalation), p50/p99/max.
 */
import { parseArgs } from 'node:util';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { createAgent } from '../src/modules/agents/agent.service.js';
import type { Database } from '../src/modules/database.js';
import { recomputeWorkspaceSla } from '../src/modules/sla/clocks/recompute-sla.js';
import { createCalendar } from '../src/modules/sla/calendars/calendar.service.js';
import { createPolicy, updatePolicy } from '../src/modules/sla/policies/policy.service.js';
import { startSlaTicker } from '../src/modules/sla/ticker/sla-timer.js';
import { createWorkspace } from '../src/modules/workspaces/workspace.service.js';
import { loadConfig } from '../src/platform/config.js';
import { openRuntime, type Runtime } from '../src/runtime/runtime.js';
import { fmt, percentiles } from './lib/stats.js';

const { values } = parseArgs({ options: { tickets: { type: 'string', default: '100000' }, deadlines: { type: 'string', default: '10000' }, only: { type: 'string' } } });
const TICKETS = Number(values.tickets);
const DEADLINES = Number(values.deadlines);
const BACKEND = process.env.DATABASE_URL ? 'postgres' : 'pglite';

async function openBenchRuntime(name: string): Promise<{ runtime: Runtime; drop: () => Promise<void> }> {
  if (BACKEND === 'pglite') {
    const runtime = await openRuntime(loadConfig({ MERIDIAN_DEMO: 'false', LOG_LEVEL: 'warn', MERIDIAN_JOB_CONCURRENCY: '0' }), { inMemory: true });
    return { runtime, drop: () => runtime.close() };
  }
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  const database = `meridian_sla_bench_${name}_${process.pid}`;
  await admin.connect();
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.query(`create database ${database}`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  const runtime = await openRuntime(loadConfig({ DATABASE_URL: url.toString(), MERIDIAN_DEMO: 'false', LOG_LEVEL: 'warn', MERIDIAN_JOB_CONCURRENCY: '0' }));
  return {
    runtime,
    drop: async () => {
      await runtime.close();
      await admin.query(`drop database if exists ${database} with (force)`);
      await admin.end();
    },
  };
}

const DAY = [['09:00', '18:00']];
const WEEK = { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY };

async function workspaceWithTeams(db: Kysely<Database>) {
  const workspaceId = await createWorkspace(db, { name: 'SLA bench' });
  const brands = await db.insertInto('brands').values([{ workspace_id: workspaceId, name: 'Store', kind: 'shopify', settings: '{}' }, { workspace_id: workspaceId, name: 'Amazon EU', kind: 'amazon', settings: '{}' }]).returning('id').execute();
  const teams = await db.insertInto('teams').values(['Shenzhen', 'Berlin', 'New York'].map((name) => ({ workspace_id: workspaceId, name }))).returning('id').execute();
  const lead = await createAgent(db, workspaceId, { email: 'lead@bench.test', name: 'Lead', role: 'lead', level: 'senior', password: 'bench-password-0' });
  const agent = await createAgent(db, workspaceId, { email: 'agent@bench.test', name: 'Agent', role: 'agent', level: 'junior', password: 'bench-password-0' });
  return { workspaceId, brandIds: brands.map((b) => b.id), teamIds: teams.map((t) => t.id), leadId: lead.id, agentId: agent.id };
}

/** Tickets written by one generate_series statement per 20,000 (plus their customers). */
async function insertTickets(db: Kysely<Database>, ws: Awaited<ReturnType<typeof workspaceWithTeams>>, count: number, shape: 'mixed' | 'deadlines', nowMs: number) {
  const customers = await sql<{ id: string }>`
    insert into customers (workspace_id, name, tier) select ${ws.workspaceId}::uuid, 'Buyer ' || g, case when g % 10 = 0 then 'vip' else 'standard' end
    from generate_series(1, 1000) g returning id`.execute(db);
  const customerIds = customers.rows.map((c) => c.id);
  const step = 20_000;
  for (let offset = 0; offset < count; offset += step) {
    const n = Math.min(step, count - offset);
    if (shape === 'mixed') {
      // Created over the last 7 days; every 10th a chat, every 5th an Amazon message, a quarter
      // without a team (the default calendar); some pending or on hold; every 7th answered once
      // and followed up by the buyer (a next-response clock).
      await sql`
        insert into tickets (workspace_id, brand_id, team_id, assignee_id, customer_id, subject, status, priority, channel, marketplace, tags,
          first_customer_message_at, last_customer_message_at, first_agent_reply_at, last_agent_reply_at, message_count, created_at, updated_at)
        select ${ws.workspaceId}::uuid, ((${ws.brandIds})::uuid[])[1 + (g % 5 = 0)::int], ((${ws.teamIds})::uuid[])[1 + g % 4],
          case when g % 3 = 0 then null else ${ws.agentId}::uuid end, ((${customerIds})::uuid[])[1 + g % 1000], 'Ticket ' || g,
          (array['new','open','open','open','pending','on_hold'])[1 + g % 6], (array['P1','P2','P3','P4'])[1 + g % 4],
          case when g % 10 = 0 then 'chat' when g % 5 = 0 then 'marketplace' else 'email' end,
          case when g % 5 = 0 then 'amazon' end, case when g % 11 = 0 then array['wholesale'] else '{}'::text[] end,
          c, case when g % 7 = 0 then c + interval '3 hours' else c end,
          case when g % 7 = 0 then c + interval '1 hour' end, case when g % 7 = 0 then c + interval '1 hour' end, 1, c, c
        from generate_series(${offset + 1}::int, ${offset + n}::int) g, lateral (select to_timestamp(${nowMs / 1000}) - (g % 10080) * interval '1 minute' as c) t`.execute(db);
    } else {
      // Tagged for the 2-minute bench policy: warnings (at 1 min) spread over one minute, deadlines over the next.
      await sql`
        insert into tickets (workspace_id, brand_id, team_id, assignee_id, customer_id, subject, status, priority, channel, tags,
          first_customer_message_at, last_customer_message_at, message_count, created_at, updated_at)
        select ${ws.workspaceId}::uuid, ${ws.brandIds[0]}::uuid, null, case when g % 2 = 0 then ${ws.agentId}::uuid end, ((${customerIds})::uuid[])[1 + g % 1000],
          'Deadline ' || g, 'open', 'P3', 'email', array['bench-minute'], c, c, 1, c, c
        from generate_series(${offset + 1}::int, ${offset + n}::int) g, lateral (select to_timestamp(${nowMs / 1000}) - interval '30 seconds' + (g % ${count}) * (60.0 / ${count}) * interval '1 second' as c) t`.execute(db);
    }
  }
  await sql`analyze`.execute(db);
}

function line(label: string, value: string) {
  console.log(`  ${label.padEnd(46)} ${value}`);
}

async function recomputeBench() {
  console.log(`\n(a) Recompute all due times: ${TICKETS.toLocaleString('en')} open tickets, ${BACKEND}`);
  const { runtime, drop } = await openBenchRuntime('recompute');
  try {
    const db = runtime.db;
    const ws = await workspaceWithTeams(db);
    await createCalendar(db, ws.workspaceId, { name: 'Default (Hong Kong)', timezone: 'Asia/Hong_Kong', weekly: WEEK, isDefault: true });
    await createCalendar(db, ws.workspaceId, {
      name: 'Shenzhen',
      timezone: 'Asia/Shanghai',
      weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '12:00'], ['13:30', '18:00']]])),
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05'],
      teamIds: [ws.teamIds[0]!],
    });
    await createCalendar(db, ws.workspaceId, { name: 'Berlin', timezone: 'Europe/Berlin', weekly: WEEK, holidays: ['2026-12-25', '2026-12-26'], teamIds: [ws.teamIds[1]!] });
    const newYork = await createCalendar(db, ws.workspaceId, { name: 'New York', timezone: 'America/New_York', weekly: { ...WEEK, sat: [['10:00', '14:00']] }, teamIds: [ws.teamIds[2]!] });
    // A policy on its own calendar, first in the order for wholesale buyers.
    await createPolicy(db, ws.workspaceId, {
      name: 'Wholesale', kind: 'team', enabled: true, position: 0, conditions: { tags: ['wholesale'] },
      targets: { firstResponse: { seconds: 4 * 3600, businessTime: true }, nextResponse: { seconds: 4 * 3600, businessTime: true }, resolution: null },
      pauseOnPending: true, pauseOnHold: true, warnFraction: 0.8, onBreach: { raisePriority: true, reassign: 'none', remediation: 'none' }, calendarId: newYork.id,
    });
    const now = Date.now();
    const loadStart = performance.now();
    await insertTickets(db, ws, TICKETS, 'mixed', now);
    line('tickets inserted (generate_series)', `${fmt((performance.now() - loadStart) / 1000)} s`);

    const first = performance.now();
    const done = await recomputeWorkspaceSla(db, ws.workspaceId, { onBatch: (n) => process.stderr.write(`\r  recomputed ${n.toLocaleString('en')}`) });
    process.stderr.write('\n');
    const firstSeconds = (performance.now() - first) / 1000;
    const { clocks } = await db.selectFrom('sla_clocks').select((eb) => eb.fn.countAll<string>().as('clocks')).executeTakeFirstOrThrow();
    line('first recompute (no clocks yet)', `${fmt(firstSeconds, 2)} s  ${Math.round(done / firstSeconds).toLocaleString('en')} tickets/s  (${Number(clocks).toLocaleString('en')} clocks written)`);

    const p2 = (await db.selectFrom('sla_policies').select('id').where('workspace_id', '=', ws.workspaceId).where('name', '=', 'P2').executeTakeFirstOrThrow()).id;
    await updatePolicy(db, ws.workspaceId, p2, { targets: { firstResponse: { seconds: 3 * 3600, businessTime: true }, nextResponse: { seconds: 3 * 3600, businessTime: true }, resolution: { seconds: 24 * 3600, businessTime: true } } });
    const second = performance.now();
    await recomputeWorkspaceSla(db, ws.workspaceId);
    const secondSeconds = (performance.now() - second) / 1000;
    line('recompute after a policy edit (P2 targets)', `${fmt(secondSeconds, 2)} s  ${Math.round(done / secondSeconds).toLocaleString('en')} tickets/s`);

    const third = performance.now();
    await recomputeWorkspaceSla(db, ws.workspaceId);
    const thirdSeconds = (performance.now() - third) / 1000;
    line('recompute with nothing changed', `${fmt(thirdSeconds, 2)} s  ${Math.round(done / thirdSeconds).toLocaleString('en')} tickets/s`);
  } finally {
    await drop();
  }
}

async function tickerBench() {
  console.log(`\n(b) Ticker: ${DEADLINES.toLocaleString('en')} warnings within one minute, their deadlines within the next, ${BACKEND}`);
  const { runtime, drop } = await openBenchRuntime('ticker');
  try {
    const db = runtime.db;
    const ws = await workspaceWithTeams(db);
    await createPolicy(db, ws.workspaceId, {
      name: 'Bench minute', kind: 'team', enabled: true, position: 0, conditions: { tags: ['bench-minute'] },
      targets: { firstResponse: { seconds: 120, businessTime: false }, nextResponse: null, resolution: null },
      pauseOnPending: true, pauseOnHold: false, warnFraction: 0.5, onBreach: { raisePriority: true, reassign: 'none', remediation: 'none' }, calendarId: null,
    });
    // Deadlines from now + 100 s: time to write the clocks first.
    const base = Date.now() + 10_000;
    await insertTickets(db, ws, DEADLINES, 'deadlines', base);
    const computeStart = performance.now();
    await recomputeWorkspaceSla(db, ws.workspaceId, { now: new Date() });
    line('clocks computed', `${fmt((performance.now() - computeStart) / 1000, 2)} s`);
    const range = await db.selectFrom('sla_clocks').select((eb) => [eb.fn.min('warn_at').as('w0'), eb.fn.max('warn_at').as('w1'), eb.fn.min('due_at').as('d0'), eb.fn.max('due_at').as('d1')]).executeTakeFirstOrThrow();
    const t = (v: unknown) => new Date(v as string).toISOString().slice(11, 19);
    line('warnings due', `${t(range.w0)} – ${t(range.w1)} UTC`);
    line('deadlines', `${t(range.d0)} – ${t(range.d1)} UTC`);

    const delays = { warning: [] as number[], breach: [] as number[] };
    const errors: unknown[] = [];
    let resolveDone!: () => void;
    const done = new Promise<void>((resolve) => (resolveDone = resolve));
    const stop = startSlaTicker(db, {
      onError: (e) => errors.push(e),
      onBatch: (result, committedAt) => {
        for (const e of result.events) delays[e.event].push(committedAt.getTime() - e.dueAt.getTime());
        if (delays.breach.length >= DEADLINES) resolveDone();
      },
    });
    const timeout = setTimeout(resolveDone, 10 * 60_000);
    await done;
    clearTimeout(timeout);
    await stop();
    for (const kind of ['warning', 'breach'] as const) {
      const samples = delays[kind];
      const p = percentiles(samples);
      line(`${kind === 'warning' ? 'warnings' : 'breaches'} handled`, `${samples.length.toLocaleString('en')}`);
      line(`  delay p50 / p99 / max`, `${fmt(p.p50, 0)} ms / ${fmt(p.p99, 0)} ms / ${fmt(Math.max(...samples), 0)} ms`);
    }
    const { events } = await db.selectFrom('ticket_events').select((eb) => eb.fn.countAll<string>().as('events')).where('type', 'like', 'sla.%').executeTakeFirstOrThrow();
    const { notes } = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<string>().as('notes')).executeTakeFirstOrThrow();
    line('timeline events / notifications written', `${Number(events).toLocaleString('en')} / ${Number(notes).toLocaleString('en')}`);
    if (errors.length) line('errors', `${errors.length} (first: ${String(errors[0])})`);
  } finally {
    await drop();
  }
}

console.log(`SLA benchmark on ${BACKEND} (node ${process.version})`);
if (values.only !== 'ticker') await recomputeBench();
if (values.only !== 'recompute') await tickerBench();

import { sql } from 'kysely';
import type { Db } from '../../database.js';
import type { Channel, Priority, TicketStatus } from '../../tickets/ticket.table.js';
import type { BusinessCalendar } from '../calendar/calendar.types.js';
import { calendarById, calendarForTeam } from '../calendars/calendar-lookup.js';
import { policiesFor } from '../policies/policy.service.js';
import { PAUSE_STATUSES, type ClockStatus, type PauseStatus, type SlaMetric, type SlaPolicyKind } from '../sla.tables.js';
import type { Clock, ClockPolicy, PauseSpan, TicketFacts } from './clock.types.js';
import { computeClocks, sameClock, ticketColumnsOf, type TicketSlaColumns } from './compute-clocks.js';

/** Recomputes the ticket's SLA clocks and due dates (runs after every ticket change, in its transaction). */
export async function refreshTicketSla(trx: Db, workspaceId: string, ticketId: number, now: Date): Promise<void> {
  await refreshTicketsSla(trx, workspaceId, [ticketId], now);
}

interface TicketRow extends TicketSlaColumns {
  id: number;
  status: TicketStatus;
  priority: Priority;
  channel: Channel;
  marketplace: string | null;
  brand_id: string;
  intent: string | null;
  tags: string[];
  team_id: string | null;
  sla_policy_id: string | null;
  merged_into_id: number | null;
  tier: string | null;
  created_at: Date;
  updated_at: Date;
  first_customer_message_at: Date | null;
  last_customer_message_at: Date | null;
  first_agent_reply_at: Date | null;
  last_agent_reply_at: Date | null;
  solved_at: Date | null;
  pauses: { id: number; status: PauseStatus; from: string; to: string | null }[];
  clocks: StoredClockJson[];
}

interface StoredClockJson {
  id: number;
  kind: SlaPolicyKind;
  metric: SlaMetric;
  policy_id: string;
  started_at: string;
  due_at: string | null;
  warn_at: string | null;
  business_time: boolean;
  target_seconds: number;
  status: ClockStatus;
  paused_since: string | null;
  consumed_seconds: number;
  met_at: string | null;
  warned_at: string | null;
  breached_at: string | null;
  escalated_at: string | null;
  next_event_at: string | null;
}

const date = (s: string | null) => (s === null ? null : new Date(s));
const iso = (d: Date | null) => (d === null ? null : d.toISOString());

export function clockFromJson(c: StoredClockJson): Clock & { id: number } {
  return {
    id: c.id,
    kind: c.kind,
    metric: c.metric,
    policyId: c.policy_id,
    startedAt: new Date(c.started_at),
    dueAt: date(c.due_at),
    warnAt: date(c.warn_at),
    businessTime: c.business_time,
    targetSeconds: c.target_seconds,
    status: c.status,
    pausedSince: date(c.paused_since),
    consumedSeconds: c.consumed_seconds,
    metAt: date(c.met_at),
    warnedAt: date(c.warned_at),
    breachedAt: date(c.breached_at),
    escalatedAt: date(c.escalated_at),
    nextEventAt: date(c.next_event_at),
  };
}

function factsOf(row: TicketRow): TicketFacts {
  return {
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    marketplace: row.marketplace,
    brandId: row.brand_id,
    customerTier: row.tier,
    intent: row.intent,
    tags: row.tags,
    teamId: row.team_id,
    pinnedPolicyId: row.sla_policy_id,
    createdAt: row.created_at,
    firstCustomerMessageAt: row.first_customer_message_at,
    lastCustomerMessageAt: row.last_customer_message_at,
    firstAgentReplyAt: row.first_agent_reply_at,
    lastAgentReplyAt: row.last_agent_reply_at,
    solvedAt: row.solved_at,
  };
}

async function readTickets(db: Db, workspaceId: string, ids: readonly number[]): Promise<TicketRow[]> {
  const { rows } = await sql<TicketRow>`
    select t.id, t.status, t.priority, t.channel, t.marketplace, t.brand_id, t.intent, t.tags, t.team_id, t.sla_policy_id, t.merged_into_id,
      cu.tier, t.created_at, t.updated_at, t.first_customer_message_at, t.last_customer_message_at, t.first_agent_reply_at, t.last_agent_reply_at,
      t.solved_at, t.first_response_due_at, t.next_response_due_at, t.resolution_due_at, t.sla_paused_since, t.sla_breached_at, t.sla_due_at, t.sla_warn_at,
      coalesce((select json_agg(json_build_object('id', p.id, 'status', p.status, 'from', p.started_at, 'to', p.ended_at) order by p.started_at, p.id)
        from sla_pauses p where p.ticket_id = t.id), '[]'::json) as pauses,
      coalesce((select json_agg(k) from sla_clocks k where k.ticket_id = t.id), '[]'::json) as clocks
    from tickets t join customers cu on cu.id = t.customer_id
    where t.workspace_id = ${workspaceId} and t.id = any(${sql.val([...ids])}::bigint[])
    order by t.id`.execute(db);
  return rows;
}

interface PauseWrites {
  close: { id: number; at: string }[];
  open: { ticket_id: number; status: PauseStatus; at: string }[];
}

/** Keeps the pause log in step with the status: closes the pause that ended, opens the one that began. */
function updatePauses(row: TicketRow, now: Date, writes: PauseWrites): PauseSpan[] {
  const spans: PauseSpan[] = row.pauses.map((p) => ({ status: p.status, from: new Date(p.from), to: date(p.to) }));
  const openIndex = spans.findIndex((p) => p.to === null);
  const open = openIndex >= 0 ? spans[openIndex]! : null;
  const wanted = (PAUSE_STATUSES as readonly string[]).includes(row.status) ? (row.status as PauseStatus) : null;
  if (open && open.status === wanted) return spans;
  if (open) {
    const at = now > open.from ? now : open.from;
    writes.close.push({ id: row.pauses[openIndex]!.id, at: at.toISOString() });
    spans[openIndex] = { ...open, to: at };
  }
  if (wanted) {
    // A ticket first seen in a waiting status (created so, imported) has waited since its last change.
    const firstSight = row.pauses.length === 0 && row.clocks.length === 0;
    const from = firstSight && row.updated_at < now ? row.updated_at : now;
    writes.open.push({ ticket_id: row.id, status: wanted, at: from.toISOString() });
    spans.push({ status: wanted, from, to: null });
  }
  return spans;
}

const COLUMN_KEYS: (keyof TicketSlaColumns)[] = ['first_response_due_at', 'next_response_due_at', 'resolution_due_at', 'sla_paused_since', 'sla_breached_at', 'sla_due_at', 'sla_warn_at'];

/**
 * Recomputes the clocks of many tickets in a few statements (one read, then only what changed is
 * written): the per-change refresh, the ticker and the workspace recompute all go through here.
 * Returns how many tickets it looked at.
 */
export async function refreshTicketsSla(db: Db, workspaceId: string, ids: readonly number[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const [rows, policies] = await Promise.all([readTickets(db, workspaceId, ids), policiesFor(db, workspaceId)]);
  const ownCalendars = new Map<string, BusinessCalendar>();
  for (const policy of policies) {
    if (!policy.calendarId || ownCalendars.has(policy.calendarId)) continue;
    const own = await calendarById(db, workspaceId, policy.calendarId);
    if (own) ownCalendars.set(policy.calendarId, own.calendar);
  }
  const teamCalendars = new Map<string | null, BusinessCalendar>();
  const pauseWrites: PauseWrites = { close: [], open: [] };
  const upserts: (Clock & { ticketId: number })[] = [];
  const stale: number[] = [];
  const ticketUpdates: (TicketSlaColumns & { id: number })[] = [];

  for (const row of rows) {
    const previous = row.clocks.map(clockFromJson);
    let clocks: Clock[] = [];
    if (row.merged_into_id === null) {
      const pauses = updatePauses(row, now, pauseWrites);
      if (!teamCalendars.has(row.team_id)) teamCalendars.set(row.team_id, (await calendarForTeam(db, workspaceId, row.team_id)).calendar);
      const teamCalendar = teamCalendars.get(row.team_id)!;
      clocks = computeClocks({
        ticket: factsOf(row),
        pauses,
        policies: policies as ClockPolicy[],
        calendarOf: (p) => (p.calendarId ? ownCalendars.get(p.calendarId) : undefined) ?? teamCalendar,
        previous,
        now,
      });
    }
    for (const clock of clocks) {
      const prior = previous.find((c) => c.kind === clock.kind && c.metric === clock.metric);
      if (!prior || !sameClock(prior, clock)) upserts.push({ ...clock, ticketId: row.id });
    }
    for (const prior of previous) if (!clocks.some((c) => c.kind === prior.kind && c.metric === prior.metric)) stale.push(prior.id);
    const columns = ticketColumnsOf(clocks, row.sla_breached_at);
    if (COLUMN_KEYS.some((k) => columns[k]?.getTime() !== row[k]?.getTime())) ticketUpdates.push({ ...columns, id: row.id });
  }

  await writePauses(db, workspaceId, pauseWrites);
  if (stale.length) await db.deleteFrom('sla_clocks').where('id', 'in', stale).execute();
  if (upserts.length) await upsertClocks(db, workspaceId, upserts, now);
  if (ticketUpdates.length) await updateTicketColumns(db, ticketUpdates);
  return rows.length;
}

async function writePauses(db: Db, workspaceId: string, writes: PauseWrites): Promise<void> {
  if (writes.close.length) {
    await sql`update sla_pauses p set ended_at = x.at from jsonb_to_recordset(${JSON.stringify(writes.close)}::jsonb) as x(id bigint, at timestamptz) where p.id = x.id`.execute(db);
  }
  if (writes.open.length) {
    await sql`insert into sla_pauses (workspace_id, ticket_id, status, started_at)
      select ${workspaceId}::uuid, x.ticket_id, x.status, x.at from jsonb_to_recordset(${JSON.stringify(writes.open)}::jsonb) as x(ticket_id bigint, status text, at timestamptz)`.execute(db);
  }
}

async function upsertClocks(db: Db, workspaceId: string, clocks: (Clock & { ticketId: number })[], now: Date): Promise<void> {
  const data = clocks.map((c) => ({
    ticket_id: c.ticketId,
    policy_id: c.policyId,
    kind: c.kind,
    metric: c.metric,
    started_at: iso(c.startedAt),
    due_at: iso(c.dueAt),
    warn_at: iso(c.warnAt),
    business_time: c.businessTime,
    target_seconds: c.targetSeconds,
    status: c.status,
    paused_since: iso(c.pausedSince),
    consumed_seconds: c.consumedSeconds,
    met_at: iso(c.metAt),
    warned_at: iso(c.warnedAt),
    breached_at: iso(c.breachedAt),
    escalated_at: iso(c.escalatedAt),
    next_event_at: iso(c.nextEventAt),
  }));
  await sql`
    insert into sla_clocks (workspace_id, ticket_id, policy_id, kind, metric, started_at, due_at, warn_at, business_time, target_seconds, status,
      paused_since, consumed_seconds, met_at, warned_at, breached_at, escalated_at, next_event_at, updated_at)
    select ${workspaceId}::uuid, x.ticket_id, x.policy_id, x.kind, x.metric, x.started_at, x.due_at, x.warn_at, x.business_time, x.target_seconds, x.status,
      x.paused_since, x.consumed_seconds, x.met_at, x.warned_at, x.breached_at, x.escalated_at, x.next_event_at, ${now}
    from jsonb_to_recordset(${JSON.stringify(data)}::jsonb) as x(ticket_id bigint, policy_id uuid, kind text, metric text, started_at timestamptz,
      due_at timestamptz, warn_at timestamptz, business_time boolean, target_seconds integer, status text, paused_since timestamptz,
      consumed_seconds integer, met_at timestamptz, warned_at timestamptz, breached_at timestamptz, escalated_at timestamptz, next_event_at timestamptz)
    on conflict (ticket_id, kind, metric) do update set
      policy_id = excluded.policy_id, started_at = excluded.started_at, due_at = excluded.due_at, warn_at = excluded.warn_at,
      business_time = excluded.business_time, target_seconds = excluded.target_seconds, status = excluded.status,
      paused_since = excluded.paused_since, consumed_seconds = excluded.consumed_seconds, met_at = excluded.met_at,
      warned_at = excluded.warned_at, breached_at = excluded.breached_at, escalated_at = excluded.escalated_at,
      next_event_at = excluded.next_event_at, updated_at = excluded.updated_at`.execute(db);
}

async function updateTicketColumns(db: Db, updates: (TicketSlaColumns & { id: number })[]): Promise<void> {
  const data = updates.map((u) => ({ id: u.id, ...Object.fromEntries(COLUMN_KEYS.map((k) => [k, iso(u[k])])) }));
  await sql`
    update tickets t set first_response_due_at = x.first_response_due_at, next_response_due_at = x.next_response_due_at,
      resolution_due_at = x.resolution_due_at, sla_paused_since = x.sla_paused_since, sla_breached_at = x.sla_breached_at,
      sla_due_at = x.sla_due_at, sla_warn_at = x.sla_warn_at
    from jsonb_to_recordset(${JSON.stringify(data)}::jsonb) as x(id bigint, first_response_due_at timestamptz, next_response_due_at timestamptz,
      resolution_due_at timestamptz, sla_paused_since timestamptz, sla_breached_at timestamptz, sla_due_at timestamptz, sla_warn_at timestamptz)
    where t.id = x.id`.execute(db);
}

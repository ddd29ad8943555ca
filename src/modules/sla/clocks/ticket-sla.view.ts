import type { TicketSlaColumns } from './compute-clocks.js';
import type { Db } from '../../database.js';
import type { SlaMetric } from '../sla.tables.js';
import type { SlaState, TicketListSla, TicketSlaView } from './ticket-sla.schemas.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The SLA columns of a ticket row. */
export interface TicketSlaColumnsRow extends TicketSlaColumns {
  status: string;
  /** The metric of the soonest running clock (selected with the list). */
  sla_metric?: SlaMetric | null;
}

const unresolved = (status: string) => status !== 'solved' && status !== 'closed';

/** The ticket's state from its row: a breach counts until the ticket is solved; then at risk, running, paused. */
export function slaStateOf(row: TicketSlaColumnsRow, now: Date): SlaState {
  if ((row.sla_breached_at && unresolved(row.status)) || (row.sla_due_at && row.sla_due_at <= now)) return 'breached';
  if (row.sla_due_at) return row.sla_warn_at && row.sla_warn_at <= now ? 'at_risk' : 'ok';
  return row.sla_paused_since ? 'paused' : 'none';
}

export function listSlaOf(row: TicketSlaColumnsRow, now = new Date()): TicketListSla | null {
  const state = slaStateOf(row, now);
  if (state === 'none') return null;
  return { dueAt: iso(row.sla_due_at), warnAt: iso(row.sla_warn_at), state, metric: row.sla_due_at ? (row.sla_metric ?? null) : null };
}

/** The whole SLA picture of one ticket: its clocks, due dates and every breach so far (from the timeline). */
export async function ticketSlaView(db: Db, ticketId: number, row: TicketSlaColumnsRow, events: readonly { type: string; data: Record<string, unknown>; createdAt: string }[], now = new Date()): Promise<TicketSlaView> {
  const clocks = await db
    .selectFrom('sla_clocks as c')
    .innerJoin('sla_policies as p', 'p.id', 'c.policy_id')
    .select(['c.kind', 'c.metric', 'c.policy_id', 'p.name as policy_name', 'c.started_at', 'c.due_at', 'c.warn_at', 'c.business_time', 'c.status', 'c.paused_since', 'c.met_at', 'c.breached_at'])
    .where('c.ticket_id', '=', ticketId)
    .execute();
  const order = (kind: string, metric: string) => (kind === 'team' ? 0 : 3) + ['first_response', 'next_response', 'resolution'].indexOf(metric);
  clocks.sort((a, b) => order(a.kind, a.metric) - order(b.kind, b.metric));
  const main = clocks.find((c) => c.kind === 'team') ?? clocks[0];

  const breaches: TicketSlaView['breaches'] = events
    .filter((e) => e.type === 'sla.breached')
    .map((e) => ({
      clock: e.data.clock === 'contract' ? ('contract' as const) : ('team' as const),
      metric: e.data.metric as SlaMetric,
      policy: { id: String(e.data.policyId ?? ''), name: String(e.data.policyName ?? '') },
      dueAt: typeof e.data.dueAt === 'string' ? e.data.dueAt : null,
      breachedAt: e.createdAt,
    }));
  // A deadline passed a moment ago that the ticker has not written down yet, or one met late.
  for (const c of clocks) {
    const overdue = c.breached_at ?? (c.due_at && !c.met_at && c.due_at <= now ? c.due_at : null);
    if (!overdue) continue;
    const listed = breaches.some((b) => b.clock === c.kind && b.metric === c.metric && b.dueAt === iso(c.due_at));
    if (!listed) breaches.push({ clock: c.kind, metric: c.metric, policy: { id: c.policy_id, name: c.policy_name }, dueAt: iso(c.due_at), breachedAt: overdue.toISOString() });
  }

  const state = clocks.length === 0 && !row.sla_breached_at ? 'none' : slaStateOf(row, now);
  return {
    policy: main ? { id: main.policy_id, name: main.policy_name } : null,
    firstResponseDueAt: iso(row.first_response_due_at),
    nextResponseDueAt: iso(row.next_response_due_at),
    resolutionDueAt: iso(row.resolution_due_at),
    pausedSince: iso(row.sla_paused_since),
    breaches,
    state,
    nextDueAt: iso(row.sla_due_at),
    clocks: clocks.map((c) => ({
      kind: c.kind,
      policy: { id: c.policy_id, name: c.policy_name },
      metric: c.metric,
      startedAt: c.started_at.toISOString(),
      dueAt: iso(c.due_at),
      warnAt: iso(c.warn_at),
      businessTime: c.business_time,
      status: c.status,
      pausedSince: iso(c.paused_since),
      metAt: iso(c.met_at),
      breachedAt: iso(c.breached_at),
    })),
  };
}

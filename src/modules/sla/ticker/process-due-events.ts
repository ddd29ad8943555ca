import { sql, type Kysely } from 'kysely';
import type { Database, Db } from '../../database.js';
import { runAutomationForEvent } from '../../automation/automation-events.js';
import { leadsFor, notifyAgents } from '../../notifications/notification.service.js';
import { routeTicket } from '../../routing/route-ticket.js';
import { recordTicketEvent, SYSTEM_ACTOR, TICKET_EVENTS } from '../../tickets/ticket.events.js';
import { PRIORITIES, type Priority } from '../../tickets/ticket.table.js';
import { refreshTicketsSla } from '../clocks/refresh-ticket-sla.js';
import { forgetPolicies, policiesFor } from '../policies/policy.service.js';
import type { PolicyView } from '../policies/policy.schemas.js';
import { sendRemediation } from '../remediation/remediate.js';
import type { SlaMetric, SlaPolicyKind } from '../sla.tables.js';

/** Clocks claimed per transaction. */
export const SLA_TICK_BATCH = 500;
/** A clock whose handling failed is looked at again after this long (it does not block the others). */
export const SLA_TICK_RETRY_MS = 60_000;

export interface SlaEventOutcome {
  clockId: number;
  ticketId: number;
  event: 'warning' | 'breach';
  /** The instant it was due at: the warning instant, or the deadline. */
  dueAt: Date;
}

export interface SlaTickResult {
  /** Clocks claimed (some may have needed nothing after their ticket changed). */
  claimed: number;
  events: SlaEventOutcome[];
  failures: { clockId: number; error: unknown }[];
}

interface DueClock {
  id: number;
  workspace_id: string;
  ticket_id: number;
  policy_id: string;
  kind: SlaPolicyKind;
  metric: SlaMetric;
  due_at: Date | null;
  warn_at: Date | null;
  warned_at: Date | null;
  breached_at: Date | null;
  escalated_at: Date | null;
  brand_id: string;
  team_id: string | null;
  assignee_id: string | null;
  priority: Priority;
}

/**
 * The ticker: every clock whose warning or deadline has come (`next_event_at <= now`) gets its
 * warning or breach handled once, across any number of processes (claimed with FOR UPDATE SKIP
 * LOCKED). The clocks are the schedule: no job is queued per deadline, and a changed deadline
 * needs no cancelling. Each ticket's clocks are recomputed first, so a ticket answered, solved or
 * merged a moment ago is not warned about. Returns what happened, for the timer loop and tests.
 */
export async function processDueSlaEvents(db: Kysely<Database>, now: Date, limit = SLA_TICK_BATCH): Promise<SlaTickResult> {
  const result: SlaTickResult = { claimed: 0, events: [], failures: [] };
  const candidates = await db
    .selectFrom('sla_clocks')
    .select(['ticket_id', 'workspace_id'])
    .where('next_event_at', '<=', now)
    .orderBy('next_event_at')
    .limit(limit)
    .execute();
  if (candidates.length === 0) return result;
  await db.transaction().execute(async (trx) => {
    // Tickets before their clocks, as every ticket change takes them (the ticket row, then its
    // clocks): a ticket being changed right now is skipped, not waited for, and handled on the
    // next tick. Claiming the clocks first deadlocked with an agent's reply or a filed e-mail.
    const tickets = await trx
      .selectFrom('tickets')
      .select('id')
      .where('id', 'in', [...new Set(candidates.map((c) => c.ticket_id))])
      .orderBy('id')
      .forUpdate()
      .skipLocked()
      .execute();
    if (tickets.length === 0) return;
    const claimed = await trx
      .selectFrom('sla_clocks')
      .select(['id', 'ticket_id', 'workspace_id'])
      .where('ticket_id', 'in', tickets.map((t) => t.id))
      .where('next_event_at', '<=', now)
      .forUpdate()
      .skipLocked()
      .execute();
    result.claimed = claimed.length;
    if (claimed.length === 0) return;
    const byWorkspace = new Map<string, number[]>();
    for (const c of claimed) byWorkspace.set(c.workspace_id, [...new Set([...(byWorkspace.get(c.workspace_id) ?? []), c.ticket_id])]);
    for (const [workspaceId, ticketIds] of byWorkspace) await refreshTicketsSla(trx, workspaceId, ticketIds, now);

    const due = await trx
      .selectFrom('sla_clocks as c')
      .innerJoin('tickets as t', 't.id', 'c.ticket_id')
      .select(['c.id', 'c.workspace_id', 'c.ticket_id', 'c.policy_id', 'c.kind', 'c.metric', 'c.due_at', 'c.warn_at', 'c.warned_at', 'c.breached_at', 'c.escalated_at'])
      .select(['t.brand_id', 't.team_id', 't.assignee_id', 't.priority'])
      .where('c.id', 'in', claimed.map((c) => c.id))
      .where('c.next_event_at', '<=', now)
      .orderBy('c.next_event_at')
      .execute();
    const batch: BatchContext = { escalated: new Set(), refreshAfter: new Map(), leads: new Map() };
    for (const clock of due) {
      const policy = await policyOf(trx, clock.workspace_id, clock.policy_id);
      if (!policy) {
        // Gone between the read and now (its clocks go with it); never leave a clock due forever.
        await trx.updateTable('sla_clocks').set({ next_event_at: null }).where('id', '=', clock.id).execute();
        continue;
      }
      await sql`savepoint sla_clock`.execute(trx);
      try {
        const events = await handleClock(trx, clock, policy, now, batch);
        await sql`release savepoint sla_clock`.execute(trx);
        result.events.push(...events);
      } catch (error) {
        await sql`rollback to savepoint sla_clock`.execute(trx);
        await trx.updateTable('sla_clocks').set({ next_event_at: new Date(now.getTime() + SLA_TICK_RETRY_MS) }).where('id', '=', clock.id).execute();
        result.failures.push({ clockId: clock.id, error });
      }
    }
    // Escalation may have changed priorities (and so policies): the clocks follow, keeping their breach.
    for (const [workspaceId, ticketIds] of batch.refreshAfter) await refreshTicketsSla(trx, workspaceId, [...ticketIds], now);
  });
  return result;
}

/** What the clocks of one batch share: one escalation per ticket, one refresh at the end, the leads looked up once. */
interface BatchContext {
  escalated: Set<number>;
  refreshAfter: Map<string, Set<number>>;
  leads: Map<string, Promise<string[]>>;
}

function leadsOf(trx: Db, batch: BatchContext, clock: DueClock): Promise<string[]> {
  const key = `${clock.workspace_id}:${clock.brand_id}:${clock.team_id}`;
  let leads = batch.leads.get(key);
  if (!leads) batch.leads.set(key, (leads = leadsFor(trx, clock.workspace_id, clock.brand_id, clock.team_id)));
  return leads;
}

/** The clock's policy; a policy created in another process moments ago may not be in the cache yet. */
async function policyOf(trx: Db, workspaceId: string, policyId: string): Promise<PolicyView | undefined> {
  const cached = (await policiesFor(trx, workspaceId)).find((p) => p.id === policyId);
  if (cached) return cached;
  forgetPolicies(workspaceId);
  return (await policiesFor(trx, workspaceId)).find((p) => p.id === policyId);
}

async function handleClock(trx: Db, clock: DueClock, policy: PolicyView, now: Date, batch: BatchContext): Promise<SlaEventOutcome[]> {
  const events: SlaEventOutcome[] = [];
  const overdue = clock.due_at !== null && clock.due_at <= now;
  let warnedAt = clock.warned_at;
  let breachedAt = clock.breached_at;
  let escalatedAt = clock.escalated_at;
  const facts = { clock: clock.kind, metric: clock.metric, policyId: policy.id, policyName: policy.name, dueAt: clock.due_at?.toISOString() ?? null };

  if (!warnedAt && !breachedAt && clock.warn_at && clock.warn_at <= now) {
    warnedAt = now;
    // Already past the deadline (the server was down, or history imported): the breach says it all.
    if (!overdue) {
      await warn(trx, clock, facts, now, batch);
      events.push({ clockId: clock.id, ticketId: clock.ticket_id, event: 'warning', dueAt: clock.warn_at });
    }
  }
  if (!breachedAt && overdue) {
    breachedAt = now;
    await recordTicketEvent(trx, { workspaceId: clock.workspace_id, ticketId: clock.ticket_id, brandId: clock.brand_id, type: TICKET_EVENTS.slaBreached, actor: SYSTEM_ACTOR, data: facts, at: now });
    await trx.updateTable('tickets').set({ sla_breached_at: sql`coalesce(sla_breached_at, ${now})` }).where('id', '=', clock.ticket_id).execute();
    if (!escalatedAt && !batch.escalated.has(clock.ticket_id)) {
      batch.escalated.add(clock.ticket_id);
      await escalate(trx, clock, policy, facts, now, batch);
      escalatedAt = now;
    }
    events.push({ clockId: clock.id, ticketId: clock.ticket_id, event: 'breach', dueAt: clock.due_at! });
  }
  await trx
    .updateTable('sla_clocks')
    .set({
      warned_at: warnedAt,
      breached_at: breachedAt,
      escalated_at: escalatedAt,
      ...(breachedAt ? { status: 'breached' as const } : {}),
      next_event_at: breachedAt ? null : clock.due_at,
      updated_at: now,
    })
    .where('id', '=', clock.id)
    .execute();
  if (events.some((e) => e.event === 'breach')) {
    batch.refreshAfter.set(clock.workspace_id, (batch.refreshAfter.get(clock.workspace_id) ?? new Set()).add(clock.ticket_id));
    await runAutomationForEvent(trx, { workspaceId: clock.workspace_id, ticketId: clock.ticket_id, trigger: 'sla.breach', actor: SYSTEM_ACTOR, sla: { kind: clock.kind, metric: clock.metric, policyId: policy.id, dueAt: clock.due_at! }, at: now });
  }
  return events;
}

async function warn(trx: Db, clock: DueClock, facts: Record<string, unknown>, now: Date, batch: BatchContext): Promise<void> {
  await recordTicketEvent(trx, { workspaceId: clock.workspace_id, ticketId: clock.ticket_id, brandId: clock.brand_id, type: TICKET_EVENTS.slaWarning, actor: SYSTEM_ACTOR, data: facts, at: now });
  const agentIds = clock.assignee_id ? [clock.assignee_id] : await leadsOf(trx, batch, clock);
  await notifyAgents(trx, { workspaceId: clock.workspace_id, agentIds, ticketId: clock.ticket_id, kind: 'sla.warning', data: facts });
  await runAutomationForEvent(trx, { workspaceId: clock.workspace_id, ticketId: clock.ticket_id, trigger: 'sla.warning', actor: SYSTEM_ACTOR, sla: { kind: clock.kind, metric: clock.metric, policyId: facts.policyId as string, dueAt: clock.due_at! }, at: now });
}

/** One step more urgent: P4 → P3 → P2 → P1 (P1 stays). */
export function raisedPriority(priority: Priority): Priority {
  return PRIORITIES[Math.max(0, PRIORITIES.indexOf(priority) - 1)]!;
}

/** Escalation at breach, as the policy says: priority up, reassignment, the leads told, an automatic remediation. */
async function escalate(trx: Db, clock: DueClock, policy: PolicyView, facts: Record<string, unknown>, now: Date, batch: BatchContext): Promise<void> {
  const { workspace_id: workspaceId, ticket_id: ticketId } = clock;
  const to = policy.onBreach.raisePriority ? raisedPriority(clock.priority) : clock.priority;
  if (to !== clock.priority) await trx.updateTable('tickets').set({ priority: to, updated_at: now }).where('id', '=', ticketId).execute();
  const leads = await leadsOf(trx, batch, clock);
  let reassignedTo: string | null = null;
  if (policy.onBreach.reassign === 'queue') {
    // Routing moves an assigned ticket to another eligible agent of its queue (and leaves it where it is when there is none).
    reassignedTo = (await routeTicket(trx, workspaceId, ticketId, { reason: 'sla_breach' })).agentId;
  } else if (policy.onBreach.reassign === 'lead' && leads[0] && leads[0] !== clock.assignee_id) {
    reassignedTo = leads[0];
    await trx.updateTable('tickets').set({ assignee_id: reassignedTo, updated_at: now }).where('id', '=', ticketId).execute();
  }
  const notified = leads;
  await notifyAgents(trx, { workspaceId, agentIds: notified, ticketId, kind: 'sla.breached', data: facts });
  await recordTicketEvent(trx, {
    workspaceId,
    ticketId,
    brandId: clock.brand_id,
    type: TICKET_EVENTS.slaEscalated,
    actor: SYSTEM_ACTOR,
    data: { from: clock.priority, to, reassignedTo, notified, clock: clock.kind, metric: clock.metric },
    at: now,
  });
  if (policy.onBreach.remediation !== 'none') {
    // A remediation that cannot go out (no template variant, guard) must not undo the escalation.
    await sql`savepoint sla_remediation`.execute(trx);
    try {
      await sendRemediation(trx, { workspaceId, ticketId, kind: policy.onBreach.remediation, actor: SYSTEM_ACTOR, authorAgentId: null, now });
      await sql`release savepoint sla_remediation`.execute(trx);
    } catch {
      await sql`rollback to savepoint sla_remediation`.execute(trx);
    }
  }
}

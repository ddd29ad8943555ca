import { sql, type Kysely } from 'kysely';
import type { Database, Db } from '../database.js';
import { recordTicketEvent, SYSTEM_ACTOR, TICKET_EVENTS } from '../tickets/ticket.events.js';
import { OFFLINE_AFTER_MS, AWAY_AFTER_MS } from './presence.js';
import { loadQueues, shiftsOpen } from './routing.queries.js';
import { routeTicketAt } from './route-ticket.js';

export const ROUTING_REBALANCE_JOB = 'routing.rebalance';

/** How many waiting tickets one run routes per workspace (oldest first); the next run takes the rest. */
const WAITING_PER_RUN = 500;

export interface RebalanceSummary {
  /** Agents whose presence timed out (online → away, or → offline). */
  timedOut: number;
  /** Tickets taken back from agents off shift or offline. */
  returned: number;
  /** Waiting tickets given to an agent. */
  assigned: number;
}

/**
 * The periodic routing pass: (a) presence times out for agents the app no longer hears from;
 * (b) agents off shift or offline give their unanswered tickets (those that came through a queue)
 * back to it, which routes them again; (c) tickets waiting in a queue go to agents available now, oldest first. Each
 * ticket is moved in a transaction of its own, so one failure does not stop the others (they
 * are reported together at the end). `workspaceId` limits (b) and (c) to one workspace.
 */
export async function runRoutingRebalance(db: Kysely<Database>, now: Date, workspaceId?: string): Promise<RebalanceSummary> {
  const summary: RebalanceSummary = { timedOut: await timeOutPresence(db, now), returned: 0, assigned: 0 };
  const failures: unknown[] = [];
  let query = db.selectFrom('routing_queues').select('workspace_id').distinct();
  if (workspaceId) query = query.where('workspace_id', '=', workspaceId);
  for (const { workspace_id } of await query.execute()) {
    for (const ticketId of await ticketsToReturn(db, workspace_id, now)) {
      await db.transaction().execute((trx) => returnToQueue(trx, workspace_id, ticketId, now)).then(
        (moved) => void (summary.returned += moved ? 1 : 0),
        (error: unknown) => void failures.push(error),
      );
    }
    if (!(await anyoneOnline(db, workspace_id))) continue;
    for (const { id, queue_id } of await waitingTickets(db, workspace_id)) {
      await db.transaction().execute((trx) => routeTicketAt(trx, workspace_id, id, { reason: 'rebalance', queueId: queue_id! }, now)).then(
        (result) => void (summary.assigned += result.agentId ? 1 : 0),
        (error: unknown) => void failures.push(error),
      );
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `routing rebalance: ${failures.length} ticket(s) failed`);
  return summary;
}

/** Offline first, so an agent unseen for over an hour goes straight there. */
async function timeOutPresence(db: Db, now: Date): Promise<number> {
  const lastSeen = sql<Date>`coalesce(last_seen_at, presence_at)`;
  const offline = await db
    .updateTable('agent_routing')
    .set({ presence: 'offline', presence_at: now })
    .where('presence', 'in', ['online', 'away'])
    .where(lastSeen, '<', new Date(now.getTime() - OFFLINE_AFTER_MS))
    .executeTakeFirst();
  const away = await db
    .updateTable('agent_routing')
    .set({ presence: 'away', presence_at: now })
    .where('presence', '=', 'online')
    .where(lastSeen, '<', new Date(now.getTime() - AWAY_AFTER_MS))
    .executeTakeFirst();
  return Number(offline.numUpdatedRows) + Number(away.numUpdatedRows);
}

/** Why an agent with a routing profile cannot keep unanswered work now, by agent id. */
async function unavailableAgents(db: Db, workspaceId: string, now: Date): Promise<Map<string, { name: string; reason: 'offline' | 'off_shift' }>> {
  const rows = await db
    .selectFrom('agent_routing as r')
    .innerJoin('agents as a', 'a.id', 'r.agent_id')
    .select(['a.id', 'a.name', 'r.presence', 'r.shift_calendar_id'])
    .where('r.workspace_id', '=', workspaceId)
    .where('a.active', '=', true)
    .execute();
  const open = await shiftsOpen(db, workspaceId, rows.map((r) => r.shift_calendar_id), now);
  const out = new Map<string, { name: string; reason: 'offline' | 'off_shift' }>();
  for (const row of rows) {
    if (row.presence === 'offline') out.set(row.id, { name: row.name, reason: 'offline' });
    else if (row.shift_calendar_id && open.get(row.shift_calendar_id) === false) out.set(row.id, { name: row.name, reason: 'off_shift' });
  }
  return out;
}

/** The buyer spoke last (or nobody from the team has answered yet): the ticket is still owed a reply. */
const unanswered = sql<boolean>`(last_agent_reply_at is null or last_customer_message_at > last_agent_reply_at)`;

async function ticketsToReturn(db: Db, workspaceId: string, now: Date): Promise<number[]> {
  const away = await unavailableAgents(db, workspaceId, now);
  if (away.size === 0) return [];
  const rows = await db
    .selectFrom('tickets')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('assignee_id', 'in', [...away.keys()])
    // Only work that came through a queue goes back to one; tickets assigned by hand before
    // routing was switched on (or imported) stay where a person put them.
    .where('queue_id', 'is not', null)
    .where('status', 'in', ['new', 'open'])
    .where('merged_into_id', 'is', null)
    .where(unanswered)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => r.id);
}

/** Takes an unanswered ticket back from an unavailable agent (checked again under lock) and routes it anew. */
async function returnToQueue(trx: Db, workspaceId: string, ticketId: number, now: Date): Promise<boolean> {
  const ticket = await trx
    .selectFrom('tickets')
    .select(['id', 'brand_id', 'assignee_id', 'queue_id', 'status'])
    .where('id', '=', ticketId)
    .where('workspace_id', '=', workspaceId)
    .where('status', 'in', ['new', 'open'])
    .where(unanswered)
    .forUpdate()
    .executeTakeFirst();
  if (!ticket?.assignee_id) return false;
  const agent = (await unavailableAgents(trx, workspaceId, now)).get(ticket.assignee_id);
  if (!agent) return false;
  const queues = await loadQueues(trx, workspaceId);
  const queueId = queues.some((q) => q.id === ticket.queue_id) ? ticket.queue_id : null;
  await trx.updateTable('tickets').set({ assignee_id: null, updated_at: now }).where('id', '=', ticket.id).execute();
  const routed = await routeTicketAt(trx, workspaceId, ticket.id, { reason: 'returned_to_queue', ...(queueId ? { queueId } : {}) }, now, [ticket.assignee_id], {
    beforeAssign: (chosenQueueId) =>
      recordTicketEvent(trx, {
        workspaceId,
        ticketId: ticket.id,
        brandId: ticket.brand_id,
        type: TICKET_EVENTS.returnedToQueue,
        actor: SYSTEM_ACTOR,
        data: { agentId: ticket.assignee_id, agentName: agent.name, reason: agent.reason, queueId: chosenQueueId },
        at: now,
      }).then(() => undefined),
  });
  return routed.queueId !== null;
}

async function anyoneOnline(db: Db, workspaceId: string): Promise<boolean> {
  const row = await db.selectFrom('agent_routing').select('agent_id').where('workspace_id', '=', workspaceId).where('presence', '=', 'online').limit(1).executeTakeFirst();
  return row !== undefined;
}

function waitingTickets(db: Db, workspaceId: string) {
  return db
    .selectFrom('tickets')
    .select(['id', 'queue_id'])
    .where('workspace_id', '=', workspaceId)
    .where('queue_id', 'is not', null)
    .where('assignee_id', 'is', null)
    .where('status', 'in', ['new', 'open'])
    .where('merged_into_id', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .limit(WAITING_PER_RUN)
    .execute();
}

import { sql } from 'kysely';
import { notFound, unprocessable } from '../../shared/errors.js';
import type { Db } from '../database.js';
import { notifyAgents } from '../notifications/notification.service.js';
import { recordTicketEvent, SYSTEM_ACTOR, TICKET_EVENTS } from '../tickets/ticket.events.js';
import type { TicketChange } from '../workflow/ticket-change.js';
import { chooseAgent, type QueueForRouting, type TicketForRouting } from './agent-choice.js';
import { explainAssignment } from './explanation.js';
import { loadCandidates, loadQueues, loadRules, type QueueRow } from './routing.queries.js';
import { firstMatchingRule, type RuleFacts } from './rule-match.js';
import { bucketOf, isVipTier } from './routing.types.js';

/** Ticket statuses routing works on: waiting for an agent's attention. */
const ROUTABLE_STATUSES = ['new', 'open'] as const;

export interface RouteOptions {
  /** Route into this queue; without it the rules, the VIP queue, the team's queue or the first queue choose. */
  queueId?: string;
  /** Why it is routed now (kept on the timeline event): "created", "rebalance", "sla_breach", an automation rule… */
  reason: string;
}

/**
 * Assigns a ticket that needs an agent, in workspaces that use routing (at least one queue);
 * elsewhere it does nothing, so tickets there are assigned by hand exactly as before. Routes a
 * new ticket not queued yet; an unassigned one whose team changed (to that team's queue) or whose assignee was
 * removed (to anyone else of its queue); a buyer's follow-up on a ticket neither assigned nor
 * queued. Never touches an assigned ticket.
 */
export async function routeIfNeeded(trx: Db, change: TicketChange): Promise<void> {
  if (change.trigger !== 'ticket.created' && change.trigger !== 'ticket.updated' && change.trigger !== 'customer.replied') return;
  const queues = await loadQueues(trx, change.workspaceId);
  if (queues.length === 0) return;
  const ticket = await loadTicketForRouting(trx, change.workspaceId, change.ticketId);
  if (!ticket || ticket.assignee_id || ticket.merged_into_id || !(ROUTABLE_STATUSES as readonly string[]).includes(ticket.status)) return;
  const now = change.at ?? new Date();
  if (change.trigger === 'ticket.created' || change.trigger === 'customer.replied') {
    // Already queued (an automation rule routed it a step earlier and nobody was free): it waits there.
    if (!ticket.queue_id) await routeLoaded(trx, ticket, queues, { reason: change.trigger === 'ticket.created' ? 'created' : 'customer_replied' }, now);
  } else {
    const team = change.changes?.teamId;
    const unassigned = change.changes?.assigneeId;
    if (team) {
      // Moved to another team by hand: that team's queue, or left alone when it has none.
      const teamId = team.to as string | null;
      if (teamId === null) await routeLoaded(trx, ticket, queues, { reason: 'team_changed' }, now);
      else {
        const queue = queues.find((q) => q.team_id === teamId);
        if (queue) await routeLoaded(trx, ticket, queues, { reason: 'team_changed', queueId: queue.id }, now);
      }
    } else if (unassigned && unassigned.to === null) {
      // Whoever gave the ticket up does not get it straight back.
      const previous = typeof unassigned.from === 'string' ? [unassigned.from] : [];
      await routeLoaded(trx, ticket, queues, { reason: 'unassigned', ...(ticket.queue_id ? { queueId: ticket.queue_id } : {}) }, now, previous);
    }
  }
}

/**
 * Routes the ticket now: to the given queue (or by the routing rules when none), then to an agent of it by its strategy.
 * An assigned ticket moves to another eligible agent of the queue, and stays with its assignee when there is none.
 */
export async function routeTicket(trx: Db, workspaceId: string, ticketId: number, options: RouteOptions): Promise<{ queueId: string | null; agentId: string | null }> {
  return routeTicketAt(trx, workspaceId, ticketId, options, new Date());
}

/** `routeTicket` at a given instant (shift calendars are read then); the rebalance job passes its own clock. */
export async function routeTicketAt(trx: Db, workspaceId: string, ticketId: number, options: RouteOptions, now: Date, excludeAgentIds: readonly string[] = [], hooks: RouteHooks = {}) {
  const ticket = await loadTicketForRouting(trx, workspaceId, ticketId);
  if (!ticket) throw notFound('Ticket', ticketId);
  const queues = await loadQueues(trx, workspaceId);
  return routeLoaded(trx, ticket, queues, options, now, excludeAgentIds, hooks);
}

export interface RouteHooks {
  /** Runs once the queue is known, before an agent is chosen (the timeline then reads in order). */
  beforeAssign?: (queueId: string) => Promise<void>;
}

type TicketRow = NonNullable<Awaited<ReturnType<typeof loadTicketForRouting>>>;

export async function loadTicketForRouting(db: Db, workspaceId: string, ticketId: number) {
  return db
    .selectFrom('tickets as t')
    .innerJoin('customers as c', 'c.id', 't.customer_id')
    .select([
      't.id', 't.workspace_id', 't.brand_id', 't.team_id', 't.assignee_id', 't.queue_id', 't.status', 't.channel', 't.marketplace',
      't.priority', 't.intent', 't.language', 't.tags', 't.merged_into_id', 't.subject', 'c.tier', 'c.country', 'c.language as customer_language',
    ])
    .where('t.workspace_id', '=', workspaceId)
    .where('t.id', '=', ticketId)
    .executeTakeFirst();
}

function ruleFacts(ticket: TicketRow): RuleFacts {
  return {
    priority: ticket.priority,
    channel: ticket.channel,
    marketplace: ticket.marketplace,
    brandId: ticket.brand_id,
    customerTier: ticket.tier,
    intent: ticket.intent,
    tags: ticket.tags,
    language: ticket.language ?? ticket.customer_language,
    country: ticket.country,
    vip: isVipTier(ticket.tier),
  };
}

/**
 * The queue a ticket goes to: the given one; else the first enabled rule that matches; else, for
 * VIP buyers, the VIP queue; else the first queue of the ticket's team; else the first ordinary
 * queue (the VIP queue only when it is the only one).
 */
async function chooseQueue(db: Db, ticket: TicketRow, queues: QueueRow[], queueId: string | undefined): Promise<QueueRow | null> {
  if (queues.length === 0) return null;
  if (queueId) {
    const given = queues.find((q) => q.id === queueId);
    if (!given) throw unprocessable(`Routing queue ${queueId} does not exist in this workspace.`, { queueId });
    return given;
  }
  const facts = ruleFacts(ticket);
  const rule = firstMatchingRule(await loadRules(db, ticket.workspace_id), facts);
  const byRule = rule && queues.find((q) => q.id === rule.queue_id);
  if (byRule) return byRule;
  if (facts.vip) {
    const vip = queues.find((q) => q.vip);
    if (vip) return vip;
  }
  const teamQueue = ticket.team_id ? queues.find((q) => q.team_id === ticket.team_id && !q.vip) : undefined;
  return teamQueue ?? queues.find((q) => !q.vip) ?? queues[0]!;
}

async function routeLoaded(trx: Db, ticket: TicketRow, queues: QueueRow[], options: RouteOptions, now: Date, excludeAgentIds: readonly string[] = [], hooks: RouteHooks = {}) {
  const queue = await chooseQueue(trx, ticket, queues, options.queueId);
  if (!queue) return { queueId: null, agentId: ticket.assignee_id };
  const teamId = queue.team_id ?? ticket.team_id;
  if (ticket.queue_id !== queue.id || ticket.team_id !== teamId) {
    await trx.updateTable('tickets').set({ queue_id: queue.id, team_id: teamId }).where('id', '=', ticket.id).execute();
  }
  await hooks.beforeAssign?.(queue.id);
  if (!queue.auto_assign || ticket.status === 'solved' || ticket.status === 'closed' || ticket.merged_into_id) return { queueId: queue.id, agentId: ticket.assignee_id };

  const exclude = new Set([...excludeAgentIds, ...(ticket.assignee_id ? [ticket.assignee_id] : [])]);
  const forRouting: TicketForRouting = {
    channel: ticket.channel,
    language: ticket.language ?? ticket.customer_language,
    intent: ticket.intent,
    brandId: ticket.brand_id,
    country: ticket.country,
    vip: isVipTier(ticket.tier),
  };
  const queueFacts: QueueForRouting = { teamId: queue.team_id, strategy: queue.strategy, vip: queue.vip };
  const candidates = await loadCandidates(trx, ticket.workspace_id, now, { onlineOnly: true });
  const bucket = bucketOf(ticket.channel);
  // Two tickets routed at once must not both take an agent's last free slot: the chosen
  // agent's profile is locked and their load counted again before the ticket is theirs.
  for (let attempt = 0; attempt < 5; attempt++) {
    const choice = chooseAgent(candidates, forRouting, queueFacts, exclude);
    if (!choice) break;
    const { agent, reasons } = choice;
    await sql`select agent_id from agent_routing where agent_id = ${agent.agentId} for update`.execute(trx);
    const open = await openInBucket(trx, ticket.workspace_id, agent.agentId, ticket.channel);
    if (open >= agent.capacity[bucket]) {
      exclude.add(agent.agentId);
      continue;
    }
    const counted = reasons.map((r) => (r.code === 'load' ? { ...r, open } : r));
    const text = explainAssignment(agent.name, counted);
    await trx.updateTable('tickets').set({ assignee_id: agent.agentId, updated_at: now }).where('id', '=', ticket.id).execute();
    await trx.updateTable('agent_routing').set({ last_assigned_at: now }).where('agent_id', '=', agent.agentId).execute();
    await recordTicketEvent(trx, {
      workspaceId: ticket.workspace_id,
      ticketId: ticket.id,
      brandId: ticket.brand_id,
      type: TICKET_EVENTS.routed,
      actor: SYSTEM_ACTOR,
      data: { agentId: agent.agentId, agentName: agent.name, queueId: queue.id, queueName: queue.name, strategy: queue.strategy, reasons: counted, text, cause: options.reason },
      at: now,
    });
    // The agent's bell says so at once: work that arrives while they look elsewhere in the app is not missed.
    await notifyAgents(trx, {
      workspaceId: ticket.workspace_id,
      agentIds: [agent.agentId],
      ticketId: ticket.id,
      kind: 'ticket.assigned',
      data: { subject: ticket.subject, queueName: queue.name, text, cause: options.reason },
    });
    return { queueId: queue.id, agentId: agent.agentId };
  }
  // Nobody can take it now: it waits in the queue (its queue id says so) for the rebalance job.
  return { queueId: queue.id, agentId: ticket.assignee_id };
}

async function openInBucket(db: Db, workspaceId: string, agentId: string, channel: string): Promise<number> {
  const bucket = bucketOf(channel);
  const row = await db
    .selectFrom('tickets')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('assignee_id', '=', agentId)
    .where('status', 'in', ['new', 'open'])
    .where((eb) => (bucket === 'other' ? eb('channel', 'not in', ['chat', 'email', 'marketplace']) : eb('channel', '=', channel as 'chat')))
    .executeTakeFirstOrThrow();
  return row.n;
}

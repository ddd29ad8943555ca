import { sql } from 'kysely';
import type { Db } from '../../database.js';
import { leadsFor, notifyAgents } from '../../notifications/notification.service.js';
import { sendTemplateMessage } from '../../replies/send/send-template-message.js';
import { routeTicket } from '../../routing/route-ticket.js';
import { storeNote } from '../../tickets/outbound-message.js';
import { recordTicketEvent, SYSTEM_ACTOR, TICKET_EVENTS } from '../../tickets/ticket.events.js';
import { dedupeTags, statusTimestamps } from '../../tickets/ticket.service.js';
import { PRIORITIES, type Priority, type TicketStatus } from '../../tickets/ticket.table.js';
import type { ActionOutcome } from '../automation.table.js';
import { enqueueWebhook } from '../webhook/webhook.js';
import type { ActionOf, AutomationAction } from './action.schema.js';

export type FieldChange = { from: unknown; to: unknown };

export interface RuleForActions {
  id: string;
  name: string;
  actions: AutomationAction[];
}

export interface ActionContext {
  workspaceId: string;
  ticketId: number;
  /** The event (or "schedule") the rule answered. */
  trigger: string;
  depth: number;
  now: Date;
}

interface TicketState {
  brand_id: string;
  team_id: string | null;
  assignee_id: string | null;
  queue_id: string | null;
  sla_policy_id: string | null;
  status: TicketStatus;
  priority: Priority;
  tags: string[];
  solved_at: Date | null;
  subject: string;
  channel: string;
  marketplace: string | null;
  intent: string | null;
  language: string | null;
  customer_id: string;
  merged_into_id: number | null;
}

export interface RuleApplication {
  outcomes: ActionOutcome[];
  /** Ticket fields the rule changed, as the API names them (what `ticket.updated` rules see next). */
  changes: Record<string, FieldChange>;
}

const loadState = (db: Db, ctx: ActionContext) =>
  db
    .selectFrom('tickets')
    .select(['brand_id', 'team_id', 'assignee_id', 'queue_id', 'sla_policy_id', 'status', 'priority', 'tags', 'solved_at', 'subject', 'channel', 'marketplace', 'intent', 'language', 'customer_id', 'merged_into_id'])
    .where('id', '=', ctx.ticketId)
    .where('workspace_id', '=', ctx.workspaceId)
    .forUpdate()
    .executeTakeFirst() as Promise<TicketState | undefined>;

/**
 * Applies a matched rule's actions to the ticket, straight to the database in the caller's
 * transaction. Each action runs under a savepoint: one that fails is rolled back whole, logged,
 * and the others still apply. Field changes land on the timeline as one `ticket.updated` event
 * by the system, and the whole run as `automation.applied`.
 */
export async function applyRuleActions(trx: Db, rule: RuleForActions, ctx: ActionContext): Promise<RuleApplication> {
  const outcomes: ActionOutcome[] = [];
  const changes: Record<string, FieldChange> = {};
  // Fields only routing changed: it writes its own `routing.assigned` event, the rule's does not repeat them.
  const routedOnly = new Set<string>();
  let state = await loadState(trx, ctx);
  if (!state) return { outcomes: [{ type: 'rule', status: 'skipped', detail: 'the ticket no longer exists' }], changes };
  for (const [index, action] of rule.actions.entries()) {
    const savepoint = sql.raw(`automation_action_${ctx.depth}_${index}`);
    await sql`savepoint ${savepoint}`.execute(trx);
    const before = { ...changes };
    try {
      const outcome = await applyAction(trx, action, state, ctx, rule, changes);
      for (const field of Object.keys(changes).filter((f) => changes[f] !== before[f])) {
        if (action.type === 'route') routedOnly.add(field);
        else routedOnly.delete(field);
      }
      await sql`release savepoint ${savepoint}`.execute(trx);
      outcomes.push(outcome);
    } catch (error) {
      await sql`rollback to savepoint ${savepoint}`.execute(trx);
      for (const field of Object.keys(changes)) if (!(field in before)) delete changes[field];
      Object.assign(changes, before);
      outcomes.push({ type: action.type, status: 'error', detail: error instanceof Error ? error.message : String(error) });
    }
    state = (await loadState(trx, ctx)) ?? state;
  }

  const fieldChanges = Object.fromEntries(Object.entries(changes).filter(([field]) => !routedOnly.has(field)));
  if (Object.keys(fieldChanges).length > 0) {
    await recordTicketEvent(trx, {
      workspaceId: ctx.workspaceId,
      ticketId: ctx.ticketId,
      brandId: state.brand_id,
      type: TICKET_EVENTS.updated,
      actor: SYSTEM_ACTOR,
      data: { changes: fieldChanges, automation: { ruleId: rule.id, ruleName: rule.name } },
      at: ctx.now,
    });
  }
  await recordTicketEvent(trx, {
    workspaceId: ctx.workspaceId,
    ticketId: ctx.ticketId,
    brandId: state.brand_id,
    type: TICKET_EVENTS.automationApplied,
    actor: SYSTEM_ACTOR,
    data: { ruleId: rule.id, ruleName: rule.name, actions: outcomes, depth: ctx.depth },
    at: ctx.now,
  });
  return { outcomes, changes };
}

async function setColumn(trx: Db, ctx: ActionContext, set: Record<string, unknown>): Promise<void> {
  await trx.updateTable('tickets').set({ ...set, updated_at: ctx.now }).where('id', '=', ctx.ticketId).where('workspace_id', '=', ctx.workspaceId).execute();
}

function noteChange(changes: Record<string, FieldChange>, field: string, from: unknown, to: unknown): void {
  // Two actions of one rule on the same field report where it started and where it ended.
  changes[field] = { from: changes[field]?.from ?? from, to };
}

/** P1 is the highest: "up" moves towards it. */
export function shiftPriority(current: Priority, direction: 'up' | 'down'): Priority {
  const i = PRIORITIES.indexOf(current);
  const next = direction === 'up' ? Math.max(0, i - 1) : Math.min(PRIORITIES.length - 1, i + 1);
  return PRIORITIES[next]!;
}

async function applyAction(
  trx: Db,
  action: AutomationAction,
  state: TicketState,
  ctx: ActionContext,
  rule: RuleForActions,
  changes: Record<string, FieldChange>,
): Promise<ActionOutcome> {
  const skipped = (detail: string): ActionOutcome => ({ type: action.type, status: 'skipped', detail });
  switch (action.type) {
    case 'set_status': {
      if (state.status === action.value) return skipped(`already ${action.value}`);
      await setColumn(trx, ctx, { status: action.value, ...statusTimestamps(state.status, action.value, state.solved_at) });
      noteChange(changes, 'status', state.status, action.value);
      return { type: action.type, status: 'ok', from: state.status, to: action.value };
    }
    case 'set_priority': {
      const to = action.value === 'up' || action.value === 'down' ? shiftPriority(state.priority, action.value) : action.value;
      if (to === state.priority) return skipped(`already ${to}`);
      await setColumn(trx, ctx, { priority: to });
      noteChange(changes, 'priority', state.priority, to);
      return { type: action.type, status: 'ok', from: state.priority, to };
    }
    case 'add_tags':
    case 'remove_tags': {
      const removed = new Set(action.type === 'remove_tags' ? action.tags.map((t) => t.toLowerCase()) : []);
      const to = dedupeTags([...state.tags, ...(action.type === 'add_tags' ? action.tags : [])]).filter((t) => !removed.has(t));
      if (JSON.stringify(to) === JSON.stringify(state.tags)) return skipped('tags unchanged');
      await setColumn(trx, ctx, { tags: to });
      noteChange(changes, 'tags', state.tags, to);
      return { type: action.type, status: 'ok', tags: action.tags };
    }
    case 'assign': {
      if (state.assignee_id === action.agentId) return skipped('already assigned to this agent');
      const agent = await trx.selectFrom('agents').select(['id', 'active']).where('id', '=', action.agentId).where('workspace_id', '=', ctx.workspaceId).executeTakeFirst();
      if (!agent?.active) throw new Error(`agent ${action.agentId} is not an active agent of this workspace`);
      await setColumn(trx, ctx, { assignee_id: action.agentId });
      noteChange(changes, 'assigneeId', state.assignee_id, action.agentId);
      return { type: action.type, status: 'ok', agentId: action.agentId };
    }
    case 'set_team': {
      if (state.team_id === action.teamId) return skipped('already in this team');
      await setColumn(trx, ctx, { team_id: action.teamId });
      noteChange(changes, 'teamId', state.team_id, action.teamId);
      return { type: action.type, status: 'ok', teamId: action.teamId };
    }
    case 'set_sla_policy': {
      if (state.sla_policy_id === action.policyId) return skipped('the ticket already has this SLA policy');
      await setColumn(trx, ctx, { sla_policy_id: action.policyId });
      noteChange(changes, 'slaPolicyId', state.sla_policy_id, action.policyId);
      return { type: action.type, status: 'ok', policyId: action.policyId };
    }
    case 'route':
      return route(trx, action, state, ctx, rule, changes);
    case 'send_template': {
      const result = await sendTemplateMessage(trx, {
        workspaceId: ctx.workspaceId,
        ticketId: ctx.ticketId,
        templateKey: action.templateKey,
        actor: SYSTEM_ACTOR,
        authorAgentId: null,
        now: ctx.now,
      });
      if (result.status === 'sent') return { type: action.type, status: 'ok', templateKey: action.templateKey, messageId: result.messageId };
      if (result.status === 'blocked') {
        return { type: action.type, status: 'skipped', templateKey: action.templateKey, detail: `held back by the reply guard: ${result.findings.map((f) => f.rule).join(', ') || 'unfilled variables'}` };
      }
      return { type: action.type, status: 'skipped', templateKey: action.templateKey, detail: result.reason };
    }
    case 'add_note': {
      const messageId = await addSystemNote(trx, ctx, state.brand_id, action.text);
      return { type: action.type, status: 'ok', messageId };
    }
    case 'notify':
      return notify(trx, action, state, ctx, rule);
    case 'webhook': {
      const jobId = await enqueueWebhook(trx, { workspaceId: ctx.workspaceId, ruleId: rule.id, ruleName: rule.name, url: action.url, event: ctx.trigger, ticketId: ctx.ticketId, now: ctx.now });
      return { type: action.type, status: 'ok', url: action.url, jobId };
    }
  }
}

async function route(trx: Db, action: ActionOf<'route'>, state: TicketState, ctx: ActionContext, rule: RuleForActions, changes: Record<string, FieldChange>): Promise<ActionOutcome> {
  const result = await routeTicket(trx, ctx.workspaceId, ctx.ticketId, { ...(action.queueId ? { queueId: action.queueId } : {}), reason: `automation rule "${rule.name}"` });
  const after = await trx.selectFrom('tickets').select(['queue_id', 'assignee_id']).where('id', '=', ctx.ticketId).executeTakeFirstOrThrow();
  if (after.queue_id !== state.queue_id) noteChange(changes, 'queueId', state.queue_id, after.queue_id);
  if (after.assignee_id !== state.assignee_id) noteChange(changes, 'assigneeId', state.assignee_id, after.assignee_id);
  if (after.queue_id === state.queue_id && after.assignee_id === state.assignee_id) {
    return { type: action.type, status: 'skipped', detail: 'routing left the ticket where it was', queueId: result.queueId, agentId: result.agentId };
  }
  return { type: action.type, status: 'ok', queueId: result.queueId, agentId: result.agentId };
}

async function notify(trx: Db, action: ActionOf<'notify'>, state: TicketState, ctx: ActionContext, rule: RuleForActions): Promise<ActionOutcome> {
  const agentIds =
    action.to === 'assignee' ? (state.assignee_id ? [state.assignee_id] : []) : action.to === 'leads' ? await leadsFor(trx, ctx.workspaceId, state.brand_id, state.team_id) : (action.agentIds ?? []);
  if (agentIds.length === 0) return { type: action.type, status: 'skipped', detail: action.to === 'assignee' ? 'the ticket has no assignee' : 'nobody to notify' };
  const notified = await notifyAgents(trx, {
    workspaceId: ctx.workspaceId,
    agentIds,
    ticketId: ctx.ticketId,
    kind: 'automation.notify',
    data: { ruleId: rule.id, ruleName: rule.name, message: action.message },
  });
  return { type: action.type, status: notified > 0 ? 'ok' : 'skipped', notified, ...(notified === 0 ? { detail: 'no active agent to notify' } : {}) };
}

/** An internal note with no author (the rule wrote it), as `addNote` stores an agent's. */
function addSystemNote(trx: Db, ctx: ActionContext, brandId: string, text: string): Promise<number> {
  return storeNote(trx, { workspaceId: ctx.workspaceId, ticketId: ctx.ticketId, brandId, authorAgentId: null, text, channelMeta: { automatic: true }, actor: SYSTEM_ACTOR, at: ctx.now });
}

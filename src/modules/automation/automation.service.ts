import { sql } from 'kysely';
import { notFound, unprocessable } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import type { Db } from '../database.js';
import { getTicketRowOrThrow } from '../tickets/ticket.queries.js';
import { inTransaction } from '../transaction.js';
import { maskAction, type AutomationAction } from './actions/action.schema.js';
import { loadTicketFacts } from './automation-facts.js';
import { forgetRules, loadRules, toRule, type AutomationRule } from './automation-rules.js';
import type { CreateRuleInput, RuleView, RunView, UpdateRuleInput } from './automation.schemas.js';
import type { ActionOutcome } from './automation.table.js';
import { evaluateCondition, fieldsOf, resolveField } from './conditions/evaluate-condition.js';

function toRuleView(rule: AutomationRule, lastRun: RuleView['lastRun'], runCount: number): RuleView {
  return {
    id: rule.id,
    name: rule.name,
    position: rule.position,
    enabled: rule.enabled,
    trigger: rule.trigger,
    conditions: rule.conditions,
    actions: rule.actions.map(maskAction),
    createdBy: rule.createdBy,
    createdAt: rule.createdAt.toISOString(),
    updatedAt: rule.updatedAt.toISOString(),
    lastRun,
    runCount,
  };
}

export async function listRuleViews(db: Db, workspaceId: string): Promise<RuleView[]> {
  const rules = await loadRules(db, workspaceId);
  if (rules.length === 0) return [];
  // The last run of each rule from its index; counts per rule from the same index.
  const { rows } = await sql<{ rule_id: string; id: string | number; ticket_id: string | number | null; error: string | null; created_at: Date | string; n: string | number }>`
    select r.id as rule_id, last.id, last.ticket_id, last.error, last.created_at,
      (select count(*) from automation_runs c where c.rule_id = r.id) as n
    from automation_rules r
    join lateral (
      select x.id, x.ticket_id, x.error, x.created_at from automation_runs x
      where x.rule_id = r.id order by x.created_at desc, x.id desc limit 1
    ) last on true
    where r.workspace_id = ${workspaceId}`.execute(db);
  const last = new Map(rows.map((r) => [r.rule_id, r]));
  return rules.map((rule) => {
    const run = last.get(rule.id);
    return toRuleView(
      rule,
      run ? { id: Number(run.id), ticketId: run.ticket_id === null ? null : Number(run.ticket_id), error: run.error, createdAt: new Date(run.created_at).toISOString() } : null,
      run ? Number(run.n) : 0,
    );
  });
}

export async function getRuleView(db: Db, workspaceId: string, id: string): Promise<RuleView> {
  const view = (await listRuleViews(db, workspaceId)).find((r) => r.id === id);
  if (!view) throw notFound('Automation rule', id);
  return view;
}

async function getRuleOrThrow(db: Db, workspaceId: string, id: string): Promise<AutomationRule> {
  const row = await db.selectFrom('automation_rules').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Automation rule', id);
  return toRule(row);
}

export async function createRule(db: Db, principal: Principal, input: CreateRuleInput): Promise<RuleView> {
  const ws = principal.workspaceId;
  const actions = withStoredSecrets(input.actions, []);
  await assertReferencesExist(db, ws, actions);
  const id = await inTransaction(db, async (trx) => {
    const { max } = await trx.selectFrom('automation_rules').select((eb) => eb.fn.max('position').as('max')).where('workspace_id', '=', ws).executeTakeFirstOrThrow();
    const last = max === null ? -1 : Number(max);
    const position = input.position ?? last + 1;
    if (input.position !== undefined) {
      await trx.updateTable('automation_rules').set((eb) => ({ position: eb('position', '+', 1) })).where('workspace_id', '=', ws).where('position', '>=', position).execute();
    }
    const row = await trx
      .insertInto('automation_rules')
      .values({
        workspace_id: ws,
        name: input.name,
        position,
        enabled: input.enabled ?? true,
        trigger: input.trigger,
        conditions: JSON.stringify(input.conditions ?? { all: [] }),
        actions: JSON.stringify(actions),
        created_by: principal.agentId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
  forgetRules(ws);
  return getRuleView(db, ws, id);
}

export async function updateRule(db: Db, workspaceId: string, id: string, input: UpdateRuleInput): Promise<RuleView> {
  const current = await getRuleOrThrow(db, workspaceId, id);
  const set: Record<string, unknown> = { updated_at: new Date() };
  if (input.name !== undefined) set.name = input.name;
  if (input.trigger !== undefined) set.trigger = input.trigger;
  if (input.enabled !== undefined) set.enabled = input.enabled;
  if (input.conditions !== undefined) set.conditions = JSON.stringify(input.conditions);
  if (input.actions !== undefined) {
    const actions = withStoredSecrets(input.actions, current.actions);
    await assertReferencesExist(db, workspaceId, actions);
    set.actions = JSON.stringify(actions);
  }
  await db.updateTable('automation_rules').set(set).where('id', '=', id).where('workspace_id', '=', workspaceId).execute();
  forgetRules(workspaceId);
  return getRuleView(db, workspaceId, id);
}

export async function deleteRule(db: Db, workspaceId: string, id: string): Promise<void> {
  const result = await db.deleteFrom('automation_rules').where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw notFound('Automation rule', id);
  forgetRules(workspaceId);
}

/** Puts the given rules first, in this order; the others keep their order after them. */
export async function reorderRules(db: Db, workspaceId: string, ids: string[]): Promise<RuleView[]> {
  const rules = await loadRules(db, workspaceId);
  const known = new Set(rules.map((r) => r.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown) throw unprocessable(`ids: automation rule ${unknown} is not a rule of this workspace.`, [{ path: 'ids', message: `unknown rule ${unknown}` }]);
  if (new Set(ids).size !== ids.length) throw unprocessable('ids: a rule is listed twice.', [{ path: 'ids', message: 'duplicate id' }]);
  const order = [...ids, ...rules.map((r) => r.id).filter((id) => !ids.includes(id))];
  await inTransaction(db, async (trx) => {
    for (const [position, id] of order.entries()) {
      await trx.updateTable('automation_rules').set({ position, updated_at: new Date() }).where('id', '=', id).where('workspace_id', '=', workspaceId).execute();
    }
  });
  forgetRules(workspaceId);
  return listRuleViews(db, workspaceId);
}

/**
 * Webhook secrets are write-only: an action that comes back without one (or with the mask) keeps
 * the secret of the stored webhook with the same URL, else the one at the same position.
 */
function withStoredSecrets(actions: AutomationAction[], stored: AutomationAction[]): AutomationAction[] {
  const storedHooks = stored.filter((a): a is Extract<AutomationAction, { type: 'webhook' }> => a.type === 'webhook');
  return actions.map((action, index) => {
    if (action.type !== 'webhook' || action.secret) return action;
    const previous = storedHooks.find((h) => h.url === action.url) ?? (stored[index]?.type === 'webhook' ? stored[index] : undefined);
    if (!previous || previous.type !== 'webhook' || !previous.secret) {
      throw unprocessable(`actions.${index}.secret: a new webhook needs a secret (at least 8 characters) to sign its calls.`, [{ path: `actions.${index}.secret`, message: 'required' }]);
    }
    return { ...action, secret: previous.secret };
  });
}

async function tableExists(db: Db, table: string): Promise<boolean> {
  const { rows } = await sql<{ t: string | null }>`select to_regclass(${table})::text as t`.execute(db);
  return Boolean(rows[0]?.t);
}

/** Agents, teams, queues, SLA policies and templates a rule names must exist in the workspace when it is saved. */
async function assertReferencesExist(db: Db, workspaceId: string, actions: AutomationAction[]): Promise<void> {
  const problems: { path: string; message: string }[] = [];
  const exists = async (table: 'agents' | 'teams', id: string, activeOnly = false) => {
    const row = await db.selectFrom(table).selectAll().where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst();
    return Boolean(row) && (!activeOnly || (row as { active?: boolean }).active === true);
  };
  const existsIn = async (table: string, column: string, value: string) => {
    if (!(await tableExists(db, table))) return true;
    const { rows } = await sql`select 1 from ${sql.table(table)} where workspace_id = ${workspaceId} and ${sql.ref(column)} = ${value} limit 1`.execute(db);
    return rows.length > 0;
  };
  for (const [index, action] of actions.entries()) {
    const at = (field: string) => `actions.${index}.${field}`;
    switch (action.type) {
      case 'assign':
        if (!(await exists('agents', action.agentId, true))) problems.push({ path: at('agentId'), message: `${action.agentId} is not an active agent of this workspace` });
        break;
      case 'notify':
        for (const [i, agentId] of (action.agentIds ?? []).entries()) {
          if (!(await exists('agents', agentId))) problems.push({ path: at(`agentIds.${i}`), message: `${agentId} is not an agent of this workspace` });
        }
        break;
      case 'set_team':
        if (action.teamId && !(await exists('teams', action.teamId))) problems.push({ path: at('teamId'), message: `${action.teamId} is not a team of this workspace` });
        break;
      case 'route':
        if (action.queueId && !(await existsIn('routing_queues', 'id', action.queueId))) problems.push({ path: at('queueId'), message: `${action.queueId} is not a routing queue of this workspace` });
        break;
      case 'set_sla_policy':
        if (action.policyId && !(await existsIn('sla_policies', 'id', action.policyId))) problems.push({ path: at('policyId'), message: `${action.policyId} is not an SLA policy of this workspace` });
        break;
      case 'send_template':
        if (!(await existsIn('reply_templates', 'key', action.templateKey))) problems.push({ path: at('templateKey'), message: `there is no template "${action.templateKey}"` });
        break;
    }
  }
  if (problems.length > 0) throw unprocessable(problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
}

export async function listRuns(db: Db, workspaceId: string, filter: { ruleId?: string | undefined; ticketId?: number | undefined; limit: number }): Promise<RunView[]> {
  let query = db
    .selectFrom('automation_runs as r')
    .innerJoin('automation_rules as rule', 'rule.id', 'r.rule_id')
    .select(['r.id', 'r.rule_id', 'rule.name', 'r.ticket_id', 'r.trigger', 'r.depth', 'r.matched', 'r.actions', 'r.error', 'r.created_at'])
    .where('r.workspace_id', '=', workspaceId);
  if (filter.ruleId) query = query.where('r.rule_id', '=', filter.ruleId);
  if (filter.ticketId) query = query.where('r.ticket_id', '=', filter.ticketId);
  const rows = await query.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(filter.limit).execute();
  return rows.map((r) => ({
    id: Number(r.id),
    ruleId: r.rule_id,
    ruleName: r.name,
    ticketId: r.ticket_id === null ? null : Number(r.ticket_id),
    trigger: r.trigger,
    depth: r.depth,
    matched: r.matched,
    actions: r.actions as ActionOutcome[],
    error: r.error,
    createdAt: r.created_at.toISOString(),
  }));
}

/** Evaluates a rule against a ticket as it is now, without applying anything. */
export async function dryRunRule(db: Db, principal: Principal, ruleId: string, ticketId: number): Promise<{ matched: boolean; facts: Record<string, unknown>; actions: Record<string, unknown>[] }> {
  const rule = await getRuleOrThrow(db, principal.workspaceId, ruleId);
  await getTicketRowOrThrow(db, principal, ticketId);
  const loaded = await loadTicketFacts(db, principal.workspaceId, ticketId, { now: new Date() });
  if (!loaded) throw notFound('Ticket', ticketId);
  const matched = evaluateCondition(rule.conditions, loaded.facts);
  const facts = Object.fromEntries(fieldsOf(rule.conditions).map((field) => [field, resolveField(loaded.facts, field) ?? null]));
  return { matched, facts, actions: matched ? rule.actions.map(maskAction) : [] };
}

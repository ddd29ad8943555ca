import type { Selectable } from 'kysely';
import { notFound, unprocessable } from '../../shared/errors.js';
import type { Db } from '../database.js';
import { inTransaction } from '../transaction.js';
import { moveTo, renumber } from './queue.service.js';
import type { CreateRuleInput, PatchRuleInput, RuleView } from './routing.schemas.js';
import type { RoutingRulesTable } from './routing.table.js';
import { checkConditions, checkQueue } from './routing-validation.js';

function toRuleView(row: Selectable<RoutingRulesTable>): RuleView {
  return { id: row.id, name: row.name, position: row.position, enabled: row.enabled, conditions: row.conditions, queueId: row.queue_id };
}

export async function listRules(db: Db, workspaceId: string): Promise<RuleView[]> {
  const rows = await db.selectFrom('routing_rules').selectAll().where('workspace_id', '=', workspaceId).orderBy('position').orderBy('created_at').orderBy('id').execute();
  return rows.map(toRuleView);
}

export async function getRuleOrThrow(db: Db, workspaceId: string, id: string): Promise<RuleView> {
  const row = await db.selectFrom('routing_rules').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Routing rule', id);
  return toRuleView(row);
}

export async function createRule(db: Db, workspaceId: string, input: CreateRuleInput): Promise<RuleView> {
  await checkQueue(db, workspaceId, input.queueId);
  const conditions = await checkConditions(db, workspaceId, input.conditions ?? {});
  const id = await inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('routing_rules')
      .values({
        workspace_id: workspaceId,
        name: input.name,
        enabled: input.enabled ?? true,
        conditions: JSON.stringify(conditions),
        queue_id: input.queueId,
        position: 1_000_000,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await moveTo(trx, 'routing_rules', workspaceId, row.id, input.position);
    return row.id;
  });
  return getRuleOrThrow(db, workspaceId, id);
}

export async function updateRule(db: Db, workspaceId: string, id: string, input: PatchRuleInput): Promise<RuleView> {
  await getRuleOrThrow(db, workspaceId, id);
  if (input.queueId) await checkQueue(db, workspaceId, input.queueId);
  const conditions = input.conditions ? await checkConditions(db, workspaceId, input.conditions) : undefined;
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('routing_rules')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
        ...(conditions ? { conditions: JSON.stringify(conditions) } : {}),
        ...(input.queueId !== undefined ? { queue_id: input.queueId } : {}),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
    if (input.position !== undefined) await moveTo(trx, 'routing_rules', workspaceId, id, input.position);
  });
  return getRuleOrThrow(db, workspaceId, id);
}

export async function deleteRule(db: Db, workspaceId: string, id: string): Promise<{ deleted: true }> {
  const result = await db.deleteFrom('routing_rules').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound('Routing rule', id);
  return { deleted: true };
}

/** Puts the rules in the given order (every rule of the workspace, each once). */
export async function reorderRules(db: Db, workspaceId: string, ids: readonly string[]): Promise<RuleView[]> {
  const current = await listRules(db, workspaceId);
  const known = new Set(current.map((r) => r.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw unprocessable(`ids: unknown routing rule id(s) ${unknown.join(', ')}.`, { field: 'ids', unknown });
  if (new Set(ids).size !== ids.length) throw unprocessable('ids: a rule is listed twice.', { field: 'ids' });
  await inTransaction(db, (trx) => renumber(trx, 'routing_rules', workspaceId, ids));
  return listRules(db, workspaceId);
}

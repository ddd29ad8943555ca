import { sql, type Selectable } from 'kysely';
import { isUniqueViolation } from '../../shared/db-errors.js';
import { conflict, notFound } from '../../shared/errors.js';
import type { Db } from '../database.js';
import { inTransaction } from '../transaction.js';
import type { CreateQueueInput, PatchQueueInput, QueueView } from './routing.schemas.js';
import type { RoutingQueuesTable } from './routing.table.js';
import { checkTeam } from './routing-validation.js';

function toQueueView(row: Selectable<RoutingQueuesTable>, waiting: number): QueueView {
  return { id: row.id, name: row.name, teamId: row.team_id, strategy: row.strategy, vip: row.vip, autoAssign: row.auto_assign, position: row.position, waiting };
}

export async function listQueues(db: Db, workspaceId: string): Promise<QueueView[]> {
  const rows = await db
    .selectFrom('routing_queues as q')
    .selectAll('q')
    .select((eb) =>
      eb
        .selectFrom('tickets as t')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('t.queue_id', '=', 'q.id')
        .where('t.assignee_id', 'is', null)
        .where('t.status', 'in', ['new', 'open'])
        .where('t.merged_into_id', 'is', null)
        .as('waiting'),
    )
    .where('q.workspace_id', '=', workspaceId)
    .orderBy('q.position')
    .orderBy('q.created_at')
    .orderBy('q.id')
    .execute();
  return rows.map(({ waiting, ...row }) => toQueueView(row, waiting ?? 0));
}

export async function getQueueOrThrow(db: Db, workspaceId: string, id: string): Promise<QueueView> {
  const queue = (await listQueues(db, workspaceId)).find((q) => q.id === id);
  if (!queue) throw notFound('Routing queue', id);
  return queue;
}

const nameTaken = (name: string) => (error: unknown): never => {
  if (isUniqueViolation(error)) throw conflict(`A routing queue named "${name}" already exists.`);
  throw error;
};

/** Positions 0…n−1 in the given order (the rest keep their order after them). */
export async function renumber(db: Db, table: 'routing_queues' | 'routing_rules', workspaceId: string, orderedIds: readonly string[]): Promise<void> {
  const rows = await db.selectFrom(table).select('id').where('workspace_id', '=', workspaceId).orderBy('position').orderBy('created_at').orderBy('id').execute();
  const rest = rows.map((r) => r.id).filter((id) => !orderedIds.includes(id));
  const order = [...orderedIds, ...rest];
  for (const [position, id] of order.entries()) {
    await db.updateTable(table).set({ position }).where('id', '=', id).where('workspace_id', '=', workspaceId).execute();
  }
}

/** The ids in order with `id` moved to `position` (clamped). */
export function placeAt(ids: readonly string[], id: string, position: number): string[] {
  const others = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(position, others.length));
  return [...others.slice(0, at), id, ...others.slice(at)];
}

async function orderedIds(db: Db, table: 'routing_queues' | 'routing_rules', workspaceId: string): Promise<string[]> {
  const rows = await db.selectFrom(table).select('id').where('workspace_id', '=', workspaceId).orderBy('position').orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => r.id);
}

export async function moveTo(db: Db, table: 'routing_queues' | 'routing_rules', workspaceId: string, id: string, position: number | undefined): Promise<void> {
  const ids = await orderedIds(db, table, workspaceId);
  await renumber(db, table, workspaceId, placeAt(ids, id, position ?? ids.length));
}

export async function createQueue(db: Db, workspaceId: string, input: CreateQueueInput): Promise<QueueView> {
  await checkTeam(db, workspaceId, input.teamId);
  const id = await inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('routing_queues')
      .values({
        workspace_id: workspaceId,
        name: input.name,
        team_id: input.teamId ?? null,
        ...(input.strategy ? { strategy: input.strategy } : {}),
        ...(input.vip !== undefined ? { vip: input.vip } : {}),
        ...(input.autoAssign !== undefined ? { auto_assign: input.autoAssign } : {}),
        position: 1_000_000,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .catch(nameTaken(input.name));
    await moveTo(trx, 'routing_queues', workspaceId, row.id, input.position);
    return row.id;
  });
  return getQueueOrThrow(db, workspaceId, id);
}

export async function updateQueue(db: Db, workspaceId: string, id: string, input: PatchQueueInput): Promise<QueueView> {
  await getQueueOrThrow(db, workspaceId, id);
  await checkTeam(db, workspaceId, input.teamId);
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('routing_queues')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.teamId !== undefined ? { team_id: input.teamId } : {}),
        ...(input.strategy !== undefined ? { strategy: input.strategy } : {}),
        ...(input.vip !== undefined ? { vip: input.vip } : {}),
        ...(input.autoAssign !== undefined ? { auto_assign: input.autoAssign } : {}),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute()
      .catch(nameTaken(input.name ?? ''));
    if (input.position !== undefined) await moveTo(trx, 'routing_queues', workspaceId, id, input.position);
  });
  return getQueueOrThrow(db, workspaceId, id);
}

/** Deletes a queue and the rules that sent tickets to it; its tickets stay, queue-less, with their assignees. */
export async function deleteQueue(db: Db, workspaceId: string, id: string): Promise<{ deleted: true }> {
  const result = await db.deleteFrom('routing_queues').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound('Routing queue', id);
  return { deleted: true };
}

import type { Selectable } from 'kysely';
import { forbidden, notFound } from '../../shared/errors.js';
import { hasRole, type Principal } from '../auth/principal.js';
import type { Db } from '../database.js';
import type { SavedViewsTable } from './view.table.js';
import type { CreateViewInput, SavedView, UpdateViewInput } from './view.schemas.js';

function toView(row: Selectable<SavedViewsTable>, principal: Principal): SavedView {
  return {
    id: row.id,
    name: row.name,
    filters: row.filters,
    shared: row.shared,
    mine: row.agent_id === principal.agentId,
    createdAt: row.created_at.toISOString(),
  };
}

/** The agent's own views, then the ones colleagues shared, each by name. */
export async function listViews(db: Db, principal: Principal): Promise<SavedView[]> {
  const rows = await db
    .selectFrom('saved_views')
    .selectAll()
    .where('workspace_id', '=', principal.workspaceId)
    .where((eb) => eb.or([eb('agent_id', '=', principal.agentId), eb('shared', '=', true)]))
    .execute();
  return rows
    .map((row) => toView(row, principal))
    .sort((a, b) => Number(b.mine) - Number(a.mine) || a.name.localeCompare(b.name));
}

export async function createView(db: Db, principal: Principal, input: CreateViewInput): Promise<SavedView> {
  const row = await db
    .insertInto('saved_views')
    .values({
      workspace_id: principal.workspaceId,
      agent_id: principal.agentId,
      name: input.name,
      filters: JSON.stringify(input.filters) as unknown as Record<string, string>,
      shared: input.shared ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toView(row, principal);
}

/** Only its owner changes a view; a supervisor may also remove a shared one. */
async function ownedViewOrThrow(db: Db, principal: Principal, id: string, allowSupervisor: boolean) {
  const row = await db
    .selectFrom('saved_views')
    .selectAll()
    .where('id', '=', id)
    .where('workspace_id', '=', principal.workspaceId)
    .executeTakeFirst();
  if (!row || (!row.shared && row.agent_id !== principal.agentId)) throw notFound('View', id);
  const mayChange = row.agent_id === principal.agentId || (allowSupervisor && hasRole(principal, 'supervisor'));
  if (!mayChange) throw forbidden('Only the agent who saved this view can change it.');
  return row;
}

export async function updateView(db: Db, principal: Principal, id: string, input: UpdateViewInput): Promise<SavedView> {
  await ownedViewOrThrow(db, principal, id, false);
  const row = await db
    .updateTable('saved_views')
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.filters !== undefined ? { filters: JSON.stringify(input.filters) as unknown as Record<string, string> } : {}),
      ...(input.shared !== undefined ? { shared: input.shared } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toView(row, principal);
}

export async function deleteView(db: Db, principal: Principal, id: string): Promise<void> {
  await ownedViewOrThrow(db, principal, id, true);
  await db.deleteFrom('saved_views').where('id', '=', id).execute();
}

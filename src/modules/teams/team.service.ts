import type { Selectable } from 'kysely';
import { isUniqueViolation } from '../../shared/db-errors.js';
import { conflict, notFound, unprocessable } from '../../shared/errors.js';
import type { Db } from '../database.js';
import type { CreateTeamInput, TeamDetail, TeamView, UpdateTeamInput } from './team.schemas.js';
import type { TeamsTable } from './team.table.js';
import { inTransaction } from '../transaction.js';

export function toTeamView(row: Selectable<TeamsTable>, memberCount: number): TeamView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    timezone: row.timezone,
    memberCount,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function listTeams(db: Db, workspaceId: string): Promise<TeamView[]> {
  const rows = await db
    .selectFrom('teams')
    .selectAll('teams')
    .select((eb) =>
      eb.selectFrom('agent_teams').select((e) => e.fn.countAll<string>().as('n')).whereRef('agent_teams.team_id', '=', 'teams.id').as('member_count'),
    )
    .where('teams.workspace_id', '=', workspaceId)
    .orderBy('teams.name')
    .execute();
  return rows.map(({ member_count, ...row }) => toTeamView(row, Number(member_count ?? 0)));
}

export async function getTeamOrThrow(db: Db, workspaceId: string, id: string): Promise<TeamDetail> {
  const row = await db.selectFrom('teams').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Team', id);
  const members = await db.selectFrom('agent_teams').select('agent_id').where('team_id', '=', id).orderBy('agent_id').execute();
  const memberIds = members.map((m) => m.agent_id);
  return { ...toTeamView(row, memberIds.length), memberIds };
}

export async function createTeam(db: Db, workspaceId: string, input: CreateTeamInput): Promise<TeamDetail> {
  await assertNameFree(db, workspaceId, input.name);
  const id = await inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('teams')
      .values({
        workspace_id: workspaceId,
        name: input.name,
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.timezone !== undefined ? { timezone: input.timezone } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .catch(nameTaken(input.name));
    if (input.memberIds) await replaceMembers(trx, workspaceId, row.id, input.memberIds);
    return row.id;
  });
  return getTeamOrThrow(db, workspaceId, id);
}

export async function updateTeam(db: Db, workspaceId: string, id: string, input: UpdateTeamInput): Promise<TeamDetail> {
  await getTeamOrThrow(db, workspaceId, id);
  if (input.name !== undefined) await assertNameFree(db, workspaceId, input.name, id);
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('teams')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.timezone !== undefined ? { timezone: input.timezone } : {}),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute()
      .catch(nameTaken(input.name ?? ''));
    if (input.memberIds) await replaceMembers(trx, workspaceId, id, input.memberIds);
  });
  return getTeamOrThrow(db, workspaceId, id);
}

/** Deletes a team; its tickets keep existing without a team (the foreign key sets team_id to null). */
export async function deleteTeam(db: Db, workspaceId: string, id: string): Promise<{ deleted: true }> {
  const result = await db.deleteFrom('teams').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound('Team', id);
  return { deleted: true };
}

async function replaceMembers(db: Db, workspaceId: string, teamId: string, agentIds: string[]): Promise<void> {
  const wanted = [...new Set(agentIds)];
  if (wanted.length > 0) {
    const found = await db.selectFrom('agents').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', wanted).execute();
    const known = new Set(found.map((a) => a.id));
    const unknown = wanted.filter((a) => !known.has(a));
    if (unknown.length > 0) throw unprocessable(`Unknown agent id(s): ${unknown.join(', ')}.`, { memberIds: unknown });
  }
  await db.deleteFrom('agent_teams').where('team_id', '=', teamId).execute();
  if (wanted.length > 0) {
    await db.insertInto('agent_teams').values(wanted.map((agent_id) => ({ agent_id, team_id: teamId }))).execute();
  }
}

async function assertNameFree(db: Db, workspaceId: string, name: string, exceptId?: string): Promise<void> {
  let query = db.selectFrom('teams').select('id').where('workspace_id', '=', workspaceId).where('name', '=', name);
  if (exceptId) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) throw conflict(`A team named "${name}" already exists.`);
}

/** Turns a lost race on the (workspace_id, name) unique constraint into the same 409. */
function nameTaken(name: string) {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw conflict(`A team named "${name}" already exists.`);
    throw error;
  };
}

/** Runs `fn` in a transaction, joining the caller's when `db` already is one. */

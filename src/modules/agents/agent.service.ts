import { z } from 'zod';
import { AppError, forbidden, notFound, unprocessable } from '../../shared/errors.js';
import { forgetCachedTokens, revokeAgentSessions } from '../auth/auth.service.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { hasRole, type Principal } from '../auth/principal.js';
import type { Db } from '../database.js';
import {
  assertBrandsExist,
  assertEmailFree,
  assertTeamsExist,
  emailTaken,
  lockActiveAdmins,
  replaceAgentTeams,
  selectAgents,
  teamIdsByAgent,
  toAgentView,
  unique,
} from './agent.queries.js';
import {
  createAgentBody,
  SELF_EDITABLE_FIELDS,
  type AgentView,
  type CreateAgentInput,
  type ListAgentsQuery,
  type UpdateAgentInput,
} from './agent.schemas.js';
import { inTransaction } from '../transaction.js';

export { ensureAgentLevels } from './agent-level.service.js';

export async function listAgents(db: Db, workspaceId: string, query: ListAgentsQuery = {}): Promise<AgentView[]> {
  let select = selectAgents(db, workspaceId).orderBy('agents.name').orderBy('agents.id');
  if (query.role) select = select.where('agents.role', '=', query.role);
  if (query.active !== undefined) select = select.where('agents.active', '=', query.active);
  if (query.teamId) {
    const teamId = query.teamId;
    select = select.where((eb) =>
      eb.exists(eb.selectFrom('agent_teams').select('agent_teams.agent_id').whereRef('agent_teams.agent_id', '=', 'agents.id').where('agent_teams.team_id', '=', teamId)),
    );
  }
  const rows = await select.execute();
  const teams = await teamIdsByAgent(db, rows.map((r) => r.id));
  return rows.map((row) => toAgentView(row, teams.get(row.id) ?? []));
}

export async function getAgentOrThrow(db: Db, workspaceId: string, id: string): Promise<AgentView> {
  const row = await selectAgents(db, workspaceId).where('agents.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Agent', id);
  const teams = await teamIdsByAgent(db, [id]);
  return toAgentView(row, teams.get(id) ?? []);
}

/** Creates an agent (the API, the CLI and the first-start bootstrap all come here). */
export async function createAgent(db: Db, workspaceId: string, input: CreateAgentInput): Promise<AgentView> {
  const parsed = createAgentBody.safeParse(input);
  if (!parsed.success) throw new AppError('validation_failed', `Invalid agent — ${z.prettifyError(parsed.error).replaceAll('\n', ' ')}`);
  const agent = parsed.data;
  const email = agent.email.trim().toLowerCase();
  const teamIds = unique(agent.teamIds ?? []);
  const brandIds = unique(agent.brandIds ?? []);
  const passwordHash = agent.password !== undefined ? await hashPassword(agent.password) : null;
  const id = await inTransaction(db, async (trx) => {
    await assertEmailFree(trx, email);
    await assertTeamsExist(trx, workspaceId, teamIds);
    await assertBrandsExist(trx, workspaceId, brandIds);
    const row = await trx
      .insertInto('agents')
      .values({
        workspace_id: workspaceId,
        email,
        name: agent.name,
        role: agent.role,
        password_hash: passwordHash,
        brand_ids: brandIds,
        ...(agent.level !== undefined ? { level: agent.level } : {}),
        ...(agent.locale !== undefined ? { locale: agent.locale } : {}),
        ...(agent.timezone !== undefined ? { timezone: agent.timezone } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .catch(emailTaken(email));
    await replaceAgentTeams(trx, row.id, teamIds);
    return row.id;
  });
  return getAgentOrThrow(db, workspaceId, id);
}

/**
 * Updates an agent. Admins may change anything (but never leave the workspace without an
 * active admin); other agents may change only their own name, locale, time zone and password,
 * and a new password of one's own needs the current one.
 */
export async function updateAgent(db: Db, principal: Principal, id: string, input: UpdateAgentInput): Promise<AgentView> {
  const { workspaceId } = principal;
  const isSelf = principal.agentId === id;
  if (!hasRole(principal, 'admin')) {
    if (!isSelf) throw forbidden('Only admins may change other agents.');
    const notAllowed = Object.keys(input).filter((key) => !SELF_EDITABLE_FIELDS.includes(key as keyof UpdateAgentInput));
    if (notAllowed.length > 0) {
      throw forbidden(`You may change only your name, locale, time zone and password, not: ${notAllowed.join(', ')}.`);
    }
  }
  if (isSelf && input.active === false) throw unprocessable('You cannot deactivate yourself; ask another admin.');
  const email = input.email?.trim().toLowerCase();
  const teamIds = input.teamIds && unique(input.teamIds);
  const brandIds = input.brandIds && unique(input.brandIds);
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;

  await inTransaction(db, async (trx) => {
    // Admins are locked first (in id order) so concurrent demotions cannot both succeed or deadlock.
    const admins = input.role !== undefined || input.active !== undefined ? await lockActiveAdmins(trx, workspaceId) : [];
    const current = await trx
      .selectFrom('agents')
      .select(['id', 'email', 'role', 'active', 'password_hash'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw notFound('Agent', id);
    if (passwordHash !== undefined && isSelf) {
      if (!input.currentPassword) throw unprocessable('Give your current password (currentPassword) to set a new one.');
      if (!(await verifyPassword(current.password_hash, input.currentPassword))) throw forbidden('The current password is wrong.');
    }
    const losesAdmin = current.role === 'admin' && current.active && ((input.role !== undefined && input.role !== 'admin') || input.active === false);
    if (losesAdmin && !admins.some((adminId) => adminId !== id)) {
      throw unprocessable('This is the last active admin of the workspace; make another agent admin first.');
    }
    if (email !== undefined && email !== current.email.toLowerCase()) await assertEmailFree(trx, email, id);
    if (teamIds) await assertTeamsExist(trx, workspaceId, teamIds);
    if (brandIds) await assertBrandsExist(trx, workspaceId, brandIds);

    await trx
      .updateTable('agents')
      .set({
        ...(email !== undefined ? { email } : {}),
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.level !== undefined ? { level: input.level } : {}),
        ...(input.locale !== undefined ? { locale: input.locale } : {}),
        ...(input.timezone !== undefined ? { timezone: input.timezone } : {}),
        ...(brandIds !== undefined ? { brand_ids: brandIds } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        ...(passwordHash !== undefined ? { password_hash: passwordHash } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute()
      .catch(emailTaken(email ?? ''));
    if (teamIds) await replaceAgentTeams(trx, id, teamIds);
    // A deactivated agent, or one whose password an admin reset, is signed out everywhere.
    if ((input.active === false && current.active) || (passwordHash !== undefined && !isSelf)) await revokeAgentSessions(trx, id);
    // Role, level and brands are part of the cached principal of the agent's API tokens.
    forgetCachedTokens((p) => p.agentId === id);
  });
  return getAgentOrThrow(db, workspaceId, id);
}

/** Deactivates an agent (agents are never deleted: tickets and the audit log refer to them). */
export async function deactivateAgent(db: Db, principal: Principal, id: string): Promise<AgentView> {
  const { workspaceId } = principal;
  if (principal.agentId === id) throw unprocessable('You cannot deactivate yourself; ask another admin.');
  await inTransaction(db, async (trx) => {
    const admins = await lockActiveAdmins(trx, workspaceId);
    const current = await trx.selectFrom('agents').select(['role', 'active']).where('workspace_id', '=', workspaceId).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!current) throw notFound('Agent', id);
    if (current.role === 'admin' && current.active && !admins.some((adminId) => adminId !== id)) {
      throw unprocessable('This is the last active admin of the workspace; make another agent admin first.');
    }
    await trx.updateTable('agents').set({ active: false, updated_at: new Date() }).where('id', '=', id).execute();
    await revokeAgentSessions(trx, id);
  });
  return getAgentOrThrow(db, workspaceId, id);
}

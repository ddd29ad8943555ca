import { isUniqueViolation } from '../../shared/db-errors.js';
import { conflict, unprocessable } from '../../shared/errors.js';
import type { Db } from '../database.js';
import type { AgentView } from './agent.schemas.js';
import { DEFAULT_COMPENSATION_LIMITS, type Level, type Role } from './agent.table.js';

const AGENT_COLUMNS = [
  'agents.id',
  'agents.email',
  'agents.name',
  'agents.role',
  'agents.level',
  'agents.locale',
  'agents.timezone',
  'agents.brand_ids',
  'agents.active',
  'agents.last_login_at',
  'agents.created_at',
  'agents.updated_at',
] as const;

/** Agents of a workspace with their level's compensation limit; never the password hash. */
export function selectAgents(db: Db, workspaceId: string) {
  return db
    .selectFrom('agents')
    .leftJoin('agent_levels', (join) =>
      join.onRef('agent_levels.workspace_id', '=', 'agents.workspace_id').onRef('agent_levels.level', '=', 'agents.level'),
    )
    .select([...AGENT_COLUMNS, 'agent_levels.compensation_limit', 'agent_levels.level as limit_level'])
    .where('agents.workspace_id', '=', workspaceId);
}

export interface AgentRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  level: Level;
  locale: string;
  timezone: string;
  brand_ids: string[];
  active: boolean;
  last_login_at: Date | null;
  created_at: Date;
  updated_at: Date;
  compensation_limit: string | null;
  /** Null when the workspace has no row for this level yet (the default limit applies). */
  limit_level: Level | null;
}

export function toAgentView(row: AgentRow, teamIds: string[]): AgentView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    level: row.level,
    locale: row.locale,
    timezone: row.timezone,
    teamIds,
    brandIds: row.brand_ids,
    active: row.active,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    compensationLimit: row.limit_level === null ? DEFAULT_COMPENSATION_LIMITS[row.level] : limitToNumber(row.compensation_limit),
  };
}

/** numeric arrives as a string; null means no limit. */
export function limitToNumber(value: string | null): number | null {
  return value === null ? null : Number(value);
}

export async function teamIdsByAgent(db: Db, agentIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(agentIds.map((id) => [id, []]));
  if (agentIds.length === 0) return result;
  const rows = await db.selectFrom('agent_teams').select(['agent_id', 'team_id']).where('agent_id', 'in', agentIds).orderBy('team_id').execute();
  for (const row of rows) result.get(row.agent_id)?.push(row.team_id);
  return result;
}

/** E-mail addresses are unique across all workspaces, ignoring case (agents_email_unique). */
export async function assertEmailFree(db: Db, email: string, exceptId?: string): Promise<void> {
  let query = db.selectFrom('agents').select('id').where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()));
  if (exceptId) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) throw conflict(`An agent with the e-mail ${email} already exists.`);
}

export async function assertTeamsExist(db: Db, workspaceId: string, teamIds: string[]): Promise<void> {
  if (teamIds.length === 0) return;
  const found = await db.selectFrom('teams').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', teamIds).execute();
  const unknown = missing(teamIds, found);
  if (unknown.length > 0) throw unprocessable(`Unknown team id(s): ${unknown.join(', ')}.`, { teamIds: unknown });
}

export async function assertBrandsExist(db: Db, workspaceId: string, brandIds: string[]): Promise<void> {
  if (brandIds.length === 0) return;
  const found = await db.selectFrom('brands').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', brandIds).execute();
  const unknown = missing(brandIds, found);
  if (unknown.length > 0) throw unprocessable(`Unknown brand id(s): ${unknown.join(', ')}.`, { brandIds: unknown });
}

export async function replaceAgentTeams(db: Db, agentId: string, teamIds: string[]): Promise<void> {
  await db.deleteFrom('agent_teams').where('agent_id', '=', agentId).execute();
  if (teamIds.length > 0) await db.insertInto('agent_teams').values(teamIds.map((team_id) => ({ agent_id: agentId, team_id }))).execute();
}

/** Locks and returns the workspace's active admins, so two admins cannot demote each other at once. */
export async function lockActiveAdmins(db: Db, workspaceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('agents')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'admin')
    .where('active', '=', true)
    .orderBy('id')
    .forUpdate()
    .execute();
  return rows.map((r) => r.id);
}

function missing(wanted: string[], found: { id: string }[]): string[] {
  const known = new Set(found.map((f) => f.id));
  return wanted.filter((id) => !known.has(id));
}

export function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** Turns a lost race on agents_email_unique into the same 409 as the up-front check. */
export function emailTaken(email: string) {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw conflict(`An agent with the e-mail ${email} already exists.`);
    throw error;
  };
}

/** Runs `fn` in a transaction, joining the caller's when `db` already is one. */

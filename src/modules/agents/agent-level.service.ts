import { notFound } from '../../shared/errors.js';
import type { Db } from '../database.js';
import type { AgentLevelsView, SetAgentLevelsInput } from './agent.schemas.js';
import { limitToNumber } from './agent.queries.js';
import { DEFAULT_COMPENSATION_LIMITS, LEVELS } from './agent.table.js';

/** Inserts the default compensation limit of each level the workspace does not have yet. */
export async function ensureAgentLevels(db: Db, workspaceId: string): Promise<void> {
  await db
    .insertInto('agent_levels')
    .values(LEVELS.map((level) => ({ workspace_id: workspaceId, level, compensation_limit: DEFAULT_COMPENSATION_LIMITS[level] })))
    .onConflict((oc) => oc.columns(['workspace_id', 'level']).doNothing())
    .execute();
}

export async function getAgentLevels(db: Db, workspaceId: string): Promise<AgentLevelsView> {
  const workspace = await db.selectFrom('workspaces').select('base_currency').where('id', '=', workspaceId).executeTakeFirst();
  if (!workspace) throw notFound('Workspace', workspaceId);
  const rows = await db.selectFrom('agent_levels').select(['level', 'compensation_limit']).where('workspace_id', '=', workspaceId).execute();
  const byLevel = new Map(rows.map((r) => [r.level, limitToNumber(r.compensation_limit)]));
  return {
    baseCurrency: workspace.base_currency.trim(),
    levels: LEVELS.map((level) => ({
      level,
      compensationLimit: byLevel.has(level) ? (byLevel.get(level) ?? null) : DEFAULT_COMPENSATION_LIMITS[level],
    })),
  };
}

/** Sets the compensation limit of every level (null = no limit). */
export async function setAgentLevels(db: Db, workspaceId: string, input: SetAgentLevelsInput): Promise<AgentLevelsView> {
  await db
    .insertInto('agent_levels')
    .values(input.levels.map((l) => ({ workspace_id: workspaceId, level: l.level, compensation_limit: l.compensationLimit })))
    .onConflict((oc) => oc.columns(['workspace_id', 'level']).doUpdateSet((eb) => ({ compensation_limit: eb.ref('excluded.compensation_limit') })))
    .execute();
  return getAgentLevels(db, workspaceId);
}

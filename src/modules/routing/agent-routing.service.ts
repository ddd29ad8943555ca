import { notFound } from '../../shared/errors.js';
import type { Db } from '../database.js';
import { enqueue } from '../../platform/jobs/queue.js';
import { loadByAgent, NO_LOAD, fullCapacity, shiftsOpen } from './routing.queries.js';
import type { AgentRoutingView, PatchAgentRoutingInput } from './routing.schemas.js';
import { checkBrands, checkCalendar, checkCountries, checkIntents, checkLanguageSkills } from './routing-validation.js';
import { ROUTING_REBALANCE_JOB } from './routing-rebalance.js';
import { DEFAULT_CAPACITY, type Presence } from './routing.types.js';

/**
 * Every active agent's routing profile (skills, shift, capacity, presence) with their load now.
 * An agent who never set a presence nor was given skills shows the defaults: offline, no skills.
 */
export async function listAgentRouting(db: Db, workspaceId: string, now = new Date(), agentId?: string): Promise<AgentRoutingView[]> {
  let query = db
    .selectFrom('agents as a')
    .leftJoin('agent_routing as r', 'r.agent_id', 'a.id')
    .select([
      'a.id', 'a.name', 'a.role', 'a.level', 'r.languages', 'r.intents', 'r.channels', 'r.brand_ids', 'r.markets', 'r.shift_calendar_id',
      'r.capacity', 'r.presence', 'r.presence_at', 'r.last_seen_at',
    ])
    .where('a.workspace_id', '=', workspaceId)
    .where('a.active', '=', true);
  if (agentId) query = query.where('a.id', '=', agentId);
  const rows = await query.orderBy('a.name').orderBy('a.id').execute();
  const loads = await loadByAgent(db, workspaceId, rows.map((r) => r.id));
  const shifts = await shiftsOpen(db, workspaceId, rows.map((r) => r.shift_calendar_id), now);
  return rows.map((row) => ({
    agentId: row.id,
    name: row.name,
    role: row.role,
    level: row.level,
    presence: row.presence ?? 'offline',
    presenceAt: row.presence_at?.toISOString() ?? null,
    lastSeenAt: row.last_seen_at?.toISOString() ?? null,
    onShift: row.shift_calendar_id ? (shifts.get(row.shift_calendar_id) ?? true) : true,
    shiftCalendarId: row.shift_calendar_id ?? null,
    skills: {
      languages: row.languages ?? [],
      intents: row.intents ?? [],
      channels: (row.channels ?? []) as AgentRoutingView['skills']['channels'],
      brandIds: row.brand_ids ?? [],
      markets: row.markets ?? [],
    },
    capacity: row.capacity ? fullCapacity(row.capacity) : { ...DEFAULT_CAPACITY },
    load: loads.get(row.id) ?? { ...NO_LOAD },
  }));
}

export async function getAgentRoutingOrThrow(db: Db, workspaceId: string, agentId: string): Promise<AgentRoutingView> {
  const [view] = await listAgentRouting(db, workspaceId, new Date(), agentId);
  if (!view) throw notFound('Agent', agentId);
  return view;
}

/** Makes sure the agent has a routing profile (defaults: offline, no skills, default capacity). */
async function ensureProfile(db: Db, workspaceId: string, agentId: string): Promise<void> {
  const agent = await db.selectFrom('agents').select('id').where('workspace_id', '=', workspaceId).where('id', '=', agentId).executeTakeFirst();
  if (!agent) throw notFound('Agent', agentId);
  await db
    .insertInto('agent_routing')
    .values({ agent_id: agentId, workspace_id: workspaceId, languages: '[]', capacity: JSON.stringify(DEFAULT_CAPACITY) })
    .onConflict((oc) => oc.column('agent_id').doNothing())
    .execute();
}

/** Sets an agent's skills, shift calendar or capacity (each list given replaces theirs). */
export async function updateAgentRouting(db: Db, workspaceId: string, agentId: string, input: PatchAgentRoutingInput): Promise<AgentRoutingView> {
  await ensureProfile(db, workspaceId, agentId);
  const set: Record<string, unknown> = {};
  const skills = input.skills ?? {};
  if (skills.languages) set.languages = JSON.stringify(checkLanguageSkills(skills.languages));
  if (skills.intents) set.intents = checkIntents(skills.intents, 'skills.intents');
  if (skills.channels) set.channels = [...new Set(skills.channels)];
  if (skills.brandIds) set.brand_ids = await checkBrands(db, workspaceId, skills.brandIds, 'skills.brandIds');
  if (skills.markets) set.markets = checkCountries(skills.markets, 'skills.markets');
  if (input.shiftCalendarId !== undefined) {
    await checkCalendar(db, workspaceId, input.shiftCalendarId);
    set.shift_calendar_id = input.shiftCalendarId;
  }
  if (input.capacity) {
    const current = await db.selectFrom('agent_routing').select('capacity').where('agent_id', '=', agentId).executeTakeFirstOrThrow();
    set.capacity = JSON.stringify({ ...fullCapacity(current.capacity), ...input.capacity });
  }
  await db.updateTable('agent_routing').set({ ...set, updated_at: new Date() }).where('agent_id', '=', agentId).execute();
  return getAgentRoutingOrThrow(db, workspaceId, agentId);
}

/**
 * The agent's own presence switch. A change asks for a rebalance right away, so an agent coming
 * online gets waiting tickets and one going offline gives back unanswered ones within seconds.
 */
export async function setPresence(db: Db, workspaceId: string, agentId: string, presence: Presence, now = new Date()): Promise<AgentRoutingView> {
  await ensureProfile(db, workspaceId, agentId);
  const before = await db.selectFrom('agent_routing').select('presence').where('agent_id', '=', agentId).executeTakeFirstOrThrow();
  await db.updateTable('agent_routing').set({ presence, presence_at: now, last_seen_at: now, updated_at: now }).where('agent_id', '=', agentId).execute();
  if (before.presence !== presence) {
    await enqueue(db, ROUTING_REBALANCE_JOB, { workspaceId }, { dedupeKey: `${ROUTING_REBALANCE_JOB}:${workspaceId}:${Math.floor(now.getTime() / 5000)}`, maxAttempts: 3 });
  }
  return getAgentRoutingOrThrow(db, workspaceId, agentId);
}

/** The app is open: the agent was seen now. Presence itself does not change (see presence.ts). */
export async function presenceHeartbeat(db: Db, workspaceId: string, agentId: string, now = new Date()): Promise<AgentRoutingView> {
  await db.updateTable('agent_routing').set({ last_seen_at: now }).where('agent_id', '=', agentId).execute();
  return getAgentRoutingOrThrow(db, workspaceId, agentId);
}

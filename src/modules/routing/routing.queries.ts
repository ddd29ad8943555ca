import { sql, type Selectable } from 'kysely';
import type { Db } from '../database.js';
import { isOpen } from '../sla/calendar/business-time.js';
import { calendarById } from '../sla/calendars/calendar-lookup.js';
import type { RoutingCandidate } from './agent-choice.js';
import { CAPACITY_BUCKETS, DEFAULT_CAPACITY, type Capacity, type Load } from './routing.types.js';
import type { RoutingQueuesTable, RoutingRulesTable } from './routing.table.js';

export type QueueRow = Selectable<RoutingQueuesTable>;
export type RuleRow = Selectable<RoutingRulesTable>;

/** The workspace's queues in order; an empty list means the workspace does not use routing. */
export function loadQueues(db: Db, workspaceId: string): Promise<QueueRow[]> {
  return db.selectFrom('routing_queues').selectAll().where('workspace_id', '=', workspaceId).orderBy('position').orderBy('created_at').orderBy('id').execute();
}

export function loadRules(db: Db, workspaceId: string): Promise<RuleRow[]> {
  return db.selectFrom('routing_rules').selectAll().where('workspace_id', '=', workspaceId).orderBy('position').orderBy('created_at').orderBy('id').execute();
}

/** A stored capacity with every bucket present (older or partial rows take the defaults). */
export function fullCapacity(stored: Partial<Capacity> | null | undefined): Capacity {
  return { ...DEFAULT_CAPACITY, ...(stored ?? {}) };
}

/** Open (new/open) tickets per agent and capacity bucket. */
export async function loadByAgent(db: Db, workspaceId: string, agentIds: readonly string[]): Promise<Map<string, Load>> {
  const out = new Map<string, Load>();
  if (agentIds.length === 0) return out;
  const rows = await db
    .selectFrom('tickets')
    .select([
      'assignee_id',
      sql<number>`count(*) filter (where channel = 'chat')::int`.as('chat'),
      sql<number>`count(*) filter (where channel = 'email')::int`.as('email'),
      sql<number>`count(*) filter (where channel = 'marketplace')::int`.as('marketplace'),
      sql<number>`count(*) filter (where channel not in ('chat', 'email', 'marketplace'))::int`.as('other'),
    ])
    .where('workspace_id', '=', workspaceId)
    .where('assignee_id', 'in', [...agentIds])
    .where('status', 'in', ['new', 'open'])
    .groupBy('assignee_id')
    .execute();
  for (const row of rows) out.set(row.assignee_id!, { chat: row.chat, email: row.email, marketplace: row.marketplace, other: row.other });
  return out;
}

export const NO_LOAD: Load = Object.fromEntries(CAPACITY_BUCKETS.map((b) => [b, 0])) as Load;

/** Whether each shift calendar is open now; a missing calendar puts no limit on its agents. */
export async function shiftsOpen(db: Db, workspaceId: string, calendarIds: readonly (string | null)[], now: Date): Promise<Map<string, boolean>> {
  const open = new Map<string, boolean>();
  for (const id of new Set(calendarIds)) {
    if (!id) continue;
    const resolved = await calendarById(db, workspaceId, id);
    open.set(id, resolved ? isOpen(resolved.calendar, now) : true);
  }
  return open;
}

/**
 * The workspace's agents with their routing profiles and load, as routing weighs them. Only
 * agents with a routing profile (who set their presence or were given skills) are candidates.
 */
export async function loadCandidates(db: Db, workspaceId: string, now: Date, options: { onlineOnly?: boolean } = {}): Promise<RoutingCandidate[]> {
  let query = db
    .selectFrom('agent_routing as r')
    .innerJoin('agents as a', 'a.id', 'r.agent_id')
    .select([
      'a.id',
      'a.name',
      'a.level',
      'a.active',
      'a.brand_ids as brand_access',
      'r.languages',
      'r.intents',
      'r.channels',
      'r.brand_ids',
      'r.markets',
      'r.shift_calendar_id',
      'r.capacity',
      'r.presence',
      'r.last_assigned_at',
      (eb) => eb.selectFrom('agent_teams').select(sql<string[]>`array_agg(team_id)`.as('t')).whereRef('agent_teams.agent_id', '=', 'a.id').as('team_ids'),
    ])
    .where('r.workspace_id', '=', workspaceId)
    .where('a.active', '=', true);
  if (options.onlineOnly) query = query.where('r.presence', '=', 'online');
  const rows = await query.orderBy('a.id').execute();
  const loads = await loadByAgent(db, workspaceId, rows.map((r) => r.id));
  const shifts = await shiftsOpen(db, workspaceId, rows.map((r) => r.shift_calendar_id), now);
  return rows.map((row) => ({
    agentId: row.id,
    name: row.name,
    level: row.level,
    active: row.active,
    teamIds: row.team_ids ?? [],
    brandAccess: row.brand_access,
    presence: row.presence,
    onShift: row.shift_calendar_id ? (shifts.get(row.shift_calendar_id) ?? true) : true,
    hasShift: row.shift_calendar_id !== null,
    skills: { languages: row.languages, intents: row.intents, channels: row.channels, brandIds: row.brand_ids, markets: row.markets },
    capacity: fullCapacity(row.capacity),
    load: loads.get(row.id) ?? { ...NO_LOAD },
    lastAssignedAt: row.last_assigned_at,
  }));
}

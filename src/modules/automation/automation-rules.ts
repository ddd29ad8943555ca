import type { Selectable } from 'kysely';
import type { Db } from '../database.js';
import type { AutomationAction } from './actions/action.schema.js';
import type { AutomationRulesTable } from './automation.table.js';
import type { Condition } from './conditions/condition.schema.js';
import type { RuleTrigger } from './rule-trigger.js';

export interface AutomationRule {
  id: string;
  workspaceId: string;
  name: string;
  position: number;
  enabled: boolean;
  trigger: RuleTrigger;
  conditions: Condition;
  /** As stored, webhook secrets included: never hand these to the API as they are. */
  actions: AutomationAction[];
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toRule(row: Selectable<AutomationRulesTable>): AutomationRule {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    position: row.position,
    enabled: row.enabled,
    trigger: row.trigger,
    conditions: row.conditions,
    actions: row.actions,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The workspace's rules in the order they run. */
export async function loadRules(db: Db, workspaceId: string, filter: { trigger?: RuleTrigger; enabledOnly?: boolean } = {}): Promise<AutomationRule[]> {
  let query = db.selectFrom('automation_rules').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.trigger) query = query.where('trigger', '=', filter.trigger);
  if (filter.enabledOnly) query = query.where('enabled', '=', true);
  const rows = await query.orderBy('position').orderBy('created_at').orderBy('id').execute();
  return rows.map(toRule);
}

// Rules are read on every ticket change and written rarely. A write drops this process's copy at
// once; other processes see it within the time-to-live.
const CACHE_TTL_MS = 30_000;
const cache = new Map<string, { loadedAt: number; rules: AutomationRule[] }>();

/** The workspace's enabled rules for one trigger, in order (cached per workspace). */
export async function enabledRulesFor(db: Db, workspaceId: string, trigger: RuleTrigger): Promise<AutomationRule[]> {
  let entry = cache.get(workspaceId);
  if (!entry || Date.now() - entry.loadedAt > CACHE_TTL_MS) {
    entry = { loadedAt: Date.now(), rules: await loadRules(db, workspaceId, { enabledOnly: true }) };
    cache.set(workspaceId, entry);
  }
  return entry.rules.filter((r) => r.trigger === trigger);
}

/** Call after any write to a workspace's rules. */
export function forgetRules(workspaceId: string): void {
  cache.delete(workspaceId);
}

import { sql, type Kysely } from 'kysely';
import type { Database, Db } from '../database.js';
import { routeIfNeeded } from '../routing/route-ticket.js';
import { refreshTicketSla } from '../sla/clocks/refresh-ticket-sla.js';
import { SYSTEM_ACTOR } from '../tickets/ticket.events.js';
import { STATUSES, type TicketStatus } from '../tickets/ticket.table.js';
import { applyRuleActions } from './actions/apply-actions.js';
import { runError, runRulesInChain } from './automation-engine.js';
import { loadTicketFacts } from './automation-facts.js';
import { toRule, type AutomationRule } from './automation-rules.js';
import { isComparison, type Condition } from './conditions/condition.schema.js';
import { evaluateCondition } from './conditions/evaluate-condition.js';

export const SCHEDULE_JOB = 'automation.schedule';
export const SCHEDULE_EVERY_MS = 5 * 60_000;
const BATCH = 500;
/** Closed tickets are final; a scheduled rule may still act on solved ones when it asks for them by status. */
const DEFAULT_STATUSES: TicketStatus[] = ['new', 'open', 'pending', 'on_hold'];

export interface ScheduleSummary {
  rules: number;
  evaluated: number;
  fired: number;
}

/**
 * Runs every enabled `schedule` rule over the tickets it could match. A rule fires once per ticket
 * per status spell: the run's dedupe key is rule + ticket + the instant the status last changed,
 * so "pending for 3 days → remind" reminds once, and again only after the ticket left pending and
 * came back.
 */
export async function runScheduledRules(db: Kysely<Database>, now: Date = new Date()): Promise<ScheduleSummary> {
  const rows = await db.selectFrom('automation_rules').selectAll().where('trigger', '=', 'schedule').where('enabled', '=', true).orderBy('workspace_id').orderBy('position').execute();
  const summary: ScheduleSummary = { rules: rows.length, evaluated: 0, fired: 0 };
  for (const rule of rows.map(toRule)) {
    const statuses = statusesConstrainedBy(rule.conditions) ?? DEFAULT_STATUSES;
    const minHours = minHoursInStatus(rule.conditions);
    const spellStartedBy = minHours === null ? null : new Date(now.getTime() - minHours * 3_600_000);
    let after = 0;
    for (;;) {
      let query = db
        .selectFrom('tickets as t')
        .select('t.id')
        .where('t.workspace_id', '=', rule.workspaceId)
        .where('t.status', 'in', statuses)
        .where('t.merged_into_id', 'is', null)
        .where('t.id', '>', after);
      if (spellStartedBy) {
        // Only tickets whose status has not changed since then can be in it that long.
        query = query.where(sql<boolean>`coalesce((select e.created_at from ticket_events e where e.ticket_id = t.id
          and ((e.data -> 'status') is not null or (e.data -> 'changes' -> 'status') is not null) order by e.id desc limit 1), t.created_at) <= ${spellStartedBy}`);
      }
      const batch = await query.orderBy('t.id').limit(BATCH).execute();
      for (const { id } of batch) {
        summary.evaluated++;
        if (await runScheduledRuleOnTicket(db, rule, Number(id), now)) summary.fired++;
      }
      if (batch.length < BATCH) break;
      after = Number(batch.at(-1)!.id);
    }
  }
  return summary;
}

/**
 * The statuses a condition pins at its top level (`status eq/in`, alone or inside `all`), or null
 * when it leaves status open — a prefilter only; the condition itself is still evaluated.
 */
export function statusesConstrainedBy(condition: Condition): TicketStatus[] | null {
  const parts = isComparison(condition) ? [condition] : 'all' in condition ? condition.all : [];
  let allowed = null as Set<string> | null;
  for (const part of parts) {
    if (!isComparison(part) || part.field !== 'status') continue;
    const values = part.op === 'eq' ? [part.value] : part.op === 'in' && Array.isArray(part.value) ? part.value : null;
    if (!values) continue;
    const lowered = new Set(values.map((v) => String(v).toLowerCase()));
    allowed = allowed ? new Set([...allowed].filter((s) => lowered.has(s))) : lowered;
  }
  const pinned = allowed;
  return pinned ? STATUSES.filter((s) => pinned.has(s) && s !== 'closed') : null;
}

/** The least time in status a rule asks for at its top level (`hoursInStatus gte/gt N`), or null. */
export function minHoursInStatus(condition: Condition): number | null {
  const parts = isComparison(condition) ? [condition] : 'all' in condition ? condition.all : [];
  let hours: number | null = null;
  for (const part of parts) {
    if (!isComparison(part) || part.field !== 'hoursInStatus' || (part.op !== 'gte' && part.op !== 'gt') || typeof part.value !== 'number') continue;
    hours = Math.max(hours ?? 0, part.value);
  }
  return hours;
}

async function runScheduledRuleOnTicket(db: Kysely<Database>, rule: AutomationRule, ticketId: number, now: Date): Promise<boolean> {
  // Read without a transaction first: most tickets do not match, and those cost no lock.
  const first = await loadTicketFacts(db, rule.workspaceId, ticketId, { now });
  if (!first || !evaluateCondition(rule.conditions, first.facts)) return false;
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tickets').select('id').where('id', '=', ticketId).forUpdate().executeTakeFirst();
    const loaded = await loadTicketFacts(trx, rule.workspaceId, ticketId, { now });
    if (!loaded || loaded.mergedIntoId !== null || !evaluateCondition(rule.conditions, loaded.facts)) return false;
    const runId = await claimRun(trx, rule, ticketId, `${rule.id}:${ticketId}:${loaded.statusChangedAt.toISOString()}`);
    if (runId === null) return false;
    const applied = await applyRuleActions(trx, rule, { workspaceId: rule.workspaceId, ticketId, trigger: 'schedule', depth: 0, now });
    await trx.updateTable('automation_runs').set({ actions: JSON.stringify(applied.outcomes), error: runError(applied.outcomes) }).where('id', '=', runId).execute();
    if (Object.keys(applied.changes).length > 0) {
      // What follows a change by a person follows a change by a scheduled rule too (but not the rule itself).
      const change = { workspaceId: rule.workspaceId, ticketId, trigger: 'ticket.updated' as const, actor: SYSTEM_ACTOR, changes: applied.changes, at: now };
      await runRulesInChain(trx, change, { depth: 1, fired: new Set([rule.id]), now });
      await routeIfNeeded(trx, change);
      await refreshTicketSla(trx, rule.workspaceId, ticketId, now);
    }
    return true;
  });
}

/** The run row, claimed before acting: a second scheduler racing for the same spell gets null. */
async function claimRun(trx: Db, rule: AutomationRule, ticketId: number, dedupeKey: string): Promise<number | null> {
  const { rows } = await sql<{ id: string | number }>`
    insert into automation_runs (workspace_id, rule_id, ticket_id, trigger, depth, matched, actions, dedupe_key)
    values (${rule.workspaceId}, ${rule.id}, ${ticketId}, 'schedule', 0, true, '[]'::jsonb, ${dedupeKey})
    on conflict (rule_id, dedupe_key) do nothing
    returning id`.execute(trx);
  return rows[0] ? Number(rows[0].id) : null;
}

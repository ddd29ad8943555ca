import { sql } from 'kysely';
import type { Db } from '../database.js';
import { SYSTEM_ACTOR } from '../tickets/ticket.events.js';
import type { AutomationEvent } from '../workflow/ticket-change.js';
import { applyRuleActions, type FieldChange, type RuleApplication } from './actions/apply-actions.js';
import { loadTicketFacts } from './automation-facts.js';
import { enabledRulesFor, type AutomationRule } from './automation-rules.js';
import type { ActionOutcome } from './automation.table.js';
import { evaluateCondition } from './conditions/evaluate-condition.js';

/** Rule changes re-fire `ticket.updated` rules at most this many times in a chain. */
export const MAX_AUTOMATION_DEPTH = 3;

/** One chain of rule runs started by one event: how deep it is, and which rules already fired in it. */
export interface AutomationChain {
  depth: number;
  fired: Set<string>;
  now: Date;
}

type Changes = Record<string, FieldChange>;

/**
 * Runs the enabled rules for the event's trigger in order, each against facts that include the
 * changes of the rules before it. When rules changed the ticket, the `ticket.updated` rules get
 * one more pass at depth + 1 — without the rules that already fired in this chain, so a rule's
 * own changes never re-trigger it and two rules cannot ping-pong; past the depth limit the chain
 * stops and the cut is written on the last runs.
 */
export async function runRulesInChain(trx: Db, event: AutomationEvent, chain: AutomationChain, rules?: AutomationRule[]): Promise<void> {
  const candidates = (rules ?? (await enabledRulesFor(trx, event.workspaceId, event.trigger))).filter((r) => !chain.fired.has(r.id));
  if (candidates.length === 0) return;
  const load = () => loadTicketFacts(trx, event.workspaceId, event.ticketId, { now: chain.now, messageId: event.messageId, changes: event.changes, sla: event.sla });
  let loaded = await load();
  if (!loaded || loaded.mergedIntoId !== null) return;

  const levelChanges: Changes = {};
  const runIds: number[] = [];
  for (const rule of candidates) {
    if (!evaluateCondition(rule.conditions, loaded.facts)) continue;
    chain.fired.add(rule.id);
    const applied = await applyRuleSafely(trx, rule, event, chain);
    runIds.push(await logRun(trx, rule, event, chain.depth, applied));
    if (Object.keys(applied.changes).length === 0) continue;
    mergeChanges(levelChanges, applied.changes);
    loaded = (await load()) ?? loaded;
  }
  if (Object.keys(levelChanges).length === 0) return;
  if (chain.depth >= MAX_AUTOMATION_DEPTH) {
    const cut = `depth limit ${MAX_AUTOMATION_DEPTH} reached: the changes (${Object.keys(levelChanges).join(', ')}) did not run ticket.updated rules again`;
    await sql`update automation_runs set error = coalesce(error || '; ', '') || ${cut} where id in (${sql.join(runIds)})`.execute(trx);
    return;
  }
  const next: AutomationEvent = { workspaceId: event.workspaceId, ticketId: event.ticketId, trigger: 'ticket.updated', actor: SYSTEM_ACTOR, changes: levelChanges, at: chain.now };
  await runRulesInChain(trx, next, { ...chain, depth: chain.depth + 1 });
}

/** A rule that fails as a whole (not one action: those are caught one by one) is rolled back and logged, never the ticket change that fired it. */
async function applyRuleSafely(trx: Db, rule: AutomationRule, event: AutomationEvent, chain: AutomationChain): Promise<RuleApplication> {
  const savepoint = sql.raw(`automation_rule_${chain.depth}`);
  await sql`savepoint ${savepoint}`.execute(trx);
  try {
    const applied = await applyRuleActions(trx, rule, { workspaceId: event.workspaceId, ticketId: event.ticketId, trigger: event.trigger, depth: chain.depth, now: chain.now });
    await sql`release savepoint ${savepoint}`.execute(trx);
    return applied;
  } catch (error) {
    await sql`rollback to savepoint ${savepoint}`.execute(trx);
    return { outcomes: [{ type: 'rule', status: 'error', detail: error instanceof Error ? error.message : String(error) }], changes: {} };
  }
}

function mergeChanges(into: Changes, changes: Changes): void {
  for (const [field, change] of Object.entries(changes)) into[field] = { from: into[field]?.from ?? change.from, to: change.to };
}

export function runError(outcomes: ActionOutcome[]): string | null {
  const failed = outcomes.filter((o) => o.status === 'error');
  if (failed.length === 0) return null;
  return `${failed.length} of ${outcomes.length} actions failed: ${failed.map((o) => `${o.type}: ${o.detail ?? 'error'}`).join('; ')}`;
}

async function logRun(trx: Db, rule: AutomationRule, event: AutomationEvent, depth: number, applied: RuleApplication, dedupeKey: string | null = null): Promise<number> {
  const row = await trx
    .insertInto('automation_runs')
    .values({
      workspace_id: event.workspaceId,
      rule_id: rule.id,
      ticket_id: event.ticketId,
      trigger: event.trigger,
      depth,
      matched: true,
      actions: JSON.stringify(applied.outcomes),
      error: runError(applied.outcomes),
      dedupe_key: dedupeKey,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

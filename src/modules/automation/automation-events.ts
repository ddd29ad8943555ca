import type { Db } from '../database.js';
import { inTransaction } from '../transaction.js';
import type { AutomationEvent } from '../workflow/ticket-change.js';
import { runRulesInChain } from './automation-engine.js';

/**
 * Runs the workspace's enabled rules that listen to this event's trigger, in order, inside the
 * transaction of the change that caused it (see automation-engine.ts for order and loop rules).
 */
export async function runAutomationForEvent(trx: Db, event: AutomationEvent): Promise<void> {
  await inTransaction(trx, (db) => runRulesInChain(db, event, { depth: 0, fired: new Set(), now: event.at ?? new Date() }));
}

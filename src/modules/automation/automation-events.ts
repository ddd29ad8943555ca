import type { Db } from '../database.js';
import type { AutomationEvent } from '../workflow/ticket-change.js';

/** Runs the workspace's enabled rules that listen to this event's trigger (placeholder until the engine lands). */
export async function runAutomationForEvent(_trx: Db, _event: AutomationEvent): Promise<void> {}

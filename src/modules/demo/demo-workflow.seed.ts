import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { seedDemoAutomation } from '../automation/automation.demo.js';
import { seedDemoRouting } from '../routing/routing.demo.js';
import { seedDemoSla } from '../sla/sla.demo.js';

/**
 * The demo's business hours, SLA clocks, routing and automation rules, in that order: the rules
 * look up the queues and policies the earlier seeds create by name.
 */
export async function seedDemoWorkflow(db: Kysely<Database>, workspaceId: string): Promise<void> {
  await seedDemoSla(db, workspaceId);
  await seedDemoRouting(db, workspaceId);
  await seedDemoAutomation(db, workspaceId);
}

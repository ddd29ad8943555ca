import type { Db } from '../database.js';
import { ensureAgentLevels } from '../agents/agent.service.js';
import { ensureStarterTemplates } from '../replies/templates/template-seed.js';
import { ensureStarterSlaPolicies } from '../sla/policies/policy.service.js';

export interface NewWorkspace {
  name: string;
  baseCurrency?: string;
  timezone?: string;
  isDemo?: boolean;
}

export async function createWorkspace(db: Db, input: NewWorkspace): Promise<string> {
  const row = await db
    .insertInto('workspaces')
    .values({
      name: input.name,
      base_currency: input.baseCurrency ?? 'USD',
      timezone: input.timezone ?? 'UTC',
      is_demo: input.isDemo ?? false,
      settings: '{}',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ensureAgentLevels(db, row.id);
  await ensureStarterTemplates(db, row.id);
  await ensureStarterSlaPolicies(db, row.id);
  return row.id;
}

export async function firstWorkspace(db: Db): Promise<{ id: string; isDemo: boolean } | undefined> {
  const row = await db.selectFrom('workspaces').select(['id', 'is_demo']).orderBy('created_at').limit(1).executeTakeFirst();
  return row && { id: row.id, isDemo: row.is_demo };
}

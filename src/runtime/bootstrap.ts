import type { Kysely } from 'kysely';
import { createAgent } from '../modules/agents/agent.service.js';
import { recordAudit } from '../modules/audit/audit.service.js';
import { createSetupToken } from '../modules/auth/setup.service.js';
import type { Database } from '../modules/database.js';
import { seedDemoWorkspace, type DemoLogin } from '../modules/demo/demo.seed.js';
import { seedDemoWorkflow } from '../modules/demo/demo-workflow.seed.js';
import { createWorkspace, firstWorkspace } from '../modules/workspaces/workspace.service.js';
import type { Config } from '../platform/config.js';

export type BootstrapOutcome =
  | { kind: 'existing'; workspaceId: string; isDemo: boolean }
  | { kind: 'demo'; workspaceId: string; logins: DemoLogin[] }
  | { kind: 'admin'; workspaceId: string; email: string }
  | { kind: 'setup'; workspaceId: string; setupUrl: string };

/**
 * First start: seeds the demo workspace, or creates the admin from the environment, or makes a
 * one-time setup link. Later starts find the workspace and do nothing.
 */
export async function bootstrapWorkspace(db: Kysely<Database>, config: Config): Promise<BootstrapOutcome> {
  const existing = await firstWorkspace(db);
  if (existing) {
    const admins = await db.selectFrom('agents').select('id').where('workspace_id', '=', existing.id).where('role', '=', 'admin').where('active', '=', true).executeTakeFirst();
    if (admins || existing.isDemo) return { kind: 'existing', workspaceId: existing.id, isDemo: existing.isDemo };
    return db.transaction().execute((trx) => createFirstAdmin(trx, config, existing.id));
  }
  if (config.demo) {
    const { workspaceId, logins } = await seedDemoWorkspace(db);
    await seedDemoWorkflow(db, workspaceId);
    return { kind: 'demo', workspaceId, logins };
  }
  return db.transaction().execute(async (trx) => {
    const workspaceId = await createWorkspace(trx, { name: config.workspaceName });
    return createFirstAdmin(trx, config, workspaceId);
  });
}

async function createFirstAdmin(db: Kysely<Database>, config: Config, workspaceId: string): Promise<BootstrapOutcome> {
  if (config.admin) {
    const agent = await createAgent(db, workspaceId, {
      email: config.admin.email,
      name: 'Administrator',
      role: 'admin',
      level: 'senior',
      password: config.admin.password,
    });
    await recordAudit(db, { workspaceId, action: 'agent.created', actor: { kind: 'system' }, subjectType: 'agent', subjectId: agent.id, data: { via: 'environment' } });
    return { kind: 'admin', workspaceId, email: config.admin.email };
  }
  const token = await createSetupToken(db, workspaceId);
  return { kind: 'setup', workspaceId, setupUrl: `${config.publicUrl}/setup?token=${encodeURIComponent(token)}` };
}

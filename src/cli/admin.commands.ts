import type { Command } from 'commander';
import { createAgent } from '../modules/agents/agent.service.js';
import { LEVELS, ROLES, type Level, type Role } from '../modules/agents/agent.table.js';
import { recordAudit } from '../modules/audit/audit.service.js';
import { createApiToken } from '../modules/auth/auth.service.js';
import { createWorkspace, firstWorkspace } from '../modules/workspaces/workspace.service.js';
import { loadConfig } from '../platform/config.js';
import { openRuntime } from '../runtime/runtime.js';
import { AppError } from '../shared/errors.js';
import { withRuntime } from './runtime-for-cli.js';

export function registerAdminCommands(program: Command): void {
  program
    .command('migrate')
    .description('Bring the database schema up to date')
    .action(async () => {
      const runtime = await openRuntime(loadConfig());
      console.log(`Database (${runtime.database.kind}) is up to date.`);
      await runtime.close();
    });

  program
    .command('create-agent')
    .description('Create an agent in the first workspace')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .option('--role <role>', `one of ${ROLES.join(', ')}`, 'agent')
    .option('--level <level>', `one of ${LEVELS.join(', ')}`, 'junior')
    .option('--password <password>', 'at least 10 characters (or set MERIDIAN_NEW_AGENT_PASSWORD)')
    .action(async (opts: { email: string; name: string; role: string; level: string; password?: string }) => {
      if (!ROLES.includes(opts.role as Role)) throw new AppError('validation_failed', `--role must be one of ${ROLES.join(', ')}.`);
      if (!LEVELS.includes(opts.level as Level)) throw new AppError('validation_failed', `--level must be one of ${LEVELS.join(', ')}.`);
      await withRuntime(async ({ db, config }) => {
        // An operator may create the first agent before the first start.
        const workspace = (await firstWorkspace(db))?.id ?? (await createWorkspace(db, { name: config.workspaceName }));
        const password = opts.password ?? process.env.MERIDIAN_NEW_AGENT_PASSWORD;
        const agent = await createAgent(db, workspace, {
          email: opts.email,
          name: opts.name,
          role: opts.role as Role,
          level: opts.level as Level,
          ...(password ? { password } : {}),
        });
        await recordAudit(db, { workspaceId: workspace, action: 'agent.created', actor: { kind: 'cli' }, subjectType: 'agent', subjectId: agent.id });
        console.log(`Created ${agent.role} ${agent.email} (${agent.id}).`);
      });
    });

  const token = program.command('token').description('API tokens');
  token
    .command('create')
    .description('Create an API token for an agent; it is printed once')
    .requiredOption('--agent <email>')
    .requiredOption('--name <name>')
    .action(async (opts: { agent: string; name: string }) => {
      await withRuntime(async ({ db }) => {
        const agent = await db
          .selectFrom('agents')
          .select(['id', 'workspace_id', 'active'])
          .where((eb) => eb(eb.fn('lower', ['email']), '=', opts.agent.toLowerCase()))
          .executeTakeFirst();
        if (!agent) throw new AppError('not_found', `No agent with e-mail ${opts.agent}.`);
        if (!agent.active) throw new AppError('unprocessable', `Agent ${opts.agent} is deactivated.`);
        const created = await createApiToken(db, { workspaceId: agent.workspace_id, agentId: agent.id, name: opts.name });
        await recordAudit(db, { workspaceId: agent.workspace_id, action: 'api_token.created', actor: { kind: 'cli' }, subjectType: 'api_token', subjectId: created.view.id });
        console.log(created.token);
      });
    });
}

export async function firstWorkspaceOrThrow(db: Parameters<typeof firstWorkspace>[0]): Promise<string> {
  const workspace = await firstWorkspace(db);
  if (!workspace) throw new AppError('not_found', 'There is no workspace yet: run `meridian serve` once first.');
  return workspace.id;
}

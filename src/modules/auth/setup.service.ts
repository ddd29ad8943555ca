import { AppError } from '../../shared/errors.js';
import { hashToken, randomToken } from '../../shared/secrets.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../database.js';
import { hashPassword } from './password.js';

const SETUP_TTL_MS = 24 * 3_600_000;

/** A one-time link for creating the first admin when no admin was configured. */
export async function createSetupToken(db: Db, workspaceId: string): Promise<string> {
  const token = randomToken('setup_');
  await db
    .insertInto('setup_tokens')
    .values({ token_hash: hashToken(token), workspace_id: workspaceId, expires_at: new Date(Date.now() + SETUP_TTL_MS) })
    .execute();
  return token;
}

/** Uses a setup token once to create the workspace's first admin. */
export async function completeSetup(
  db: Db,
  input: { token: string; email: string; name: string; password: string },
): Promise<{ agentId: string; workspaceId: string }> {
  const row = await db
    .updateTable('setup_tokens')
    .set({ used_at: new Date() })
    .where('token_hash', '=', hashToken(input.token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .returning('workspace_id')
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'This setup link is unknown, used or expired. Restart Meridian for a new one.');
  const taken = await db
    .selectFrom('agents')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email.toLowerCase()))
    .executeTakeFirst();
  if (taken) throw new AppError('conflict', 'An agent with this e-mail already exists.');
  const agent = await db
    .insertInto('agents')
    .values({
      workspace_id: row.workspace_id,
      email: input.email.toLowerCase(),
      name: input.name,
      role: 'admin',
      level: 'senior',
      password_hash: await hashPassword(input.password),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(db, {
    workspaceId: row.workspace_id,
    action: 'setup.completed',
    actor: { kind: 'system' },
    subjectType: 'agent',
    subjectId: agent.id,
  });
  return { agentId: agent.id, workspaceId: row.workspace_id };
}

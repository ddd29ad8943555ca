import type { Db } from '../database.js';
import type { Principal } from './principal.js';

const principalColumns = [
  'agents.id as agentId',
  'agents.workspace_id as workspaceId',
  'agents.email',
  'agents.name',
  'agents.role',
  'agents.level',
  'agents.brand_ids as brandIds',
] as const;

export async function findPrincipalBySession(db: Db, tokenHash: string) {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('agents', 'agents.id', 'sessions.agent_id')
    .select([...principalColumns, 'sessions.csrf_token as csrfToken', 'sessions.last_seen_at as lastSeenAt'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', new Date())
    .where('agents.active', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  const { csrfToken, lastSeenAt, ...principal } = row;
  return { principal: { ...principal, via: 'session' } satisfies Principal, csrfToken, lastSeenAt };
}

export async function findPrincipalByApiToken(db: Db, tokenHash: string): Promise<(Principal & { tokenId: string }) | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('agents', 'agents.id', 'api_tokens.agent_id')
    .select([...principalColumns, 'api_tokens.id as tokenId'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where('agents.active', '=', true)
    .executeTakeFirst();
  return row ? { ...row, via: 'token' } : undefined;
}

export async function touchSession(db: Db, tokenHash: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: new Date() }).where('token_hash', '=', tokenHash).execute();
}

export async function touchApiToken(db: Db, tokenId: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', tokenId).execute();
}

import { AppError } from '../../shared/errors.js';
import { hashToken, randomToken, safeEqual } from '../../shared/secrets.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../database.js';
import { findPrincipalByApiToken, findPrincipalBySession, touchApiToken, touchSession } from './auth.queries.js';
import { verifyDecoy, verifyPassword } from './password.js';
import type { Principal } from './principal.js';

export const API_TOKEN_PREFIX = 'mrd_';
// Last-used times are for people (which token is still in use?), so a minute's precision is
// enough and a busy integration does not write on every request.
const SESSION_TOUCH_INTERVAL_MS = 60_000;
const tokenTouchedAt = new Map<string, number>();

export interface LoginResult {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  principal: Principal;
}

export async function login(
  db: Db,
  input: { email: string; password: string; userAgent?: string; ip?: string },
  ttlMs: number,
): Promise<LoginResult> {
  const agent = await db
    .selectFrom('agents')
    .select(['id', 'workspace_id', 'password_hash', 'active'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email.toLowerCase()))
    .executeTakeFirst();
  const ok = agent?.active ? await verifyPassword(agent.password_hash, input.password) : await verifyDecoy(input.password);
  if (!agent || !ok) {
    await recordAudit(db, {
      workspaceId: agent?.workspace_id ?? null,
      action: 'auth.login_failed',
      actor: { kind: 'system' },
      subjectType: 'agent',
      ...(agent ? { subjectId: agent.id } : {}),
      ...(input.ip ? { ip: input.ip } : {}),
    });
    throw new AppError('invalid_credentials', 'The e-mail or password is wrong.');
  }
  const sessionToken = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(Date.now() + ttlMs);
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(sessionToken),
      agent_id: agent.id,
      csrf_token: csrfToken,
      expires_at: expiresAt,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  await db.updateTable('agents').set({ last_login_at: new Date() }).where('id', '=', agent.id).execute();
  const session = await findPrincipalBySession(db, hashToken(sessionToken));
  if (!session) throw new AppError('internal', 'The new session could not be read back.');
  await recordAudit(db, {
    workspaceId: agent.workspace_id,
    action: 'auth.login',
    actor: session.principal,
    ...(input.ip ? { ip: input.ip } : {}),
  });
  return { sessionToken, csrfToken, expiresAt, principal: session.principal };
}

export async function logout(db: Db, sessionToken: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(sessionToken)).execute();
}

export async function revokeAgentSessions(db: Db, agentId: string): Promise<void> {
  forgetCachedTokens((p) => p.agentId === agentId);
  await db.deleteFrom('sessions').where('agent_id', '=', agentId).execute();
}

export interface SessionAuth {
  principal: Principal;
  csrfToken: string;
}

export async function authenticateSession(db: Db, sessionToken: string): Promise<SessionAuth | undefined> {
  const tokenHash = hashToken(sessionToken);
  const found = await findPrincipalBySession(db, tokenHash);
  if (!found) return undefined;
  if (Date.now() - found.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) await touchSession(db, tokenHash);
  return { principal: found.principal, csrfToken: found.csrfToken };
}

/**
 * Integrations call the API many times a second with one token, so a resolved token is kept
 * for a few seconds. A revocation or deactivation takes effect at once in the process that
 * made it and within TOKEN_CACHE_MS in the others.
 */
export const TOKEN_CACHE_MS = 5_000;
const tokenCache = new Map<string, { principal: Principal & { tokenId: string }; until: number }>();

export function forgetCachedTokens(match: (principal: Principal & { tokenId: string }) => boolean): void {
  for (const [hash, entry] of tokenCache) if (match(entry.principal)) tokenCache.delete(hash);
}

export async function authenticateApiToken(db: Db, token: string): Promise<Principal | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return undefined;
  const tokenHash = hashToken(token);
  const now = Date.now();
  const cached = tokenCache.get(tokenHash);
  let found = cached && cached.until > now ? cached.principal : undefined;
  if (!found) {
    found = await findPrincipalByApiToken(db, tokenHash);
    if (!found) return undefined;
    if (tokenCache.size > 10_000) tokenCache.clear();
    tokenCache.set(tokenHash, { principal: found, until: now + TOKEN_CACHE_MS });
  }
  const { tokenId, ...principal } = found;
  if (now - (tokenTouchedAt.get(tokenId) ?? 0) > SESSION_TOUCH_INTERVAL_MS) {
    tokenTouchedAt.set(tokenId, now);
    void touchApiToken(db, tokenId).catch(() => undefined);
  }
  return principal;
}

export function csrfMatches(expected: string, given: string | undefined): boolean {
  return given !== undefined && safeEqual(expected, given);
}

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  agentId: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Creates an API token for an agent; the plain token is returned once and never stored. */
export async function createApiToken(
  db: Db,
  input: { workspaceId: string; agentId: string; name: string },
): Promise<{ token: string; view: ApiTokenView }> {
  const token = randomToken(API_TOKEN_PREFIX);
  const row = await db
    .insertInto('api_tokens')
    .values({
      workspace_id: input.workspaceId,
      agent_id: input.agentId,
      name: input.name,
      token_hash: hashToken(token),
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { token, view: toTokenView(row) };
}

export async function listApiTokens(db: Db, workspaceId: string, agentId?: string): Promise<ApiTokenView[]> {
  let query = db.selectFrom('api_tokens').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at', 'desc');
  if (agentId) query = query.where('agent_id', '=', agentId);
  return (await query.execute()).map(toTokenView);
}

export async function revokeApiToken(db: Db, workspaceId: string, tokenId: string): Promise<ApiTokenView | undefined> {
  const row = await db
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('id', '=', tokenId)
    .where('workspace_id', '=', workspaceId)
    .returningAll()
    .executeTakeFirst();
  forgetCachedTokens((p) => p.tokenId === tokenId);
  return row && toTokenView(row);
}

function toTokenView(row: {
  id: string;
  name: string;
  prefix: string;
  agent_id: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    agentId: row.agent_id,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

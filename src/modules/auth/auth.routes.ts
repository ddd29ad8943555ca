import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { AppError, notFound } from '../../shared/errors.js';
import { uuid } from '../../shared/schemas.js';
import { auditRequest } from '../audit/audit.http.js';
import type { ModuleContext } from '../context.js';
import type { Db } from '../database.js';
import type { RouteApp } from '../route-types.js';
import { createTokenBody, loginBody, sessionView, setupBody, tokenView } from './auth.schemas.js';
import { createApiToken, listApiTokens, login, logout, revokeApiToken } from './auth.service.js';
import { principalOf } from './guards.js';
import { hasRole, type Principal } from './principal.js';
import { completeSetup } from './setup.service.js';

export const SESSION_COOKIE = 'meridian_session';

export function registerAuthRoutes(app: RouteApp, { db, config }: ModuleContext): void {
  const tags = ['auth'];
  const setSessionCookie = (reply: FastifyReply, token: string, expires: Date) =>
    reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: config.cookieSecure, path: '/', expires });

  app.post('/api/auth/login', {
    config: {
      access: 'public',
      rateLimit: { max: config.loginRatePerMinute, timeWindow: 60_000 },
    },
    schema: {
      tags,
      summary: 'Sign in with e-mail and password',
      description: 'Sets an httpOnly session cookie. Send the returned `csrfToken` as `X-CSRF-Token` on every write.',
      body: loginBody,
      response: { 200: sessionView },
    },
    handler: async (request, reply) => {
      const result = await login(
        db,
        { ...request.body, ip: request.ip, ...(request.headers['user-agent'] ? { userAgent: request.headers['user-agent'] } : {}) },
        config.sessionTtlMs,
      );
      setSessionCookie(reply, result.sessionToken, result.expiresAt);
      return sessionPayload(db, result.principal, result.csrfToken);
    },
  });

  app.post('/api/auth/logout', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Sign out (ends this session)', response: { 204: z.null() } },
    handler: async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logout(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  });

  app.get('/api/auth/me', {
    config: { access: 'agent' },
    schema: { tags, summary: 'The signed-in agent, workspace and CSRF token', response: { 200: sessionView } },
    handler: async (request) => sessionPayload(db, principalOf(request), request.csrfToken ?? null),
  });

  app.post('/api/setup', {
    config: { access: 'public', rateLimit: { max: config.loginRatePerMinute, timeWindow: 60_000 } },
    schema: {
      tags,
      summary: 'Create the first admin with the one-time setup token printed at first start',
      body: setupBody,
      response: { 201: sessionView },
    },
    handler: async (request, reply) => {
      const { email, password } = request.body;
      await completeSetup(db, request.body);
      const result = await login(db, { email, password, ip: request.ip }, config.sessionTtlMs);
      setSessionCookie(reply, result.sessionToken, result.expiresAt);
      return reply.code(201).send(await sessionPayload(db, result.principal, result.csrfToken));
    },
  });

  app.get('/api/tokens', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: "List API tokens (your own; an admin's list shows everyone's)",
      response: { 200: z.object({ items: z.array(tokenView) }) },
    },
    handler: async (request) => {
      const principal = principalOf(request);
      return { items: await listApiTokens(db, principal.workspaceId, hasRole(principal, 'admin') ? undefined : principal.agentId) };
    },
  });

  app.post('/api/tokens', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Create an API token for yourself; the token is shown only in this response',
      body: createTokenBody,
      response: { 201: z.object({ token: z.string(), info: tokenView }) },
    },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      const { token, view } = await createApiToken(db, { workspaceId: principal.workspaceId, agentId: principal.agentId, name: request.body.name });
      await auditRequest(db, request, 'api_token.created', { type: 'api_token', id: view.id });
      return reply.code(201).send({ token, info: view });
    },
  });

  app.delete('/api/tokens/:id', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Revoke an API token', params: z.object({ id: uuid }).strict(), response: { 200: tokenView } },
    handler: async (request) => {
      const principal = principalOf(request);
      const tokens = await listApiTokens(db, principal.workspaceId, hasRole(principal, 'admin') ? undefined : principal.agentId);
      if (!tokens.some((t) => t.id === request.params.id)) throw notFound('API token', request.params.id);
      const revoked = await revokeApiToken(db, principal.workspaceId, request.params.id);
      if (!revoked) throw notFound('API token', request.params.id);
      await auditRequest(db, request, 'api_token.revoked', { type: 'api_token', id: revoked.id });
      return revoked;
    },
  });
}

async function sessionPayload(db: Db, principal: Principal, csrfToken: string | null) {
  const [agent, workspace] = await Promise.all([
    db.selectFrom('agents').select(['locale', 'timezone']).where('id', '=', principal.agentId).executeTakeFirstOrThrow(),
    db
      .selectFrom('workspaces')
      .select(['id', 'name', 'is_demo', 'base_currency'])
      .where('id', '=', principal.workspaceId)
      .executeTakeFirstOrThrow(),
  ]);
  if (!workspace) throw new AppError('internal', 'The workspace of this agent is missing.');
  return {
    agent: {
      id: principal.agentId,
      workspaceId: principal.workspaceId,
      email: principal.email,
      name: principal.name,
      role: principal.role,
      level: principal.level,
      brandIds: principal.brandIds,
      locale: agent.locale,
      timezone: agent.timezone,
    },
    csrfToken,
    workspace: { id: workspace.id, name: workspace.name, isDemo: workspace.is_demo, baseCurrency: workspace.base_currency },
  };
}

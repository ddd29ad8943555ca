import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { authenticateApiToken, authenticateSession, csrfMatches } from '../modules/auth/auth.service.js';
import { SESSION_COOKIE } from '../modules/auth/auth.routes.js';
import type { Access } from '../modules/auth/guards.js';
import { hasRole } from '../modules/auth/principal.js';
import type { Database } from '../modules/database.js';
import { AppError } from '../shared/errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller (API token in `Authorization: Bearer`, else the session cookie) and
 * enforces the route's declared access and CSRF on cookie-authenticated writes.
 */
export function installAuthentication(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    if (route.url.startsWith('/api/docs')) {
      route.config = { ...route.config, access: 'public' };
      return;
    }
    if (!route.config?.access) throw new Error(`Route ${route.method} ${route.url} does not declare config.access.`);
  });

  app.addHook('onRequest', async (request) => {
    const access: Access | undefined = request.routeOptions.config?.access;
    if (!access) return;
    await resolvePrincipal(db, request);
    if (access === 'public') return;
    if (!request.principal) throw new AppError('unauthenticated', 'Sign in or send an API token (Authorization: Bearer …).');
    if (!hasRole(request.principal, access)) throw new AppError('forbidden', `This needs the ${access} role or higher.`);
    if (request.principal.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const given = request.headers['x-csrf-token'];
      if (!csrfMatches(request.csrfToken ?? '', typeof given === 'string' ? given : undefined)) {
        throw new AppError('csrf_failed', 'Missing or wrong X-CSRF-Token header; reload the app and try again.');
      }
    }
  });
}

async function resolvePrincipal(db: Kysely<Database>, request: FastifyRequest): Promise<void> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const principal = match?.[1] ? await authenticateApiToken(db, match[1]) : undefined;
    if (!principal) throw new AppError('unauthenticated', 'The API token is unknown or revoked.');
    request.principal = principal;
    return;
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return;
  const session = await authenticateSession(db, token);
  if (session) {
    request.principal = session.principal;
    request.csrfToken = session.csrfToken;
  }
}

import type { FastifyRequest } from 'fastify';
import { AppError } from '../../shared/errors.js';
import type { Role } from '../agents/agent.table.js';
import type { Principal } from './principal.js';

/** Every /api route declares who may call it; the app refuses to start if one does not. */
export type Access = 'public' | Role;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** The session's CSRF token (cookie sessions only). */
    csrfToken: string | null;
  }
}

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('unauthenticated', 'Sign in or send an API token.');
  return request.principal;
}

import type { FastifyRequest } from 'fastify';
import { principalOf } from '../auth/guards.js';
import type { Db } from '../database.js';
import { recordAudit } from './audit.service.js';

/** Records a privileged action taken through the API by the calling agent. */
export function auditRequest(
  db: Db,
  request: FastifyRequest,
  action: string,
  subject: { type: string; id: string },
  data?: Record<string, unknown>,
): Promise<void> {
  const principal = principalOf(request);
  return recordAudit(db, {
    workspaceId: principal.workspaceId,
    action,
    actor: principal,
    subjectType: subject.type,
    subjectId: subject.id,
    ip: request.ip,
    ...(data ? { data } : {}),
  });
}

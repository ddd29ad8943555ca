import { z } from 'zod';
import { principalOf } from '../auth/guards.js';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { listAudit } from './audit.service.js';

const auditEntry = z.object({
  id: z.number(),
  action: z.string(),
  actorKind: z.string(),
  actorId: z.string().nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  createdAt: z.string(),
});

export function registerAuditRoutes(app: RouteApp, { db }: ModuleContext): void {
  app.get('/api/audit', {
    config: { access: 'admin' },
    schema: {
      tags: ['audit'],
      summary: 'The audit log of privileged actions, newest first',
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), before: z.coerce.number().int().positive().optional() }).strict(),
      response: { 200: z.object({ items: z.array(auditEntry) }) },
    },
    handler: async (request) => ({
      items: await listAudit(db, principalOf(request).workspaceId, request.query.limit, request.query.before),
    }),
  });
}

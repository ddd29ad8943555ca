import { z } from 'zod';
import { principalOf } from '../auth/guards.js';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { listNotifications, markNotificationsRead } from './notification.service.js';

const notificationView = z.object({
  id: z.number(),
  ticketId: z.number().nullable(),
  kind: z.string(),
  data: z.record(z.string(), z.unknown()),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});

export function registerNotificationRoutes(app: RouteApp, { db }: ModuleContext): void {
  const tags = ['notifications'];

  app.get('/api/notifications', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: "The calling agent's notifications, newest first, with the unread count",
      querystring: z.object({ unread: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }).strict(),
      response: { 200: z.object({ items: z.array(notificationView), unread: z.number() }) },
    },
    handler: async (request) => listNotifications(db, principalOf(request).agentId, { unreadOnly: request.query.unread === 'true', limit: request.query.limit }),
  });

  app.post('/api/notifications/read', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Mark notifications read: the given ids, or all of them',
      body: z.union([z.object({ ids: z.array(z.number().int().positive()).max(500) }).strict(), z.object({ all: z.literal(true) }).strict()]),
      response: { 200: z.object({ updated: z.number() }) },
    },
    handler: async (request) => ({ updated: await markNotificationsRead(db, principalOf(request).agentId, 'ids' in request.body ? request.body.ids : 'all') }),
  });
}

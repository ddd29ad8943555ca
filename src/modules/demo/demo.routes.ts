import { z } from 'zod';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { listDemoLogins } from './demo.seed.js';

export function registerDemoRoutes(app: RouteApp, { db }: ModuleContext): void {
  app.get('/api/demo/logins', {
    config: { access: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'The demo workspace’s sign-ins, for the login screen; empty when no demo workspace exists',
      response: {
        200: z.object({ items: z.array(z.object({ email: z.string(), password: z.string(), name: z.string(), role: z.string() })) }),
      },
    },
    handler: async () => ({ items: await listDemoLogins(db) }),
  });
}

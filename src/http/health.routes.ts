import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

export function registerHealthRoutes(app: FastifyInstance, db: Kysely<any>, info: { version: string; backend: string }): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['health'],
      summary: 'Liveness: the process is up',
      response: { 200: z.object({ status: z.literal('ok'), version: z.string(), backend: z.string() }) },
    },
    handler: async () => ({ status: 'ok' as const, ...info }),
  });

  typed.get('/api/ready', {
    config: { access: 'public' },
    schema: {
      tags: ['health'],
      summary: 'Readiness: the database answers and is migrated',
      response: {
        200: z.object({ status: z.literal('ready') }),
        503: z.object({ status: z.literal('unavailable'), reason: z.string() }),
      },
    },
    handler: async (_request, reply) => {
      try {
        await sql`select 1 from workspaces limit 1`.execute(db);
        return { status: 'ready' as const };
      } catch (error) {
        const reason = error instanceof Error ? error.message : 'database unreachable';
        return reply.code(503).send({ status: 'unavailable' as const, reason });
      }
    },
  });
}

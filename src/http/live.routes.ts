import type { FastifyInstance } from 'fastify';
import { principalOf } from '../modules/auth/guards.js';
import { canSeeBrand } from '../modules/auth/principal.js';
import type { DatabaseHandle } from '../platform/db/database.js';
import { LIVE_CHANNEL, type LiveEvent } from '../shared/live.js';

const HEARTBEAT_MS = 25_000;

type Client = (event: LiveEvent) => void;

/**
 * Server-sent events of ticket changes. One LISTEN per process fans out to every open stream;
 * on PostgreSQL, NOTIFY reaches the streams of every app process sharing the database.
 */
export async function registerLiveRoutes(app: FastifyInstance, database: DatabaseHandle<any>): Promise<void> {
  const clients = new Set<Client>();
  const unlisten = await database.listen(LIVE_CHANNEL, (payload) => {
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
    } catch {
      return;
    }
    for (const client of clients) client(event);
  });
  app.addHook('onClose', async () => {
    await unlisten();
  });

  app.get('/api/live', {
    config: { access: 'agent' },
    schema: {
      tags: ['live'],
      summary: 'Server-sent events: ticket.created, ticket.updated, message.sent … for your workspace',
      description: 'Each event is `event: <type>` with JSON data `{type, ticketId, brandId, messageId?, actorId}`. Reconnect and re-fetch on error.',
    },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      raw.write(`retry: 3000\n: connected\n\n`);
      const client: Client = (event) => {
        if (event.workspaceId !== principal.workspaceId) return;
        if (event.brandId && !canSeeBrand(principal, event.brandId)) return;
        const { workspaceId: _ignored, ...data } = event;
        raw.write(`event: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      clients.add(client);
      const heartbeat = setInterval(() => raw.write(': ping\n\n'), HEARTBEAT_MS);
      const close = () => {
        clearInterval(heartbeat);
        clients.delete(client);
      };
      request.raw.on('close', close);
      raw.on('error', close);
    },
  });
}

import type { FastifyInstance } from 'fastify';
import { principalOf } from '../modules/auth/guards.js';
import { canSeeBrand } from '../modules/auth/principal.js';
import type { DatabaseHandle } from '../platform/db/database.js';
import { LIVE_CHANNEL, type LiveEvent } from '../shared/live.js';

const HEARTBEAT_MS = 25_000;
const MAX_BUFFERED_BYTES = 1_048_576;

/** An event as received, with its SSE frame built once for every stream that gets it. */
type Client = (event: LiveEvent, frame: string) => void;

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
    const { workspaceId: _workspace, ...data } = event;
    const frame = `event: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const client of clients) client(event, frame);
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
      const client: Client = (event, frame) => {
        if (event.workspaceId !== principal.workspaceId) return;
        if (event.brandId && !canSeeBrand(principal, event.brandId)) return;
        // A stream that stopped reading is dropped rather than buffered without bound; the app
        // reconnects and re-fetches.
        if (raw.writableLength > MAX_BUFFERED_BYTES) raw.destroy();
        else raw.write(frame);
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

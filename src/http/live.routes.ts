import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import { principalOf } from '../modules/auth/guards.js';
import { canSeeBrand, type Principal } from '../modules/auth/principal.js';
import type { DatabaseHandle } from '../platform/db/database.js';
import { LIVE_CHANNEL, type LiveEvent } from '../shared/live.js';

const HEARTBEAT_MS = 25_000;
/** Events are sent in batches: one write per stream per window instead of one per event. */
const FLUSH_MS = 200;
const MAX_BUFFERED_BYTES = 1_048_576;

interface Stream {
  principal: Principal;
  response: ServerResponse;
  pending: string;
}

/**
 * Server-sent events of ticket changes. One LISTEN per process fans out to every open stream;
 * on PostgreSQL, NOTIFY reaches the streams of every app process sharing the database.
 */
export async function registerLiveRoutes(app: FastifyInstance, database: DatabaseHandle<any>): Promise<void> {
  const streams = new Set<Stream>();
  let flushTimer: NodeJS.Timeout | undefined;

  const flush = () => {
    flushTimer = undefined;
    for (const stream of streams) {
      if (!stream.pending) continue;
      // A stream that stopped reading is dropped rather than buffered without bound; the app
      // reconnects and re-fetches.
      if (stream.response.writableLength > MAX_BUFFERED_BYTES) stream.response.destroy();
      else stream.response.write(stream.pending);
      stream.pending = '';
    }
  };

  const unlisten = await database.listen(LIVE_CHANNEL, (payload) => {
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
    } catch {
      return;
    }
    const { workspaceId: _workspace, ...data } = event;
    const frame = `event: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const stream of streams) {
      if (event.workspaceId !== stream.principal.workspaceId) continue;
      if (event.brandId && !canSeeBrand(stream.principal, event.brandId)) continue;
      // A notification is news for its addressee only.
      if (event.type === 'notification.created' && event.data?.agentId !== stream.principal.agentId) continue;
      stream.pending += frame;
    }
    flushTimer ??= setTimeout(flush, FLUSH_MS);
  });
  app.addHook('onClose', async () => {
    clearTimeout(flushTimer);
    await unlisten();
  });

  app.get('/api/live', {
    config: { access: 'agent' },
    schema: {
      tags: ['live'],
      summary: 'Server-sent events: ticket.created, ticket.updated, message.sent … for your workspace',
      description:
        'Each event is `event: <type>` with JSON data `{type, ticketId, brandId, messageId?, actorId}`, delivered within ' +
        `${FLUSH_MS} ms. Reconnect and re-fetch on error.`,
    },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      reply.hijack();
      const response = reply.raw;
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      response.write(`retry: 3000\n: connected\n\n`);
      const stream: Stream = { principal, response, pending: '' };
      streams.add(stream);
      const heartbeat = setInterval(() => response.write(': ping\n\n'), HEARTBEAT_MS);
      const close = () => {
        clearInterval(heartbeat);
        streams.delete(stream);
      };
      request.raw.on('close', close);
      response.on('error', close);
    },
  });
}

import { z } from 'zod';
import { AppError, conflict, forbidden, notFound, unprocessable } from '../../shared/errors.js';
import { principalOf } from '../auth/guards.js';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { assertBrandUsable } from '../tickets/ticket.service.js';
import { inboundAccepted, inboundEmailView, inboundIdParams, inboundMimeQuery, messageEmailView, quarantinePage, quarantineQuery } from './email.schemas.js';
import { ingestRawEmail } from './inbound/ingest.js';
import { getInboundRaw, inboundCounts, listHeldEmails, messageEmail, retryInboundEmail, visibleMessage } from './inbound/inbound.service.js';
import { retryOutboundEmail } from './outbound/index.js';

const RFC822 = 'message/rfc822';

/** The raw-MIME endpoint, the quarantine and the e-mail behind a message. */
export function registerInboundRoutes(app: RouteApp, { db, config }: ModuleContext): void {
  const tags = ['email'];
  const limits = { maxAttachmentBytes: config.email.maxAttachmentBytes, maxAttachmentsTotalBytes: config.email.maxAttachmentsTotalBytes };

  app.addContentTypeParser(RFC822, { parseAs: 'buffer', bodyLimit: config.email.maxMessageBytes }, (_request, body, done) => done(null, body));

  app.post('/api/inbound/mime', {
    config: { access: 'supervisor' },
    bodyLimit: config.email.maxMessageBytes,
    schema: {
      tags,
      summary: 'Hand Meridian a raw e-mail (RFC 822) for a brand',
      description:
        'For relays and integrations: the body is the message exactly as received, `Content-Type: message/rfc822`, authenticated with an API token. ' +
        'Answers 202 once the raw message is stored durably; parsing and filing follow. The same message sent twice is stored once (`duplicate: true`).',
      querystring: inboundMimeQuery,
      response: { 202: inboundAccepted },
    },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      if (principal.via !== 'token') throw forbidden('Send raw e-mail with an API token (Authorization: Bearer …), not a browser session.');
      if (!request.headers['content-type']?.toLowerCase().startsWith(RFC822) || !Buffer.isBuffer(request.body)) {
        throw new AppError('unsupported_media_type', `Send the message as ${RFC822}.`);
      }
      const raw = request.body;
      if (raw.length === 0) throw unprocessable('The message is empty.');
      await assertBrandUsable(db, principal, request.query.brand);
      const mailboxId = request.query.mailbox ?? null;
      if (mailboxId) {
        const mailbox = await db.selectFrom('mailboxes').select('brand_id').where('id', '=', mailboxId).where('workspace_id', '=', principal.workspaceId).executeTakeFirst();
        if (!mailbox || mailbox.brand_id !== request.query.brand) throw notFound('Mailbox of this brand', mailboxId);
      }
      const result = await ingestRawEmail(db, {
        workspaceId: principal.workspaceId,
        brandId: request.query.brand,
        mailboxId,
        source: 'api',
        raw,
        envelope: { tokenAgentId: principal.agentId, remoteAddress: request.ip },
      });
      return reply.code(202).send(result);
    },
  });

  app.get('/api/email/quarantine', {
    config: { access: 'supervisor' },
    schema: {
      tags,
      summary: 'Inbound e-mail that did not become a ticket',
      description: 'Quarantined: could not be read (the reason says why). Suppressed: machine mail with nothing to file it on, or a mail loop. Newest first.',
      querystring: quarantineQuery,
      response: { 200: quarantinePage },
    },
    handler: async (request) => listHeldEmails(db, principalOf(request), request.query),
  });

  app.get('/api/email/inbound/counts', {
    config: { access: 'supervisor' },
    schema: {
      tags,
      summary: 'Inbound e-mail by state: waiting, being filed, filed, quarantined, suppressed',
      response: { 200: z.object({ received: z.number(), processing: z.number(), delivered: z.number(), quarantined: z.number(), suppressed: z.number() }) },
    },
    handler: async (request) => inboundCounts(db, principalOf(request)),
  });

  app.get('/api/email/inbound/:id/raw', {
    config: { access: 'supervisor' },
    schema: { tags, summary: 'Download an inbound e-mail exactly as it arrived', params: inboundIdParams },
    handler: async (request, reply) => {
      const raw = await getInboundRaw(db, principalOf(request), request.params.id);
      return reply
        .header('content-type', 'application/octet-stream')
        .header('content-disposition', `attachment; filename="inbound-${request.params.id}.eml"`)
        .header('x-content-type-options', 'nosniff')
        .send(raw);
    },
  });

  app.post('/api/email/inbound/:id/retry', {
    config: { access: 'supervisor' },
    schema: { tags, summary: 'Parse a held e-mail again', params: inboundIdParams, response: { 202: inboundEmailView } },
    handler: async (request, reply) => reply.code(202).send(await retryInboundEmail(db, principalOf(request), request.params.id)),
  });

  app.get('/api/messages/:id/email', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'The e-mail behind a message: headers, the full text before quote stripping, delivery',
      params: inboundIdParams,
      response: { 200: messageEmailView },
    },
    handler: async (request) => messageEmail(db, principalOf(request), request.params.id, limits),
  });

  app.post('/api/messages/:id/delivery/retry', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Send a failed or bounced e-mail reply again',
      params: inboundIdParams,
      response: { 202: z.object({ status: z.string() }) },
    },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      await visibleMessage(db, principal, request.params.id);
      const outcome = await retryOutboundEmail(db, principal.workspaceId, request.params.id);
      if (outcome === 'not_found') throw notFound('E-mail for message', request.params.id);
      if (outcome === 'not_retryable') throw conflict('This e-mail is queued, being sent or already sent; only a failed or bounced one can be retried.');
      return reply.code(202).send({ status: outcome });
    },
  });
}

import { z } from 'zod';
import { ticketId, uuid } from '../../shared/schemas.js';
import { principalOf } from '../auth/guards.js';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { getAttachmentOrThrow } from './ticket-attachments.js';
import { bulkUpdateTickets } from './ticket-bulk.service.js';
import { announcePresence, PRESENCE_STATES } from './ticket-presence.service.js';
import { listTickets } from './ticket-list.query.js';
import { mergeTickets } from './ticket-merge.service.js';
import { addNote, replyToTicket } from './ticket-messages.service.js';
import { getTicketDetailOrThrow } from './ticket.queries.js';
import {
  bulkUpdateBody,
  bulkUpdateResult,
  createTicketBody,
  listTicketsQuery,
  mergeBody,
  noteBody,
  replyBody,
  ticketDetail,
  ticketSummary,
  updateTicketBody,
} from './ticket.schemas.js';
import { createTicket } from './ticket-create.service.js';
import { messageBodies, updateTicket } from './ticket.service.js';
import { unprocessable } from '../../shared/errors.js';
import { assertRole } from '../auth/principal.js';
import { auditRequest } from '../audit/audit.http.js';
import { guardReply } from '../replies/reply-guard.service.js';
import { recordTemplateUse } from '../replies/experiments/experiment.service.js';

const params = z.object({ id: ticketId }).strict();

export function registerTicketRoutes(app: RouteApp, { db }: ModuleContext): void {
  const tags = ['tickets'];

  app.get('/api/tickets', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'List tickets with filters, full-text search and cursor paging',
      description:
        'Comma-separated values filter by any of them (`status=open,pending`). `q` searches subjects and ' +
        'message bodies in every language, including Chinese, Japanese, Korean and Thai. Pass `nextCursor` ' +
        'back as `cursor` for the next page.',
      querystring: listTicketsQuery,
      response: { 200: z.object({ items: z.array(ticketSummary), nextCursor: z.string().nullable() }) },
    },
    handler: async (request) => listTickets(db, principalOf(request), request.query),
  });

  app.post('/api/tickets', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Create a ticket with its first message',
      description: 'Idempotent by `message.externalId`: a repeat returns 200 with the existing ticket.',
      body: createTicketBody,
      response: { 200: ticketDetail, 201: ticketDetail },
    },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      const created = await createTicket(db, principal, request.body);
      const detail = await getTicketDetailOrThrow(db, principal, created.ticketId);
      return reply.code(created.duplicate ? 200 : 201).send(detail);
    },
  });

  app.get('/api/tickets/:id', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Get a ticket with its messages and timeline', params, response: { 200: ticketDetail } },
    handler: async (request) => getTicketDetailOrThrow(db, principalOf(request), request.params.id),
  });

  app.patch('/api/tickets/:id', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Update status, priority, assignee, team, tags, intent, language or fields',
      params,
      body: updateTicketBody,
      response: { 200: ticketDetail },
    },
    handler: async (request) => {
      const principal = principalOf(request);
      await updateTicket(db, principal, request.params.id, request.body);
      return getTicketDetailOrThrow(db, principal, request.params.id);
    },
  });

  app.post('/api/tickets/:id/reply', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Reply to the buyer (optionally setting the status)',
      params,
      body: replyBody,
      response: { 201: ticketDetail },
    },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      const { templateId, variantId, language, original, override, ...message } = request.body;
      const text = messageBodies(message).text;
      const guard = await guardReply(db, principal, request.params.id, { text, language, original });
      if (guard.holes.length) {
        throw unprocessable(`The reply still has ${guard.holes.length === 1 ? 'a hole' : 'holes'}: ${guard.holes.map((h) => h.text).join(', ')}`, guard);
      }
      const blocking = guard.findings.filter((f) => f.severity === 'block');
      if (blocking.length && !override) {
        throw unprocessable(`The policy guard blocks this reply: ${blocking.map((f) => f.message).join(' ')} A lead can override it.`, guard);
      }
      if (blocking.length) assertRole(principal, 'lead');
      const messageId = await replyToTicket(db, principal, request.params.id, { ...message, language });
      if (blocking.length && override) {
        await auditRequest(db, request, 'reply.guard_overridden', { type: 'ticket', id: String(request.params.id) }, { messageId, rules: blocking.map((f) => f.rule), reason: override.reason });
      }
      if (templateId) await recordTemplateUse(db, principal.workspaceId, { templateId, variantId: variantId ?? null, ticketId: request.params.id, messageId, language: language ?? null });
      return reply.code(201).send(await getTicketDetailOrThrow(db, principal, request.params.id));
    },
  });

  app.post('/api/tickets/:id/notes', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Add an internal note', params, body: noteBody, response: { 201: ticketDetail } },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      await addNote(db, principal, request.params.id, request.body.text);
      return reply.code(201).send(await getTicketDetailOrThrow(db, principal, request.params.id));
    },
  });

  app.post('/api/tickets/bulk', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Apply one change (status, priority, assignee, tags …) to up to 200 tickets',
      description: 'Each ticket changes in its own transaction; the ones that cannot change are listed with the reason.',
      body: bulkUpdateBody,
      response: { 200: bulkUpdateResult },
    },
    handler: async (request) => bulkUpdateTickets(db, principalOf(request), request.body),
  });

  app.post('/api/tickets/:id/presence', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Tell the other agents you are viewing this ticket, typing on it, or have left it',
      description: 'Sent to the live stream as `ticket.presence` with `data: {state, agentName}`; nothing is stored.',
      params,
      body: z.object({ state: z.enum(PRESENCE_STATES) }).strict(),
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await announcePresence(db, principalOf(request), request.params.id, request.body.state);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/tickets/:id/merge', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Merge this ticket into another',
      description: "Moves this ticket's messages into `targetId` and closes this one.",
      params,
      body: mergeBody,
      response: { 200: ticketDetail },
    },
    handler: async (request) => {
      const principal = principalOf(request);
      await mergeTickets(db, principal, request.params.id, request.body.targetId);
      return getTicketDetailOrThrow(db, principal, request.body.targetId);
    },
  });
}

const SAFE_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export function registerAttachmentRoutes(app: RouteApp, { db, attachments }: ModuleContext): void {
  app.get('/api/attachments/:id', {
    config: { access: 'agent' },
    schema: { tags: ['tickets'], summary: 'Download an attachment', params: z.object({ id: uuid }).strict() },
    handler: async (request, reply) => {
      const file = await getAttachmentOrThrow(db, principalOf(request), request.params.id);
      // Photos of damaged parcels are shown in place; anything else is a download with its type
      // neutralised, so a buyer's HTML or SVG file can never run in the app's origin.
      const image = SAFE_IMAGE_TYPES.has(file.content_type.toLowerCase());
      return reply
        .header('content-type', image ? file.content_type : 'application/octet-stream')
        .header('content-length', String(file.size_bytes))
        .header('content-disposition', `${image ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('x-content-type-options', 'nosniff')
        .send(attachments.open(file.sha256));
    },
  });
}

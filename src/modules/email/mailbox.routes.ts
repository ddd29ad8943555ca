import { z } from 'zod';
import { idParams, uuid } from '../../shared/schemas.js';
import { auditRequest } from '../audit/audit.http.js';
import { principalOf } from '../auth/guards.js';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { createMailboxBody, mailboxTestResult, mailboxView, updateMailboxBody } from './email.schemas.js';
import { testImapConnection } from './imap/imap-connection-test.js';
import { imapSettingsOf, smtpSettingsOf } from './mailbox-settings.js';
import { changedFields, createMailbox, deleteMailbox, getMailboxOrThrow, getMailboxRowOrThrow, listMailboxes, updateMailbox } from './mailbox.service.js';
import { testSmtpConnection } from './outbound/smtp-connection-test.js';

/** Mailbox administration: /api/mailboxes (CRUD) and /api/mailboxes/:id/test. */
export function registerMailboxRoutes(app: RouteApp, { db }: ModuleContext): void {
  const tags = ['mailboxes'];

  app.get('/api/mailboxes', {
    config: { access: 'supervisor' },
    schema: {
      tags,
      summary: 'List mailboxes (of the brands you may see)',
      description: 'Secrets are never returned: `secretSet` and `keySet` say whether one is stored.',
      querystring: z.object({ brandId: uuid.optional() }).strict(),
      response: { 200: z.object({ items: z.array(mailboxView) }) },
    },
    handler: async (request) => ({ items: await listMailboxes(db, principalOf(request), request.query.brandId) }),
  });

  app.get('/api/mailboxes/:id', {
    config: { access: 'supervisor' },
    schema: { tags, summary: 'Get a mailbox', params: idParams, response: { 200: mailboxView } },
    handler: async (request) => getMailboxOrThrow(db, principalOf(request), request.params.id),
  });

  app.post('/api/mailboxes', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: 'Connect a mailbox to a brand',
      description:
        'IMAP (polled for new mail), SMTP (replies go out through it) and optional DKIM signing. An enabled IMAP side needs host, user and secret; ' +
        'an SMTP secret needs a user; DKIM needs domain, selector and a PEM private key together (422 names the field). ' +
        'Addresses and aliases are unique in the workspace (409).',
      body: createMailboxBody,
      response: { 201: mailboxView },
    },
    handler: async (request, reply) => {
      const mailbox = await createMailbox(db, principalOf(request), request.body);
      await auditRequest(db, request, 'mailbox.created', { type: 'mailbox', id: mailbox.id }, { address: mailbox.address, brandId: mailbox.brandId });
      return reply.code(201).send(mailbox);
    },
  });

  app.patch('/api/mailboxes/:id', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: 'Change a mailbox',
      description: 'Secrets (`imap.secret`, `smtp.secret`, `dkim.privateKey`): omitted keeps the stored one, null clears it.',
      params: idParams,
      body: updateMailboxBody,
      response: { 200: mailboxView },
    },
    handler: async (request) => {
      const mailbox = await updateMailbox(db, principalOf(request), request.params.id, request.body);
      await auditRequest(db, request, 'mailbox.updated', { type: 'mailbox', id: mailbox.id }, { fields: changedFields(request.body) });
      return mailbox;
    },
  });

  app.delete('/api/mailboxes/:id', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: 'Remove a mailbox',
      description: 'Mail already received stays with its tickets; nothing more is fetched or sent through it.',
      params: idParams,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await deleteMailbox(db, principalOf(request), request.params.id);
      await auditRequest(db, request, 'mailbox.deleted', { type: 'mailbox', id: request.params.id });
      return reply.code(204).send(null);
    },
  });

  app.post('/api/mailboxes/:id/test', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: 'Try the stored IMAP and SMTP settings',
      description: 'Signs in to each configured side and reports what happened; a side that is not configured is null. Failures are results (`ok: false`), not errors.',
      params: idParams,
      response: { 200: mailboxTestResult },
    },
    handler: async (request) => {
      const row = await getMailboxRowOrThrow(db, principalOf(request), request.params.id);
      const imap = imapSettingsOf(row);
      const smtp = smtpSettingsOf(row);
      const [imapResult, smtpResult] = await Promise.all([imap ? testImapConnection(imap) : null, smtp ? testSmtpConnection(smtp) : null]);
      return { imap: imapResult, smtp: smtpResult };
    },
  });
}

import { unprocessable } from '../../../shared/errors.js';
import { auditRequest } from '../../audit/audit.http.js';
import { principalOf } from '../../auth/guards.js';
import { actorOf } from '../../tickets/ticket.service.js';
import { getTicketRowOrThrow } from '../../tickets/ticket.queries.js';
import type { ModuleContext } from '../../context.js';
import type { RouteApp } from '../../route-types.js';
import { previewRemediation } from '../remediation/preview-remediation.js';
import { sendRemediation } from '../remediation/remediate.js';
import {
  putSlaSettingsBody,
  remediationBody,
  remediationPreviewView,
  remediationQuery,
  remediationSentView,
  slaSettingsView,
  ticketParams,
} from './service-messages.schemas.js';
import { slaSettings, updateSlaSettings } from './sla-settings.js';

/** Off-hours acknowledgement and remediation settings, and the remediations a lead sends in one click. */
export function registerServiceMessageRoutes(app: RouteApp, { db }: ModuleContext): void {
  const tags = ['sla'];

  app.get('/api/sla/settings', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Off-hours acknowledgement (per channel and marketplace) and remediation settings', response: { 200: slaSettingsView } },
    handler: async (request) => slaSettings(db, principalOf(request).workspaceId),
  });

  app.put('/api/sla/settings', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: 'Change the off-hours and remediation settings',
      description: 'Every part is optional; what is left out keeps its value. Marketplaces not listed follow `marketplaces.default`.',
      body: putSlaSettingsBody,
      response: { 200: slaSettingsView },
    },
    handler: async (request) => {
      const workspaceId = principalOf(request).workspaceId;
      const settings = await db.transaction().execute((trx) => updateSlaSettings(trx, workspaceId, request.body));
      await auditRequest(db, request, 'sla.settings_updated', { type: 'workspace', id: workspaceId }, { parts: Object.keys(request.body) });
      return settings;
    },
  });

  app.get('/api/tickets/:id/sla/remediation', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Preview a remediation as the buyer would get it: subject, text, the promised time, guard findings',
      params: ticketParams,
      querystring: remediationQuery,
      response: { 200: remediationPreviewView },
    },
    handler: async (request) => previewRemediation(db, principalOf(request), request.params.id, request.query.kind),
  });

  app.post('/api/tickets/:id/sla/remediation', {
    config: { access: 'lead' },
    schema: {
      tags,
      summary: 'Send a remediation: interim update, escalation notice or apology (leads)',
      description: 'Counts as the team\'s reply. A send the policy guard blocks answers 422 with `details.findings`; `override: true` sends it anyway and is audited.',
      params: ticketParams,
      body: remediationBody,
      response: { 201: remediationSentView },
    },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      const id = request.params.id;
      await getTicketRowOrThrow(db, principal, id);
      const result = await sendRemediation(db, {
        workspaceId: principal.workspaceId,
        ticketId: id,
        kind: request.body.kind,
        actor: actorOf(principal),
        authorAgentId: principal.agentId,
        override: request.body.override ?? false,
      });
      if (result.status === 'blocked') {
        const holes = result.findings.some((f) => f.rule.startsWith('hole.'));
        const why = result.findings.filter((f) => f.severity === 'block').map((f) => f.message).join(' ');
        throw unprocessable(`The ${request.body.kind.replace('_', ' ')} cannot be sent: ${why}${holes ? '' : ' A lead can override it.'}`, { findings: result.findings });
      }
      if (result.status === 'skipped') throw unprocessable(result.reason);
      return reply.code(201).send({ status: 'sent', messageId: result.messageId, text: result.text, replyBy: result.replyBy.toISOString() });
    },
  });
}

import { z } from 'zod';
import { idParams, ticketId } from '../../shared/schemas.js';
import { auditRequest } from '../audit/audit.http.js';
import { principalOf } from '../auth/guards.js';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { experimentResults } from './experiments/experiment.service.js';
import { policyFor, resetPolicy, savePolicy } from './policy/policy.service.js';
import { previewTemplate } from './render/preview.js';
import { sampleReplyFacts } from './render/sample-facts.js';
import { guardReply } from './reply-guard.service.js';
import {
  checkReplyBody,
  createTemplateBody,
  experimentQuery,
  experimentView,
  guardView,
  listTemplatesQuery,
  patchTemplateBody,
  policyQuery,
  policyView,
  previewBody,
  previewView,
  saveVariantBody,
  savePolicyBody,
  suggestionQuery,
  suggestionView,
  templateSummary,
  templateView,
  variantParams,
  variantView,
  versionsView,
} from './replies.schemas.js';
import { suggestReply } from './suggestion/suggestion.service.js';
import { loadTicketReplyData } from './suggestion/ticket-facts.js';
import {
  createTemplate,
  deleteVariant,
  getTemplate,
  listTemplates,
  listVersions,
  reviewVariant,
  saveVariant,
  updateTemplate,
} from './templates/template.service.js';

const ticketParams = z.object({ id: ticketId }).strict();

export function registerReplyRoutes(app: RouteApp, { db }: ModuleContext): void {
  const tags = ['replies'];

  app.get('/api/templates', {
    config: { access: 'agent' },
    schema: { tags, summary: 'The template library, with languages and how many translations are out of date', querystring: listTemplatesQuery, response: { 200: z.object({ items: z.array(templateSummary) }) } },
    handler: async (request) => {
      const q = request.query;
      return { items: await listTemplates(db, principalOf(request).workspaceId, { kind: q.kind, language: q.language, outOfDate: q.outOfDate, includeArchived: q.archived }) };
    },
  });

  app.get('/api/templates/:id', {
    config: { access: 'agent' },
    schema: { tags, summary: 'A template with every language, brand and A/B variant', params: idParams, response: { 200: templateView } },
    handler: async (request) => getTemplate(db, principalOf(request).workspaceId, request.params.id),
  });

  app.post('/api/templates', {
    config: { access: 'lead' },
    schema: { tags, summary: 'Create a custom template (its source-language text)', body: createTemplateBody, response: { 201: templateView } },
    handler: async (request, reply) => {
      const template = await createTemplate(db, principalOf(request), request.body);
      await auditRequest(db, request, 'template.created', { type: 'template', id: template.id }, { key: template.key });
      return reply.code(201).send(template);
    },
  });

  app.patch('/api/templates/:id', {
    config: { access: 'lead' },
    schema: { tags, summary: 'Rename, limit to channels, change the source language, archive', params: idParams, body: patchTemplateBody, response: { 200: templateView } },
    handler: async (request) => {
      const template = await updateTemplate(db, principalOf(request).workspaceId, request.params.id, request.body);
      await auditRequest(db, request, 'template.updated', { type: 'template', id: template.id }, { fields: Object.keys(request.body) });
      return template;
    },
  });

  app.put('/api/templates/:id/variants', {
    config: { access: 'lead' },
    schema: {
      tags,
      summary: 'Save a language / brand / A-B variant as a new version',
      description: 'Saving the source language marks the other languages out of date until someone reviews them.',
      params: idParams,
      body: saveVariantBody,
      response: { 200: variantView },
    },
    handler: async (request) => {
      const b = request.body;
      const variant = await saveVariant(db, principalOf(request), request.params.id, {
        language: b.language,
        brandId: b.brandId ?? null,
        variant: b.variant ?? 'A',
        trafficShare: b.trafficShare,
        subject: b.subject,
        body: b.body,
      });
      await auditRequest(db, request, 'template.variant_saved', { type: 'template', id: request.params.id }, { variantId: variant.id, language: variant.language, version: variant.version });
      return variant;
    },
  });

  app.post('/api/templates/variants/:variantId/review', {
    config: { access: 'lead' },
    schema: { tags, summary: 'Mark a translation as reviewed against the current source', params: variantParams, response: { 200: variantView } },
    handler: async (request) => {
      const variant = await reviewVariant(db, principalOf(request), request.params.variantId);
      await auditRequest(db, request, 'template.variant_reviewed', { type: 'template_variant', id: variant.id });
      return variant;
    },
  });

  app.delete('/api/templates/variants/:variantId', {
    config: { access: 'lead' },
    schema: { tags, summary: 'Delete a language, brand or A/B variant', params: variantParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await deleteVariant(db, principalOf(request).workspaceId, request.params.variantId);
      await auditRequest(db, request, 'template.variant_deleted', { type: 'template_variant', id: request.params.variantId });
      return reply.code(204).send(null);
    },
  });

  app.get('/api/templates/variants/:variantId/versions', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Every saved version of a variant, newest first', params: variantParams, response: { 200: versionsView } },
    handler: async (request) => ({ items: await listVersions(db, principalOf(request).workspaceId, request.params.variantId) }),
  });

  app.post('/api/templates/preview', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Render a template as the buyer would read it: on a ticket, or on a sample buyer', body: previewBody, response: { 200: previewView } },
    handler: async (request) => {
      const b = request.body;
      const facts = b.ticketId ? (await loadTicketReplyData(db, principalOf(request), b.ticketId)).facts : sampleReplyFacts(b.language, b.channel ?? 'email');
      return previewTemplate({ subject: b.subject, body: b.body }, facts, { language: b.language, locale: b.locale, channel: b.channel, sample: !b.ticketId });
    },
  });

  app.get('/api/templates/:id/experiment', {
    config: { access: 'agent' },
    schema: { tags, summary: 'A/B results of a template in one language: outcomes per variant and the significance test', params: idParams, querystring: experimentQuery, response: { 200: experimentView } },
    handler: async (request) => experimentResults(db, principalOf(request).workspaceId, request.params.id, request.query.language, request.query.brandId ?? null),
  });

  app.get('/api/tickets/:id/suggestion', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'The suggested reply: template by intent, language, channel and brand, filled in, asking for what is missing',
      params: ticketParams,
      querystring: suggestionQuery,
      response: { 200: suggestionView },
    },
    handler: async (request) => {
      const q = request.query;
      return suggestReply(db, principalOf(request), request.params.id, { templateKey: q.templateKey, language: q.language, optionKeys: q.options });
    },
  });

  app.post('/api/tickets/:id/reply/check', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Check a draft reply: holes and the policy guard, as sending would', params: ticketParams, body: checkReplyBody, response: { 200: guardView } },
    handler: async (request) => guardReply(db, principalOf(request), request.params.id, request.body),
  });

  app.get('/api/policies', {
    config: { access: 'agent' },
    schema: { tags, summary: "The policy guard's rules for a brand (or the workspace)", querystring: policyQuery, response: { 200: policyView } },
    handler: async (request) => policyFor(db, principalOf(request).workspaceId, request.query.brandId ?? null) as never,
  });

  app.put('/api/policies', {
    config: { access: 'admin' },
    schema: { tags, summary: "Replace the policy guard's rules for a brand (or the workspace)", body: savePolicyBody, response: { 200: policyView } },
    handler: async (request) => {
      const saved = await savePolicy(db, principalOf(request), request.body.brandId, request.body.rules);
      await auditRequest(db, request, 'policy.updated', { type: 'brand', id: request.body.brandId ?? 'workspace' });
      return saved as never;
    },
  });

  app.delete('/api/policies', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Back to the defaults (a brand: back to the workspace rules)', querystring: policyQuery, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await resetPolicy(db, principalOf(request).workspaceId, request.query.brandId ?? null);
      await auditRequest(db, request, 'policy.reset', { type: 'brand', id: request.query.brandId ?? 'workspace' });
      return reply.code(204).send(null);
    },
  });
}

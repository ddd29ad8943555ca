import { z } from 'zod';
import { idParams } from '../../shared/schemas.js';
import { auditRequest } from '../audit/audit.http.js';
import { principalOf } from '../auth/guards.js';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { ACTION_TYPES } from './actions/action.schema.js';
import { createRuleBody, dryRunBody, dryRunView, fieldsView, reorderBody, ruleView, runsQuery, runView, updateRuleBody } from './automation.schemas.js';
import { createRule, deleteRule, dryRunRule, listRuleViews, listRuns, reorderRules, updateRule } from './automation.service.js';
import { FIELD_PREFIXES, KNOWN_FIELDS } from './conditions/condition-fields.js';
import { CONDITION_OPS } from './conditions/condition.schema.js';
import { RULE_TRIGGERS } from './rule-trigger.js';

/** Automation rules: admins write them, leads and up read them and their run log. */
export function registerAutomationRoutes(app: RouteApp, { db }: ModuleContext): void {
  const tags = ['automation'];

  app.get('/api/automation/rules', {
    config: { access: 'lead' },
    schema: { tags, summary: 'The rules in the order they run, with each one\'s last run', response: { 200: z.object({ items: z.array(ruleView) }) } },
    handler: async (request) => ({ items: await listRuleViews(db, principalOf(request).workspaceId) }),
  });

  app.get('/api/automation/fields', {
    config: { access: 'lead' },
    schema: { tags, summary: 'What rules can name: condition fields and operators, action types and triggers (for editors)', response: { 200: fieldsView } },
    handler: async () => ({ fields: [...KNOWN_FIELDS], prefixes: Object.values(FIELD_PREFIXES), ops: [...CONDITION_OPS], actions: [...ACTION_TYPES], triggers: [...RULE_TRIGGERS] }),
  });

  app.post('/api/automation/rules', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: 'Create a rule',
      description: 'An unknown field, operator or action type is a 400 naming its path; an agent, team, queue, SLA policy or template that does not exist is a 422.',
      body: createRuleBody,
      response: { 201: ruleView },
    },
    handler: async (request, reply) => {
      const rule = await createRule(db, principalOf(request), request.body);
      await auditRequest(db, request, 'automation_rule.created', { type: 'automation_rule', id: rule.id }, { name: rule.name, trigger: rule.trigger });
      return reply.code(201).send(rule);
    },
  });

  app.patch('/api/automation/rules/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Change a rule (actions replace the list; a webhook sent without its secret keeps the stored one)', params: idParams, body: updateRuleBody, response: { 200: ruleView } },
    handler: async (request) => {
      const rule = await updateRule(db, principalOf(request).workspaceId, request.params.id, request.body);
      await auditRequest(db, request, 'automation_rule.updated', { type: 'automation_rule', id: rule.id }, { fields: Object.keys(request.body) });
      return rule;
    },
  });

  app.delete('/api/automation/rules/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Delete a rule and its run log', params: idParams, response: { 200: z.object({ deleted: z.literal(true) }) } },
    handler: async (request) => {
      await deleteRule(db, principalOf(request).workspaceId, request.params.id);
      await auditRequest(db, request, 'automation_rule.deleted', { type: 'automation_rule', id: request.params.id });
      return { deleted: true as const };
    },
  });

  app.post('/api/automation/rules/reorder', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Set the order rules run in: the given ids first, the rest after them as they were', body: reorderBody, response: { 200: z.object({ items: z.array(ruleView) }) } },
    handler: async (request) => {
      const items = await reorderRules(db, principalOf(request).workspaceId, request.body.ids);
      await auditRequest(db, request, 'automation_rule.reordered', { type: 'automation_rule', id: request.body.ids[0]! }, { ids: request.body.ids });
      return { items };
    },
  });

  app.post('/api/automation/rules/:id/dry-run', {
    config: { access: 'lead' },
    schema: { tags, summary: 'Evaluate a rule against a ticket without applying it: whether it matches, the facts it read, the actions that would run', params: idParams, body: dryRunBody, response: { 200: dryRunView } },
    handler: async (request) => dryRunRule(db, principalOf(request), request.params.id, request.body.ticketId),
  });

  app.get('/api/automation/runs', {
    config: { access: 'lead' },
    schema: { tags, summary: 'The run log, newest first: every matched rule with what each action did', querystring: runsQuery, response: { 200: z.object({ items: z.array(runView) }) } },
    handler: async (request) => ({ items: await listRuns(db, principalOf(request).workspaceId, request.query) }),
  });
}

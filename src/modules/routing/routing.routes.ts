import { z } from 'zod';
import { idParams } from '../../shared/schemas.js';
import { auditRequest } from '../audit/audit.http.js';
import { principalOf } from '../auth/guards.js';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { getAgentRoutingOrThrow, listAgentRouting, presenceHeartbeat, setPresence, updateAgentRouting } from './agent-routing.service.js';
import { createQueue, deleteQueue, listQueues, updateQueue } from './queue.service.js';
import {
  agentRoutingView,
  createQueueBody,
  createRuleBody,
  patchAgentRoutingBody,
  patchQueueBody,
  patchRuleBody,
  presenceBody,
  queueView,
  reorderBody,
  ruleView,
} from './routing.schemas.js';
import { createRule, deleteRule, listRules, reorderRules, updateRule } from './rule.service.js';

const deleted = z.object({ deleted: z.literal(true) });

export function registerRoutingRoutes(app: RouteApp, { db }: ModuleContext): void {
  const tags = ['routing'];

  app.get('/api/routing/agents', {
    config: { access: 'agent' },
    schema: { tags, summary: "Agents' skills, shifts, capacity, presence and load now", response: { 200: z.object({ items: z.array(agentRoutingView) }) } },
    handler: async (request) => ({ items: await listAgentRouting(db, principalOf(request).workspaceId) }),
  });

  app.patch('/api/routing/agents/:id', {
    config: { access: 'lead' },
    schema: {
      tags,
      summary: "Set an agent's skills, shift calendar or capacity",
      description: 'Each skills list given replaces the agent\'s list; capacity buckets given replace theirs. Unknown language, intent, brand, country or calendar → 422 naming the field.',
      params: idParams,
      body: patchAgentRoutingBody,
      response: { 200: agentRoutingView },
    },
    handler: async (request) => {
      const view = await updateAgentRouting(db, principalOf(request).workspaceId, request.params.id, request.body);
      await auditRequest(db, request, 'routing.agent_updated', { type: 'agent', id: request.params.id }, { fields: Object.keys(request.body) });
      return view;
    },
  });

  app.get('/api/routing/presence', {
    config: { access: 'agent' },
    schema: { tags, summary: 'My own routing view (presence, shift, load)', response: { 200: agentRoutingView } },
    handler: async (request) => {
      const me = principalOf(request);
      return getAgentRoutingOrThrow(db, me.workspaceId, me.agentId);
    },
  });

  app.put('/api/routing/presence', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Set my presence: online (receive work), away, offline',
      description: 'Going offline (or off shift) returns my unanswered tickets to their queue at the next rebalance.',
      body: presenceBody,
      response: { 200: agentRoutingView },
    },
    handler: async (request) => {
      const me = principalOf(request);
      return setPresence(db, me.workspaceId, me.agentId, request.body.status);
    },
  });

  app.post('/api/routing/presence/heartbeat', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'The app is open: keeps my presence from timing out',
      description: 'Online agents unseen for 10 minutes become away, anyone unseen for 60 minutes offline. A heartbeat does not bring an away agent back online; they switch back themselves.',
      response: { 200: agentRoutingView },
    },
    handler: async (request) => {
      const me = principalOf(request);
      return presenceHeartbeat(db, me.workspaceId, me.agentId);
    },
  });

  app.get('/api/routing/queues', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Routing queues in order, with how many tickets wait in each', response: { 200: z.object({ items: z.array(queueView) }) } },
    handler: async (request) => ({ items: await listQueues(db, principalOf(request).workspaceId) }),
  });

  app.post('/api/routing/queues', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Create a routing queue (the first one turns routing on for the workspace)', body: createQueueBody, response: { 201: queueView } },
    handler: async (request, reply) => {
      const queue = await createQueue(db, principalOf(request).workspaceId, request.body);
      await auditRequest(db, request, 'routing.queue_created', { type: 'routing_queue', id: queue.id });
      return reply.code(201).send(queue);
    },
  });

  app.patch('/api/routing/queues/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Update a routing queue', params: idParams, body: patchQueueBody, response: { 200: queueView } },
    handler: async (request) => {
      const queue = await updateQueue(db, principalOf(request).workspaceId, request.params.id, request.body);
      await auditRequest(db, request, 'routing.queue_updated', { type: 'routing_queue', id: queue.id }, { fields: Object.keys(request.body) });
      return queue;
    },
  });

  app.delete('/api/routing/queues/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Delete a routing queue and the rules that point to it', params: idParams, response: { 200: deleted } },
    handler: async (request) => {
      const result = await deleteQueue(db, principalOf(request).workspaceId, request.params.id);
      await auditRequest(db, request, 'routing.queue_deleted', { type: 'routing_queue', id: request.params.id });
      return result;
    },
  });

  app.get('/api/routing/rules', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Routing rules in the order they are tried', response: { 200: z.object({ items: z.array(ruleView) }) } },
    handler: async (request) => ({ items: await listRules(db, principalOf(request).workspaceId) }),
  });

  app.post('/api/routing/rules', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Create a routing rule: tickets matching its conditions go to its queue', body: createRuleBody, response: { 201: ruleView } },
    handler: async (request, reply) => {
      const rule = await createRule(db, principalOf(request).workspaceId, request.body);
      await auditRequest(db, request, 'routing.rule_created', { type: 'routing_rule', id: rule.id });
      return reply.code(201).send(rule);
    },
  });

  app.patch('/api/routing/rules/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Update a routing rule', params: idParams, body: patchRuleBody, response: { 200: ruleView } },
    handler: async (request) => {
      const rule = await updateRule(db, principalOf(request).workspaceId, request.params.id, request.body);
      await auditRequest(db, request, 'routing.rule_updated', { type: 'routing_rule', id: rule.id }, { fields: Object.keys(request.body) });
      return rule;
    },
  });

  app.delete('/api/routing/rules/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Delete a routing rule', params: idParams, response: { 200: deleted } },
    handler: async (request) => {
      const result = await deleteRule(db, principalOf(request).workspaceId, request.params.id);
      await auditRequest(db, request, 'routing.rule_deleted', { type: 'routing_rule', id: request.params.id });
      return result;
    },
  });

  app.post('/api/routing/rules/reorder', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Put the routing rules in this order', body: reorderBody, response: { 200: z.object({ items: z.array(ruleView) }) } },
    handler: async (request) => {
      const items = await reorderRules(db, principalOf(request).workspaceId, request.body.ids);
      await auditRequest(db, request, 'routing.rules_reordered', { type: 'routing_rule', id: request.body.ids[0]! });
      return { items };
    },
  });
}

import { z } from 'zod';
import { idParams } from '../../shared/schemas.js';
import { auditRequest } from '../audit/audit.http.js';
import { principalOf } from '../auth/guards.js';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { getAgentLevels, setAgentLevels } from './agent-level.service.js';
import { agentLevelsView, agentView, createAgentBody, listAgentsQuery, setAgentLevelsBody, updateAgentBody } from './agent.schemas.js';
import { createAgent, deactivateAgent, getAgentOrThrow, listAgents, updateAgent } from './agent.service.js';

export function registerAgentRoutes(app: RouteApp, { db }: ModuleContext): void {
  const tags = ['agents'];

  app.get('/api/agents', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'List agents',
      querystring: listAgentsQuery,
      response: { 200: z.object({ items: z.array(agentView) }) },
    },
    handler: async (request) => ({ items: await listAgents(db, principalOf(request).workspaceId, request.query) }),
  });

  app.get('/api/agents/:id', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Get an agent', params: idParams, response: { 200: agentView } },
    handler: async (request) => getAgentOrThrow(db, principalOf(request).workspaceId, request.params.id),
  });

  app.post('/api/agents', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Create an agent', body: createAgentBody, response: { 201: agentView } },
    handler: async (request, reply) => {
      const agent = await createAgent(db, principalOf(request).workspaceId, request.body);
      await auditRequest(db, request, 'agent.created', { type: 'agent', id: agent.id }, { role: agent.role, level: agent.level });
      return reply.code(201).send(agent);
    },
  });

  app.patch('/api/agents/:id', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Update an agent (admins: anything; agents: their own name, locale, time zone and password)',
      params: idParams,
      body: updateAgentBody,
      response: { 200: agentView },
    },
    handler: async (request) => {
      const agent = await updateAgent(db, principalOf(request), request.params.id, request.body);
      const fields = Object.keys(request.body).filter((field) => field !== 'currentPassword');
      await auditRequest(db, request, 'agent.updated', { type: 'agent', id: agent.id }, { fields });
      return agent;
    },
  });

  app.delete('/api/agents/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Deactivate an agent and end their sessions', params: idParams, response: { 200: agentView } },
    handler: async (request) => {
      const agent = await deactivateAgent(db, principalOf(request), request.params.id);
      await auditRequest(db, request, 'agent.deactivated', { type: 'agent', id: agent.id });
      return agent;
    },
  });

  app.get('/api/agent-levels', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Agent levels with their compensation limits (in the workspace base currency; null = no limit)',
      querystring: z.object({}).strict(),
      response: { 200: agentLevelsView },
    },
    handler: async (request) => getAgentLevels(db, principalOf(request).workspaceId),
  });

  app.put('/api/agent-levels', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Set the compensation limit of every agent level', body: setAgentLevelsBody, response: { 200: agentLevelsView } },
    handler: async (request) => {
      const levels = await setAgentLevels(db, principalOf(request).workspaceId, request.body);
      await auditRequest(db, request, 'agent_levels.updated', { type: 'workspace', id: principalOf(request).workspaceId }, {
        levels: request.body.levels,
      });
      return levels;
    },
  });
}

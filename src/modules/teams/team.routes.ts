import { z } from 'zod';
import { idParams } from '../../shared/schemas.js';
import { auditRequest } from '../audit/audit.http.js';
import { principalOf } from '../auth/guards.js';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { createTeamBody, teamDetail, teamView, updateTeamBody } from './team.schemas.js';
import { createTeam, deleteTeam, getTeamOrThrow, listTeams, updateTeam } from './team.service.js';

export function registerTeamRoutes(app: RouteApp, { db }: ModuleContext): void {
  const tags = ['teams'];

  app.get('/api/teams', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'List teams with their member counts',
      querystring: z.object({}).strict(),
      response: { 200: z.object({ items: z.array(teamView) }) },
    },
    handler: async (request) => ({ items: await listTeams(db, principalOf(request).workspaceId) }),
  });

  app.get('/api/teams/:id', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Get a team with its member agent ids', params: idParams, response: { 200: teamDetail } },
    handler: async (request) => getTeamOrThrow(db, principalOf(request).workspaceId, request.params.id),
  });

  app.post('/api/teams', {
    config: { access: 'supervisor' },
    schema: { tags, summary: 'Create a team', body: createTeamBody, response: { 201: teamDetail } },
    handler: async (request, reply) => {
      const team = await createTeam(db, principalOf(request).workspaceId, request.body);
      await auditRequest(db, request, 'team.created', { type: 'team', id: team.id });
      return reply.code(201).send(team);
    },
  });

  app.patch('/api/teams/:id', {
    config: { access: 'supervisor' },
    schema: { tags, summary: 'Update a team (memberIds replaces its members)', params: idParams, body: updateTeamBody, response: { 200: teamDetail } },
    handler: async (request) => {
      const team = await updateTeam(db, principalOf(request).workspaceId, request.params.id, request.body);
      await auditRequest(db, request, 'team.updated', { type: 'team', id: team.id }, { fields: Object.keys(request.body) });
      return team;
    },
  });

  app.delete('/api/teams/:id', {
    config: { access: 'supervisor' },
    schema: {
      tags,
      summary: 'Delete a team (its tickets stay, without a team)',
      params: idParams,
      response: { 200: z.object({ deleted: z.literal(true) }) },
    },
    handler: async (request) => {
      const result = await deleteTeam(db, principalOf(request).workspaceId, request.params.id);
      await auditRequest(db, request, 'team.deleted', { type: 'team', id: request.params.id });
      return result;
    },
  });
}

import { z } from 'zod';
import { idParams } from '../../shared/schemas.js';
import { principalOf } from '../auth/guards.js';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { createViewBody, savedView, updateViewBody } from './view.schemas.js';
import { createView, deleteView, listViews, updateView } from './view.service.js';

export function registerViewRoutes(app: RouteApp, { db }: ModuleContext): void {
  const tags = ['views'];

  app.get('/api/views', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Saved inbox filters: your own, then those colleagues shared', response: { 200: z.object({ items: z.array(savedView) }) } },
    handler: async (request) => ({ items: await listViews(db, principalOf(request)) }),
  });

  app.post('/api/views', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Save inbox filters under a name',
      description: 'Filters use the ticket list’s query parameters (`status`, `language`, `q` …) and are checked the same way.',
      body: createViewBody,
      response: { 201: savedView },
    },
    handler: async (request, reply) => reply.code(201).send(await createView(db, principalOf(request), request.body)),
  });

  app.patch('/api/views/:id', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Rename, re-filter or share a view of yours', params: idParams, body: updateViewBody, response: { 200: savedView } },
    handler: async (request) => updateView(db, principalOf(request), request.params.id, request.body),
  });

  app.delete('/api/views/:id', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Delete a view of yours (supervisors may delete shared ones)', params: idParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await deleteView(db, principalOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  });
}

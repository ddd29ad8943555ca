import { z } from 'zod';
import { idParams } from '../../shared/schemas.js';
import { auditRequest } from '../audit/audit.http.js';
import { principalOf } from '../auth/guards.js';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { brandView, createBrandBody, updateBrandBody } from './brand.schemas.js';
import { createBrand, deleteBrand, getBrandOrThrow, listBrands, updateBrand } from './brand.service.js';

export function registerBrandRoutes(app: RouteApp, { db }: ModuleContext): void {
  const tags = ['brands'];

  app.get('/api/brands', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'List brands (stores and marketplace accounts)',
      querystring: z.object({ includeArchived: z.stringbool().optional() }).strict(),
      response: { 200: z.object({ items: z.array(brandView) }) },
    },
    handler: async (request) => ({
      items: await listBrands(db, principalOf(request).workspaceId, request.query.includeArchived ?? false),
    }),
  });

  app.get('/api/brands/:id', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Get a brand', params: idParams, response: { 200: brandView } },
    handler: async (request) => getBrandOrThrow(db, principalOf(request).workspaceId, request.params.id),
  });

  app.post('/api/brands', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Create a brand', body: createBrandBody, response: { 201: brandView } },
    handler: async (request, reply) => {
      const brand = await createBrand(db, principalOf(request).workspaceId, request.body);
      await auditRequest(db, request, 'brand.created', { type: 'brand', id: brand.id });
      return reply.code(201).send(brand);
    },
  });

  app.patch('/api/brands/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Update or archive a brand', params: idParams, body: updateBrandBody, response: { 200: brandView } },
    handler: async (request) => {
      const brand = await updateBrand(db, principalOf(request).workspaceId, request.params.id, request.body);
      await auditRequest(db, request, 'brand.updated', { type: 'brand', id: brand.id }, { fields: Object.keys(request.body) });
      return brand;
    },
  });

  app.delete('/api/brands/:id', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: 'Delete a brand (archived instead when it has tickets)',
      params: idParams,
      response: { 200: z.object({ archived: z.boolean() }) },
    },
    handler: async (request) => {
      const result = await deleteBrand(db, principalOf(request).workspaceId, request.params.id);
      await auditRequest(db, request, result.archived ? 'brand.archived' : 'brand.deleted', { type: 'brand', id: request.params.id });
      return result;
    },
  });
}

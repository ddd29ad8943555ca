import { z } from 'zod';
import { idParams } from '../../shared/schemas.js';
import { auditRequest } from '../audit/audit.http.js';
import { principalOf } from '../auth/guards.js';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { mergeCustomers } from './customer-merge.service.js';
import { createCustomerBody, customerView, listCustomersQuery, mergeCustomerBody, updateCustomerBody } from './customer.schemas.js';
import { anonymizeCustomer, createCustomer, getCustomerOrThrow, listCustomers, updateCustomer } from './customer.service.js';

export function registerCustomerRoutes(app: RouteApp, { db }: ModuleContext): void {
  const tags = ['customers'];

  app.get('/api/customers', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'List customers, newest first; q matches the name or any e-mail, phone, alias or chat id',
      querystring: listCustomersQuery,
      response: { 200: z.object({ items: z.array(customerView), nextCursor: z.string().nullable() }) },
    },
    handler: async (request) => listCustomers(db, principalOf(request).workspaceId, request.query),
  });

  app.get('/api/customers/:id', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Get a customer with their identities', params: idParams, response: { 200: customerView } },
    handler: async (request) => getCustomerOrThrow(db, principalOf(request).workspaceId, request.params.id),
  });

  app.post('/api/customers', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Create a customer', body: createCustomerBody, response: { 201: customerView } },
    handler: async (request, reply) => {
      const customer = await createCustomer(db, principalOf(request).workspaceId, request.body);
      return reply.code(201).send(customer);
    },
  });

  app.patch('/api/customers/:id', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Update a customer (identities and customFields replace the whole set)',
      params: idParams,
      body: updateCustomerBody,
      response: { 200: customerView },
    },
    handler: async (request) => updateCustomer(db, principalOf(request).workspaceId, request.params.id, request.body),
  });

  app.delete('/api/customers/:id', {
    config: { access: 'supervisor' },
    schema: {
      tags,
      summary: 'Anonymize a customer (personal-data request): personal fields and identities are erased, tickets stay',
      params: idParams,
      response: { 200: z.object({ anonymized: z.literal(true) }) },
    },
    handler: async (request) => {
      const result = await anonymizeCustomer(db, principalOf(request).workspaceId, request.params.id);
      await auditRequest(db, request, 'customer.anonymized', { type: 'customer', id: request.params.id });
      return result;
    },
  });

  app.post('/api/customers/:id/merge', {
    config: { access: 'lead' },
    schema: {
      tags,
      summary: 'Merge another customer (sourceId) into this one: identities and tickets move, the source is deleted',
      params: idParams,
      body: mergeCustomerBody,
      response: { 200: customerView },
    },
    handler: async (request) => {
      const result = await mergeCustomers(db, principalOf(request).workspaceId, request.params.id, request.body.sourceId);
      await auditRequest(db, request, 'customer.merged', { type: 'customer', id: request.params.id }, {
        sourceId: request.body.sourceId,
        movedTickets: result.movedTickets,
        movedIdentities: result.movedIdentities,
      });
      return result.customer;
    },
  });
}

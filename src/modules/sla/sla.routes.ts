import { z } from 'zod';
import { idParams } from '../../shared/schemas.js';
import { auditRequest } from '../audit/audit.http.js';
import { principalOf } from '../auth/guards.js';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { addBusinessMinutes } from './calendar/business-time.js';
import { parseBusinessCalendar } from './calendar/calendar.schema.js';
import { calendarById } from './calendars/calendar-lookup.js';
import {
  calendarBody,
  calendarView,
  holidaySetsView,
  importIcsBody,
  importResult,
  importSetBody,
  patchCalendarBody,
  previewDueBody,
} from './calendars/calendar.schemas.js';
import {
  createCalendar,
  deleteCalendar,
  getCalendarOrThrow,
  importHolidaySet,
  importIcs,
  listCalendars,
  listHolidaySets,
  updateCalendar,
} from './calendars/calendar.service.js';
import { createPolicyBody, patchPolicyBody, policyView, reorderBody } from './policies/policy.schemas.js';
import { createPolicy, deletePolicy, listPolicies, reorderPolicies, updatePolicy } from './policies/policy.service.js';
import { notFound } from '../../shared/errors.js';

const deleted = z.object({ deleted: z.literal(true) });

export function registerSlaRoutes(app: RouteApp, { db }: ModuleContext): void {
  const tags = ['sla'];
  const ws = (request: Parameters<typeof principalOf>[0]) => principalOf(request).workspaceId;

  app.get('/api/sla/calendars', {
    config: { access: 'agent' },
    schema: { tags, summary: 'List business calendars (the default first)', response: { 200: z.object({ items: z.array(calendarView) }) } },
    handler: async (request) => ({ items: await listCalendars(db, ws(request)) }),
  });

  app.post('/api/sla/calendars', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: 'Create a business calendar',
      description: 'Hours per weekday (several intervals, night shifts as ["22:00","06:00"]), holidays and special days in the IANA time zone. `teamIds` sets which teams follow it; the first calendar becomes the default.',
      body: calendarBody,
      response: { 201: calendarView },
    },
    handler: async (request, reply) => {
      const calendar = await createCalendar(db, ws(request), request.body);
      await auditRequest(db, request, 'sla.calendar_created', { type: 'business_calendar', id: calendar.id });
      return reply.code(201).send(calendar);
    },
  });

  app.get('/api/sla/calendars/:id', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Get a business calendar', params: idParams, response: { 200: calendarView } },
    handler: async (request) => getCalendarOrThrow(db, ws(request), request.params.id),
  });

  app.patch('/api/sla/calendars/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Update a business calendar (teamIds replaces its teams)', params: idParams, body: patchCalendarBody, response: { 200: calendarView } },
    handler: async (request) => {
      const calendar = await updateCalendar(db, ws(request), request.params.id, request.body);
      await auditRequest(db, request, 'sla.calendar_updated', { type: 'business_calendar', id: calendar.id }, { fields: Object.keys(request.body) });
      return calendar;
    },
  });

  app.delete('/api/sla/calendars/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Delete a business calendar (its teams fall back to the default)', params: idParams, response: { 200: deleted } },
    handler: async (request) => {
      const result = await deleteCalendar(db, ws(request), request.params.id);
      await auditRequest(db, request, 'sla.calendar_deleted', { type: 'business_calendar', id: request.params.id });
      return result;
    },
  });

  app.get('/api/sla/holiday-sets', {
    config: { access: 'agent' },
    schema: { tags, summary: 'The holiday sets Meridian ships (country, years)', response: { 200: holidaySetsView } },
    handler: async () => ({ items: listHolidaySets() }),
  });

  app.post('/api/sla/calendars/:id/holidays/import-set', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: "Add a shipped country's public holidays to a calendar",
      description: 'Weekend working days of the set (China 调休) become special days with weekday hours.',
      params: idParams,
      body: importSetBody,
      response: { 200: importResult },
    },
    handler: async (request) => {
      const result = await importHolidaySet(db, ws(request), request.params.id, request.body);
      await auditRequest(db, request, 'sla.calendar_holidays_imported', { type: 'business_calendar', id: request.params.id }, { set: request.body.code, added: result.added.length });
      return result;
    },
  });

  app.post('/api/sla/calendars/:id/holidays/import-ics', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: 'Add the holidays of an iCalendar (.ics) file to a calendar',
      description: 'What cannot be read is skipped and listed in `warnings`, each naming its line.',
      params: idParams,
      body: importIcsBody,
      response: { 200: importResult },
    },
    handler: async (request) => {
      const result = await importIcs(db, ws(request), request.params.id, request.body);
      await auditRequest(db, request, 'sla.calendar_holidays_imported', { type: 'business_calendar', id: request.params.id }, { ics: true, added: result.added.length });
      return result;
    },
  });

  app.post('/api/sla/calendars/preview-due', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'When N business minutes from a start end on a calendar (stored, or given unsaved)',
      body: previewDueBody,
      response: { 200: z.object({ dueAt: z.string() }) },
    },
    handler: async (request) => {
      const { calendarId, start, minutes } = request.body;
      const calendar = calendarId ? (await calendarById(db, ws(request), calendarId))?.calendar : parseBusinessCalendar(request.body.calendar);
      if (!calendar) throw notFound('Calendar', calendarId!);
      return { dueAt: addBusinessMinutes(calendar, new Date(start), minutes).toISOString() };
    },
  });

  app.get('/api/sla/policies', {
    config: { access: 'agent' },
    schema: { tags, summary: 'List SLA policies in order', response: { 200: z.object({ items: z.array(policyView) }) } },
    handler: async (request) => ({ items: await listPolicies(db, ws(request)) }),
  });

  app.post('/api/sla/policies', {
    config: { access: 'admin' },
    schema: {
      tags,
      summary: 'Create an SLA policy',
      description:
        'The first enabled `team` policy whose conditions hold (or the one pinned by automation) runs the ticket\'s clocks; the first matching `contract` policy (a marketplace\'s rule) runs beside it. Business-time targets are whole minutes.',
      body: createPolicyBody,
      response: { 201: policyView },
    },
    handler: async (request, reply) => {
      const policy = await createPolicy(db, ws(request), request.body);
      await auditRequest(db, request, 'sla.policy_created', { type: 'sla_policy', id: policy.id });
      return reply.code(201).send(policy);
    },
  });

  app.patch('/api/sla/policies/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Update an SLA policy (open tickets are recomputed)', params: idParams, body: patchPolicyBody, response: { 200: policyView } },
    handler: async (request) => {
      const policy = await updatePolicy(db, ws(request), request.params.id, request.body);
      await auditRequest(db, request, 'sla.policy_updated', { type: 'sla_policy', id: policy.id }, { fields: Object.keys(request.body) });
      return policy;
    },
  });

  app.delete('/api/sla/policies/:id', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Delete an SLA policy', params: idParams, response: { 200: deleted } },
    handler: async (request) => {
      const result = await deletePolicy(db, ws(request), request.params.id);
      await auditRequest(db, request, 'sla.policy_deleted', { type: 'sla_policy', id: request.params.id });
      return result;
    },
  });

  app.post('/api/sla/policies/reorder', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Set the order of the SLA policies (every id once)', body: reorderBody, response: { 200: z.object({ items: z.array(policyView) }) } },
    handler: async (request) => {
      const items = await reorderPolicies(db, ws(request), request.body.ids);
      await auditRequest(db, request, 'sla.policies_reordered', { type: 'sla_policy', id: 'order' });
      return { items };
    },
  });
}

import { auditRequest } from '../../audit/audit.http.js';
import { principalOf } from '../../auth/guards.js';
import type { ModuleContext } from '../../context.js';
import type { RouteApp } from '../../route-types.js';
import { translateMessage } from './message-translation.service.js';
import {
  messageTranslationParams,
  messageTranslationQuery,
  messageTranslationView,
  putTranslationSettingsBody,
  testTranslationBody,
  testTranslationView,
  translateBody,
  translateView,
  translationSettingsView,
  translationStatsView,
  translationStatusView,
} from './translation.schemas.js';
import { deleteTranslationSettings, getTranslationSettings, putTranslationSettings, translationStatus } from './translation-settings.service.js';
import { translationStats } from './translation-stats.queries.js';
import { testTranslationProvider, translateWithBack } from './translation.service.js';

export function registerTranslationRoutes(app: RouteApp, { db }: ModuleContext): void {
  const tags = ['translation'];

  app.get('/api/translation/status', {
    config: { access: 'agent' },
    schema: { tags, summary: 'Whether translation is on (the UI shows "translation is off" and the original text when not)', response: { 200: translationStatusView } },
    handler: async (request) => translationStatus(db, principalOf(request).workspaceId),
  });

  app.get('/api/translation/settings', {
    config: { access: 'admin' },
    schema: { tags, summary: 'The translation provider of the workspace (the API key is write-only)', response: { 200: translationSettingsView } },
    handler: async (request) => getTranslationSettings(db, principalOf(request).workspaceId),
  });

  app.put('/api/translation/settings', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Choose and configure the translation provider', body: putTranslationSettingsBody, response: { 200: translationSettingsView } },
    handler: async (request) => {
      const settings = await putTranslationSettings(db, principalOf(request).workspaceId, request.body);
      const { apiKey } = request.body;
      await auditRequest(db, request, 'translation.settings_updated', { type: 'workspace', id: principalOf(request).workspaceId }, {
        provider: settings.provider,
        url: settings.url,
        model: settings.model,
        costPerMillionChars: settings.costPerMillionChars,
        apiKey: apiKey === undefined ? 'kept' : apiKey === null ? 'removed' : 'replaced',
      });
      return settings;
    },
  });

  app.delete('/api/translation/settings', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Turn translation off (removes the provider and its key)', response: { 200: translationSettingsView } },
    handler: async (request) => {
      const settings = await deleteTranslationSettings(db, principalOf(request).workspaceId);
      await auditRequest(db, request, 'translation.settings_deleted', { type: 'workspace', id: principalOf(request).workspaceId });
      return settings;
    },
  });

  app.post('/api/translation/test', {
    config: { access: 'admin' },
    schema: { tags, summary: 'Translate "Hello" with the configured provider (no cache): proves URL, key and model', body: testTranslationBody, response: { 200: testTranslationView } },
    handler: async (request) => testTranslationProvider(db, principalOf(request).workspaceId, request.body.to),
  });

  app.post('/api/translate', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Translate a text; with back: true also back into the source language, to check a reply before sending',
      description:
        'Template variables, URLs, e-mail addresses, order and tracking numbers, amounts and the given names come back untouched; ' +
        'if the provider loses or repeats one the answer is 422 rather than a translation with a hole.',
      body: translateBody,
      response: { 200: translateView },
    },
    handler: async (request) => {
      const { text, from, to, provider, cached, back } = await translateWithBack(db, principalOf(request).workspaceId, request.body);
      return { text, from, to, provider, cached, ...(back !== undefined ? { back } : {}) };
    },
  });

  app.get('/api/tickets/:id/messages/:messageId/translation', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'A message in the agent’s language (or ?to=), beside the original',
      params: messageTranslationParams,
      querystring: messageTranslationQuery,
      response: { 200: messageTranslationView },
    },
    handler: async (request) => translateMessage(db, principalOf(request), request.params.id, request.params.messageId, request.query.to),
  });

  app.get('/api/translation/stats', {
    config: { access: 'supervisor' },
    schema: { tags, summary: 'Translation calls, cache hits, characters, cost, latency and errors over the last 30 days', response: { 200: translationStatsView } },
    handler: async (request) => translationStats(db, principalOf(request).workspaceId),
  });
}

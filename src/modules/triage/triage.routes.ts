import { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { enqueue } from '../../platform/jobs/queue.js';
import { auditRequest } from '../audit/audit.http.js';
import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';
import { activeTriageModel, triageMessage } from './active-triage.js';
import { modelInfoView, retrainRunView, triageRequest, triageView } from './triage.schemas.js';
import { TRIAGE_RETRAIN_JOB } from './triage-runtime.js';

export function registerTriageRoutes(app: RouteApp, { db }: ModuleContext): void {
  const tags = ['triage'];

  app.post('/api/triage', {
    config: { access: 'agent' },
    schema: {
      tags,
      summary: 'Triage a text: language, intent, entities, sentiment, risk, priority and missing facts',
      description: 'The same analysis every inbound message gets on arrival; nothing is stored.',
      body: triageRequest,
      response: { 200: triageView },
    },
    handler: async (request) => {
      const result = triageMessage(request.body);
      if (!result) throw new AppError('internal', 'No triage model is loaded.');
      return result;
    },
  });

  app.get('/api/triage/model', {
    config: { access: 'agent' },
    schema: { tags, summary: 'The model in use: when it was built, from what, and how it scored on the dev set', response: { 200: modelInfoView } },
    handler: async () => {
      const model = activeTriageModel();
      if (!model) throw new AppError('internal', 'No triage model is loaded.');
      const { createdAt, trainExamples, devExamples, corrections, dev } = model.info;
      return { createdAt, trainExamples, devExamples, corrections, dev, abstainBelow: model.abstainBelow };
    },
  });

  app.get('/api/triage/runs', {
    config: { access: 'supervisor' },
    schema: { tags, summary: 'Retraining runs, newest first, with both scores and the decision', response: { 200: z.object({ items: z.array(retrainRunView), pendingCorrections: z.number() }) } },
    handler: async () => {
      const rows = await db
        .selectFrom('triage_models')
        .select(['id', 'created_at', 'trigger', 'decision', 'reason', 'corrections', 'candidate_scores', 'current_scores'])
        .orderBy('id', 'desc')
        .limit(50)
        .execute();
      const total = Number((await db.selectFrom('triage_corrections').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
      return {
        items: rows.map((r) => ({
          id: r.id,
          createdAt: r.created_at.toISOString(),
          trigger: r.trigger,
          decision: r.decision,
          reason: r.reason,
          corrections: r.corrections,
          candidate: r.candidate_scores as Record<string, number>,
          current: r.current_scores as Record<string, number>,
        })),
        pendingCorrections: Math.max(0, total - (activeTriageModel()?.info.corrections ?? 0)),
      };
    },
  });

  app.post('/api/triage/retrain', {
    config: { access: 'supervisor' },
    schema: { tags, summary: 'Retrain now on the corpus and agents’ corrections (runs as a background job)', response: { 202: z.object({ queued: z.boolean() }) } },
    handler: async (request, reply) => {
      // One request per minute is enough: a double click does not train twice.
      const slot = Math.floor(Date.now() / 60_000);
      const jobId = await enqueue(db, TRIAGE_RETRAIN_JOB, { trigger: 'api' }, { dedupeKey: `${TRIAGE_RETRAIN_JOB}:manual:${slot}`, maxAttempts: 1 });
      await auditRequest(db, request, 'triage.retrain_requested', { type: 'triage_model', id: 'active' });
      return reply.code(202).send({ queued: jobId !== null });
    },
  });
}

import { z } from 'zod';
import { INTENTS } from './intents.js';
import { RISK_SIGNALS } from './triage.types.js';

export const riskSignal = z.enum(RISK_SIGNALS);
export const intent = z.enum(INTENTS as [string, ...string[]]);

export const entitiesView = z.object({
  orders: z.array(z.string()),
  tracking: z.array(z.object({ number: z.string(), carrier: z.string(), valid: z.boolean(), url: z.string().nullable() })),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  amounts: z.array(z.object({ value: z.number(), currency: z.string() })),
  dates: z.array(z.string()),
  skus: z.array(z.string()),
});

/** What triage says about one message, as the API shows it. */
export const triageView = z.object({
  language: z.string(),
  languageConfidence: z.number().optional(),
  intent: z.string(),
  modelIntent: z.string().optional(),
  confidence: z.number(),
  abstain: z.boolean(),
  priority: z.enum(['P1', 'P2', 'P3', 'P4']),
  sentiment: z.number(),
  risk: z.array(z.string()),
  entities: entitiesView,
  missing: z.array(z.string()),
  /** Which model said so (its build time), on stored message triage. */
  modelCreatedAt: z.string().nullable().optional(),
});
export type TriageView = z.infer<typeof triageView>;

export const orderContextInput = z
  .object({
    number: z.string().max(100).nullable().optional(),
    fulfillment: z.enum(['unfulfilled', 'partially_fulfilled', 'fulfilled', 'cancelled']),
    trackingNumber: z.string().max(100).nullable().optional(),
    trackingStatus: z.enum(['pending', 'info_received', 'in_transit', 'customs_held', 'out_for_delivery', 'delivered', 'exception', 'returned']).nullable().optional(),
    skus: z.array(z.string().max(100)).max(100).optional(),
  })
  .strict();

export const triageRequest = z
  .object({
    text: z.string().max(200_000),
    subject: z.string().max(1000).nullable().optional(),
    customerLanguage: z.string().max(35).nullable().optional(),
    customerCountry: z.string().length(2).nullable().optional(),
    order: orderContextInput.nullable().optional(),
    priorContacts: z.number().int().min(0).max(1000).optional(),
    hasAttachments: z.boolean().optional(),
  })
  .strict();

export const correctIntentBody = z.object({ intent }).strict();

export const modelInfoView = z.object({
  createdAt: z.string(),
  trainExamples: z.number(),
  devExamples: z.number(),
  corrections: z.number(),
  abstainBelow: z.number(),
  dev: z.object({ accuracy: z.number(), macroF1: z.number(), coverage: z.number(), precision: z.number(), languageAccuracy: z.number() }),
});

export const retrainRunView = z.object({
  id: z.number(),
  createdAt: z.string(),
  trigger: z.string(),
  decision: z.enum(['activated', 'kept_current']),
  reason: z.string(),
  corrections: z.number(),
  candidate: z.record(z.string(), z.number()),
  current: z.record(z.string(), z.number()),
});

import { z } from 'zod';
import { languageCode, ticketId, uuid } from '../../shared/schemas.js';
import { CHANNELS } from '../tickets/ticket.table.js';
import { TEMPLATE_KINDS } from './templates/template.table.js';

const templateKey = z.string().trim().regex(/^[a-z0-9]+([._-][a-z0-9]+)*$/, 'lower-case words joined by ".", "_" or "-"').max(80);
const variantName = z.string().trim().regex(/^[A-Z]$/, 'a capital letter: A, B, C…');
const templateText = (max: number) => z.string().max(max);

export const variantView = z.object({
  id: z.string(),
  language: z.string(),
  brandId: z.string().nullable(),
  variant: z.string(),
  trafficShare: z.number(),
  subject: z.string(),
  body: z.string(),
  version: z.number(),
  outOfDate: z.boolean(),
  reviewedSourceVersion: z.number().nullable(),
  origin: z.enum(['starter', 'custom']),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});

const templateBase = {
  id: z.string(),
  key: z.string(),
  kind: z.enum(TEMPLATE_KINDS),
  intent: z.string().nullable(),
  name: z.string(),
  sourceLanguage: z.string(),
  channels: z.array(z.string()),
  archived: z.boolean(),
};
export const templateView = z.object({ ...templateBase, variants: z.array(variantView) });
export const templateSummary = z.object({ ...templateBase, languages: z.array(z.string()), outOfDate: z.number(), variants: z.number(), hasExperiment: z.boolean() });

export const listTemplatesQuery = z
  .object({
    kind: z.enum(TEMPLATE_KINDS).optional(),
    language: languageCode.optional(),
    outOfDate: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    archived: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  })
  .strict();

export const createTemplateBody = z
  .object({
    key: templateKey,
    name: z.string().trim().min(1).max(200),
    intent: z.string().max(64).nullable().optional(),
    sourceLanguage: languageCode,
    channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).optional(),
    subject: templateText(500),
    body: templateText(20_000).refine((b) => b.trim() !== '', 'the body is empty'),
  })
  .strict();

export const patchTemplateBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).optional(),
    sourceLanguage: languageCode.optional(),
    archived: z.boolean().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to update' });

export const saveVariantBody = z
  .object({
    language: languageCode,
    brandId: uuid.nullable().optional(),
    variant: variantName.optional(),
    trafficShare: z.number().int().min(0).max(100).optional(),
    subject: templateText(500),
    body: templateText(20_000).refine((b) => b.trim() !== '', 'the body is empty'),
  })
  .strict();

export const variantParams = z.object({ variantId: uuid }).strict();

export const versionsView = z.object({
  items: z.array(z.object({ version: z.number(), subject: z.string(), body: z.string(), editedBy: z.string().nullable(), createdAt: z.string() })),
});

export const previewBody = z
  .object({
    subject: templateText(500),
    body: templateText(20_000),
    language: languageCode,
    locale: z.string().max(20).optional(),
    ticketId: ticketId.optional(),
    channel: z.enum(CHANNELS).optional(),
  })
  .strict();

export const previewView = z.object({
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  unresolved: z.array(z.string()),
  locale: z.string(),
  direction: z.enum(['ltr', 'rtl']),
});

export const experimentQuery = z.object({ language: languageCode, brandId: uuid.optional() }).strict();

const comparison = z.object({
  metric: z.enum(['reopen_rate', 'buyer_reply_rate']),
  pValue: z.number().nullable(),
  winner: z.string().nullable(),
  verdict: z.enum(['not_enough_data', 'no_difference', 'winner']),
});
export const experimentView = z.object({
  language: z.string(),
  brandId: z.string().nullable(),
  variants: z.array(
    z.object({
      variant: z.string(),
      trafficShare: z.number(),
      uses: z.number(),
      reopenRate: z.number().nullable(),
      buyerReplyRate: z.number().nullable(),
      solvedRate: z.number().nullable(),
      medianMinutesToSolve: z.number().nullable(),
      csat: z.number().nullable(),
    }),
  ),
  comparison,
  comparisons: z.array(comparison),
});

export const findingView = z.object({
  rule: z.string(),
  severity: z.enum(['block', 'warn']),
  message: z.string(),
  excerpt: z.string(),
  index: z.number(),
  language: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export const holeView = z.object({ kind: z.enum(['variable', 'placeholder']), text: z.string(), index: z.number() });

export const suggestionQuery = z
  .object({
    templateKey: templateKey.optional(),
    language: languageCode.optional(),
    options: z
      .string()
      .max(200)
      .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))
      .optional(),
  })
  .strict();

export const suggestionView = z.object({
  templateKey: z.string(),
  templateId: z.string(),
  variantId: z.string(),
  variant: z.string(),
  language: z.string(),
  locale: z.string(),
  direction: z.enum(['ltr', 'rtl']),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  unresolved: z.array(z.string()),
  asks: z.array(z.string()),
  options: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      amount: z.number().optional(),
      currency: z.string().optional(),
      percent: z.number().optional(),
      selected: z.boolean(),
    }),
  ),
  findings: z.array(findingView),
});

const attachmentRef = z.object({ filename: z.string().max(255), sizeBytes: z.number().int().nonnegative(), contentType: z.string().max(255).optional() }).strict();
const original = z.object({ text: z.string().max(200_000), language: languageCode }).strict();

export const checkReplyBody = z
  .object({
    text: z.string().max(200_000),
    language: languageCode.optional(),
    original: original.optional(),
    attachments: z.array(attachmentRef).max(50).optional(),
  })
  .strict();

export const guardView = z.object({ holes: z.array(holeView), findings: z.array(findingView), blocking: z.boolean() });

/** The reply body's additions for templates, translation and the guard (see tickets' replyBody). */
export const replyGuardFields = {
  templateId: uuid.optional(),
  variantId: uuid.optional(),
  language: languageCode.optional(),
  original: original.optional(),
  override: z.object({ reason: z.string().trim().min(3).max(1000) }).strict().optional(),
};

export const policyQuery = z.object({ brandId: uuid.optional() }).strict();
export const policyView = z.object({ brandId: z.string().nullable(), rules: z.record(z.string(), z.unknown()), isDefault: z.boolean() });
export const savePolicyBody = z.object({ brandId: uuid.nullable(), rules: z.record(z.string(), z.unknown()) }).strict();

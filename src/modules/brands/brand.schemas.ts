import { z } from 'zod';
import { languageCode, shortText } from '../../shared/schemas.js';
import { BRAND_KINDS } from './brand.table.js';

/** What the brand's replies may offer or mention (SPEC C3/C4): read by the suggested reply. */
export const replySettingsView = z.object({
  surveyUrl: z.string().nullable(),
  returnUrl: z.string().nullable(),
  emergencyContact: z.string().nullable(),
  couponPercent: z.number(),
  religiousGreeting: z.boolean(),
});
export type ReplySettingsView = z.infer<typeof replySettingsView>;

export const replySettingsBody = z
  .object({
    surveyUrl: z.url({ protocol: /^https?$/ }).max(500).nullable().optional(),
    returnUrl: z.url({ protocol: /^https?$/ }).max(500).nullable().optional(),
    emergencyContact: z.string().trim().max(200).nullable().optional(),
    couponPercent: z.number().int().min(1).max(90).optional(),
    religiousGreeting: z.boolean().optional(),
  })
  .strict();

export const brandView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(BRAND_KINDS),
  marketplaceRegion: z.string().nullable(),
  supportEmail: z.string().nullable(),
  defaultLanguage: z.string(),
  replySettings: replySettingsView,
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BrandView = z.infer<typeof brandView>;

export const createBrandBody = z
  .object({
    name: shortText(120),
    kind: z.enum(BRAND_KINDS),
    marketplaceRegion: z.string().trim().max(20).nullable().optional(),
    supportEmail: z.email().max(254).nullable().optional(),
    defaultLanguage: languageCode.optional(),
    replySettings: replySettingsBody.optional(),
  })
  .strict();
export type CreateBrandInput = z.infer<typeof createBrandBody>;

export const updateBrandBody = createBrandBody.partial().extend({ archived: z.boolean().optional() }).strict();
export type UpdateBrandInput = z.infer<typeof updateBrandBody>;

import { z } from 'zod';
import { languageCode, shortText } from '../../shared/schemas.js';
import { BRAND_KINDS } from './brand.table.js';

export const brandView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(BRAND_KINDS),
  marketplaceRegion: z.string().nullable(),
  supportEmail: z.string().nullable(),
  defaultLanguage: z.string(),
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
  })
  .strict();
export type CreateBrandInput = z.infer<typeof createBrandBody>;

export const updateBrandBody = createBrandBody.partial().extend({ archived: z.boolean().optional() }).strict();
export type UpdateBrandInput = z.infer<typeof updateBrandBody>;

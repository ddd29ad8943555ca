import { z } from 'zod';
import { countryCode, cursorParam, customFields, languageCode, pageLimit, shortText, timeZone, uuid } from '../../shared/schemas.js';
import { IDENTITY_KINDS } from './customer.table.js';

export const identityView = z.object({
  id: z.string(),
  kind: z.enum(IDENTITY_KINDS),
  value: z.string(),
  marketplace: z.string().nullable(),
});
export type IdentityView = z.infer<typeof identityView>;

export const customerView = z.object({
  id: z.string(),
  name: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  title: z.string().nullable(),
  country: z.string().nullable(),
  language: z.string().nullable(),
  timezone: z.string().nullable(),
  tier: z.string(),
  notes: z.string(),
  customFields: z.record(z.string(), z.unknown()),
  identities: z.array(identityView),
  anonymized: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CustomerView = z.infer<typeof customerView>;

export const identityBody = z
  .object({
    kind: z.enum(IDENTITY_KINDS),
    value: z.string().trim().min(1).max(254),
    marketplace: z.string().trim().max(40).nullable().optional(),
  })
  .strict()
  .refine((identity) => identity.kind !== 'email' || z.email().safeParse(identity.value).success, {
    message: 'must be an e-mail address',
    path: ['value'],
  });

export const createCustomerBody = z
  .object({
    name: z.string().trim().max(200).optional(),
    firstName: z.string().trim().max(100).nullable().optional(),
    lastName: z.string().trim().max(100).nullable().optional(),
    title: z.string().trim().max(50).nullable().optional(),
    country: countryCode.nullable().optional(),
    language: languageCode.nullable().optional(),
    timezone: timeZone.nullable().optional(),
    tier: shortText(40).optional(),
    notes: z.string().max(10_000).optional(),
    customFields: customFields.optional(),
    identities: z.array(identityBody).max(50).optional(),
  })
  .strict();
export type CreateCustomerInput = z.infer<typeof createCustomerBody>;

/** Like create; `identities` and `customFields` replace the whole set when given. */
export const updateCustomerBody = createCustomerBody.partial().strict();
export type UpdateCustomerInput = z.infer<typeof updateCustomerBody>;

export const listCustomersQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    limit: pageLimit,
    cursor: cursorParam,
  })
  .strict();
export type ListCustomersQuery = z.infer<typeof listCustomersQuery>;

export const mergeCustomerBody = z.object({ sourceId: uuid }).strict();

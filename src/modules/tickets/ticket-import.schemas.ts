import { z } from 'zod';
import { countryCode, customFields, isoDate, languageCode, tagList, timeZone } from '../../shared/schemas.js';
import { DIRECTIONS } from './ticket.table.js';
import { channel, intentCode, orderSnapshot, priority, status } from './ticket.schemas.js';

/** One ticket as `meridian import` reads it and `meridian export` writes it (JSON or JSON lines). */
export const importRecord = z
  .object({
    ref: z.string().trim().min(1).max(200).describe('The ticket id in the system it comes from; makes re-imports idempotent'),
    brand: z.string().trim().min(1).max(120).describe('Brand name or id'),
    channel,
    subject: z.string().trim().min(1).max(500),
    status: status.default('open'),
    priority: priority.optional(),
    tags: tagList.default([]),
    intent: intentCode.nullable().optional(),
    language: languageCode.nullable().optional(),
    marketplace: z.string().max(40).nullable().optional(),
    order: orderSnapshot.nullable().optional().describe('The order the ticket is about'),
    customFields: customFields.optional(),
    assignee: z.email().nullable().optional().describe("Agent's e-mail"),
    createdAt: isoDate.optional(),
    solvedAt: isoDate.nullable().optional(),
    customer: z
      .object({
        email: z.email().max(254).optional(),
        phone: z.string().max(40).optional(),
        marketplaceAlias: z.string().max(254).optional(),
        name: z.string().max(200).optional(),
        firstName: z.string().trim().max(100).optional(),
        lastName: z.string().trim().max(100).optional(),
        title: z.string().trim().max(50).optional(),
        country: countryCode.optional(),
        language: languageCode.optional(),
        timezone: timeZone.optional(),
      })
      .refine((c) => c.email || c.phone || c.marketplaceAlias, { message: 'customer needs email, phone or marketplaceAlias' }),
    messages: z
      .array(
        z.object({
          direction: z.enum(DIRECTIONS),
          text: z.string().max(200_000),
          html: z.string().max(400_000).nullable().optional(),
          createdAt: isoDate,
          author: z.email().nullable().optional().describe("Agent's e-mail for outbound messages and notes"),
          externalId: z.string().max(998).nullable().optional(),
        }),
      )
      .min(1)
      .max(5000),
  })
  .strict();
export type ImportRecord = z.infer<typeof importRecord>;
export type ImportRecordInput = z.input<typeof importRecord>;

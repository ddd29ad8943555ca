import { z } from 'zod';

/** Schema pieces shared by many routes. */
export const uuid = z.uuid({ message: 'must be a UUID' });
export const ticketId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "de" or "pt-BR"');
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like "DE"');
export const timeZone = z.string().max(64).refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone like "Europe/Berlin"');
export const isoDate = z.iso.datetime({ offset: true });
export const pageLimit = z.coerce.number().int().min(1).max(200).default(50);
export const cursorParam = z.string().max(512).optional();
export const shortText = (max = 200) => z.string().trim().min(1).max(max);
export const idParams = z.object({ id: uuid }).strict();
export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export const tagList = z.array(z.string().trim().min(1).max(64).regex(/^[^,\s]+$/, 'tags have no spaces or commas')).max(50);
export const customFields = z.record(z.string().max(64), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]));

import { z } from 'zod';
import { isoDate, shortText, uuid } from '../../../shared/schemas.js';

/**
 * The calendar's hours are checked in depth by `parseBusinessCalendar` (calendar/calendar.schema.ts),
 * whose messages name the field (`weekly.mon: intervals 09:00–18:00 and 13:00–14:00 overlap`);
 * here only the envelope is typed.
 */
export const calendarBody = z
  .object({
    name: shortText(120),
    timezone: z.string().max(64),
    weekly: z.record(z.string(), z.unknown()),
    holidays: z.array(z.string()).max(5000).optional(),
    special: z.array(z.unknown()).max(2000).optional(),
    isDefault: z.boolean().optional(),
    /** Teams that follow this calendar (replaces the list; a team follows one calendar). */
    teamIds: z.array(uuid).max(500).optional(),
  })
  .strict();
export type CalendarInput = z.infer<typeof calendarBody>;
export const patchCalendarBody = calendarBody.partial().strict();
export type PatchCalendarInput = z.infer<typeof patchCalendarBody>;

const wallInterval = z.tuple([z.string(), z.string()]);
export const calendarView = z.object({
  id: z.string(),
  name: z.string(),
  timezone: z.string(),
  weekly: z.record(z.string(), z.array(wallInterval)),
  holidays: z.array(z.string()),
  special: z.array(z.object({ date: z.string(), intervals: z.array(wallInterval) })),
  isDefault: z.boolean(),
  teamIds: z.array(z.string()),
  updatedAt: z.string(),
});
export type CalendarView = z.infer<typeof calendarView>;

export const holidaySetsView = z.object({ items: z.array(z.object({ code: z.string(), name: z.string(), years: z.array(z.number()) })) });

export const importSetBody = z
  .object({
    code: z.string().max(10),
    years: z.array(z.number().int()).min(1).max(10).optional(),
    /** Regional holidays to include too (DE "BY", FR "67"). */
    regions: z.array(z.string().max(3)).max(30).optional(),
    /** Also close on observances such as Christmas Eve. */
    includeObservances: z.boolean().optional(),
  })
  .strict();

export const importIcsBody = z
  .object({
    ics: z.string().min(1, 'must be the text of an .ics file').max(5 * 1024 * 1024),
    years: z.object({ from: z.number().int(), to: z.number().int() }).strict().optional(),
  })
  .strict();

export const importResult = z.object({ added: z.array(z.string()), warnings: z.array(z.string()), calendar: calendarView });

export const previewDueBody = z
  .object({
    calendar: z.unknown().optional(),
    calendarId: uuid.optional(),
    start: isoDate,
    minutes: z.number().int().min(0).max(1_000_000),
  })
  .strict()
  .refine((b) => (b.calendar === undefined) !== (b.calendarId === undefined), { message: 'give either calendar or calendarId', path: ['calendar'] });

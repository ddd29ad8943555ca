import { z } from 'zod';
import { isIsoDate, yearOf } from './civil-date.js';

/**
 * `public`: a statutory day off. `bank`: a bank holiday (GB), which closes offices the same way.
 * `observance`: a known day that is not a statutory closure (Christmas Eve, Obon, Black Friday);
 * closes a calendar only when asked. `workday`: a weekend day worked to make up a bridge day (CN 调休).
 */
export const HOLIDAY_KINDS = ['public', 'bank', 'observance', 'workday'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

const isoDate = z.string().refine(isIsoDate, { message: 'expected a real date as YYYY-MM-DD' });

export const holidaySchema = z
  .object({
    date: isoDate,
    name: z.string().min(1),
    localName: z.string().min(1),
    kind: z.enum(HOLIDAY_KINDS),
    /** Subdivisions where it holds (DE states, FR departments); absent = the whole set's territory. */
    regions: z.array(z.string().regex(/^[A-Z0-9]{1,3}$/)).min(1).optional(),
    /** For an observed / substitute day (US observed, GB substitute, JP 振替休日): the holiday it stands in for. */
    substituteFor: isoDate.optional(),
    /** A sales peak (Black Friday, 11.11): busy, never a closure, even with observances included. */
    peak: z.literal(true).optional(),
    /** Not yet officially published; the usual pattern (CN blocks of a year whose notice is out later). */
    provisional: z.literal(true).optional(),
    note: z.string().min(1).optional(),
  })
  .strict();

export const holidaySetSchema = z
  .object({
    country: z.string().regex(/^[A-Z]{2}(-[A-Z]{3})?$/),
    year: z.number().int().min(1).max(9999),
    note: z.string().min(1).optional(),
    holidays: z.array(holidaySchema),
  })
  .strict()
  .superRefine((set, ctx) => {
    set.holidays.forEach((holiday, i) => {
      if (yearOf(holiday.date) !== set.year) ctx.addIssue({ code: 'custom', path: ['holidays', i, 'date'], message: `${holiday.date} is not in ${set.year}` });
      const previous = set.holidays[i - 1];
      if (previous && previous.date > holiday.date) ctx.addIssue({ code: 'custom', path: ['holidays', i, 'date'], message: `${holiday.date} comes after ${previous.date}; keep dates in order` });
    });
  });

export type Holiday = Readonly<z.infer<typeof holidaySchema>>;
export interface HolidaySet {
  readonly country: string;
  readonly year: number;
  readonly note?: string;
  readonly holidays: readonly Holiday[];
}

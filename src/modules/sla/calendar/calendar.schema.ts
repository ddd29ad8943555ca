import { IANAZone } from 'luxon';
import { z } from 'zod';
import { AppError } from '../../../shared/errors.js';
import { WEEKDAYS, type BusinessCalendar } from './calendar.types.js';
import { dayInterval, formatWallTime, parseLocalDate, parseWallTime } from './wall-time.js';

const wallTime = z.string({ error: 'must be a time "HH:MM"' }).superRefine((text, ctx) => {
  if (parseWallTime(text) === null) ctx.addIssue({ code: 'custom', message: `"${text}" is not a time HH:MM between 00:00 and 24:00` });
});

const wallInterval = z
  .tuple([wallTime, wallTime], { error: 'must be a pair ["HH:MM", "HH:MM"] (opens, closes)' })
  .superRefine(([opens], ctx) => {
    if (opens === '24:00') ctx.addIssue({ code: 'custom', path: [0], message: '"24:00" can only close an interval (open at "00:00" instead)' });
  });

/**
 * A day's intervals must not overlap: an overlap is most often a lunch break typed as an
 * interval of its own ("09:00–18:00" plus "13:00–14:00"), so it is an error rather than merged.
 * Touching intervals are fine. A night shift of the day before may overlap this day's hours
 * (a handover); that is merged, since each list is only checked on its own.
 */
const dayIntervals = z.array(wallInterval, { error: 'must be a list of ["HH:MM", "HH:MM"] intervals' }).superRefine((pairs, ctx) => {
  const parsed = pairs.map(([opens, closes]) => [parseWallTime(opens), parseWallTime(closes)] as const);
  if (parsed.some(([opens, closes]) => opens === null || closes === null || opens >= 1440)) return;
  const sorted = parsed.map(([opens, closes]) => dayInterval(opens!, closes!)).sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    if (b.start < a.end) {
      ctx.addIssue({
        code: 'custom',
        message: `intervals ${formatWallTime(a.start)}–${formatWallTime(a.end)} and ${formatWallTime(b.start)}–${formatWallTime(b.end)} overlap (a break is two intervals: ["09:00","13:00"], ["14:00","18:00"])`,
      });
      return;
    }
  }
});

const localDate = z.string({ error: 'must be a date "YYYY-MM-DD"' }).superRefine((text, ctx) => {
  if (parseLocalDate(text) === null) ctx.addIssue({ code: 'custom', message: `"${text}" is not a date YYYY-MM-DD` });
});

const unknownKeys = (allowed: string) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys' ? `unknown key${issue.keys!.length > 1 ? 's' : ''} ${issue.keys!.map((k) => `"${k}"`).join(', ')} (allowed: ${allowed})` : undefined;

const weekly = z.strictObject(Object.fromEntries(WEEKDAYS.map((day) => [day, dayIntervals.optional()])) as Record<(typeof WEEKDAYS)[number], z.ZodOptional<typeof dayIntervals>>, {
  error: (issue) =>
    unknownKeys(WEEKDAYS.join(', '))(issue) ?? `${issue.input === undefined ? 'is required' : 'must be an object'}: weekday lists {"mon": [["09:00", "18:00"]], …}`,
});

const specialDay = z.strictObject(
  { date: localDate, intervals: dayIntervals },
  { error: (issue) => unknownKeys('date, intervals')(issue) ?? 'must be {"date": "YYYY-MM-DD", "intervals": [["HH:MM", "HH:MM"], …]}' },
);

/** The JSON form of a business calendar (see calendar.types.ts), with messages that name the field. */
export const businessCalendarSchema = z
  .strictObject(
    {
      timezone: z.string({ error: (issue) => `${issue.input === undefined ? 'is required' : 'must be a string'}: an IANA time zone such as "Europe/Berlin"` }).superRefine((zone, ctx) => {
        if (!IANAZone.isValidZone(zone)) ctx.addIssue({ code: 'custom', message: `unknown time zone "${zone}" (use an IANA name such as "Europe/Berlin")` });
      }),
      weekly,
      holidays: z.array(localDate, { error: 'must be a list of "YYYY-MM-DD" dates' }).optional(),
      special: z.array(specialDay, { error: 'must be a list of {"date", "intervals"}' }).optional(),
    },
    { error: (issue) => unknownKeys('timezone, weekly, holidays, special')(issue) ?? 'must be an object {"timezone", "weekly", "holidays"?, "special"?}' },
  )
  .superRefine((calendar, ctx) => {
    const holidays = new Set(calendar.holidays ?? []);
    const seen = new Set<string>();
    (calendar.special ?? []).forEach(({ date }, i) => {
      if (seen.has(date)) ctx.addIssue({ code: 'custom', path: ['special', i, 'date'], message: `${date} has two special-day entries` });
      if (holidays.has(date)) ctx.addIssue({ code: 'custom', path: ['special', i, 'date'], message: `${date} is both a holiday and a special day` });
      seen.add(date);
    });
  });

// The schema's output must be usable wherever a BusinessCalendar is expected.
export type ParsedBusinessCalendar = z.output<typeof businessCalendarSchema>;
const _assignable = (parsed: ParsedBusinessCalendar): BusinessCalendar => parsed;
void _assignable;

function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'calendar';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join('');
}

/** The schema's issues as "field: message" lines, e.g. `weekly.mon[0][1]: "25:00" is not a time …`. */
export function calendarIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${fieldName(issue.path)}: ${issue.message}`);
}

/**
 * Validates a calendar's JSON form; throws `AppError('validation_failed')` whose message names
 * every bad field (`details.issues` holds them one per line).
 */
export function parseBusinessCalendar(input: unknown): BusinessCalendar {
  const result = businessCalendarSchema.safeParse(input);
  if (result.success) return result.data;
  const issues = calendarIssues(result.error);
  throw new AppError('validation_failed', `invalid business calendar: ${issues.join('; ')}`, { issues });
}

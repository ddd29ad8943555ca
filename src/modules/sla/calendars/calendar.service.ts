import type { Selectable } from 'kysely';
import { isUniqueViolation } from '../../../shared/db-errors.js';
import { AppError, conflict, notFound, unprocessable } from '../../../shared/errors.js';
import type { Db } from '../../database.js';
import { inTransaction } from '../../transaction.js';
import { parseBusinessCalendar } from '../calendar/calendar.schema.js';
import type { BusinessCalendar, SpecialDay, WallInterval } from '../calendar/calendar.types.js';
import { scheduleSlaRecompute } from '../clocks/recompute-sla.js';
import { closedDates, findHolidaySet, HOLIDAY_COUNTRIES, HOLIDAY_YEARS, workdayDates } from '../holidays/holiday-sets.js';
import { parseIcsHolidays } from '../holidays/ics.js';
import type { BusinessCalendarsTable } from '../sla.tables.js';
import { forgetCalendars } from './calendar-lookup.js';
import type { CalendarInput, CalendarView, PatchCalendarInput } from './calendar.schemas.js';

type CalendarRow = Selectable<BusinessCalendarsTable>;

const HOLIDAY_SET_NAMES: Record<(typeof HOLIDAY_COUNTRIES)[number], string> = {
  CN: 'China',
  US: 'United States',
  GB: 'United Kingdom (England and Wales)',
  'GB-SCT': 'United Kingdom (Scotland)',
  'GB-NIR': 'United Kingdom (Northern Ireland)',
  DE: 'Germany',
  FR: 'France',
  JP: 'Japan',
};

export function listHolidaySets(): { code: string; name: string; years: number[] }[] {
  return HOLIDAY_COUNTRIES.map((code) => ({ code, name: HOLIDAY_SET_NAMES[code], years: [...HOLIDAY_YEARS] }));
}

function toView(row: CalendarRow, teamIds: string[]): CalendarView {
  return {
    id: row.id,
    name: row.name,
    timezone: row.timezone,
    weekly: row.weekly as CalendarView['weekly'],
    holidays: row.holidays,
    special: row.special as CalendarView['special'],
    isDefault: row.is_default,
    teamIds,
    updatedAt: row.updated_at.toISOString(),
  };
}

async function teamIdsByCalendar(db: Db, workspaceId: string): Promise<Map<string, string[]>> {
  const teams = await db.selectFrom('teams').select(['id', 'calendar_id']).where('workspace_id', '=', workspaceId).where('calendar_id', 'is not', null).orderBy('name').execute();
  const map = new Map<string, string[]>();
  for (const t of teams) map.set(t.calendar_id!, [...(map.get(t.calendar_id!) ?? []), t.id]);
  return map;
}

export async function listCalendars(db: Db, workspaceId: string): Promise<CalendarView[]> {
  const rows = await db.selectFrom('business_calendars').selectAll().where('workspace_id', '=', workspaceId).orderBy('is_default', 'desc').orderBy('name').execute();
  const teams = await teamIdsByCalendar(db, workspaceId);
  return rows.map((r) => toView(r, teams.get(r.id) ?? []));
}

async function rowOrThrow(db: Db, workspaceId: string, id: string, forUpdate = false): Promise<CalendarRow> {
  let query = db.selectFrom('business_calendars').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('Calendar', id);
  return row;
}

export async function getCalendarOrThrow(db: Db, workspaceId: string, id: string): Promise<CalendarView> {
  const row = await rowOrThrow(db, workspaceId, id);
  return toView(row, (await teamIdsByCalendar(db, workspaceId)).get(id) ?? []);
}

/** Validates the hours; a bad field comes back as 400 naming it (`weekly.mon: … overlap`). */
function validCalendar(input: { timezone: string; weekly: unknown; holidays?: unknown; special?: unknown }): BusinessCalendar {
  return parseBusinessCalendar({
    timezone: input.timezone,
    weekly: input.weekly,
    ...(input.holidays !== undefined ? { holidays: input.holidays } : {}),
    ...(input.special !== undefined ? { special: input.special } : {}),
  });
}

function columnsOf(calendar: BusinessCalendar) {
  return {
    timezone: calendar.timezone,
    weekly: JSON.stringify(calendar.weekly),
    holidays: JSON.stringify([...new Set(calendar.holidays ?? [])].sort()),
    special: JSON.stringify([...(calendar.special ?? [])].sort((a, b) => a.date.localeCompare(b.date))),
  };
}

async function assignTeams(db: Db, workspaceId: string, calendarId: string, teamIds: string[]): Promise<void> {
  const wanted = [...new Set(teamIds)];
  if (wanted.length) {
    const found = await db.selectFrom('teams').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', wanted).execute();
    const unknown = wanted.filter((id) => !found.some((t) => t.id === id));
    if (unknown.length) throw unprocessable(`teamIds: unknown team id(s) ${unknown.join(', ')}.`, { teamIds: unknown });
  }
  let clear = db.updateTable('teams').set({ calendar_id: null }).where('workspace_id', '=', workspaceId).where('calendar_id', '=', calendarId);
  if (wanted.length) clear = clear.where('id', 'not in', wanted);
  await clear.execute();
  if (wanted.length) await db.updateTable('teams').set({ calendar_id: calendarId }).where('workspace_id', '=', workspaceId).where('id', 'in', wanted).execute();
}

async function clearOtherDefaults(db: Db, workspaceId: string, exceptId: string): Promise<void> {
  await db.updateTable('business_calendars').set({ is_default: false }).where('workspace_id', '=', workspaceId).where('id', '<>', exceptId).where('is_default', '=', true).execute();
}

const nameTaken = (name: string) => (error: unknown): never => {
  if (isUniqueViolation(error)) throw conflict(`A calendar named "${name}" already exists.`);
  throw error;
};

/** After a write: drop this process's cache and recompute the workspace's clocks in the background. */
async function changed(db: Db, workspaceId: string): Promise<void> {
  forgetCalendars(workspaceId);
  await scheduleSlaRecompute(db, workspaceId);
}

export async function createCalendar(db: Db, workspaceId: string, input: CalendarInput): Promise<CalendarView> {
  const calendar = validCalendar(input);
  const id = await inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('business_calendars').select('id').where('workspace_id', '=', workspaceId).limit(1).executeTakeFirst();
    // The first calendar of a workspace is its default: a calendar nobody follows would change nothing.
    const isDefault = input.isDefault ?? !existing;
    const row = await trx
      .insertInto('business_calendars')
      .values({ workspace_id: workspaceId, name: input.name, ...columnsOf(calendar), is_default: false })
      .returning('id')
      .executeTakeFirstOrThrow()
      .catch(nameTaken(input.name));
    if (isDefault) {
      await clearOtherDefaults(trx, workspaceId, row.id);
      await trx.updateTable('business_calendars').set({ is_default: true }).where('id', '=', row.id).execute();
    }
    if (input.teamIds) await assignTeams(trx, workspaceId, row.id, input.teamIds);
    await changed(trx, workspaceId);
    return row.id;
  });
  forgetCalendars(workspaceId);
  return getCalendarOrThrow(db, workspaceId, id);
}

export async function updateCalendar(db: Db, workspaceId: string, id: string, input: PatchCalendarInput): Promise<CalendarView> {
  await inTransaction(db, async (trx) => {
    const row = await rowOrThrow(trx, workspaceId, id, true);
    const calendar = validCalendar({
      timezone: input.timezone ?? row.timezone,
      weekly: input.weekly ?? row.weekly,
      holidays: input.holidays ?? row.holidays,
      special: input.special ?? row.special,
    });
    if (input.isDefault === false && row.is_default) {
      throw unprocessable('isDefault: make another calendar the default instead; the workspace keeps one default calendar.');
    }
    await trx
      .updateTable('business_calendars')
      .set({ ...(input.name !== undefined ? { name: input.name } : {}), ...columnsOf(calendar), updated_at: new Date() })
      .where('id', '=', id)
      .execute()
      .catch(nameTaken(input.name ?? row.name));
    if (input.isDefault === true && !row.is_default) {
      await clearOtherDefaults(trx, workspaceId, id);
      await trx.updateTable('business_calendars').set({ is_default: true }).where('id', '=', id).execute();
    }
    if (input.teamIds) await assignTeams(trx, workspaceId, id, input.teamIds);
    await changed(trx, workspaceId);
  });
  forgetCalendars(workspaceId);
  return getCalendarOrThrow(db, workspaceId, id);
}

export async function deleteCalendar(db: Db, workspaceId: string, id: string): Promise<{ deleted: true }> {
  await inTransaction(db, async (trx) => {
    await rowOrThrow(trx, workspaceId, id, true);
    // Teams and policies that followed it fall back (on delete set null) to the default, else always open.
    await trx.deleteFrom('business_calendars').where('id', '=', id).execute();
    await changed(trx, workspaceId);
  });
  forgetCalendars(workspaceId);
  return { deleted: true };
}

function hoursOfAWorkday(calendar: BusinessCalendar): readonly WallInterval[] | undefined {
  const weekly = calendar.weekly;
  return weekly.mon?.length ? weekly.mon : [weekly.tue, weekly.wed, weekly.thu, weekly.fri].find((d) => d?.length);
}

/**
 * Adds holidays to a calendar (dates already there are kept once). A date that is a special day
 * is left alone with a warning; the set's weekend working days (CN 调休) become special days with
 * a workday's hours.
 */
async function addDates(db: Db, workspaceId: string, id: string, dates: string[], workdays: string[], warnings: string[]): Promise<{ added: string[]; warnings: string[]; calendar: CalendarView }> {
  const added: string[] = [];
  await inTransaction(db, async (trx) => {
    const row = await rowOrThrow(trx, workspaceId, id, true);
    const holidays = new Set(row.holidays);
    const special: SpecialDay[] = [...(row.special as SpecialDay[])];
    const specialDates = new Set(special.map((s) => s.date));
    for (const date of dates) {
      if (holidays.has(date)) continue;
      if (specialDates.has(date)) {
        warnings.push(`${date} is a special day of this calendar; left as it is`);
        continue;
      }
      holidays.add(date);
      added.push(date);
    }
    const hours = hoursOfAWorkday({ timezone: row.timezone, weekly: row.weekly });
    for (const date of workdays) {
      if (holidays.has(date) || specialDates.has(date)) continue;
      if (!hours) {
        warnings.push(`${date} is a working day in the holiday set, but the calendar has no weekday hours to open it with`);
        continue;
      }
      special.push({ date, intervals: hours });
      warnings.push(`${date} is a make-up working day in the holiday set: opened with the hours of a weekday`);
    }
    const calendar = validCalendar({ timezone: row.timezone, weekly: row.weekly, holidays: [...holidays], special });
    await trx.updateTable('business_calendars').set({ ...columnsOf(calendar), updated_at: new Date() }).where('id', '=', id).execute();
    await changed(trx, workspaceId);
  });
  forgetCalendars(workspaceId);
  return { added: added.sort(), warnings, calendar: await getCalendarOrThrow(db, workspaceId, id) };
}

export async function importHolidaySet(
  db: Db,
  workspaceId: string,
  id: string,
  input: { code: string; years?: number[] | undefined; regions?: string[] | undefined; includeObservances?: boolean | undefined },
) {
  const code = input.code.toUpperCase();
  if (!(HOLIDAY_COUNTRIES as readonly string[]).includes(code)) {
    throw new AppError('validation_failed', `code: "${input.code}" is not a holiday set; use one of ${HOLIDAY_COUNTRIES.join(', ')}.`);
  }
  const years = input.years ?? [...HOLIDAY_YEARS];
  const dates: string[] = [];
  const workdays: string[] = [];
  const warnings: string[] = [];
  for (const year of years) {
    const set = findHolidaySet(code, year);
    if (!set) {
      warnings.push(`no ${code} holiday set for ${year}; sets exist for ${HOLIDAY_YEARS.join(', ')}`);
      continue;
    }
    dates.push(...closedDates(set, { includeRegions: input.regions ?? [], includeObservances: input.includeObservances ?? false }));
    workdays.push(...workdayDates(set));
  }
  return addDates(db, workspaceId, id, dates, workdays, warnings);
}

export async function importIcs(db: Db, workspaceId: string, id: string, input: { ics: string; years?: { from: number; to: number } | undefined }) {
  const row = await rowOrThrow(db, workspaceId, id);
  const parsed = parseIcsHolidays(input.ics, { timeZone: row.timezone, ...(input.years ? { years: input.years } : {}) });
  if (parsed.error) throw unprocessable(`ics: ${parsed.error}`, { warnings: parsed.warnings });
  return addDates(db, workspaceId, id, parsed.holidays.map((h) => h.date), [], [...parsed.warnings]);
}

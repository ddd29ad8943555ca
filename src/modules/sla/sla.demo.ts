import type { Db } from '../database.js';
import { inTransaction } from '../transaction.js';
import { parseBusinessCalendar } from './calendar/calendar.schema.js';
import type { BusinessCalendar } from './calendar/calendar.types.js';
import { forgetCalendars } from './calendars/calendar-lookup.js';
import { recomputeWorkspaceSla } from './clocks/recompute-sla.js';
import { closedDates, holidaySet, workdayDates } from './holidays/holiday-sets.js';
import { ensureStarterSlaPolicies } from './policies/policy.service.js';

const WEEKDAY_SHIFTS = [['09:00', '12:00'], ['13:30', '18:00']] as const;

function shenzhenCalendar(): BusinessCalendar {
  const holidays = [...closedDates(holidaySet('CN', 2026)), ...closedDates(holidaySet('CN', 2027))];
  // China's make-up working days (调休) fall on weekends: open with the weekday shifts.
  const special = [...workdayDates(holidaySet('CN', 2026)), ...workdayDates(holidaySet('CN', 2027))]
    .filter((date) => !holidays.includes(date))
    .map((date) => ({ date, intervals: WEEKDAY_SHIFTS }));
  return parseBusinessCalendar({
    timezone: 'Asia/Shanghai',
    weekly: { mon: WEEKDAY_SHIFTS, tue: WEEKDAY_SHIFTS, wed: WEEKDAY_SHIFTS, thu: WEEKDAY_SHIFTS, fri: WEEKDAY_SHIFTS, sat: [['10:00', '16:00']] },
    holidays,
    special,
  });
}

function europeCalendar(): BusinessCalendar {
  const day = [['09:00', '17:00']] as const;
  return parseBusinessCalendar({
    timezone: 'Europe/Berlin',
    weekly: { mon: day, tue: day, wed: day, thu: day, fri: day },
    holidays: [...closedDates(holidaySet('DE', 2026)), ...closedDates(holidaySet('DE', 2027))],
  });
}

/**
 * The demo's business hours: "Shenzhen support" (Asia/Shanghai, Mon–Fri 09:00–12:00 and
 * 13:30–18:00, Sat 10:00–16:00, Chinese holidays 2026–2027) as the default, followed by the team
 * of that name, and "Europe desk" (Europe/Berlin, German holidays) for a team whose name says
 * Europe, if the demo has one. Then the starter policies (if missing) and every demo ticket's clocks.
 */
export async function seedDemoSla(db: Db, workspaceId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    await ensureStarterSlaPolicies(trx, workspaceId);
    const add = async (name: string, calendar: BusinessCalendar, isDefault: boolean) => {
      const row = await trx
        .insertInto('business_calendars')
        .values({
          workspace_id: workspaceId,
          name,
          timezone: calendar.timezone,
          weekly: JSON.stringify(calendar.weekly),
          holidays: JSON.stringify(calendar.holidays ?? []),
          special: JSON.stringify(calendar.special ?? []),
          is_default: isDefault,
        })
        .onConflict((oc) => oc.columns(['workspace_id', 'name']).doNothing())
        .returning('id')
        .executeTakeFirst();
      return row?.id ?? null;
    };
    const hasDefault = await trx.selectFrom('business_calendars').select('id').where('workspace_id', '=', workspaceId).where('is_default', '=', true).executeTakeFirst();
    const shenzhen = await add('Shenzhen support', shenzhenCalendar(), !hasDefault);
    const europe = await add('Europe desk', europeCalendar(), false);
    const teams = await trx.selectFrom('teams').select(['id', 'name']).where('workspace_id', '=', workspaceId).execute();
    for (const team of teams) {
      const calendarId = /europe|eu\b/i.test(team.name) ? europe : /shenzhen/i.test(team.name) ? shenzhen : null;
      if (calendarId) await trx.updateTable('teams').set({ calendar_id: calendarId }).where('id', '=', team.id).execute();
    }
  });
  forgetCalendars(workspaceId);
  await recomputeWorkspaceSla(db, workspaceId);
}

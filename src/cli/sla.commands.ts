import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../shared/errors.js';

// The time math is loaded inside the actions: other commands need not pay for luxon and the
// calendar code, and these commands never open the database or load the triage model.
const calendarModules = () =>
  Promise.all([import('../modules/sla/calendar/calendar.schema.js'), import('../modules/sla/calendar/business-time.js'), import('../modules/sla/calendar/iso-instant.js')]);

const invalid = (message: string) => new AppError('validation_failed', message);

async function readCalendar(file: string) {
  const [{ businessCalendarSchema, calendarIssues }] = await calendarModules();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw invalid(`cannot read the calendar file ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalid(`the calendar file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = businessCalendarSchema.safeParse(json);
  if (!parsed.success) throw invalid(`the calendar file ${file} is not a valid calendar:\n  ${calendarIssues(parsed.error).join('\n  ')}`);
  return parsed.data;
}

async function instantOption(option: string, text: string): Promise<Date> {
  const [, , { parseIsoInstant }] = await calendarModules();
  const instant = parseIsoInstant(text);
  if (!instant) throw invalid(`${option} "${text}" is not a valid ISO 8601 instant with an offset, e.g. 2026-03-27T16:30:00Z or 2026-03-27T17:30:00+01:00`);
  return instant;
}

function minutesOption(text: string): number {
  const minutes = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(minutes)) throw invalid(`--minutes "${text}" is not a whole number of minutes ≥ 0`);
  return minutes;
}

const CALENDAR_HELP = 'business calendar JSON: {"timezone","weekly":{"mon":[["09:00","18:00"]],…},"holidays":["YYYY-MM-DD",…],"special"?:[{"date","intervals"}]}';

export function registerSlaCommands(program: Command): void {
  const sla = program.command('sla').description('Business-calendar time math (offline: no database, no model)');

  sla
    .command('due')
    .description('Print the due instant (ISO 8601 UTC): the end of the N-th business minute from START')
    .requiredOption('--calendar <file>', CALENDAR_HELP)
    .requiredOption('--start <iso>', 'the start instant, ISO 8601 with an offset; seconds count from the next whole minute')
    .requiredOption('--minutes <n>', 'business minutes to add (a whole number ≥ 0)')
    .action(async (options: { calendar: string; start: string; minutes: string }) => {
      const minutes = minutesOption(options.minutes);
      const start = await instantOption('--start', options.start);
      const calendar = await readCalendar(options.calendar);
      const [, { addBusinessMinutes }] = await calendarModules();
      console.log(addBusinessMinutes(calendar, start, minutes).toISOString());
    });

  sla
    .command('between')
    .description('Print the business minutes between two instants (whole minutes; 0 when TO is not after FROM)')
    .requiredOption('--calendar <file>', CALENDAR_HELP)
    .requiredOption('--from <iso>', 'the first instant, ISO 8601 with an offset')
    .requiredOption('--to <iso>', 'the last instant, ISO 8601 with an offset')
    .action(async (options: { calendar: string; from: string; to: string }) => {
      const from = await instantOption('--from', options.from);
      const to = await instantOption('--to', options.to);
      const calendar = await readCalendar(options.calendar);
      const [, { businessMinutesBetween }] = await calendarModules();
      console.log(String(businessMinutesBetween(calendar, from, to)));
    });
}

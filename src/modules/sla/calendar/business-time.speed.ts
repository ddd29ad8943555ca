// Not a test: prints the cost of due-date and business-minute computations, as when 100,000
// tickets get their SLA clocks recomputed.
//   npx tsx src/modules/sla/calendar/business-time.speed.ts

import { addBusinessMinutes, businessMinutesBetween } from './business-time.js';
import type { BusinessCalendar } from './calendar.types.js';

const calendars: BusinessCalendar[] = [
  {
    timezone: 'Asia/Shanghai',
    weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '12:00'], ['13:00', '18:00']]])),
    holidays: ['2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-06', '2026-05-01', '2026-05-04', '2026-05-05', '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  },
  {
    timezone: 'Europe/Berlin',
    weekly: { mon: [['08:00', '20:00']], tue: [['08:00', '20:00']], wed: [['08:00', '20:00']], thu: [['08:00', '20:00']], fri: [['08:00', '20:00']], sat: [['22:00', '06:00']] },
    holidays: ['2026-04-03', '2026-04-06', '2026-05-01', '2026-12-25', '2026-12-26'],
  },
];

const TICKETS = 100_000;
const YEAR_START = Date.UTC(2026, 0, 1);
const starts = Array.from({ length: TICKETS }, (_, i) => new Date(YEAR_START + ((i * 7_919_993) % (365 * 86_400_000))));
const targets = [30, 120, 360, 1440];

function pass(run: (i: number) => number): number {
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < TICKETS; i++) sink += run(i);
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return Number(process.hrtime.bigint() - t0);
}

function measure(label: string, run: (i: number) => number): void {
  const cold = pass(run); // the first pass expands the year's spans
  const warm = pass(run);
  const each = (ns: number) => `${(ns / TICKETS / 1000).toFixed(2)} µs`;
  console.log(`${label}: ${each(warm)} each warm, ${each(cold)} on the first pass over ${TICKETS.toLocaleString('en')} starts in 2026`);
}

const t0 = process.hrtime.bigint();
addBusinessMinutes({ timezone: 'America/Chicago', weekly: { mon: [['09:00', '17:00']] } }, starts[0]!, 120);
console.log(`first call in the process (luxon, zod, one 28-day expansion): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1)} ms`);

for (const calendar of calendars) {
  measure(`addBusinessMinutes ${calendar.timezone}`, (i) => addBusinessMinutes(calendar, starts[i]!, targets[i % 4]!).getTime());
  measure(`businessMinutesBetween ${calendar.timezone}`, (i) => businessMinutesBetween(calendar, starts[i]!, new Date(starts[i]!.getTime() + 3 * 86_400_000)));
}

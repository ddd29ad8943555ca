/**
 * The business-hours editor's pure side: intervals as typed, which of them run overnight, holiday
 * dates, the time-zone search. The server checks the calendar again; this keeps the form honest.
 */
import { WEEKDAYS, type CalendarBody, type CalendarView, type Interval, type Weekday, type WeeklyHours } from './types';

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isTime(text: string): boolean {
  return TIME.test(text);
}

/** An interval whose end is not after its start runs past midnight into the next day. */
export function isOvernight([start, end]: Interval): boolean {
  return isTime(start) && isTime(end) && end !== '24:00' && end <= start;
}

export function emptyWeekly(): WeeklyHours {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
}

/** A new calendar starts as office hours: Monday to Friday, 09:00–18:00. */
export function officeHours(): WeeklyHours {
  const weekly = emptyWeekly();
  for (const day of WEEKDAYS.slice(0, 5)) weekly[day] = [['09:00', '18:00']];
  return weekly;
}

/** A further interval on a day starts where the last one ended (a shift after lunch). */
export function addInterval(weekly: WeeklyHours, day: Weekday): WeeklyHours {
  const last = weekly[day].at(-1);
  const next: Interval = last && isTime(last[1]) && last[1] < '23:00' ? [last[1], last[1] < '18:00' ? '18:00' : '23:00'] : ['09:00', '18:00'];
  return { ...weekly, [day]: [...weekly[day], next] };
}

export function removeInterval(weekly: WeeklyHours, day: Weekday, index: number): WeeklyHours {
  return { ...weekly, [day]: weekly[day].filter((_, i) => i !== index) };
}

export function setIntervalTime(weekly: WeeklyHours, day: Weekday, index: number, end: 0 | 1, value: string): WeeklyHours {
  return { ...weekly, [day]: weekly[day].map((interval, i) => (i === index ? (end === 0 ? [value, interval[1]] : [interval[0], value]) : interval)) as Interval[] };
}

/** Copies Monday's hours to the other working days (the usual first edit). */
export function copyToWeekdays(weekly: WeeklyHours, from: Weekday): WeeklyHours {
  const copy = { ...weekly };
  for (const day of WEEKDAYS.slice(0, 5)) copy[day] = weekly[from].map((i) => [...i] as Interval);
  return copy;
}

/** The first time typed wrong, as [day, index]; null when every interval reads as HH:MM. */
export function firstBadInterval(weekly: WeeklyHours): [Weekday, number] | null {
  for (const day of WEEKDAYS) {
    const index = weekly[day].findIndex(([start, end]) => !isTime(start) || !isTime(end) || start === end || start === '24:00');
    if (index >= 0) return [day, index];
  }
  return null;
}

/** Adds a holiday date, keeping the list sorted and without repeats. */
export function addHoliday(holidays: readonly string[], date: string): string[] {
  if (!DATE.test(date)) return [...holidays];
  return [...new Set([...holidays, date])].sort();
}

export function mergeHolidays(holidays: readonly string[], added: readonly string[]): string[] {
  return [...new Set([...holidays, ...added.filter((d) => DATE.test(d))])].sort();
}

/**
 * Chromium's ICU lists some zones under their old names (Asia/Calcutta, Europe/Kiev); the server and
 * admins use today's IANA names. Old name → current one.
 */
const RENAMED_ZONES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Europe/Kiev': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Godthab': 'America/Nuuk',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

/** The zone list with today's names, sorted, UTC first as the admin list has it. */
export function modernZones(zones: readonly string[]): string[] {
  const renamed = new Set(zones.map((zone) => RENAMED_ZONES[zone] ?? zone));
  return [...renamed].sort((a, b) => (a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b, 'en')));
}

/** Time zones whose name contains every word typed, in any order ("new york", "shang"). */
export function searchZones(zones: readonly string[], query: string, current?: string): string[] {
  const words = query.toLowerCase().split(/[\s/_,]+/).filter(Boolean);
  const found = words.length === 0 ? [...zones] : zones.filter((zone) => words.every((word) => zone.toLowerCase().replace(/_/g, ' ').includes(word)));
  return current && !found.includes(current) ? [current, ...found] : found;
}

export interface CalendarForm {
  name: string;
  timezone: string;
  weekly: WeeklyHours;
  holidays: string[];
  special: unknown[];
  isDefault: boolean;
  teamIds: string[];
}

export function calendarForm(calendar: CalendarView | null, timezone: string): CalendarForm {
  if (!calendar) return { name: '', timezone, weekly: officeHours(), holidays: [], special: [], isDefault: false, teamIds: [] };
  return {
    name: calendar.name,
    timezone: calendar.timezone,
    weekly: { ...emptyWeekly(), ...calendar.weekly },
    holidays: [...calendar.holidays].sort(),
    special: calendar.special ?? [],
    isDefault: calendar.isDefault,
    teamIds: [...calendar.teamIds],
  };
}

export function calendarBody(form: CalendarForm): CalendarBody {
  return { ...form, name: form.name.trim() };
}

/** "Mon–Fri 09:00–18:00", "Mon 09:00–12:00, 13:00–18:00 · Sat 22:00–06:00": the week in one line. */
export function weeklySummary(weekly: WeeklyHours, dayName: (day: Weekday) => string): string {
  const groups: { days: Weekday[]; hours: string }[] = [];
  for (const day of WEEKDAYS) {
    const hours = (weekly[day] ?? []).map(([s, e]) => `${s}–${e}`).join(', ');
    if (!hours) continue;
    const last = groups.at(-1);
    const adjacent = last && WEEKDAYS.indexOf(last.days.at(-1)!) === WEEKDAYS.indexOf(day) - 1;
    if (last && adjacent && last.hours === hours) last.days.push(day);
    else groups.push({ days: [day], hours });
  }
  return groups
    .map((g) => `${g.days.length > 1 ? `${dayName(g.days[0]!)}–${dayName(g.days.at(-1)!)}` : dayName(g.days[0]!)} ${g.hours}`)
    .join(' · ');
}

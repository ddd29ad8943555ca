import type { Db } from '../../database.js';
import type { BusinessCalendar } from '../calendar/calendar.types.js';

export interface ResolvedCalendar {
  id: string | null;
  name: string;
  calendar: BusinessCalendar;
}

/** When a workspace has no calendar at all: open every minute of every day, in UTC. */
export const ALWAYS_OPEN: ResolvedCalendar = Object.freeze({
  id: null,
  name: 'Always open',
  calendar: Object.freeze({
    timezone: 'UTC',
    weekly: Object.freeze(Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']] as const]))),
  }) as BusinessCalendar,
});

/**
 * Other processes (a second server, a CLI) may change calendars too; their writes reach this
 * process's cache within this time. Writes in this process drop the cache at once.
 */
export const CALENDAR_CACHE_TTL_MS = 30_000;

interface WorkspaceCalendars {
  loadedAt: number;
  byId: Map<string, ResolvedCalendar>;
  teamCalendar: Map<string, string>;
  defaultId: string | null;
}

const cache = new Map<string, Promise<WorkspaceCalendars>>();
const loadedAt = new Map<string, number>();

/** Drops the workspace's cached calendars (call after any calendar or team-calendar write). */
export function forgetCalendars(workspaceId: string): void {
  cache.delete(workspaceId);
  loadedAt.delete(workspaceId);
}

async function load(db: Db, workspaceId: string): Promise<WorkspaceCalendars> {
  const [rows, teams] = await Promise.all([
    db.selectFrom('business_calendars').selectAll().where('workspace_id', '=', workspaceId).execute(),
    db.selectFrom('teams').select(['id', 'calendar_id']).where('workspace_id', '=', workspaceId).where('calendar_id', 'is not', null).execute(),
  ]);
  const byId = new Map<string, ResolvedCalendar>();
  let defaultId: string | null = null;
  for (const row of rows) {
    // Each calendar object lives as long as this cache entry: the time math caches its expansion per object.
    const calendar: BusinessCalendar = Object.freeze({ timezone: row.timezone, weekly: row.weekly, holidays: row.holidays, special: row.special });
    byId.set(row.id, Object.freeze({ id: row.id, name: row.name, calendar }));
    if (row.is_default) defaultId = row.id;
  }
  return { loadedAt: Date.now(), byId, teamCalendar: new Map(teams.map((t) => [t.id, t.calendar_id!])), defaultId };
}

async function calendarsOf(db: Db, workspaceId: string): Promise<WorkspaceCalendars> {
  const at = loadedAt.get(workspaceId);
  let entry = cache.get(workspaceId);
  if (!entry || at === undefined || Date.now() - at > CALENDAR_CACHE_TTL_MS) {
    entry = load(db, workspaceId);
    cache.set(workspaceId, entry);
    loadedAt.set(workspaceId, Date.now());
    entry.catch(() => forgetCalendars(workspaceId));
  }
  return entry;
}

/** The team's calendar, else the workspace default calendar, else always open (UTC, 24/7). Cached per workspace, dropped on calendar writes. */
export async function calendarForTeam(db: Db, workspaceId: string, teamId: string | null): Promise<ResolvedCalendar> {
  const calendars = await calendarsOf(db, workspaceId);
  const teamCalendarId = teamId ? calendars.teamCalendar.get(teamId) : undefined;
  const own = teamCalendarId ? calendars.byId.get(teamCalendarId) : undefined;
  if (own) return own;
  const fallback = calendars.defaultId ? calendars.byId.get(calendars.defaultId) : undefined;
  return fallback ?? ALWAYS_OPEN;
}

/** A calendar by id (agents' shift calendars); null when missing. */
export async function calendarById(db: Db, workspaceId: string, calendarId: string): Promise<ResolvedCalendar | null> {
  const calendars = await calendarsOf(db, workspaceId);
  return calendars.byId.get(calendarId) ?? null;
}

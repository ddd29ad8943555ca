import { unprocessable } from '../../shared/errors.js';
import type { Db } from '../database.js';
import { calendarById } from '../sla/calendars/calendar-lookup.js';
import { isIntent } from '../triage/intents.js';
import type { LanguageSkill, RuleConditions } from './routing.types.js';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** Region codes that name no country a buyer lives in. */
const NOT_COUNTRIES = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO']);

/** A language tag the platform knows by name ("de", "pt-BR", "yue"); "xx" is not one. */
export function isKnownLanguage(code: string): boolean {
  try {
    return languageNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

export function isKnownCountry(code: string): boolean {
  if (NOT_COUNTRIES.has(code)) return false;
  try {
    return regionNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

/** Language skills as stored: known codes in lower case (region upper), each language once. */
export function checkLanguageSkills(skills: readonly LanguageSkill[], field = 'skills.languages'): LanguageSkill[] {
  const seen = new Set<string>();
  return skills.map((skill, i) => {
    const [primary, ...rest] = skill.code.split(/[-_]/);
    const code = [primary!.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
    if (!isKnownLanguage(code)) throw unprocessable(`${field}[${i}].code: "${skill.code}" is not a known language code.`, { field: `${field}.${i}.code` });
    if (seen.has(code)) throw unprocessable(`${field}[${i}].code: "${code}" is listed twice.`, { field: `${field}.${i}.code` });
    seen.add(code);
    return { code, proficiency: skill.proficiency };
  });
}

export function checkIntents(intents: readonly string[], field: string): string[] {
  intents.forEach((intent, i) => {
    if (!isIntent(intent)) throw unprocessable(`${field}[${i}]: "${intent}" is not an intent of the taxonomy.`, { field: `${field}.${i}` });
  });
  return [...new Set(intents)];
}

export function checkCountries(codes: readonly string[], field: string): string[] {
  codes.forEach((code, i) => {
    if (!isKnownCountry(code)) throw unprocessable(`${field}[${i}]: "${code}" is not a known country code.`, { field: `${field}.${i}` });
  });
  return [...new Set(codes)];
}

export async function checkBrands(db: Db, workspaceId: string, ids: readonly string[], field: string): Promise<string[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const found = new Set((await db.selectFrom('brands').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', wanted).execute()).map((b) => b.id));
  const unknown = wanted.filter((id) => !found.has(id));
  if (unknown.length > 0) throw unprocessable(`${field}: unknown brand id(s) ${unknown.join(', ')}.`, { field, unknown });
  return wanted;
}

export async function checkTeam(db: Db, workspaceId: string, teamId: string | null | undefined, field = 'teamId'): Promise<void> {
  if (!teamId) return;
  const team = await db.selectFrom('teams').select('id').where('workspace_id', '=', workspaceId).where('id', '=', teamId).executeTakeFirst();
  if (!team) throw unprocessable(`${field}: unknown team id ${teamId}.`, { field });
}

export async function checkQueue(db: Db, workspaceId: string, queueId: string, field = 'queueId'): Promise<void> {
  const queue = await db.selectFrom('routing_queues').select('id').where('workspace_id', '=', workspaceId).where('id', '=', queueId).executeTakeFirst();
  if (!queue) throw unprocessable(`${field}: unknown routing queue id ${queueId}.`, { field });
}

export async function checkCalendar(db: Db, workspaceId: string, calendarId: string | null | undefined, field = 'shiftCalendarId'): Promise<void> {
  if (!calendarId) return;
  if (!(await calendarById(db, workspaceId, calendarId))) throw unprocessable(`${field}: unknown business calendar id ${calendarId}.`, { field });
}

/** Rule conditions as stored: codes checked and normalised, empty lists dropped. */
export async function checkConditions(db: Db, workspaceId: string, conditions: RuleConditions): Promise<RuleConditions> {
  const out: RuleConditions = {};
  const keep = <K extends keyof RuleConditions>(key: K, value: RuleConditions[K]) => {
    if (Array.isArray(value) ? value.length > 0 : value !== undefined) out[key] = value;
  };
  keep('priorities', conditions.priorities && [...new Set(conditions.priorities)]);
  keep('channels', conditions.channels && [...new Set(conditions.channels)]);
  keep('marketplaces', conditions.marketplaces?.map((m) => m.toLowerCase()));
  keep('brandIds', conditions.brandIds && (await checkBrands(db, workspaceId, conditions.brandIds, 'conditions.brandIds')));
  keep('customerTiers', conditions.customerTiers?.map((t) => t.toLowerCase()));
  keep('intents', conditions.intents && checkIntents(conditions.intents, 'conditions.intents'));
  keep('tags', conditions.tags?.map((t) => t.toLowerCase()));
  keep('languages', conditions.languages?.map((code, i) => {
    if (!isKnownLanguage(code)) throw unprocessable(`conditions.languages[${i}]: "${code}" is not a known language code.`, { field: `conditions.languages.${i}` });
    return code.toLowerCase();
  }));
  keep('countries', conditions.countries && checkCountries(conditions.countries, 'conditions.countries'));
  keep('vip', conditions.vip);
  return out;
}

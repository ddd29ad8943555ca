/**
 * Pure helpers for the admin and customer forms: the choices a select offers (countries, time zones,
 * languages) and the small conversions between form text and API values. No React, so vitest runs them.
 */

import { countryName, languageName } from '../format/time';

/** ISO 3166-1 alpha-2 codes (plus XK, Kosovo, which marketplaces use); shown by name via Intl.DisplayNames. */
const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

/** Buyer languages a cross-border seller meets most; a customer's own language is added when missing. */
const COMMON_LANGUAGES = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'pt-BR', 'nl', 'pl', 'sv', 'da', 'fi', 'no', 'cs', 'ro', 'hu', 'el', 'tr', 'ru', 'uk',
  'ar', 'he', 'ja', 'ko', 'zh-CN', 'zh-TW', 'th', 'vi', 'id', 'ms',
];

export interface Option {
  value: string;
  label: string;
}

const byLabel = (locale: string) => (a: Option, b: Option) => a.label.localeCompare(b.label, locale);

/** Every country by its name in the agent's language, sorted by that name; an unknown current code is kept. */
export function countryOptions(locale: string, current?: string | null): Option[] {
  const codes = current && !COUNTRY_CODES.includes(current) ? [...COUNTRY_CODES, current] : COUNTRY_CODES;
  return codes.map((code) => ({ value: code, label: countryName(code, locale) })).sort(byLabel(locale));
}

/** Common buyer languages by name ("German (de)"), sorted; the current value is kept even if uncommon. */
export function languageOptions(locale: string, current?: string | null): Option[] {
  const codes = current && !COMMON_LANGUAGES.includes(current) ? [...COMMON_LANGUAGES, current] : COMMON_LANGUAGES;
  return codes.map((code) => ({ value: code, label: `${languageName(code, locale)} (${code})` })).sort(byLabel(locale));
}

/** The IANA time zones this browser knows, UTC first; the current value is kept even if the browser lacks it. */
export function timeZoneOptions(current?: string | null, known: readonly string[] = supportedTimeZones()): string[] {
  const zones = new Set<string>(['UTC', ...known]);
  if (current) zones.add(current);
  const [utc, ...rest] = [...zones];
  return [utc as string, ...rest.sort((a, b) => a.localeCompare(b, 'en'))];
}

function supportedTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Asia/Shanghai', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles'];
  }
}

/**
 * A compensation limit as typed: empty means "no limit" (null); otherwise a non-negative amount with at
 * most two decimals. Returns undefined for text that is not such an amount, so the form can say so.
 */
export function parseLimit(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (!/^\d{1,10}(\.\d{1,2})?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** Only the fields that changed, so a PATCH sends what the agent edited and nothing it merely displayed. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (!sameValue(before[key], after[key])) changes[key] = after[key];
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    const sortedA = [...a].map(String).sort();
    const sortedB = [...b].map(String).sort();
    return sortedA.every((value, index) => value === sortedB[index]);
  }
  return a === b;
}

/** Empty form text becomes null (the API's "not set"), anything else is trimmed. */
export function emptyToNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** A brand's reply settings as the API has them (GET /api/brands) and takes them (POST/PATCH replySettings). */
export interface ReplySettings {
  surveyUrl: string | null;
  returnUrl: string | null;
  emergencyContact: string | null;
  couponPercent: number;
  religiousGreeting: boolean;
}
export type ReplySettingKey = keyof ReplySettings;
export const REPLY_SETTING_KEYS: readonly ReplySettingKey[] = ['surveyUrl', 'returnUrl', 'emergencyContact', 'couponPercent', 'religiousGreeting'];

/** The voucher percentage a brand offers until an admin sets one (the server's default too). */
export const DEFAULT_COUPON_PERCENT = 10;

/** The same settings as the brand form holds them: text boxes hold text. */
export interface ReplySettingsForm {
  surveyUrl: string;
  returnUrl: string;
  emergencyContact: string;
  couponPercent: string;
  religiousGreeting: boolean;
}

/** The form's starting values: a brand's settings, or the defaults for a new brand. */
export function replySettingsForm(settings?: ReplySettings | null): ReplySettingsForm {
  return {
    surveyUrl: settings?.surveyUrl ?? '',
    returnUrl: settings?.returnUrl ?? '',
    emergencyContact: settings?.emergencyContact ?? '',
    couponPercent: String(settings?.couponPercent ?? DEFAULT_COUPON_PERCENT),
    religiousGreeting: settings?.religiousGreeting ?? false,
  };
}

/** What the form sends: the settings, with the percentage as typed (null when left empty). */
export type ReplySettingsBody = Omit<ReplySettings, 'couponPercent'> & { couponPercent: number | null };

/**
 * The form as the API body: empty text clears a value (null), the rest is trimmed. The percentage is
 * sent as typed, so the server, which owns the 1–90 rule, is the one to say what is wrong with it.
 */
export function replySettingsBody(form: ReplySettingsForm): ReplySettingsBody {
  const percent = form.couponPercent.trim();
  return {
    surveyUrl: emptyToNull(form.surveyUrl),
    returnUrl: emptyToNull(form.returnUrl),
    emergencyContact: emptyToNull(form.emergencyContact),
    couponPercent: percent === '' ? null : Number(percent),
    religiousGreeting: form.religiousGreeting,
  };
}

/** Only the reply settings the admin changed, for a PATCH; undefined when none did. */
export function replySettingsChanges(before: ReplySettingsForm, after: ReplySettingsForm): Partial<ReplySettingsBody> | undefined {
  const changes = changedFields(replySettingsBody(before), replySettingsBody(after));
  return Object.keys(changes).length > 0 ? changes : undefined;
}

/**
 * Which reply setting each of the server's validation errors is about, from the error's details
 * (`[{ path: 'body.replySettings.surveyUrl', message }]`, path as text or as a list); without details,
 * from a message that names exactly one setting. `complete` says every detail was placed on a field.
 */
export function replySettingsErrors(details: unknown, message = ''): { fields: Partial<Record<ReplySettingKey, string>>; complete: boolean } {
  const fields: Partial<Record<ReplySettingKey, string>> = {};
  const list = Array.isArray(details)
    ? details
    : details && typeof details === 'object'
      ? ((details as { issues?: unknown; errors?: unknown }).issues ?? (details as { errors?: unknown }).errors)
      : undefined;
  if (Array.isArray(list) && list.length > 0) {
    let placed = 0;
    for (const item of list) {
      const { path, message: text } = (item ?? {}) as { path?: unknown; message?: unknown };
      const segments = Array.isArray(path) ? path.map(String) : typeof path === 'string' ? path.split(/[./]/) : [];
      const key = settingKey(segments.at(-1));
      if (!key || !segments.includes('replySettings')) continue;
      placed++;
      fields[key] ??= typeof text === 'string' && text ? text : message;
    }
    return { fields, complete: placed === list.length };
  }
  const named = REPLY_SETTING_KEYS.filter((key) => new RegExp(`\\b${key}\\b`).test(message));
  if (named.length === 1) fields[named[0]!] = message;
  return { fields, complete: false };
}

function settingKey(name: string | undefined): ReplySettingKey | undefined {
  return REPLY_SETTING_KEYS.find((key) => key === name);
}

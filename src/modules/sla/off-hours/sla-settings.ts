import type { Db } from '../../database.js';
import { MARKETPLACE_KINDS } from '../../replies/reply-guard.service.js';
import type { Channel } from '../../tickets/ticket.table.js';

/** The channels the off-hours acknowledgement can be switched on for; marketplace messages are set per marketplace. */
export const OFF_HOURS_CHANNELS = ['email', 'chat', 'web_form', 'api', 'social', 'phone'] as const;
export type OffHoursChannel = (typeof OFF_HOURS_CHANNELS)[number];

export interface OffHoursSettings {
  enabled: boolean;
  channels: Record<OffHoursChannel, boolean>;
  /** Per marketplace (lower case, e.g. `amazon`); `default` for the ones not listed. */
  marketplaces: { default: boolean } & Record<string, boolean>;
}

export interface RemediationSettings {
  /** How far ahead, in the team's business minutes, an interim update promises the next word. */
  interimPromiseMinutes: number;
  /** The apology's voucher (never on marketplace tickets); 0 = no voucher. */
  couponPercent: number;
}

export interface SlaSettings {
  offHours: OffHoursSettings;
  remediation: RemediationSettings;
}

/** What the admin may change; anything left out keeps its current value. */
export interface SlaSettingsPatch {
  offHours?: { enabled?: boolean | undefined; channels?: Partial<Record<OffHoursChannel, boolean>> | undefined; marketplaces?: Record<string, boolean> | undefined } | undefined;
  remediation?: Partial<RemediationSettings> | undefined;
}

/**
 * Phone buyers cannot read an e-mail we send them, and API tickets usually come from another
 * system; marketplaces penalise automatic replies that add nothing, so they are off until an
 * admin switches a marketplace on.
 */
export const DEFAULT_SLA_SETTINGS: SlaSettings = Object.freeze({
  offHours: {
    enabled: true,
    channels: { email: true, chat: true, web_form: true, api: false, social: true, phone: false },
    marketplaces: { default: false },
  },
  remediation: { interimPromiseMinutes: 120, couponPercent: 10 },
}) as SlaSettings;

interface StoredSettings {
  offHours: Record<string, unknown>;
  remediation: Record<string, unknown>;
}

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const booleans = (value: unknown): Record<string, boolean> =>
  Object.fromEntries(Object.entries(record(value)).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'));

/**
 * The effective settings: the defaults overlaid with what was stored. Values of the wrong type
 * are ignored rather than trusted (the row is JSON an older version may have written). Pure.
 */
export function resolveSlaSettings(stored: Partial<StoredSettings> | null | undefined): SlaSettings {
  const offHours = record(stored?.offHours);
  const remediation = record(stored?.remediation);
  const d = DEFAULT_SLA_SETTINGS;
  const channels = booleans(offHours.channels);
  return {
    offHours: {
      enabled: typeof offHours.enabled === 'boolean' ? offHours.enabled : d.offHours.enabled,
      channels: Object.fromEntries(OFF_HOURS_CHANNELS.map((c) => [c, channels[c] ?? d.offHours.channels[c]])) as Record<OffHoursChannel, boolean>,
      marketplaces: { ...d.offHours.marketplaces, ...booleans(offHours.marketplaces) },
    },
    remediation: {
      interimPromiseMinutes: positiveInt(remediation.interimPromiseMinutes) ?? d.remediation.interimPromiseMinutes,
      couponPercent: typeof remediation.couponPercent === 'number' && remediation.couponPercent >= 0 && remediation.couponPercent <= 100 ? remediation.couponPercent : d.remediation.couponPercent,
    },
  };
}

function positiveInt(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

/** The stored JSON after a change: only what admins set is kept, so later defaults still reach the rest. Pure. */
export function applySlaSettingsPatch(stored: Partial<StoredSettings> | null | undefined, patch: SlaSettingsPatch): StoredSettings {
  const offHours = { ...record(stored?.offHours) };
  const remediation = { ...record(stored?.remediation) };
  if (patch.offHours) {
    if (patch.offHours.enabled !== undefined) offHours.enabled = patch.offHours.enabled;
    if (patch.offHours.channels) offHours.channels = { ...booleans(offHours.channels), ...definedOnly(patch.offHours.channels) };
    if (patch.offHours.marketplaces) offHours.marketplaces = { ...booleans(offHours.marketplaces), ...normalisedMarketplaces(patch.offHours.marketplaces) };
  }
  if (patch.remediation) Object.assign(remediation, definedOnly(patch.remediation));
  return { offHours, remediation };
}

function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function normalisedMarketplaces(values: Record<string, boolean>): Record<string, boolean> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k.trim().toLowerCase(), v]));
}

/** Where a ticket's messages run: its marketplace field, a marketplace brand (Amazon relays e-mail), or the marketplace channel. */
export interface TicketPlace {
  channel: Channel | string;
  marketplace: string | null;
  /** The brand's kind (`amazon`, `shopify`…): a marketplace brand's e-mail is the marketplace's relay. */
  brandKind?: string | null | undefined;
}

/** The marketplace a ticket's messages run on (its rules apply), or null for the shop's own channels. Pure. */
export function ticketMarketplace(ticket: TicketPlace): string | null {
  const named = ticket.marketplace?.trim().toLowerCase();
  if (named) return named;
  const kind = ticket.brandKind?.trim().toLowerCase();
  if (kind && MARKETPLACE_KINDS.has(kind)) return kind;
  return ticket.channel === 'marketplace' ? 'default' : null;
}

/** Whether a buyer on this ticket's channel (or marketplace) gets the off-hours acknowledgement. Pure. */
export function acknowledgesOffHours(settings: OffHoursSettings, ticket: TicketPlace): boolean {
  if (!settings.enabled) return false;
  const marketplace = ticketMarketplace(ticket);
  if (marketplace) return settings.marketplaces[marketplace] ?? settings.marketplaces.default;
  return settings.channels[ticket.channel as OffHoursChannel] ?? false;
}

export async function slaSettings(db: Db, workspaceId: string): Promise<SlaSettings> {
  const row = await db.selectFrom('sla_settings').select(['off_hours', 'remediation']).where('workspace_id', '=', workspaceId).executeTakeFirst();
  return resolveSlaSettings(row ? { offHours: row.off_hours, remediation: row.remediation } : null);
}

export async function updateSlaSettings(db: Db, workspaceId: string, patch: SlaSettingsPatch): Promise<SlaSettings> {
  const row = await db.selectFrom('sla_settings').select(['off_hours', 'remediation']).where('workspace_id', '=', workspaceId).forUpdate().executeTakeFirst();
  const next = applySlaSettingsPatch(row ? { offHours: row.off_hours, remediation: row.remediation } : null, patch);
  const values = { off_hours: JSON.stringify(next.offHours), remediation: JSON.stringify(next.remediation), updated_at: new Date() };
  await db
    .insertInto('sla_settings')
    .values({ workspace_id: workspaceId, ...values })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
    .execute();
  return resolveSlaSettings(next);
}

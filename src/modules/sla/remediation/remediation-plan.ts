import type { Db } from '../../database.js';
import { nextReplyDue } from '../../replies/send/render-template-message.js';
import { addBusinessMinutes } from '../calendar/business-time.js';
import type { BusinessCalendar } from '../calendar/calendar.types.js';
import { calendarForTeam } from '../calendars/calendar-lookup.js';
import { slaSettings, ticketMarketplace, type RemediationSettings } from '../off-hours/sla-settings.js';

export const REMEDIATION_KINDS = ['interim_update', 'escalation', 'apology'] as const;
export type RemediationKind = (typeof REMEDIATION_KINDS)[number];

export const REMEDIATION_TEMPLATES: Readonly<Record<RemediationKind, string>> = {
  interim_update: 'service.interim_update',
  escalation: 'service.escalation',
  apology: 'service.apology_compensation',
};

export interface RemediationPlan {
  brandId: string;
  templateKey: string;
  replyBy: Date;
  facts: Record<string, unknown>;
}

const QUARTER_HOUR_MS = 15 * 60_000;

/** The message a remediation sends and what it promises, from the ticket, its team's calendar and the settings. Null: no such ticket. */
export async function remediationPlan(db: Db, workspaceId: string, ticketId: number, kind: RemediationKind, now: Date): Promise<RemediationPlan | null> {
  const ticket = await db
    .selectFrom('tickets')
    .innerJoin('brands', 'brands.id', 'tickets.brand_id')
    .select(['tickets.brand_id', 'tickets.team_id', 'tickets.channel', 'tickets.marketplace', 'tickets.next_response_due_at', 'tickets.first_response_due_at', 'tickets.sla_due_at', 'brands.kind as brand_kind'])
    .where('tickets.id', '=', ticketId)
    .where('tickets.workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!ticket) return null;
  const [settings, { calendar }] = await Promise.all([slaSettings(db, workspaceId), calendarForTeam(db, workspaceId, ticket.team_id)]);
  const onMarketplace = ticketMarketplace({ channel: ticket.channel, marketplace: ticket.marketplace, brandKind: ticket.brand_kind }) !== null;
  return {
    brandId: ticket.brand_id,
    templateKey: REMEDIATION_TEMPLATES[kind],
    replyBy: remediationReplyBy(kind, calendar, settings.remediation, nextReplyDue(ticket, now), now),
    facts: kind === 'apology' ? { coupon: apologyCoupon(settings.remediation, onMarketplace) } : {},
  };
}

/**
 * The time a remediation promises. An interim update and an apology: the next word within the
 * interim promise, in the team's business minutes (a promise made on Friday evening is kept on
 * Monday morning). An escalation: the ticket's own next due instant when one is still ahead (the
 * lead now owns it), else the same interim promise. Rounded up to the quarter hour: "by 11:45"
 * is a promise a person makes, "by 11:37" reads like a machine. Pure.
 */
export function remediationReplyBy(kind: RemediationKind, calendar: BusinessCalendar, settings: RemediationSettings, nextDue: Date | null, now: Date): Date {
  if (kind === 'escalation' && nextDue && nextDue > now) return nextDue;
  return roundUpToQuarterHour(addBusinessMinutes(calendar, now, settings.interimPromiseMinutes));
}

/** Every zone's offset is a whole number of quarter hours, so this is a quarter hour on the buyer's clock too. Pure. */
export function roundUpToQuarterHour(instant: Date): Date {
  return new Date(Math.ceil(instant.getTime() / QUARTER_HOUR_MS) * QUARTER_HOUR_MS);
}

/** The apology's voucher: none on a marketplace (they forbid marketing a next purchase) or when set to 0. Pure. */
export function apologyCoupon(settings: RemediationSettings, onMarketplace: boolean): { code: null; percent: number } | null {
  if (onMarketplace || settings.couponPercent <= 0) return null;
  return { code: null, percent: settings.couponPercent };
}

import type { Db } from '../../database.js';
import { sendTemplateMessage } from '../../replies/send/send-template-message.js';
import { recordTicketEvent, SYSTEM_ACTOR, TICKET_EVENTS } from '../../tickets/ticket.events.js';
import type { TicketChange } from '../../workflow/ticket-change.js';
import { isOpen, nextOpening } from '../calendar/business-time.js';
import { calendarForTeam } from '../calendars/calendar-lookup.js';
import { acknowledgesOffHours, slaSettings, ticketMarketplace } from './sla-settings.js';

/**
 * A buyer who writes while the team is closed hears back at once, in their language, when a
 * person will answer in their own time ("by Monday 17:00" for a Tokyo buyer of a Berlin team),
 * with the brand's emergency contact if it has one. At most once per ticket, never to machine
 * mail, only on channels (and marketplaces) the workspace has it on, and only while the team has
 * not been back since the buyer wrote. Runs in the workflow's transaction after the SLA clocks,
 * whose due instants it may promise.
 */
export async function maybeAcknowledgeOffHours(trx: Db, change: TicketChange): Promise<void> {
  if (change.trigger !== 'ticket.created' && change.trigger !== 'customer.replied') return;
  if (change.machineMail || change.messageId === undefined) return;
  const message = await trx
    .selectFrom('messages')
    .select(['direction', 'created_at'])
    .where('id', '=', change.messageId)
    .where('ticket_id', '=', change.ticketId)
    .executeTakeFirst();
  if (!message || message.direction !== 'inbound') return;

  const ticket = await trx
    .selectFrom('tickets')
    .innerJoin('brands', 'brands.id', 'tickets.brand_id')
    .select(['tickets.brand_id', 'tickets.team_id', 'tickets.channel', 'tickets.marketplace', 'tickets.merged_into_id', 'tickets.first_agent_reply_at', 'tickets.first_response_due_at', 'tickets.next_response_due_at', 'brands.kind as brand_kind'])
    .where('tickets.id', '=', change.ticketId)
    .where('tickets.workspace_id', '=', change.workspaceId)
    .executeTakeFirst();
  if (!ticket || ticket.merged_into_id) return;

  // Cheapest first: the calendar is cached, and a team that is open (or has no calendar) ends it here.
  const writtenAt = message.created_at;
  const { calendar } = await calendarForTeam(trx, change.workspaceId, ticket.team_id);
  if (isOpen(calendar, writtenAt)) return;
  const opening = nextOpening(calendar, writtenAt);
  // A calendar that never opens again gives nothing to promise. A message that reaches us only
  // after the team is back (a mail server's weekend backlog) is answered by people, not by us.
  const now = change.at ?? new Date();
  if (!opening || now >= opening) return;
  const settings = await slaSettings(trx, change.workspaceId);
  const place = { channel: ticket.channel, marketplace: ticket.marketplace, brandKind: ticket.brand_kind };
  if (!acknowledgesOffHours(settings.offHours, place)) return;
  // The lock makes "at most once" hold when two buyer messages arrive at the same moment.
  await trx.selectFrom('tickets').select('id').where('id', '=', change.ticketId).forUpdate().executeTakeFirst();
  if (await alreadyAcknowledged(trx, change.ticketId)) return;

  const due = ticket.first_agent_reply_at ? ticket.next_response_due_at : ticket.first_response_due_at;
  const replyBy = promisedReply(opening, due);

  const sent = await sendTemplateMessage(trx, {
    workspaceId: change.workspaceId,
    ticketId: change.ticketId,
    templateKey: 'service.off_hours',
    actor: SYSTEM_ACTOR,
    authorAgentId: null,
    replyBy,
    // Marketplaces forbid giving the seller's own contact: the buyer stays in the marketplace's messaging.
    ...(ticketMarketplace(place) ? { facts: { emergencyContact: null } } : {}),
    now,
  });
  // Blocked by the guard or no template: an acknowledgement is a courtesy, the ticket goes on without it.
  if (sent.status !== 'sent') return;
  await recordTicketEvent(trx, {
    workspaceId: change.workspaceId,
    ticketId: change.ticketId,
    brandId: ticket.brand_id,
    type: TICKET_EVENTS.offHoursAck,
    actor: SYSTEM_ACTOR,
    data: { messageId: sent.messageId, replyBy: sent.replyBy.toISOString(), buyerTimeZone: sent.buyerTimeZone },
    messageId: sent.messageId,
    at: now,
  });
}

/**
 * What the acknowledgement promises: when a person will answer. The team's reply target (the
 * SLA clock's due instant) when it has one after the opening — promising the opening itself
 * would be broken by every reply that takes the team more than a minute; the opening when there
 * is no clock, or when the clock falls due while nobody is there (a calendar-time contract). Pure.
 */
export function promisedReply(opening: Date, due: Date | null): Date {
  return due && due > opening ? due : opening;
}

async function alreadyAcknowledged(db: Db, ticketId: number): Promise<boolean> {
  const row = await db.selectFrom('ticket_events').select('id').where('ticket_id', '=', ticketId).where('type', '=', TICKET_EVENTS.offHoursAck).limit(1).executeTakeFirst();
  return row !== undefined;
}

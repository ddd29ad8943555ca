import { z } from 'zod';
import { countryCode, customFields, isoDate, languageCode, shortText, tagList, timeZone, uuid } from '../../shared/schemas.js';
import { riskSignal, triageView } from '../triage/triage.schemas.js';
import { replyGuardFields } from '../replies/replies.schemas.js';
import { ACTOR_KINDS, CHANNELS, DIRECTIONS, PRIORITIES, STATUSES } from './ticket.table.js';
import { ticketListSla, ticketSlaView } from '../sla/clocks/ticket-sla.schemas.js';

const MAX_BODY_CHARS = 200_000;

export const status = z.enum(STATUSES);
export const priority = z.enum(PRIORITIES);
export const channel = z.enum(CHANNELS);
export const intentCode = z.string().regex(/^[a-z]+(\.[a-z_]+)?$/, 'must be an intent code like "shipping.track"').max(64);

export const customerRef = z.union([
  z.object({ id: uuid }).strict(),
  z
    .object({
      email: z.email().max(254).optional(),
      phone: z.string().trim().min(3).max(40).optional(),
      chatVisitorId: z.string().trim().min(1).max(200).optional(),
      marketplaceAlias: z.string().trim().min(1).max(254).optional(),
      name: z.string().trim().max(200).optional(),
      firstName: z.string().trim().max(100).optional(),
      lastName: z.string().trim().max(100).optional(),
      title: z.string().trim().max(50).optional(),
      country: countryCode.optional(),
      language: languageCode.optional(),
      timezone: timeZone.optional(),
    })
    .strict()
    .refine((c) => c.email || c.phone || c.chatVisitorId || c.marketplaceAlias, {
      message: 'a new customer needs at least one of email, phone, chatVisitorId or marketplaceAlias',
    }),
]);

export const firstMessage = z
  .object({
    text: z.string().max(MAX_BODY_CHARS).optional(),
    html: z.string().max(MAX_BODY_CHARS * 2).optional(),
    externalId: z.string().trim().min(1).max(998).optional(),
    createdAt: isoDate.optional(),
  })
  .strict()
  .refine((m) => (m.text?.trim() ?? '') !== '' || (m.html?.trim() ?? '') !== '', { message: 'the message needs text or html' });

export const TRACKING_STATUSES = [
  'pending', 'info_received', 'in_transit', 'customs_held', 'out_for_delivery', 'delivered', 'exception', 'returned',
] as const;
export const FULFILLMENTS = ['unfulfilled', 'partially_fulfilled', 'fulfilled', 'cancelled'] as const;

/**
 * The order a ticket is about, as the store or marketplace knows it. Until store sync exists it
 * arrives with the ticket (API, import); triage and the suggested reply read it.
 */
export const orderSnapshot = z
  .object({
    number: z.string().trim().min(1).max(100),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like "EUR"').optional(),
    total: z.number().nonnegative().max(1e9).optional(),
    placedAt: isoDate.optional(),
    fulfillment: z.enum(FULFILLMENTS).optional(),
    items: z
      .array(
        z
          .object({
            title: z.string().trim().min(1).max(300),
            sku: z.string().trim().max(100).optional(),
            quantity: z.number().int().positive().max(100_000).default(1),
            price: z.number().nonnegative().max(1e9).optional(),
          })
          .strict(),
      )
      .max(200)
      .optional(),
    tracking: z
      .object({
        number: z.string().trim().min(4).max(60),
        carrier: z.string().trim().max(60).optional(),
        url: z.url().max(500).optional(),
        status: z.enum(TRACKING_STATUSES).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type OrderSnapshot = z.infer<typeof orderSnapshot>;

export const createTicketBody = z
  .object({
    brandId: uuid,
    channel,
    subject: shortText(500),
    customer: customerRef,
    message: firstMessage,
    status: status.optional(),
    priority: priority.optional(),
    assigneeId: uuid.nullable().optional(),
    teamId: uuid.nullable().optional(),
    tags: tagList.optional(),
    customFields: customFields.optional(),
    intent: intentCode.nullable().optional(),
    language: languageCode.nullable().optional(),
    marketplace: z.string().trim().max(40).nullable().optional(),
    marketplaceOrderId: z.string().trim().max(100).nullable().optional(),
    order: orderSnapshot.nullable().optional(),
  })
  .strict();
export type CreateTicketInput = z.infer<typeof createTicketBody>;

export const updateTicketBody = z
  .object({
    subject: shortText(500).optional(),
    status: status.optional(),
    priority: priority.optional(),
    assigneeId: uuid.nullable().optional(),
    teamId: uuid.nullable().optional(),
    brandId: uuid.optional(),
    tags: tagList.optional(),
    addTags: tagList.optional(),
    removeTags: tagList.optional(),
    customFields: customFields.optional(),
    intent: intentCode.nullable().optional(),
    language: languageCode.nullable().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to update' });
export type UpdateTicketInput = z.infer<typeof updateTicketBody>;

export const replyBody = z
  .object({
    text: z.string().max(MAX_BODY_CHARS).optional(),
    html: z.string().max(MAX_BODY_CHARS * 2).optional(),
    status: status.optional(),
    ...replyGuardFields,
  })
  .strict()
  .refine((m) => (m.text?.trim() ?? '') !== '' || (m.html?.trim() ?? '') !== '', { message: 'the reply needs text or html' });
export type ReplyInput = z.infer<typeof replyBody>;

export const noteBody = z.object({ text: z.string().trim().min(1).max(MAX_BODY_CHARS) }).strict();

export const mergeBody = z.object({ targetId: z.number().int().positive() }).strict();

export const bulkUpdateBody = z
  .object({
    ids: z.array(z.number().int().positive()).min(1).max(200),
    update: updateTicketBody,
  })
  .strict();
export type BulkUpdateInput = z.infer<typeof bulkUpdateBody>;

export const bulkUpdateResult = z.object({
  updated: z.array(z.number()),
  failed: z.array(z.object({ id: z.number(), code: z.string(), message: z.string() })),
});

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(2000)
    .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(item).max(50));

/** `due`: the soonest SLA deadline first (overdue ones first of all), tickets without a running clock last. */
export const TICKET_SORTS = ['-updated_at', 'updated_at', '-created_at', 'created_at', 'priority', 'due'] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];

export const listTicketsQuery = z
  .object({
    status: csv(status).optional(),
    priority: csv(priority).optional(),
    channel: csv(channel).optional(),
    assignee: z.union([z.literal('me'), z.literal('none'), uuid]).optional(),
    brandId: csv(uuid).optional(),
    teamId: uuid.optional(),
    /** Tickets in any of these routing queues. */
    queueId: csv(uuid).optional(),
    customerId: uuid.optional(),
    intent: csv(intentCode).optional(),
    language: csv(languageCode).optional(),
    needsTriage: z.enum(['true', 'false']).optional(),
    /** Tickets carrying any of these risk signals, or `any` for any risk at all. */
    risk: z.union([z.literal('any'), csv(riskSignal)]).optional(),
    tag: z.string().trim().min(1).max(64).optional(),
    /** at_risk: past the warning, before the deadline, not breached; breached: a deadline passed (and the ticket is not solved). */
    sla: z.enum(['at_risk', 'breached']).optional(),
    q: z.string().max(256, 'search text is limited to 256 characters').optional(),
    sort: z.enum(TICKET_SORTS).default('-updated_at'),
    cursor: z.string().max(512).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type ListTicketsQuery = z.infer<typeof listTicketsQuery>;

export const ticketSummary = z.object({
  id: z.number(),
  subject: z.string(),
  status,
  priority,
  channel,
  brandId: z.string(),
  teamId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  customer: z.object({ id: z.string(), name: z.string(), country: z.string().nullable(), language: z.string().nullable() }),
  intent: z.string().nullable(),
  intentConfidence: z.number().nullable(),
  /** triage (the classifier), agent (corrected by hand), api (stated by the caller); null when nobody decided yet. */
  intentSource: z.enum(['triage', 'agent', 'api']).nullable(),
  /** The classifier was not sure enough: the ticket waits in the "needs triage" view. */
  needsTriage: z.boolean(),
  language: z.string().nullable(),
  sentiment: z.number().nullable(),
  risk: z.array(z.string()),
  marketplace: z.string().nullable(),
  marketplaceOrderId: z.string().nullable(),
  tags: z.array(z.string()),
  messageCount: z.number(),
  firstResponseDueAt: z.string().nullable(),
  nextResponseDueAt: z.string().nullable(),
  resolutionDueAt: z.string().nullable(),
  lastCustomerMessageAt: z.string().nullable(),
  firstAgentReplyAt: z.string().nullable(),
  lastAgentReplyAt: z.string().nullable(),
  solvedAt: z.string().nullable(),
  mergedIntoId: z.number().nullable(),
  /** The soonest running SLA clock (null when none runs and nothing is breached or paused). */
  sla: ticketListSla.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TicketSummary = z.infer<typeof ticketSummary>;

export const attachmentView = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  inline: z.boolean(),
});

/** How an outbound message is being delivered (today: by e-mail through the outbox). */
export const messageDelivery = z.object({
  channel: z.literal('email'),
  status: z.enum(['queued', 'sending', 'sent', 'failed', 'bounced']),
  to: z.array(z.string()),
  attempts: z.number(),
  error: z.string().nullable(),
  sentAt: z.string().nullable(),
});
export type MessageDelivery = z.infer<typeof messageDelivery>;

/** Where an inbound message came from when a channel stored it (today: e-mail). */
export const messageSource = z.object({
  channel: z.literal('email'),
  /** The stored raw message, for the headers view. */
  inboundId: z.number().nullable(),
  from: z.string().nullable(),
  /** auto_reply, out_of_office, bounce, mailer_daemon or loop; null for mail a person wrote. */
  machine: z.string().nullable(),
  /** Quoted history or a signature was cut from the shown text; the headers view has it all. */
  quoteStripped: z.boolean(),
  omittedAttachments: z.number(),
});
export type MessageSource = z.infer<typeof messageSource>;

export const messageView = z.object({
  id: z.number(),
  ticketId: z.number(),
  direction: z.enum(DIRECTIONS),
  author: z.object({ kind: z.enum(['agent', 'customer', 'system']), id: z.string().nullable(), name: z.string().nullable() }),
  text: z.string(),
  html: z.string().nullable(),
  language: z.string().nullable(),
  externalId: z.string().nullable(),
  attachments: z.array(attachmentView),
  source: messageSource.nullable(),
  delivery: messageDelivery.nullable(),
  /** Triage of an inbound message; null for agents' messages and messages from before triage. */
  triage: triageView.nullable(),
  createdAt: z.string(),
});
export type MessageView = z.infer<typeof messageView>;

export const ticketEventView = z.object({
  id: z.number(),
  type: z.string(),
  actor: z.object({ kind: z.enum(ACTOR_KINDS), id: z.string().nullable() }),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type TicketEventView = z.infer<typeof ticketEventView>;

export const ticketDetail = ticketSummary.extend({
  customFields: z.record(z.string(), z.unknown()),
  firstCustomerMessageAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  linkedTicketId: z.number().nullable(),
  messages: z.array(messageView),
  events: z.array(ticketEventView),
  /** Every SLA clock of the ticket, its due dates and breaches (always given by the API). */
  sla: ticketSlaView.optional(),
});
export type TicketDetail = z.infer<typeof ticketDetail>;

import { sql } from 'kysely';
import type { Db } from '../database.js';
import type { AutomationFacts } from './conditions/facts.js';

const HOUR_MS = 3_600_000;
const hoursSince = (at: Date | null, now: Date) => (at ? Math.max(0, (now.getTime() - at.getTime()) / HOUR_MS) : null);

export interface TicketFacts {
  facts: AutomationFacts;
  /** When the ticket's status last changed (its creation when it never did): a scheduled rule fires once per such spell. */
  statusChangedAt: Date;
  brandId: string;
  mergedIntoId: number | null;
}

interface TicketFactsRow {
  status: string;
  priority: string;
  channel: string;
  marketplace: string | null;
  brand_id: string;
  team_id: string | null;
  queue_id: string | null;
  assignee_id: string | null;
  sla_policy_id: string | null;
  tags: string[];
  intent: string | null;
  language: string | null;
  sentiment: number | null;
  risk: string[];
  subject: string;
  custom_fields: Record<string, unknown> | null;
  last_customer_message_at: Date | null;
  last_agent_reply_at: Date | null;
  merged_into_id: number | string | null;
  created_at: Date;
  status_changed_at: Date | null;
  tier: string | null;
  country: string | null;
  customer_language: string | null;
  email: string | null;
}

interface MessageRow {
  id: number | string;
  direction: string;
  body_text: string;
  language: string | null;
  intent: string | null;
  automatic: boolean;
}

const asDate = (v: Date | string | null) => (v === null ? null : v instanceof Date ? v : new Date(v));

/**
 * Everything a rule's conditions may ask about one ticket, read in two statements. The status
 * clock comes from the timeline: every status change (API, replies, buyer messages, rules) is
 * an event carrying `status` or `changes.status`.
 */
export async function loadTicketFacts(
  db: Db,
  workspaceId: string,
  ticketId: number,
  options: {
    now: Date;
    messageId?: number | undefined;
    changes?: Record<string, { from: unknown; to: unknown }> | undefined;
    sla?: { kind: string; metric: string; policyId: string } | undefined;
  },
): Promise<TicketFacts | null> {
  const { rows } = await sql<TicketFactsRow>`
    select t.status, t.priority, t.channel, t.marketplace, t.brand_id, t.team_id, t.queue_id, t.assignee_id, t.sla_policy_id,
      t.tags, t.intent, t.language, t.sentiment, t.risk, t.subject, t.custom_fields, t.last_customer_message_at,
      t.last_agent_reply_at, t.merged_into_id, t.created_at,
      (select e.created_at from ticket_events e
        where e.ticket_id = t.id and ((e.data -> 'status') is not null or (e.data -> 'changes' -> 'status') is not null)
        order by e.id desc limit 1) as status_changed_at,
      c.tier, c.country, c.language as customer_language,
      (select i.value from customer_identities i where i.customer_id = c.id and i.kind = 'email' order by i.created_at limit 1) as email
    from tickets t join customers c on c.id = t.customer_id
    where t.id = ${ticketId} and t.workspace_id = ${workspaceId}`.execute(db);
  const t = rows[0];
  if (!t) return null;

  const messages = await sql<MessageRow>`
    select id, direction, body_text, language, triage ->> 'intent' as intent,
      coalesce(channel_meta ->> 'automatic', 'false') = 'true' as automatic
    from messages where ticket_id = ${ticketId} and direction in ('inbound', 'outbound')
    order by created_at, id`.execute(db);
  const inbound = messages.rows.filter((m) => m.direction === 'inbound');
  const withIntent: Record<string, number> = {};
  for (const m of inbound) if (m.intent) withIntent[m.intent] = (withIntent[m.intent] ?? 0) + 1;
  const trigger = options.messageId !== undefined ? messages.rows.find((m) => Number(m.id) === options.messageId) : undefined;
  const message = trigger ?? inbound.at(-1);

  const statusChangedAt = asDate(t.status_changed_at) ?? asDate(t.created_at)!;
  const now = options.now;
  const facts: AutomationFacts = {
    ticket: {
      status: t.status,
      priority: t.priority,
      channel: t.channel,
      marketplace: t.marketplace,
      brandId: t.brand_id,
      teamId: t.team_id,
      queueId: t.queue_id,
      assigneeId: t.assignee_id,
      slaPolicyId: t.sla_policy_id,
      tags: t.tags,
      intent: t.intent,
      language: t.language,
      sentiment: t.sentiment === null ? null : Number(t.sentiment),
      risk: t.risk,
      subject: t.subject,
      customFields: t.custom_fields ?? {},
      hoursInStatus: hoursSince(statusChangedAt, now) ?? 0,
      hoursSinceCustomerMessage: hoursSince(asDate(t.last_customer_message_at), now),
      hoursSinceAgentReply: hoursSince(asDate(t.last_agent_reply_at), now),
    },
    customer: { tier: t.tier, country: t.country, language: t.customer_language, email: t.email },
    message: message ? { text: message.body_text, language: message.language, intent: message.intent } : null,
    counts: {
      buyerMessages: inbound.length,
      agentReplies: messages.rows.filter((m) => m.direction === 'outbound' && !m.automatic).length,
      buyerMessagesWithIntent: withIntent,
      buyerTexts: inbound.map((m) => m.body_text),
    },
    sla: options.sla ? { kind: options.sla.kind, metric: options.sla.metric, policyId: options.sla.policyId } : null,
    changed: options.changes ?? {},
  };
  return { facts, statusChangedAt, brandId: t.brand_id, mergedIntoId: t.merged_into_id === null ? null : Number(t.merged_into_id) };
}

import type { Kysely } from 'kysely';
import { enqueue } from '../../../platform/jobs/queue.js';
import type { Database, Db } from '../../database.js';
import type { AutomationAction } from '../actions/action.schema.js';
import { signWebhook } from './webhook-signature.js';

export const WEBHOOK_JOB = 'automation.webhook';
export const WEBHOOK_TIMEOUT_MS = 10_000;

export interface WebhookJobPayload {
  ruleId: string;
  url: string;
  /** The JSON body, fixed when the rule ran (the ticket as it was then). */
  body: string;
}

/**
 * Queues a webhook call with the ticket as the rule saw it. The secret is not copied into the
 * job: the handler reads it from the rule when it sends, so secrets live in one place and a
 * deleted rule (or a removed webhook) sends nothing more.
 */
export async function enqueueWebhook(
  trx: Db,
  input: { workspaceId: string; ruleId: string; ruleName: string; url: string; event: string; ticketId: number; now: Date },
): Promise<number | null> {
  const ticket = await trx
    .selectFrom('tickets')
    .select(['id', 'subject', 'status', 'priority', 'channel', 'marketplace', 'brand_id', 'team_id', 'queue_id', 'assignee_id', 'customer_id', 'tags', 'intent', 'language', 'risk', 'created_at'])
    .where('id', '=', input.ticketId)
    .executeTakeFirstOrThrow();
  const body = JSON.stringify({
    event: input.event,
    rule: { id: input.ruleId, name: input.ruleName },
    ticket: {
      id: ticket.id,
      subject: ticket.subject,
      status: ticket.status,
      priority: ticket.priority,
      channel: ticket.channel,
      marketplace: ticket.marketplace,
      brandId: ticket.brand_id,
      teamId: ticket.team_id,
      queueId: ticket.queue_id,
      assigneeId: ticket.assignee_id,
      customerId: ticket.customer_id,
      tags: ticket.tags,
      intent: ticket.intent,
      language: ticket.language,
      risk: ticket.risk,
      createdAt: ticket.created_at.toISOString(),
    },
    occurredAt: input.now.toISOString(),
  });
  const payload: WebhookJobPayload = { ruleId: input.ruleId, url: input.url, body };
  return enqueue(trx, WEBHOOK_JOB, { ...payload }, { maxAttempts: 8 });
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * The job: POSTs the body signed with the rule's current secret. A non-2xx answer or a timeout
 * throws, and the job queue retries with back-off.
 */
export async function deliverWebhook(db: Kysely<Database>, payload: Record<string, unknown>, options: { fetch?: FetchLike; now?: Date } = {}): Promise<{ status: number } | { dropped: string }> {
  const { ruleId, url, body } = payload as unknown as WebhookJobPayload;
  const rule = await db.selectFrom('automation_rules').select(['actions']).where('id', '=', ruleId).executeTakeFirst();
  if (!rule) return { dropped: 'the rule was deleted' };
  const webhook = (rule.actions as AutomationAction[]).find((a): a is Extract<AutomationAction, { type: 'webhook' }> => a.type === 'webhook' && a.url === url);
  if (!webhook?.secret) return { dropped: 'the rule no longer calls this URL' };
  const timestamp = String(Math.floor((options.now ?? new Date()).getTime() / 1000));
  const response = await (options.fetch ?? fetch)(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Meridian-Webhook/1',
      'x-meridian-event': JSON.parse(body).event as string,
      'x-meridian-timestamp': timestamp,
      'x-meridian-signature': signWebhook(webhook.secret, timestamp, body),
    },
    body,
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    redirect: 'manual',
  });
  await response.body?.cancel().catch(() => {});
  if (response.status < 200 || response.status >= 300) throw new Error(`webhook ${url} answered ${response.status}`);
  return { status: response.status };
}

import { z } from 'zod';
import { tagList, uuid } from '../../../shared/schemas.js';
import { PRIORITIES, STATUSES } from '../../tickets/ticket.table.js';

export const ACTION_TYPES = [
  'set_status', 'set_priority', 'add_tags', 'remove_tags', 'assign', 'route', 'set_team', 'set_sla_policy',
  'send_template', 'add_note', 'notify', 'webhook',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** What the API shows instead of a webhook secret: secrets are write-only. */
export const SECRET_MASK = '••••';

const webhookUrl = z
  .url({ message: 'must be an http(s) URL' })
  .max(2000)
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL');

const actionShapes = {
  set_status: z.object({ type: z.literal('set_status'), value: z.enum(STATUSES) }).strict(),
  set_priority: z.object({ type: z.literal('set_priority'), value: z.enum([...PRIORITIES, 'up', 'down']) }).strict(),
  add_tags: z.object({ type: z.literal('add_tags'), tags: tagList.min(1) }).strict(),
  remove_tags: z.object({ type: z.literal('remove_tags'), tags: tagList.min(1) }).strict(),
  assign: z.object({ type: z.literal('assign'), agentId: uuid }).strict(),
  /** To the given queue, or by the routing rules when none is given. */
  route: z.object({ type: z.literal('route'), queueId: uuid.optional() }).strict(),
  set_team: z.object({ type: z.literal('set_team'), teamId: uuid.nullable() }).strict(),
  /** Pins the SLA policy the clocks use (null: back to the policies' own choice). */
  set_sla_policy: z.object({ type: z.literal('set_sla_policy'), policyId: uuid.nullable() }).strict(),
  send_template: z.object({ type: z.literal('send_template'), templateKey: z.string().trim().min(1).max(120) }).strict(),
  add_note: z.object({ type: z.literal('add_note'), text: z.string().trim().min(1).max(5000) }).strict(),
  notify: z
    .object({
      type: z.literal('notify'),
      to: z.enum(['assignee', 'leads', 'agents']),
      agentIds: z.array(uuid).max(100).optional(),
      message: z.string().trim().min(1).max(1000),
    })
    .strict()
    .refine((a) => a.to !== 'agents' || (a.agentIds?.length ?? 0) > 0, { message: 'to "agents" needs agentIds', path: ['agentIds'] }),
  /** The secret is required when the rule is created; on an update, omitting it (or sending the mask) keeps the stored one. */
  webhook: z.object({ type: z.literal('webhook'), url: webhookUrl, secret: z.string().min(8, 'must be at least 8 characters').max(200).optional() }).strict(),
};

export type AutomationAction = { [K in ActionType]: z.infer<(typeof actionShapes)[K]> }[ActionType];
export type ActionOf<T extends ActionType> = Extract<AutomationAction, { type: T }>;

const TYPE_SET: ReadonlySet<string> = new Set(ACTION_TYPES);

/** One action: `{type, …}`; an unknown type is refused naming the types there are. */
export const actionSchema: z.ZodType<AutomationAction> = z.unknown().transform((input, ctx) => {
  const type = input && typeof input === 'object' && !Array.isArray(input) ? (input as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !TYPE_SET.has(type)) {
    ctx.addIssue({ code: 'custom', path: ['type'], message: `unknown action type ${JSON.stringify(type ?? null)}; one of ${ACTION_TYPES.join(', ')}` });
    return z.NEVER;
  }
  // Masked or empty secrets mean "keep the stored one" (resolved by the service).
  const value = type === 'webhook' && (input as { secret?: unknown }).secret === SECRET_MASK ? { ...(input as object), secret: undefined } : input;
  const result = (actionShapes[type as ActionType] as z.ZodType).safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path as PropertyKey[] });
    return z.NEVER;
  }
  return result.data as AutomationAction;
}) as unknown as z.ZodType<AutomationAction>;

export const actionListSchema = z.array(actionSchema).min(1, 'a rule needs at least one action').max(20);

/** An action as the API shows it: webhook secrets masked. */
export function maskAction(action: AutomationAction): Record<string, unknown> {
  if (action.type !== 'webhook') return action;
  const { secret, ...rest } = action;
  return { ...rest, secret: secret ? SECRET_MASK : null, hasSecret: Boolean(secret) };
}

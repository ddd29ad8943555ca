import { z } from 'zod';
import { shortText, ticketId, uuid } from '../../shared/schemas.js';
import { actionListSchema } from './actions/action.schema.js';
import { conditionSchema } from './conditions/condition.schema.js';
import { RULE_TRIGGERS } from './rule-trigger.js';

const conditions = conditionSchema.describe(
  'A condition tree: {all:[…]}, {any:[…]}, {not:…} or {field, op, value}. Fields: ticket (status, priority, channel, marketplace, tags, risk, intent, hoursInStatus…), ' +
    'customFields.<key>, customer.<tier|country|language|email>, message.<text|language|intent>, count.buyerMessages, count.agentReplies, ' +
    'count.buyerMessagesWithIntent.<intent>, count.buyerMessagesMentioning.<word>, changed.<field>. Ops: eq, neq, in, not_in, contains, not_contains, gt, gte, lt, lte, exists, not_exists, matches.',
);
const actions = actionListSchema.describe(
  'Actions in order: set_status, set_priority (P1–P4, up, down), add_tags, remove_tags, assign, route, set_team, set_sla_policy, send_template, add_note, notify, webhook. Webhook secrets are write-only.',
);

export const createRuleBody = z
  .object({
    name: shortText(160),
    trigger: z.enum(RULE_TRIGGERS),
    enabled: z.boolean().optional(),
    conditions: conditions.optional(),
    actions,
    /** Where it runs among the workspace's rules; default last. */
    position: z.number().int().min(0).max(100_000).optional(),
  })
  .strict();
export type CreateRuleInput = z.infer<typeof createRuleBody>;

export const updateRuleBody = z
  .object({
    name: shortText(160).optional(),
    trigger: z.enum(RULE_TRIGGERS).optional(),
    enabled: z.boolean().optional(),
    conditions: conditions.optional(),
    actions: actions.optional(),
  })
  .strict();
export type UpdateRuleInput = z.infer<typeof updateRuleBody>;

export const reorderBody = z.object({ ids: z.array(uuid).min(1).max(1000) }).strict();

const outcome = z.object({ type: z.string(), status: z.enum(['ok', 'skipped', 'error']), detail: z.string().optional() }).loose();

export const ruleView = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number().int(),
  enabled: z.boolean(),
  trigger: z.enum(RULE_TRIGGERS),
  conditions: z.unknown(),
  /** Webhook actions show `secret: "••••"` and `hasSecret` instead of the secret. */
  actions: z.array(z.record(z.string(), z.unknown())),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastRun: z.object({ id: z.number(), ticketId: z.number().nullable(), error: z.string().nullable(), createdAt: z.string() }).nullable(),
  runCount: z.number().int(),
});
export type RuleView = z.infer<typeof ruleView>;

export const runView = z.object({
  id: z.number(),
  ruleId: z.string(),
  ruleName: z.string(),
  ticketId: z.number().nullable(),
  trigger: z.string(),
  depth: z.number().int(),
  matched: z.boolean(),
  actions: z.array(outcome),
  error: z.string().nullable(),
  createdAt: z.string(),
});
export type RunView = z.infer<typeof runView>;

export const runsQuery = z
  .object({
    ruleId: uuid.optional(),
    ticketId: ticketId.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();

export const dryRunBody = z.object({ ticketId }).strict();
export const dryRunView = z.object({
  matched: z.boolean(),
  /** Each field the conditions read, with its value on this ticket now. */
  facts: z.record(z.string(), z.unknown()),
  /** The actions that would run (none when it does not match). */
  actions: z.array(z.record(z.string(), z.unknown())),
});

export const fieldsView = z.object({ fields: z.array(z.string()), prefixes: z.array(z.string()), ops: z.array(z.string()), actions: z.array(z.string()), triggers: z.array(z.string()) });

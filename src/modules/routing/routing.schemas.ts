import { z } from 'zod';
import { countryCode, shortText, tagList, uuid } from '../../shared/schemas.js';
import { CHANNELS, PRIORITIES } from '../tickets/ticket.table.js';
import { PRESENCES, QUEUE_STRATEGIES } from './routing.types.js';

const capacityCount = z.number().int('must be a whole number').min(0, 'must be 0 or more').max(1000, 'must be at most 1000');
const capacityShape = { chat: capacityCount, email: capacityCount, marketplace: capacityCount, other: capacityCount };
const languageSkill = z
  .object({
    code: z.string().trim().min(2).max(20),
    proficiency: z.number().int('must be a whole number').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
  })
  .strict();

const skillsShape = {
  languages: z.array(languageSkill).max(30),
  intents: z.array(z.string().max(64)).max(60),
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length),
  brandIds: z.array(uuid).max(200),
  markets: z.array(countryCode).max(250),
};

export const agentRoutingView = z.object({
  agentId: z.string(),
  name: z.string(),
  role: z.string(),
  level: z.string(),
  presence: z.enum(PRESENCES),
  presenceAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  onShift: z.boolean(),
  shiftCalendarId: z.string().nullable(),
  skills: z.object(skillsShape),
  capacity: z.object(capacityShape),
  load: z.object(capacityShape),
});
export type AgentRoutingView = z.infer<typeof agentRoutingView>;

export const patchAgentRoutingBody = z
  .object({
    /** Each list given replaces the agent's list. */
    skills: z.object(skillsShape).partial().strict().optional(),
    shiftCalendarId: uuid.nullable().optional(),
    /** Buckets given replace theirs; the others keep their value. */
    capacity: z.object(capacityShape).partial().strict().optional(),
  })
  .strict();
export type PatchAgentRoutingInput = z.infer<typeof patchAgentRoutingBody>;

export const presenceBody = z.object({ status: z.enum(PRESENCES) }).strict();

export const ruleConditions = z
  .object({
    priorities: z.array(z.enum(PRIORITIES)).max(PRIORITIES.length),
    channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length),
    marketplaces: z.array(z.string().trim().min(1).max(40)).max(50),
    brandIds: z.array(uuid).max(200),
    customerTiers: z.array(z.string().trim().min(1).max(40)).max(50),
    intents: z.array(z.string().max(64)).max(60),
    tags: tagList,
    languages: z.array(z.string().trim().min(2).max(20)).max(50),
    countries: z.array(countryCode).max(250),
    vip: z.boolean(),
  })
  .partial()
  .strict();

export const queueView = z.object({
  id: z.string(),
  name: z.string(),
  teamId: z.string().nullable(),
  strategy: z.enum(QUEUE_STRATEGIES),
  vip: z.boolean(),
  autoAssign: z.boolean(),
  position: z.number().int(),
  /** Tickets waiting in it for an agent (new or open, unassigned). */
  waiting: z.number().int(),
});
export type QueueView = z.infer<typeof queueView>;

export const createQueueBody = z
  .object({
    name: shortText(120),
    teamId: uuid.nullable().optional(),
    strategy: z.enum(QUEUE_STRATEGIES).optional(),
    vip: z.boolean().optional(),
    autoAssign: z.boolean().optional(),
    /** Where it goes in the list (0 first); default last. */
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();
export type CreateQueueInput = z.infer<typeof createQueueBody>;
export const patchQueueBody = createQueueBody.partial().strict();
export type PatchQueueInput = z.infer<typeof patchQueueBody>;

export const ruleView = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number().int(),
  enabled: z.boolean(),
  conditions: ruleConditions,
  queueId: z.string(),
});
export type RuleView = z.infer<typeof ruleView>;

export const createRuleBody = z
  .object({
    name: shortText(120),
    enabled: z.boolean().optional(),
    conditions: ruleConditions.optional(),
    queueId: uuid,
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();
export type CreateRuleInput = z.infer<typeof createRuleBody>;
export const patchRuleBody = createRuleBody.partial().strict();
export type PatchRuleInput = z.infer<typeof patchRuleBody>;

export const reorderBody = z.object({ ids: z.array(uuid).min(1).max(500) }).strict();

import { z } from 'zod';
import { shortText, timeZone, uuid } from '../../shared/schemas.js';
import { MIN_PASSWORD_LENGTH } from '../auth/password.js';
import { LEVELS, ROLES } from './agent.table.js';

export const AGENT_LOCALES = ['en', 'zh-CN'] as const;

export const agentView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  level: z.enum(LEVELS),
  locale: z.string(),
  timezone: z.string(),
  teamIds: z.array(z.string()),
  brandIds: z.array(z.string()),
  active: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The most this agent may grant as compensation, in the workspace's base currency; null = no limit. */
  compensationLimit: z.number().nullable(),
});
export type AgentView = z.infer<typeof agentView>;

const password = z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(1024);

export const createAgentBody = z
  .object({
    email: z.email().max(254),
    name: shortText(200),
    role: z.enum(ROLES),
    level: z.enum(LEVELS).optional(),
    password: password.optional(),
    locale: z.enum(AGENT_LOCALES).optional(),
    timezone: timeZone.optional(),
    teamIds: z.array(uuid).max(100).optional(),
    /** Brands the agent may see; empty means all brands. */
    brandIds: z.array(uuid).max(500).optional(),
  })
  .strict();
export type CreateAgentInput = z.infer<typeof createAgentBody>;

export const updateAgentBody = createAgentBody
  .partial()
  .extend({
    active: z.boolean().optional(),
    /** Required when agents change their own password. */
    currentPassword: z.string().min(1).max(1024).optional(),
  })
  .strict();
export type UpdateAgentInput = z.infer<typeof updateAgentBody>;

/** What agents may change on their own profile without the admin role. */
export const SELF_EDITABLE_FIELDS: readonly (keyof UpdateAgentInput)[] = ['name', 'locale', 'timezone', 'password', 'currentPassword'];

export const listAgentsQuery = z
  .object({
    role: z.enum(ROLES).optional(),
    teamId: uuid.optional(),
    active: z.stringbool().optional(),
  })
  .strict();
export type ListAgentsQuery = z.infer<typeof listAgentsQuery>;

const compensationLimit = z.number().min(0).max(9_999_999_999.99).nullable();

export const agentLevelsView = z.object({
  baseCurrency: z.string(),
  levels: z.array(z.object({ level: z.enum(LEVELS), compensationLimit })),
});
export type AgentLevelsView = z.infer<typeof agentLevelsView>;

export const setAgentLevelsBody = z
  .object({
    levels: z
      .array(z.object({ level: z.enum(LEVELS), compensationLimit }).strict())
      .length(LEVELS.length)
      .refine((items) => new Set(items.map((i) => i.level)).size === LEVELS.length, {
        message: `give each level (${LEVELS.join(', ')}) exactly once`,
      }),
  })
  .strict();
export type SetAgentLevelsInput = z.infer<typeof setAgentLevelsBody>;

import { z } from 'zod';
import { LEVELS, ROLES } from '../agents/agent.table.js';

export const loginBody = z.object({ email: z.email().max(254), password: z.string().min(1).max(1024) }).strict();

export const principalView = z.object({
  id: z.string(),
  workspaceId: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  level: z.enum(LEVELS),
  brandIds: z.array(z.string()),
  locale: z.string(),
  timezone: z.string(),
});

export const sessionView = z.object({
  agent: principalView,
  csrfToken: z.string().nullable(),
  workspace: z.object({ id: z.string(), name: z.string(), isDemo: z.boolean(), baseCurrency: z.string() }),
});

export const tokenView = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  agentId: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const createTokenBody = z.object({ name: z.string().trim().min(1).max(100) }).strict();

export const setupBody = z
  .object({
    token: z.string().min(10).max(200),
    email: z.email().max(254),
    name: z.string().trim().min(1).max(200),
    password: z.string().min(10).max(1024),
  })
  .strict();

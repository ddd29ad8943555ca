/** The routing API's shapes, taken from the server's zod schemas (type-only). */
import type { z } from 'zod';
import type { agentRoutingView, queueView, ruleConditions, ruleView } from '../../../src/modules/routing/routing.schemas.js';

export type AgentRouting = z.infer<typeof agentRoutingView>;
export type Presence = AgentRouting['presence'];
export type Queue = z.infer<typeof queueView>;
export type Rule = z.infer<typeof ruleView>;
export type RuleConditions = z.infer<typeof ruleConditions>;
export type Bucket = keyof AgentRouting['capacity'];

export const PRESENCES: Presence[] = ['online', 'away', 'offline'];
export const BUCKETS: Bucket[] = ['chat', 'email', 'marketplace', 'other'];
export const STRATEGIES: Queue['strategy'][] = ['least_loaded', 'round_robin'];

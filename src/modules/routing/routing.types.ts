import type { Channel, Priority } from '../tickets/ticket.table.js';

/** Routing's vocabulary, shared by the pure choice functions, the services and the schemas. */
export const PRESENCES = ['online', 'away', 'offline'] as const;
export type Presence = (typeof PRESENCES)[number];

export const QUEUE_STRATEGIES = ['least_loaded', 'round_robin'] as const;
export type QueueStrategy = (typeof QUEUE_STRATEGIES)[number];

/** Capacity is counted per bucket: chats, e-mails, marketplace messages, everything else. */
export const CAPACITY_BUCKETS = ['chat', 'email', 'marketplace', 'other'] as const;
export type CapacityBucket = (typeof CAPACITY_BUCKETS)[number];
export type Capacity = Record<CapacityBucket, number>;
export type Load = Record<CapacityBucket, number>;

/** "e.g. 3 chats, 20 open e-mails" (issue 7). */
export const DEFAULT_CAPACITY: Capacity = { chat: 3, email: 20, marketplace: 20, other: 20 };

export function bucketOf(channel: Channel | string): CapacityBucket {
  return channel === 'chat' || channel === 'email' || channel === 'marketplace' ? channel : 'other';
}

export interface LanguageSkill {
  code: string;
  /** 1 (basic) to 5 (native). */
  proficiency: number;
}

export interface AgentSkills {
  languages: LanguageSkill[];
  intents: string[];
  channels: string[];
  brandIds: string[];
  markets: string[];
}

/** Which tickets a routing rule sends to its queue: every listed key must match (a list matches any of its values). */
export interface RuleConditions {
  priorities?: Priority[];
  channels?: Channel[];
  marketplaces?: string[];
  brandIds?: string[];
  customerTiers?: string[];
  intents?: string[];
  tags?: string[];
  languages?: string[];
  countries?: string[];
  vip?: boolean;
}

/** A customer counts as VIP when their tier is "vip" (any case); other tiers are routed normally. */
export function isVipTier(tier: string | null | undefined): boolean {
  return (tier ?? '').trim().toLowerCase() === 'vip';
}

/** `pt-BR` → `pt`: agents who speak Portuguese get Brazilian buyers too. */
export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

import type { Level } from '../agents/agent.table.js';
import { bucketOf, primaryLanguage, type AgentSkills, type Capacity, type CapacityBucket, type Load, type Presence, type QueueStrategy } from './routing.types.js';

/** An agent as routing weighs them; `onShift` is worked out beforehand from their shift calendar. */
export interface RoutingCandidate {
  agentId: string;
  name: string;
  level: Level;
  active: boolean;
  teamIds: readonly string[];
  /** The brands the agent may see at all (agents.brand_ids); empty: every brand. */
  brandAccess: readonly string[];
  presence: Presence;
  /** Inside their shift calendar's hours now; true when they have no shift calendar. */
  onShift: boolean;
  hasShift: boolean;
  skills: AgentSkills;
  capacity: Capacity;
  /** Their open (new/open) tickets per bucket. */
  load: Load;
  lastAssignedAt: Date | null;
}

export interface TicketForRouting {
  channel: string;
  language: string | null;
  intent: string | null;
  brandId: string;
  /** The buyer's country (ISO code). */
  country: string | null;
  vip: boolean;
}

export interface QueueForRouting {
  teamId: string | null;
  strategy: QueueStrategy;
  vip: boolean;
}

export type RoutingReason =
  | { code: 'language'; language: string; proficiency: number }
  | { code: 'vip'; level: Level }
  | { code: 'skill'; skill: 'intent' | 'market' | 'brand' | 'channel'; value: string }
  | { code: 'on_shift'; shift: boolean }
  | { code: 'load'; bucket: CapacityBucket; open: number; capacity: number }
  | { code: 'round_robin'; lastAssignedAt: string | null };

export interface AgentChoice {
  agent: RoutingCandidate;
  reasons: RoutingReason[];
}

/** Why an agent cannot take the ticket at all (before preferences). */
export type Ineligibility = 'inactive' | 'not_in_team' | 'not_online' | 'off_shift' | 'at_capacity' | 'brand' | 'channel' | 'excluded';

export function ineligibility(agent: RoutingCandidate, ticket: TicketForRouting, queue: QueueForRouting, exclude: ReadonlySet<string> = new Set()): Ineligibility | null {
  const bucket = bucketOf(ticket.channel);
  if (exclude.has(agent.agentId)) return 'excluded';
  if (!agent.active) return 'inactive';
  if (queue.teamId && !agent.teamIds.includes(queue.teamId)) return 'not_in_team';
  if (agent.presence !== 'online') return 'not_online';
  if (!agent.onShift) return 'off_shift';
  if (agent.load[bucket] >= agent.capacity[bucket]) return 'at_capacity';
  if (agent.brandAccess.length > 0 && !agent.brandAccess.includes(ticket.brandId)) return 'brand';
  // A brand or channel list is a specialisation: such an agent takes nothing else.
  if (agent.skills.brandIds.length > 0 && !agent.skills.brandIds.includes(ticket.brandId)) return 'brand';
  if (agent.skills.channels.length > 0 && !agent.skills.channels.includes(ticket.channel)) return 'channel';
  return null;
}

/** The agent's proficiency in the ticket's language (by primary subtag), or 0. */
export function proficiencyIn(agent: RoutingCandidate, language: string | null): number {
  if (!language) return 0;
  const wanted = primaryLanguage(language);
  return Math.max(0, ...agent.skills.languages.filter((l) => primaryLanguage(l.code) === wanted).map((l) => l.proficiency));
}

/**
 * How well the agent's listed skills fit: +1 per listed intent / market / brand / channel that
 * matches; −1 when they list intents or markets and the ticket's is not among them, so
 * specialists keep their capacity for their speciality while generalists are free.
 */
export function skillFit(agent: RoutingCandidate, ticket: TicketForRouting): { score: number; matches: RoutingReason[] } {
  const matches: RoutingReason[] = [];
  let score = 0;
  const listed = (list: readonly string[], value: string | null, skill: 'intent' | 'market'): void => {
    if (list.length === 0 || value === null) return;
    if (list.includes(value)) {
      score++;
      matches.push({ code: 'skill', skill, value });
    } else score--;
  };
  listed(agent.skills.intents, ticket.intent, 'intent');
  listed(agent.skills.markets, ticket.country?.toUpperCase() ?? null, 'market');
  if (agent.skills.brandIds.includes(ticket.brandId)) {
    score++;
    matches.push({ code: 'skill', skill: 'brand', value: ticket.brandId });
  }
  if (agent.skills.channels.includes(ticket.channel)) {
    score++;
    matches.push({ code: 'skill', skill: 'channel', value: ticket.channel });
  }
  return { score, matches };
}

export function loadRatio(agent: RoutingCandidate, bucket: CapacityBucket): number {
  const capacity = agent.capacity[bucket];
  return capacity > 0 ? agent.load[bucket] / capacity : Number.POSITIVE_INFINITY;
}

const since = (d: Date | null) => (d ? d.getTime() : Number.NEGATIVE_INFINITY);

/**
 * The agent a queue gives the ticket to, with the reasons, or null when nobody is eligible.
 * Hard limits first (active, in the queue's team, online, on shift, under capacity, brand and
 * channel lists); then the ticket's language is required when anyone eligible speaks it, and a
 * VIP queue gives VIP buyers to senior agents when any is eligible; among those left, listed
 * skills that fit come first, then the strategy: least loaded (load / capacity, then language
 * proficiency, then longest since their last assignment) or round robin (longest since last).
 */
export function chooseAgent(candidates: readonly RoutingCandidate[], ticket: TicketForRouting, queue: QueueForRouting, exclude: ReadonlySet<string> = new Set()): AgentChoice | null {
  let pool = candidates.filter((a) => ineligibility(a, ticket, queue, exclude) === null);
  if (pool.length === 0) return null;
  const speakers = pool.filter((a) => proficiencyIn(a, ticket.language) > 0);
  if (speakers.length > 0) pool = speakers;
  const vipFirst = queue.vip && ticket.vip;
  if (vipFirst) {
    const seniors = pool.filter((a) => a.level === 'senior');
    if (seniors.length > 0) pool = seniors;
  }
  const bucket = bucketOf(ticket.channel);
  const ranked = pool
    .map((agent) => ({ agent, fit: skillFit(agent, ticket), ratio: loadRatio(agent, bucket), proficiency: proficiencyIn(agent, ticket.language) }))
    .sort(
      (a, b) =>
        b.fit.score - a.fit.score ||
        (queue.strategy === 'least_loaded' ? a.ratio - b.ratio || b.proficiency - a.proficiency : 0) ||
        since(a.agent.lastAssignedAt) - since(b.agent.lastAssignedAt) ||
        a.agent.name.localeCompare(b.agent.name) ||
        a.agent.agentId.localeCompare(b.agent.agentId),
    );
  const best = ranked[0]!;
  const agent = best.agent;
  const reasons: RoutingReason[] = [];
  if (best.proficiency > 0 && ticket.language) reasons.push({ code: 'language', language: primaryLanguage(ticket.language), proficiency: best.proficiency });
  if (vipFirst && agent.level === 'senior') reasons.push({ code: 'vip', level: agent.level });
  reasons.push(...best.fit.matches);
  reasons.push({ code: 'on_shift', shift: agent.hasShift });
  reasons.push({ code: 'load', bucket, open: agent.load[bucket], capacity: agent.capacity[bucket] });
  if (queue.strategy === 'round_robin') reasons.push({ code: 'round_robin', lastAssignedAt: agent.lastAssignedAt?.toISOString() ?? null });
  return { agent, reasons };
}

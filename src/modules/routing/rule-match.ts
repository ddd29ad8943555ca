import { primaryLanguage, type RuleConditions } from './routing.types.js';

/** What routing rules look at on a ticket (and its customer). */
export interface RuleFacts {
  priority: string;
  channel: string;
  marketplace: string | null;
  brandId: string;
  customerTier: string;
  intent: string | null;
  tags: readonly string[];
  language: string | null;
  country: string | null;
  vip: boolean;
}

const lower = (s: string) => s.toLowerCase();

/** A listed condition with no values does not restrict; any listed value matching is enough. */
function anyOf(wanted: readonly string[] | undefined, actual: string | null, normalize: (s: string) => string = (s) => s): boolean {
  if (!wanted || wanted.length === 0) return true;
  if (actual === null) return false;
  const value = normalize(actual);
  return wanted.some((w) => normalize(w) === value);
}

/**
 * Whether a rule's conditions hold for a ticket: every condition given must match.
 *
 * @example ruleMatches({ countries: ['DE', 'AT'], channels: ['email'] }, facts) // a German buyer's e-mail
 */
export function ruleMatches(conditions: RuleConditions, facts: RuleFacts): boolean {
  return (
    anyOf(conditions.priorities, facts.priority) &&
    anyOf(conditions.channels, facts.channel) &&
    anyOf(conditions.marketplaces, facts.marketplace, lower) &&
    anyOf(conditions.brandIds, facts.brandId) &&
    anyOf(conditions.customerTiers, facts.customerTier, lower) &&
    anyOf(conditions.intents, facts.intent) &&
    (!conditions.tags?.length || conditions.tags.some((t) => facts.tags.includes(t.toLowerCase()))) &&
    anyOf(conditions.languages, facts.language, primaryLanguage) &&
    anyOf(conditions.countries, facts.country, (s) => s.toUpperCase()) &&
    (conditions.vip === undefined || conditions.vip === facts.vip)
  );
}

/** The first enabled rule (in the given order) whose conditions hold, or null. */
export function firstMatchingRule<R extends { enabled: boolean; conditions: RuleConditions }>(rules: readonly R[], facts: RuleFacts): R | null {
  return rules.find((rule) => rule.enabled && ruleMatches(rule.conditions, facts)) ?? null;
}

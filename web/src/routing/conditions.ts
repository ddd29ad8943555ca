/** Rule conditions as the admin screen edits and summarises them. Pure. */
import type { RuleConditions } from './types';

/** "de, NL ,at" → ["de", "NL", "at"]; blanks and repeats dropped. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))];
}

export const joinList = (values: readonly string[] | undefined): string => (values ?? []).join(', ');

/** Conditions without empty lists (an empty list would not restrict anyway). */
export function compactConditions(conditions: RuleConditions): RuleConditions {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(conditions)) {
    if (Array.isArray(value) ? value.length > 0 : value !== undefined) out[key] = value;
  }
  return out as RuleConditions;
}

export type ConditionKey = keyof RuleConditions;
export const CONDITION_ORDER: ConditionKey[] = ['countries', 'languages', 'channels', 'marketplaces', 'brandIds', 'priorities', 'intents', 'customerTiers', 'tags', 'vip'];

/** The condition keys a rule sets, in the order the summary reads them. */
export function setConditions(conditions: RuleConditions): ConditionKey[] {
  return CONDITION_ORDER.filter((key) => {
    const value = conditions[key];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  });
}

/** Moves the item at `index` one place up (−1) or down (+1); out-of-range moves change nothing. */
export function moved<T>(items: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const out = [...items];
  [out[index], out[target]] = [out[target]!, out[index]!];
  return out;
}

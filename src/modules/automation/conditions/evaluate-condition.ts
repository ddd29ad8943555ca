import { FIELD_PREFIXES } from './condition-fields.js';
import { MAX_CONDITION_DEPTH } from './condition.schema.js';

type Bag = Record<string, unknown>;

const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (bag: unknown, key: string): unknown => (isBag(bag) && Object.hasOwn(bag, key) ? bag[key] : undefined);

/**
 * The value a field names in the facts, or undefined when the facts do not have it. Takes any
 * input (facts from an old run, a malformed rule) and never throws.
 */
export function resolveField(facts: unknown, field: unknown): unknown {
  if (typeof field !== 'string') return undefined;
  const ticket = own(facts, 'ticket');
  const counts = own(facts, 'counts');
  if (field.startsWith(FIELD_PREFIXES.customFields)) return own(own(ticket, 'customFields'), field.slice(FIELD_PREFIXES.customFields.length));
  if (field.startsWith(FIELD_PREFIXES.withIntent)) {
    const n = own(own(counts, 'buyerMessagesWithIntent'), field.slice(FIELD_PREFIXES.withIntent.length));
    return typeof n === 'number' ? n : 0;
  }
  if (field.startsWith(FIELD_PREFIXES.mentioning)) {
    const word = field.slice(FIELD_PREFIXES.mentioning.length).toLowerCase();
    const texts = own(counts, 'buyerTexts');
    return Array.isArray(texts) ? texts.filter((t) => typeof t === 'string' && t.toLowerCase().includes(word)).length : 0;
  }
  if (field.startsWith(FIELD_PREFIXES.changed)) {
    const change = own(own(facts, 'changed'), field.slice(FIELD_PREFIXES.changed.length));
    return isBag(change) ? change.to : undefined;
  }
  const dot = field.indexOf('.');
  if (dot > 0) {
    const scope = field.slice(0, dot);
    const key = field.slice(dot + 1);
    if (scope === 'customer' || scope === 'message' || scope === 'sla') return own(own(facts, scope), key);
    if (scope === 'count') return own(counts, key);
    return undefined;
  }
  return own(ticket, field);
}

/** Every field a condition reads, once each, in order of appearance. */
export function fieldsOf(condition: unknown, into: string[] = [], depth = 0): string[] {
  if (!isBag(condition) || depth > MAX_CONDITION_DEPTH * 4) return into;
  if (typeof condition.field === 'string') {
    if (!into.includes(condition.field)) into.push(condition.field);
  } else if (Array.isArray(condition.all) || Array.isArray(condition.any)) {
    for (const c of (condition.all ?? condition.any) as unknown[]) fieldsOf(c, into, depth + 1);
  } else if ('not' in condition) fieldsOf(condition.not, into, depth + 1);
  return into;
}

/** Does the condition hold for these facts? Pure; any input, however malformed, gives a boolean. */
export function evaluateCondition(condition: unknown, facts: unknown): boolean {
  try {
    return evaluateAt(condition, facts, 0);
  } catch {
    return false;
  }
}

function evaluateAt(condition: unknown, facts: unknown, depth: number): boolean {
  if (!isBag(condition) || depth > MAX_CONDITION_DEPTH * 4) return false;
  if ('field' in condition) {
    return compare(resolveField(facts, condition.field), condition.op, condition.value);
  }
  if ('all' in condition) return Array.isArray(condition.all) && condition.all.every((c) => evaluateAt(c, facts, depth + 1));
  if ('any' in condition) return Array.isArray(condition.any) && condition.any.some((c) => evaluateAt(c, facts, depth + 1));
  if ('not' in condition) return !evaluateAt(condition.not, facts, depth + 1);
  return false;
}

const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);

function present(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return false;
  return !(Array.isArray(v) && v.length === 0);
}

function toNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** Scalar equality: strings case-insensitively, a number equal to its numeric string. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') {
    const x = toNumber(a);
    const y = toNumber(b);
    return x !== null && y !== null && x === y;
  }
  return lower(a) === lower(b);
}

/** A list field (tags, risk) equals a value when it holds it; a scalar when it is it. */
function equals(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(actual)) return Array.isArray(expected) ? actual.length === expected.length && actual.every((a, i) => same(a, expected[i])) : actual.some((a) => same(a, expected));
  return same(actual, expected);
}

function contains(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(actual)) return actual.some((a) => same(a, expected));
  if (typeof actual === 'string' && (typeof expected === 'string' || typeof expected === 'number')) return actual.toLowerCase().includes(String(expected).toLowerCase());
  return false;
}

function within(actual: unknown, list: unknown): boolean {
  if (!Array.isArray(list)) return false;
  if (Array.isArray(actual)) return actual.some((a) => list.some((v) => same(a, v)));
  return list.some((v) => same(actual, v));
}

function ordered(actual: unknown, expected: unknown, test: (a: number, b: number) => boolean): boolean {
  const a = toNumber(actual);
  const b = toNumber(expected);
  return a !== null && b !== null && test(a, b);
}

/** Case-insensitive "mentions any of these words": the safe stand-in for a user's regular expression. */
function matches(actual: unknown, words: unknown): boolean {
  const haystack = Array.isArray(actual) ? actual.filter((a) => typeof a === 'string').join('\n') : typeof actual === 'string' ? actual : null;
  if (haystack === null) return false;
  const needles = (Array.isArray(words) ? words : [words]).filter((w): w is string => typeof w === 'string' && w.trim() !== '');
  const text = haystack.toLowerCase();
  return needles.some((w) => text.includes(w.toLowerCase()));
}

export function compare(actual: unknown, op: unknown, expected: unknown): boolean {
  switch (op) {
    case 'eq':
      return equals(actual, expected);
    case 'neq':
      return !equals(actual, expected);
    case 'in':
      return within(actual, expected);
    case 'not_in':
      return !within(actual, expected);
    case 'contains':
      return contains(actual, expected);
    case 'not_contains':
      return !contains(actual, expected);
    case 'gt':
      return ordered(actual, expected, (a, b) => a > b);
    case 'gte':
      return ordered(actual, expected, (a, b) => a >= b);
    case 'lt':
      return ordered(actual, expected, (a, b) => a < b);
    case 'lte':
      return ordered(actual, expected, (a, b) => a <= b);
    case 'exists':
      return present(actual);
    case 'not_exists':
      return !present(actual);
    case 'matches':
      return matches(actual, expected);
    default:
      return false;
  }
}

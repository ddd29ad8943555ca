/**
 * The SLA policy editor's pure side: targets between seconds and "30 min", the warning point as a
 * percentage, the order of policies. No React, so vitest runs it.
 */
import type { PolicyBody, PolicyConditions, PolicyView, SlaTarget } from './types';

export const MARKETPLACES = ['amazon', 'ebay', 'aliexpress', 'temu', 'shopee', 'etsy', 'walmart'] as const;
export const CUSTOMER_TIERS = ['standard', 'vip'] as const;
export const TARGET_KEYS = ['firstResponse', 'nextResponse', 'resolution'] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];
export const TARGET_UNITS = ['seconds', 'minutes', 'hours', 'days'] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];
const UNIT_SECONDS: Record<TargetUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };

/** The largest unit a target is a whole number of: 1800 s → 30 minutes, 86 400 s → 24 hours (a day reads as "24 h" to sellers). */
export function targetParts(seconds: number): { value: number; unit: TargetUnit } {
  if (seconds >= 3600 && seconds % 3600 === 0 && seconds < 7 * 86_400) return { value: seconds / 3600, unit: 'hours' };
  if (seconds >= 86_400 && seconds % 86_400 === 0) return { value: seconds / 86_400, unit: 'days' };
  if (seconds >= 60 && seconds % 60 === 0) return { value: seconds / 60, unit: 'minutes' };
  return { value: seconds, unit: 'seconds' };
}

export interface TargetForm {
  enabled: boolean;
  amount: string;
  unit: TargetUnit;
  businessTime: boolean;
}

export function targetForm(target: SlaTarget | null, fallback: { amount: string; unit: TargetUnit } = { amount: '', unit: 'hours' }): TargetForm {
  if (!target) return { enabled: false, ...fallback, businessTime: true };
  const { value, unit } = targetParts(target.seconds);
  return { enabled: true, amount: String(value), unit, businessTime: target.businessTime };
}

/** The target as the API takes it; undefined when the amount is not a positive whole number. */
export function targetBody(form: TargetForm): SlaTarget | null | undefined {
  if (!form.enabled) return null;
  const amount = form.amount.trim();
  if (!/^\d{1,7}$/.test(amount) || Number(amount) === 0) return undefined;
  return { seconds: Number(amount) * UNIT_SECONDS[form.unit], businessTime: form.businessTime };
}

/** The warning point as typed ("75") to the API's fraction (0.75); undefined outside 1–99. */
export function warnFractionBody(percent: string): number | undefined {
  const text = percent.trim();
  if (!/^\d{1,2}$/.test(text) || Number(text) < 1) return undefined;
  return Number(text) / 100;
}

export const warnPercent = (fraction: number): string => String(Math.round(fraction * 100));

/** Tags as typed ("vip, chargeback") to a clean list. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,\s]+/).map((tag) => tag.trim()).filter(Boolean))];
}

export interface PolicyForm {
  name: string;
  kind: PolicyView['kind'];
  enabled: boolean;
  conditions: Required<Omit<PolicyConditions, 'tags'>>;
  tags: string;
  targets: Record<TargetKey, TargetForm>;
  pauseOnPending: boolean;
  pauseOnHold: boolean;
  warnPercent: string;
  onBreach: PolicyView['onBreach'];
  calendarId: string;
}

export function policyForm(policy: PolicyView | null): PolicyForm {
  const c = policy?.conditions ?? {};
  return {
    name: policy?.name ?? '',
    kind: policy?.kind ?? 'team',
    enabled: policy?.enabled ?? true,
    conditions: {
      priorities: c.priorities ?? [],
      channels: c.channels ?? [],
      marketplaces: c.marketplaces ?? [],
      brandIds: c.brandIds ?? [],
      customerTiers: c.customerTiers ?? [],
      intents: c.intents ?? [],
    },
    tags: (c.tags ?? []).join(', '),
    targets: {
      firstResponse: targetForm(policy ? policy.targets.firstResponse : { seconds: 7200, businessTime: true }),
      nextResponse: targetForm(policy?.targets.nextResponse ?? null),
      resolution: targetForm(policy?.targets.resolution ?? null),
    },
    pauseOnPending: policy?.pauseOnPending ?? true,
    pauseOnHold: policy?.pauseOnHold ?? false,
    warnPercent: warnPercent(policy?.warnFraction ?? 0.75),
    onBreach: policy?.onBreach ?? { raisePriority: true, reassign: 'none', remediation: 'none' },
    calendarId: policy?.calendarId ?? '',
  };
}

export type PolicyFormError = { field: 'name' } | { field: 'target'; key: TargetKey } | { field: 'noTarget' } | { field: 'warnPercent' };

/** The body to send, or the first thing wrong with the form. */
export function policyBody(form: PolicyForm): { ok: true; body: PolicyBody } | { ok: false; error: PolicyFormError } {
  if (!form.name.trim()) return { ok: false, error: { field: 'name' } };
  const targets = {} as PolicyBody['targets'];
  for (const key of TARGET_KEYS) {
    const target = targetBody(form.targets[key]);
    if (target === undefined) return { ok: false, error: { field: 'target', key } };
    targets[key] = target;
  }
  if (TARGET_KEYS.every((key) => targets[key] === null)) return { ok: false, error: { field: 'noTarget' } };
  const warnFraction = warnFractionBody(form.warnPercent);
  if (warnFraction === undefined) return { ok: false, error: { field: 'warnPercent' } };
  const conditions: PolicyConditions = {};
  for (const [key, values] of Object.entries(form.conditions)) if (values.length > 0) conditions[key as keyof PolicyConditions] = values;
  const tags = parseTags(form.tags);
  if (tags.length > 0) conditions.tags = tags;
  return {
    ok: true,
    body: {
      name: form.name.trim(),
      kind: form.kind,
      enabled: form.enabled,
      conditions,
      targets,
      pauseOnPending: form.pauseOnPending,
      pauseOnHold: form.pauseOnHold,
      warnFraction,
      onBreach: form.onBreach,
      calendarId: form.calendarId || null,
    },
  };
}

/** The ids in their new order after moving one up (-1) or down (+1); unchanged at either end. */
export function moved(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

// Shared by the guard's tests: a ticket context and a shorthand to run the guard on one text.

import { checkReply, type Finding, type GuardContext } from './check-reply.js';
import { DEFAULT_POLICY_RULES, type PolicyRules } from './policy-rules.js';

export function context(overrides: Partial<GuardContext> = {}): GuardContext {
  return {
    channel: 'email',
    marketplace: null,
    customer: { emails: ['anna.weber@example.com'], phones: ['+49 151 23456789'], orderNumbers: ['#1042', '123-1234567-1234567'] },
    brand: { emails: ['help@brightshop.example'], domains: ['brightshop.example'], phones: ['+1 415 555 2671'] },
    sender: { compensationLimit: 50, baseCurrency: 'USD' },
    fx: { USD: 1, EUR: 1.08, GBP: 1.27, CNY: 0.138, JPY: 0.0066, KRW: 0.00072, BRL: 0.18, PLN: 0.25, SEK: 0.094, RUB: 0.011, TRY: 0.029 },
    ...overrides,
  };
}

export function findings(text: string, language: string, ctx: GuardContext = context(), rules: PolicyRules = DEFAULT_POLICY_RULES): Finding[] {
  return checkReply([{ text, language }], rules, ctx);
}

/** The rule ids found, in order. */
export function rules(text: string, language: string, ctx?: GuardContext, policy?: PolicyRules): string[] {
  return findings(text, language, ctx, policy).map((f) => f.rule);
}

/** A deep copy of the default rules, to change in a test. */
export function copyOfDefaults(): PolicyRules {
  return structuredClone(DEFAULT_POLICY_RULES);
}

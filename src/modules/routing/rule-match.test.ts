import { describe, expect, it } from 'vitest';
import { firstMatchingRule, ruleMatches, type RuleFacts } from './rule-match.js';
import { isVipTier } from './routing.types.js';

const facts: RuleFacts = {
  priority: 'P2',
  channel: 'email',
  marketplace: 'amazon',
  brandId: 'brand-1',
  customerTier: 'standard',
  intent: 'shipping.track',
  tags: ['urgent'],
  language: 'de-AT',
  country: 'AT',
  vip: false,
};

describe('routing rules', () => {
  it('no conditions match everything', () => {
    expect(ruleMatches({}, facts)).toBe(true);
  });

  it.each([
    [{ languages: ['de'] }, true],
    [{ languages: ['nl', 'de'] }, true],
    [{ languages: ['fr'] }, false],
    [{ countries: ['DE', 'AT'] }, true],
    [{ countries: ['DE'] }, false],
    [{ marketplaces: ['Amazon'] }, true],
    [{ customerTiers: ['VIP'] }, false],
    [{ tags: ['URGENT', 'x'] }, true],
    [{ tags: ['x'] }, false],
    [{ priorities: ['P1'] }, false],
    [{ channels: ['email'], intents: ['shipping.track'] }, true],
    [{ channels: ['email'], intents: ['return.request'] }, false],
    [{ vip: false }, true],
    [{ vip: true }, false],
    [{ brandIds: [] }, true],
  ] as const)('%j → %s', (conditions, expected) => {
    expect(ruleMatches(conditions as never, facts)).toBe(expected);
  });

  it('a buyer without a known country or language does not match rules asking for one', () => {
    expect(ruleMatches({ countries: ['DE'] }, { ...facts, country: null })).toBe(false);
    expect(ruleMatches({ languages: ['de'] }, { ...facts, language: null })).toBe(false);
  });

  it('the first enabled matching rule wins', () => {
    const rules = [
      { id: 'off', enabled: false, conditions: {} },
      { id: 'french', enabled: true, conditions: { languages: ['fr'] } },
      { id: 'german', enabled: true, conditions: { languages: ['de'] } },
      { id: 'all', enabled: true, conditions: {} },
    ];
    expect(firstMatchingRule(rules, facts)?.id).toBe('german');
    expect(firstMatchingRule(rules.slice(0, 2), facts)).toBeNull();
  });

  it('VIP is the tier "vip" in any case', () => {
    expect(isVipTier('VIP')).toBe(true);
    expect(isVipTier(' vip ')).toBe(true);
    expect(isVipTier('standard')).toBe(false);
    expect(isVipTier(null)).toBe(false);
  });
});

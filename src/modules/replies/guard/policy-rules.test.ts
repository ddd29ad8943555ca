import { describe, expect, it } from 'vitest';

import { DEFAULT_POLICY_RULES, GUARD_LANGUAGES, policyRulesSchema } from './policy-rules.js';
import { tokenize } from './phrase-trie.js';
import { copyOfDefaults } from './guard.fixtures.js';

/** Lists the shipped rules need in every language. */
const REQUIRED_LISTS = [
  'negation', 'condition', 'hedge', 'assurance', 'refund', 'delivery', 'delivery_time', 'no_questions_asked', 'compensation', 'price',
  'threshold', 'disparaging', 'marketing', 'next_order', 'review', 'review_positive', 'review_ask', 'review_change', 'review_exchange', 'incentive',
  'off_platform_contact', 'off_platform_sale',
];

describe('the shipped rules', () => {
  it('are valid data', () => {
    expect(policyRulesSchema.safeParse(DEFAULT_POLICY_RULES).success).toBe(true);
  });

  it('have phrases for every list in each of the 20 languages', () => {
    const missing: string[] = [];
    for (const language of GUARD_LANGUAGES) {
      for (const list of REQUIRED_LISTS) {
        const phrases = DEFAULT_POLICY_RULES.lexicon[language]?.[list] ?? [];
        if (phrases.filter((p) => tokenize(p) !== null).length === 0) missing.push(`${language}.${list}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('have no phrase that folds to nothing', () => {
    const empty: string[] = [];
    for (const [language, lists] of Object.entries(DEFAULT_POLICY_RULES.lexicon)) {
      for (const [list, phrases] of Object.entries(lists)) for (const p of phrases) if (!tokenize(p)) empty.push(`${language}.${list}: ${p}`);
    }
    expect(empty).toEqual([]);
  });

  it('cover the seven marketplaces, each with its own data', () => {
    expect(Object.keys(DEFAULT_POLICY_RULES.marketplaces).sort()).toEqual(['aliexpress', 'amazon', 'ebay', 'etsy', 'shopee', 'temu', 'walmart']);
    expect(DEFAULT_POLICY_RULES.marketplaces.amazon!.attachments!.maxBytesPerFile).toBe(10 * 1024 * 1024);
    expect(DEFAULT_POLICY_RULES.competitors.names).toEqual([]);
  });
});

describe('policyRulesSchema', () => {
  const issues = (data: unknown) => {
    const result = policyRulesSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('names a list that no language has', () => {
    const rules = copyOfDefaults();
    rules.phraseRules[0]!.when = [['assurance', 'refnud']];
    expect(issues(rules)).toEqual(['phraseRules.0.when.0.1: no lexicon list "refnud" in any language']);
  });

  it('rejects a duplicate rule id, a rule id of the built-in checks and an unknown marketplace rule', () => {
    const rules = copyOfDefaults();
    rules.phraseRules.push({ ...rules.phraseRules[0]! });
    rules.phraseRules.push({ ...rules.phraseRules[1]!, id: 'card_number' });
    rules.marketplaces.amazon!.rules['marketplace.spam'] = 'block';
    expect(issues(rules)).toEqual([
      'phraseRules.9.id: duplicate rule id "promise.unconditional_refund"',
      'phraseRules.10.id: duplicate rule id "card_number"',
      'marketplaces.amazon.rules.marketplace.spam: no phrase rule "marketplace.spam"',
    ]);
  });

  it('rejects a bad severity, a misplaced wildcard and an unknown field', () => {
    const defaults = copyOfDefaults();
    defaults.lexicon.en!.refund!.push('re*fund');
    const rules = defaults as unknown as Record<string, unknown> & { personalData: Record<string, unknown> };
    rules.personalData.email = 'maybe';
    rules.surprise = true;
    const found = issues(rules);
    expect(found.some((i) => i.startsWith('personalData.email'))).toBe(true);
    expect(found.some((i) => i.includes('`*` only at the end of a word'))).toBe(true);
    expect(found.some((i) => i.includes('surprise'))).toBe(true);
  });
});

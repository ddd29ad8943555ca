/**
 * A rule set compiled for checking: every phrase in one trie (phrase-trie.ts), list names as
 * numbers, languages as bits, domain allow-lists as predicates. Compiled once per `PolicyRules`
 * object (a WeakMap), so a workspace's rules are compiled on first use and the defaults at load.
 */

import { PhraseTrieBuilder, type PhraseTrie, spellings } from './phrase-trie.js';
import { DEFAULT_POLICY_RULES, type MarketplaceRules, type PhraseRule, type PolicyRules, type Severity } from './policy-rules.js';

/** Pseudo-list of the competitor names (every language). */
export const COMPETITOR_LIST = '$competitor';

export interface CompiledPhraseRule {
  rule: PhraseRule;
  when: number[][];
  unless: number[];
}

export interface CompiledMarketplace {
  id: string;
  rules: MarketplaceRules;
  /** Whether a link to this host is allowed (null: every link is). */
  linkAllowed: ((host: string) => boolean) | null;
  extensions: Set<string>;
}

export interface CompiledRules {
  source: PolicyRules;
  trie: PhraseTrie;
  listIndex: ReadonlyMap<string, number>;
  listNames: readonly string[];
  languageBit: ReadonlyMap<string, number>;
  /** Bits of `alsoCheckLanguages`. */
  alwaysMask: number;
  phraseRules: CompiledPhraseRule[];
  competitorList: number;
  disparagingLists: number[];
  compensation: { context: number[]; price: number[]; thresholdBefore: number[]; thresholdAfter: number[] };
  marketplaces: ReadonlyMap<string, CompiledMarketplace>;
}

/** "amazon.*" → amazon with any TLD and any subdomain; "ups.com" → it and its subdomains. */
export function domainMatcher(patterns: readonly string[]): (host: string) => boolean {
  const exact: string[] = [];
  const anyTld: string[] = [];
  for (const raw of patterns) {
    const p = raw.toLowerCase().replace(/^\*\./, '');
    if (p.endsWith('.*')) anyTld.push(p.slice(0, -2));
    else exact.push(p);
  }
  return (host: string): boolean => {
    const h = host.toLowerCase().replace(/\.$/, '');
    for (const d of exact) if (h === d || h.endsWith(`.${d}`)) return true;
    if (anyTld.length > 0) {
      const labels = h.split('.');
      for (const name of anyTld) {
        // The name, then one to three TLD-ish labels (amazon.de, amazon.co.uk, amazon.com.au).
        const parts = name.split('.');
        for (let i = 0; i + parts.length < labels.length; i++) {
          let ok = true;
          for (let k = 0; k < parts.length; k++) if (labels[i + k] !== parts[k]) ok = false;
          const rest = labels.length - i - parts.length;
          if (ok && rest >= 1 && rest <= 3) return true;
        }
      }
    }
    return false;
  };
}

export function resolveLanguage(language: string | null | undefined): string {
  const primary = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'nb' || primary === 'nn') return 'no';
  return primary;
}

function compile(rules: PolicyRules): CompiledRules {
  const listNames: string[] = [];
  const listIndex = new Map<string, number>();
  const indexOf = (name: string): number => {
    let i = listIndex.get(name);
    if (i === undefined) {
      i = listNames.length;
      listNames.push(name);
      listIndex.set(name, i);
    }
    return i;
  };
  const languageBit = new Map<string, number>();
  Object.keys(rules.lexicon).forEach((code, i) => languageBit.set(code, 1 << i));

  const builder = new PhraseTrieBuilder();
  for (const [code, byList] of Object.entries(rules.lexicon)) {
    const bit = languageBit.get(code)!;
    for (const [name, phrases] of Object.entries(byList)) {
      const list = indexOf(name);
      for (const phrase of phrases) for (const spelling of spellings(phrase, code)) builder.add(spelling, list, bit);
    }
  }
  const competitorList = indexOf(COMPETITOR_LIST);
  for (const name of rules.competitors.names) builder.add(name, competitorList, -1);

  const lists = (names: readonly string[]): number[] => names.map(indexOf);
  const phraseRules = rules.phraseRules.map((rule) => ({
    rule,
    when: rule.when.map(lists),
    unless: lists(rule.unless ?? []),
  }));

  const marketplaces = new Map<string, CompiledMarketplace>();
  for (const [id, market] of Object.entries(rules.marketplaces)) {
    const links = market.externalLinks;
    marketplaces.set(id, {
      id,
      rules: market,
      linkAllowed: links ? domainMatcher([...links.allowedDomains, ...(links.allowCarrierLinks ? rules.carrierDomains : [])]) : null,
      extensions: new Set((market.attachments?.allowedExtensions ?? []).map((e) => e.toLowerCase())),
    });
  }

  let alwaysMask = 0;
  for (const code of rules.alsoCheckLanguages) alwaysMask |= languageBit.get(code) ?? 0;

  return {
    source: rules,
    trie: builder.build(),
    listIndex,
    listNames,
    languageBit,
    alwaysMask,
    phraseRules,
    competitorList,
    disparagingLists: lists(rules.competitors.disparagingLists),
    compensation: {
      context: lists(rules.compensation.contextLists),
      price: lists(rules.compensation.priceLists),
      thresholdBefore: lists(rules.compensation.thresholdBeforeLists),
      thresholdAfter: lists(rules.compensation.thresholdAfterLists),
    },
    marketplaces,
  };
}

const cache = new WeakMap<PolicyRules, CompiledRules>();

/** The compiled form of `rules` (compiled on first use, then cached for that object). */
export function compiledRules(rules: PolicyRules): CompiledRules {
  let compiled = cache.get(rules);
  if (!compiled) {
    compiled = compile(rules);
    cache.set(rules, compiled);
  }
  return compiled;
}

/** The language bits to scan a text of `language` with. */
export function languageMask(compiled: CompiledRules, language: string): number {
  return (compiled.languageBit.get(resolveLanguage(language)) ?? 0) | compiled.alwaysMask;
}

/** A phrase rule's severity for this ticket: the marketplace's override, else the rule's own. */
export function phraseRuleSeverity(rule: PhraseRule, market: CompiledMarketplace | null, rules: PolicyRules): Severity {
  if (rule.skipWhenPolicy && rules.policy[rule.skipWhenPolicy]) return 'off';
  return market?.rules.rules[rule.id] ?? rule.severity;
}

compiledRules(DEFAULT_POLICY_RULES);

/**
 * The brand's reply rules, as data (SPEC C3 policy guard, C6 "what agents may and may not promise
 * is data"). A workspace stores its own copy (validated by `policyRulesSchema`); `DEFAULT_POLICY_RULES`
 * is what ships, read at load from rules/policy.json and rules/lexicon/<language>.json.
 *
 * Phrases live in `lexicon[language][list]`; rules name lists, never phrases, so a rule is written
 * once and works in every language that has its lists. Phrase syntax (matched on folded text: case,
 * accents and typography do not matter):
 *   - words of space-separated scripts match whole words ("refund" does not match "refunding");
 *     Han, kana, Hangul and Arabic phrases match anywhere (no word boundaries in those scripts);
 *   - `*` at the end of a word: any continuation ("refund*" → refunds, refunded);
 *   - `#`: a number ("# days" → "3 days", "#天" → "3天");
 *   - ` ... ` between words: up to 40 characters of the same sentence ("kommt ... an").
 * German, Swedish, Danish and Norwegian phrases with ä/ö/ü/å/ø also match their ae/oe/ue/aa spellings.
 */

import { readFileSync } from 'node:fs';

import { z } from 'zod';

export type Severity = 'block' | 'warn' | 'off';

/** Policy switches rules can depend on. */
export interface PolicyFlags {
  /** The brand really does take returns with no questions asked: "no questions asked" is then allowed. */
  noQuestionsAskedReturns: boolean;
}

/** A rule over phrase lists: it fires on a sentence that has a phrase of every list of one `when` group. */
export interface PhraseRule {
  /** Stable id, also the `rule` of its findings ("promise.unconditional_refund"). */
  id: string;
  /** Default severity; a marketplace may override it (`MarketplaceRules.rules`). */
  severity: Severity;
  /** English, for the agent: what is wrong and why. The UI translates by id. */
  message: string;
  /** Any of these groups; each group is lexicon list names that must all occur in one sentence. */
  when: string[][];
  /** A sentence with a phrase of any of these lists is exempt (negations, conditions, hedges). */
  unless?: string[];
  /** The rule is off while this policy flag is true. */
  skipWhenPolicy?: keyof PolicyFlags;
}

export interface MarketplaceRules {
  /** Shown in messages: "Amazon Buyer-Seller Messaging". */
  label: string;
  /** Where the rule comes from, for the admin editing it. */
  note?: string;
  /** Phrase rule id → severity on this marketplace (turns on `marketplace.*` rules, raises `review.positive_request`). */
  rules: Record<string, Severity>;
  /** Links to any other site are flagged; null: links are allowed. */
  externalLinks: {
    severity: Severity;
    /** "amazon.*" (any TLD, any subdomain), "amzn.to" (the domain and its subdomains). */
    allowedDomains: string[];
    /** Carrier tracking pages (`carrierDomains`) count as needed for the order. */
    allowCarrierLinks: boolean;
  } | null;
  /** The brand's own e-mail addresses and phone numbers (moving the buyer off the marketplace). */
  sellerContact: { severity: Severity } | null;
  attachments: {
    severity: Severity;
    maxBytesPerFile: number;
    maxTotalBytes?: number;
    maxFiles?: number;
    /** Lower case, without the dot. */
    allowedExtensions: string[];
  } | null;
}

export interface PolicyRules {
  version: 1;
  policy: PolicyFlags;
  /** Languages whose phrases are checked in every text besides the text's own (agents mix in English). */
  alsoCheckLanguages: string[];
  /** language (ISO 639-1) → list name → phrases. */
  lexicon: Record<string, Record<string, string[]>>;
  phraseRules: PhraseRule[];
  competitors: {
    /** Competitor names (brands, shops); empty by default — the marketplaces the brand sells on are not competitors. */
    names: string[];
    /** Lexicon lists of disparaging words. */
    disparagingLists: string[];
    /** A disparaging word this close (characters) to a competitor's name disparages it. */
    windowChars: number;
    disparaging: Severity;
    /** A competitor merely named. */
    mention: Severity;
  };
  personalData: {
    /** An e-mail address that is neither the buyer's nor the brand's. */
    email: Severity;
    /** A phone number that is neither the buyer's nor the brand's. */
    phone: Severity;
    /** An order number that is not one of the buyer's. */
    orderNumber: Severity;
  };
  /** A full payment card number (Luhn-valid, known issuer prefix). */
  cardNumbers: { severity: Severity };
  compensation: {
    /** Above the sender's limit. */
    severity: Severity;
    /** Lists that make an amount a compensation ("refund", "voucher", "退款"). */
    contextLists: string[];
    /** Lists that make an amount a price ("you paid", "total"); the nearer kind wins. */
    priceLists: string[];
    /** Lists right before an amount that make it a threshold ("orders over $50", "满100"). */
    thresholdBeforeLists: string[];
    /** Lists right after an amount that make it a threshold ("100元以上", "100 TL ve üzeri"). */
    thresholdAfterLists: string[];
    /** How far (characters, same sentence) a context phrase may be from the amount. */
    windowChars: number;
    /** No exchange rate for the amount's currency (counted 1:1). */
    fxMissing: Severity;
  };
  /** Carrier tracking sites: allowed where a marketplace allows carrier links. */
  carrierDomains: string[];
  /** Keyed by the ticket's marketplace ('amazon', 'ebay', …). */
  marketplaces: Record<string, MarketplaceRules>;
}

/** Rule ids of the findings that do not come from `phraseRules`. */
export const BUILTIN_RULE_IDS = [
  'competitor.disparaging',
  'competitor.mention',
  'personal_data.email',
  'personal_data.phone',
  'personal_data.order_number',
  'card_number',
  'compensation.over_limit',
  'compensation.fx_missing',
  'marketplace.external_link',
  'marketplace.seller_contact',
  'marketplace.attachment_size',
  'marketplace.attachment_total',
  'marketplace.attachment_count',
  'marketplace.attachment_type',
] as const;

/** The languages the shipped lexicon covers. */
export const GUARD_LANGUAGES = [
  'en', 'zh', 'ja', 'ko', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'sv', 'da', 'fi', 'no', 'ru', 'tr', 'ar', 'vi', 'id',
] as const;

/** A language bit per lexicon language: at most 31. */
export const MAX_LEXICON_LANGUAGES = 31;
const MAX_PHRASES = 100_000;

const severity = z.enum(['block', 'warn', 'off']);
const listName = z.string().regex(/^[a-z][a-z0-9_]{0,40}$/, 'a list name: lower case letters, digits and _');
const language = z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639-1 code');
const phrase = z
  .string()
  .min(1)
  .max(200)
  .refine((p) => /[^\s*#.…]/.test(p), 'a phrase needs a letter or digit')
  .refine((p) => !/\*[^\s]/.test(p.trim()), '`*` only at the end of a word');
const domain = z.string().regex(/^(?:[a-z0-9-]+\.)*(?:[a-z0-9-]+|\*)$/, 'a domain such as "amazon.*" or "ups.com"');

const phraseRule = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_.-]{0,80}$/),
  severity,
  message: z.string().min(1).max(500),
  when: z.array(z.array(listName).min(1).max(6)).min(1).max(20),
  unless: z.array(listName).max(20).optional(),
  skipWhenPolicy: z.enum(['noQuestionsAskedReturns']).optional(),
});

const marketplace = z.strictObject({
  label: z.string().min(1).max(120),
  note: z.string().max(2000).optional(),
  rules: z.record(z.string(), severity),
  externalLinks: z
    .strictObject({ severity, allowedDomains: z.array(domain).max(500), allowCarrierLinks: z.boolean() })
    .nullable(),
  sellerContact: z.strictObject({ severity }).nullable(),
  attachments: z
    .strictObject({
      severity,
      maxBytesPerFile: z.number().int().positive(),
      maxTotalBytes: z.number().int().positive().optional(),
      maxFiles: z.number().int().positive().optional(),
      allowedExtensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).max(100),
    })
    .nullable(),
});

export const policyRulesSchema: z.ZodType<PolicyRules> = z
  .strictObject({
    version: z.literal(1),
    policy: z.strictObject({ noQuestionsAskedReturns: z.boolean() }),
    alsoCheckLanguages: z.array(language).max(5),
    lexicon: z.record(language, z.record(listName, z.array(phrase).max(5000))),
    phraseRules: z.array(phraseRule).max(200),
    competitors: z.strictObject({
      names: z.array(z.string().min(2).max(80)).max(500),
      disparagingLists: z.array(listName).max(10),
      windowChars: z.number().int().min(1).max(500),
      disparaging: severity,
      mention: severity,
    }),
    personalData: z.strictObject({ email: severity, phone: severity, orderNumber: severity }),
    cardNumbers: z.strictObject({ severity }),
    compensation: z.strictObject({
      severity,
      contextLists: z.array(listName).max(10),
      priceLists: z.array(listName).max(10),
      thresholdBeforeLists: z.array(listName).max(10),
      thresholdAfterLists: z.array(listName).max(10),
      windowChars: z.number().int().min(1).max(500),
      fxMissing: severity,
    }),
    carrierDomains: z.array(domain).max(2000),
    marketplaces: z.record(z.string().regex(/^[a-z0-9_-]{1,40}$/), marketplace),
  })
  .superRefine((rules, ctx) => {
    const languages = Object.keys(rules.lexicon);
    if (languages.length > MAX_LEXICON_LANGUAGES) {
      ctx.addIssue({ code: 'custom', path: ['lexicon'], message: `at most ${MAX_LEXICON_LANGUAGES} languages` });
    }
    const lists = new Set<string>();
    let phrases = 0;
    for (const byList of Object.values(rules.lexicon)) {
      for (const [name, items] of Object.entries(byList)) {
        lists.add(name);
        phrases += items.length;
      }
    }
    if (phrases > MAX_PHRASES) ctx.addIssue({ code: 'custom', path: ['lexicon'], message: `at most ${MAX_PHRASES} phrases` });
    const known = (name: string, path: (string | number)[]) => {
      if (!lists.has(name)) ctx.addIssue({ code: 'custom', path, message: `no lexicon list "${name}" in any language` });
    };
    const ids = new Set<string>();
    rules.phraseRules.forEach((rule, i) => {
      if (ids.has(rule.id) || (BUILTIN_RULE_IDS as readonly string[]).includes(rule.id)) {
        ctx.addIssue({ code: 'custom', path: ['phraseRules', i, 'id'], message: `duplicate rule id "${rule.id}"` });
      }
      ids.add(rule.id);
      rule.when.forEach((group, g) => group.forEach((name, k) => known(name, ['phraseRules', i, 'when', g, k])));
      (rule.unless ?? []).forEach((name, k) => known(name, ['phraseRules', i, 'unless', k]));
    });
    rules.competitors.disparagingLists.forEach((name, k) => known(name, ['competitors', 'disparagingLists', k]));
    for (const key of ['contextLists', 'priceLists', 'thresholdBeforeLists', 'thresholdAfterLists'] as const) {
      rules.compensation[key].forEach((name, k) => known(name, ['compensation', key, k]));
    }
    for (const [name, market] of Object.entries(rules.marketplaces)) {
      for (const id of Object.keys(market.rules)) {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['marketplaces', name, 'rules', id], message: `no phrase rule "${id}"` });
      }
    }
  });

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8'));
}

function loadDefaults(): PolicyRules {
  const base = readJson('./rules/policy.json') as Record<string, unknown>;
  const lexicon: Record<string, unknown> = {};
  for (const code of GUARD_LANGUAGES) lexicon[code] = readJson(`./rules/lexicon/${code}.json`);
  return policyRulesSchema.parse({ ...base, lexicon });
}

/** The shipped rules (validated at load). Treat as read-only; copy before editing. */
export const DEFAULT_POLICY_RULES: PolicyRules = loadDefaults();

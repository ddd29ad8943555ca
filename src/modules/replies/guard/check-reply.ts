/**
 * The policy guard (SPEC C3, C6): every outgoing reply, written or suggested, checked against the
 * brand's rules (policy-rules.ts). `texts` are the reply in the buyer's language and, when the agent
 * wrote in another language and it was translated, the agent's original: each is checked with its
 * own language's phrases (plus `alsoCheckLanguages`). Findings are de-duplicated by rule + excerpt.
 *
 * A `block` finding needs a lead's override to send; a `warn` is shown in the composer. Holes
 * (unresolved variables, placeholders) are not findings: they cannot be overridden — see holes.ts.
 */

import type { Span } from '../../triage/entities/spans.js';
import { checkCompensation } from './check-compensation.js';
import { checkAttachments, checkLinks } from './check-marketplace.js';
import { checkPersonalData, defaultCountry, normaliseOrder } from './check-personal.js';
import { activeRules, checkCompetitors, checkPhraseRules } from './check-phrases.js';
import { compiledRules, languageMask, resolveLanguage } from './compile-rules.js';
import { findReplyEntities } from './entities.js';
import { fold } from './fold.js';
import { type Finding, FindingSink, type GuardContext, type Hit } from './guard-types.js';
import { scanPhrases } from './phrase-trie.js';
import type { PolicyRules } from './policy-rules.js';
import { sentenceOf, sentenceStarts } from './sentences.js';

export type { Finding, GuardContext } from './guard-types.js';

/** Margin around a compensation phrase's window where an amount's currency marker may sit ("US$ 30"). */
const MARKER_MARGIN = 12;

/** The ranges where a compensation amount can be: around each compensation phrase, inside its sentence. */
function amountRanges(hits: readonly Hit[], sentences: Int32Array, length: number, context: ReadonlySet<number>, window: number): Span[] {
  const ranges: Span[] = [];
  for (const hit of hits) {
    if (!context.has(hit.list)) continue;
    const sentenceStart = sentences[hit.sentence]!;
    const sentenceEnd = hit.sentence + 1 < sentences.length ? sentences[hit.sentence + 1]! : length;
    const from = Math.max(sentenceStart, hit.start - window - MARKER_MARGIN);
    const to = Math.min(sentenceEnd, hit.end + window + MARKER_MARGIN);
    const last = ranges[ranges.length - 1];
    if (last && from <= last[1]) ranges[ranges.length - 1] = [last[0], Math.max(last[1], to)];
    else ranges.push([from, to]);
  }
  return ranges;
}

/** Texts longer than this are checked on their first part only (a reply is a few thousand characters). */
const MAX_TEXT = 50_000;

export function checkReply(texts: { text: string; language: string }[], rules: PolicyRules, ctx: GuardContext): Finding[] {
  const compiled = compiledRules(rules);
  const market = ctx.marketplace ? (compiled.marketplaces.get(ctx.marketplace.toLowerCase()) ?? null) : null;
  const sink = new FindingSink();
  const ownOrders = new Set(ctx.customer.orderNumbers.map(normaliseOrder));
  const contextLists = new Set(compiled.compensation.context);
  const active = activeRules(compiled, market);

  for (const { text: full, language } of texts) {
    if (typeof full !== 'string' || full.length === 0) continue;
    const text = full.length > MAX_TEXT ? full.slice(0, MAX_TEXT) : full;
    const code = resolveLanguage(language);

    const folded = fold(text);
    const sentences = sentenceStarts(text);
    const raw = scanPhrases(compiled.trie, folded.codes, folded.length, languageMask(compiled, language));
    const map = folded.map;
    const hits: Hit[] = [];
    for (let h = 0; h < raw.length; h += 3) {
      const start = map[raw[h]!]!;
      const end = raw[h + 1]! > raw[h]! ? map[raw[h + 1]! - 1]! + 1 : start;
      hits.push({ start, end, list: raw[h + 2]!, sentence: sentenceOf(sentences, start) });
    }

    const country = defaultCountry(ctx, code);
    const entities = findReplyEntities(text, {
      language: code,
      defaultCountry: country,
      marketplace: ctx.marketplace,
      isCustomerOrder: (value) => ownOrders.has(normaliseOrder(value)),
      amountRanges: amountRanges(hits, sentences, text.length, contextLists, rules.compensation.windowChars),
    });

    const scan = { text, language, hits };
    checkPhraseRules(scan, active, compiled.listNames.length, sink);
    checkCompetitors(scan, compiled, sink);
    checkPersonalData({ text, language, entities, ctx, country }, compiled, market, sink);
    checkCompensation({ text, language, hits, sentences, entities, ctx }, compiled, sink);
    if (market) checkLinks(text, language, entities, market, sink);
  }

  if (market) checkAttachments(ctx, texts[0]?.language ?? '', market, sink);
  return sink.findings;
}

/** Whether any finding needs a lead's override before the reply may be sent. */
export function hasBlockingFinding(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}

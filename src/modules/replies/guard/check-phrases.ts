/** Findings of the phrase rules (promises, reviews, marketplace wording) and of competitors. */

import { type CompiledMarketplace, type CompiledPhraseRule, type CompiledRules, phraseRuleSeverity } from './compile-rules.js';
import type { FindingSink, Hit } from './guard-types.js';

export interface ScannedText {
  text: string;
  language: string;
  hits: Hit[];
}

export interface ActiveRule {
  rule: CompiledPhraseRule;
  severity: 'block' | 'warn';
}

/** The phrase rules in force for this ticket (its marketplace's overrides applied, `off` dropped). */
export function activeRules(compiled: CompiledRules, market: CompiledMarketplace | null): ActiveRule[] {
  const out: ActiveRule[] = [];
  for (const rule of compiled.phraseRules) {
    const severity = phraseRuleSeverity(rule.rule, market, compiled.source);
    if (severity !== 'off') out.push({ rule, severity });
  }
  return out;
}

/** Whether every list of `group` has a hit in the sentence (`first[list]` ≥ 0). */
function allPresent(group: readonly number[], first: Int32Array): boolean {
  for (let k = 0; k < group.length; k++) if (first[group[k]!]! < 0) return false;
  return true;
}

function anyPresent(lists: readonly number[], first: Int32Array): boolean {
  for (let k = 0; k < lists.length; k++) if (first[lists[k]!]! >= 0) return true;
  return false;
}

export function checkPhraseRules(scan: ScannedText, active: readonly ActiveRule[], listCount: number, sink: FindingSink): void {
  const { hits, text } = scan;
  if (active.length === 0 || hits.length === 0) return;
  const first = new Int32Array(listCount).fill(-1);
  const touched: number[] = [];
  // A sentence with one phrase can only fire a rule with a one-list group.
  const single = active.some((a) => a.rule.when.some((g) => g.length === 1));
  let i = 0;
  while (i < hits.length) {
    const sentence = hits[i]!.sentence;
    let j = i;
    for (; j < hits.length && hits[j]!.sentence === sentence; j++) {
      const list = hits[j]!.list;
      if (first[list] === -1) {
        first[list] = j;
        touched.push(list);
      }
    }
    if (j - i > 1 || single) {
      for (const { rule: c, severity } of active) {
        if (anyPresent(c.unless, first)) continue;
        let group: readonly number[] | null = null;
        for (const g of c.when) {
          if (allPresent(g, first)) {
            group = g;
            break;
          }
        }
        if (!group) continue;
        let start = Infinity;
        let end = -1;
        for (const l of group) {
          const hit = hits[first[l]!]!;
          if (hit.start < start) start = hit.start;
          if (hit.end > end) end = hit.end;
        }
        sink.add({
          rule: c.rule.id,
          severity,
          message: c.rule.message,
          excerpt: text.slice(start, end),
          index: start,
          language: scan.language,
        });
      }
    }
    for (const l of touched) first[l] = -1;
    touched.length = 0;
    i = j;
  }
}

const gapBetween = (a: Hit, b: Hit): number => Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));

export function checkCompetitors(scan: ScannedText, compiled: CompiledRules, sink: FindingSink): void {
  const settings = compiled.source.competitors;
  const { hits, text } = scan;
  const disparaging = new Set(compiled.disparagingLists);
  for (const hit of hits) {
    if (hit.list !== compiled.competitorList) continue;
    const name = text.slice(hit.start, hit.end);
    const insult = hits.find((h) => disparaging.has(h.list) && gapBetween(h, hit) <= settings.windowChars);
    if (insult && settings.disparaging !== 'off') {
      const start = Math.min(hit.start, insult.start);
      const end = Math.max(hit.end, insult.end);
      sink.add({
        rule: 'competitor.disparaging',
        severity: settings.disparaging,
        message: `Speaks badly of a competitor (${name}): "${text.slice(insult.start, insult.end)}". Never disparage other sellers or brands.`,
        excerpt: text.slice(start, end),
        index: start,
        language: scan.language,
        params: { competitor: name, word: text.slice(insult.start, insult.end) },
      });
    } else if (!insult && settings.mention !== 'off') {
      sink.add({
        rule: 'competitor.mention',
        severity: settings.mention,
        message: `Names a competitor (${name}); check that the reply needs to.`,
        excerpt: name,
        index: hit.start,
        language: scan.language,
        params: { competitor: name },
      });
    }
  }
}

/**
 * Compensation above the sender's limit (SPEC C6): an amount in the reply counts as compensation
 * when the nearest money phrase in its sentence (within `windowChars`) is a refund/compensation
 * phrase rather than a price phrase ("you paid", "total"); a threshold right before or after it
 * ("orders over $50", "100元以上") makes it no compensation at all. Each amount is compared on its
 * own (the options of a reply are alternatives, not a sum), converted to the sender's base currency.
 * Percentages are not amounts (findAmounts needs a currency), so a "10% coupon" never counts.
 */

import type { CompiledRules } from './compile-rules.js';
import type { ReplyEntities } from './entities.js';
import type { FindingSink, GuardContext, Hit } from './guard-types.js';
import { sentenceOf } from './sentences.js';

const THRESHOLD_BEFORE_CHARS = 24;
const THRESHOLD_AFTER_CHARS = 8;

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface CompensationInput {
  text: string;
  language: string;
  hits: Hit[];
  sentences: Int32Array;
  entities: ReplyEntities;
  ctx: GuardContext;
}

export function checkCompensation(input: CompensationInput, compiled: CompiledRules, sink: FindingSink): void {
  const settings = compiled.source.compensation;
  const { text, language, hits, sentences, entities, ctx } = input;
  if (entities.amounts.length === 0) return;
  const context = new Set(compiled.compensation.context);
  const price = new Set(compiled.compensation.price);
  const before = new Set(compiled.compensation.thresholdBefore);
  const after = new Set(compiled.compensation.thresholdAfter);
  const limit = ctx.sender.compensationLimit;
  const base = ctx.sender.baseCurrency.toUpperCase();

  for (const amount of entities.amounts) {
    const sentence = sentenceOf(sentences, amount.start);
    let best: Hit | null = null;
    let bestDistance = Infinity;
    let bestIsContext = false;
    let threshold = false;
    for (const hit of hits) {
      if (hit.sentence !== sentence) continue;
      if (before.has(hit.list) && hit.start < amount.start && amount.start - hit.end <= THRESHOLD_BEFORE_CHARS) threshold = true;
      if (after.has(hit.list) && hit.start >= amount.end - 1 && hit.start - amount.end <= THRESHOLD_AFTER_CHARS) threshold = true;
      const isContext = context.has(hit.list);
      if (!isContext && !price.has(hit.list)) continue;
      const distance = hit.end <= amount.start ? amount.start - hit.end : hit.start >= amount.end ? hit.start - amount.end : 0;
      if (distance > settings.windowChars) continue;
      const better =
        distance < bestDistance ||
        (distance === bestDistance && best !== null &&
          (hit.end - hit.start > best.end - best.start || (hit.end - hit.start === best.end - best.start && isContext && !bestIsContext)));
      if (better) {
        best = hit;
        bestDistance = distance;
        bestIsContext = isContext;
      }
    }
    if (threshold || !best || !bestIsContext) continue;

    const { value, currency } = amount.value;
    let rate = currency === base ? 1 : ctx.fx[currency];
    if (rate === undefined || !Number.isFinite(rate) || rate <= 0) {
      rate = 1;
      if (settings.fxMissing !== 'off') {
        sink.add(
          {
            rule: 'compensation.fx_missing',
            severity: settings.fxMissing,
            message: `No exchange rate for ${currency}; the amount was counted 1:1 in ${base}.`,
            excerpt: text.slice(amount.start, amount.end),
            index: amount.start,
            language,
            params: { currency, baseCurrency: base },
          },
          currency,
        );
      }
    }
    if (limit === null || settings.severity === 'off') continue;
    const inBase = round2(value * rate);
    if (inBase <= limit + 1e-9) continue;
    const start = Math.min(best.start, amount.start);
    const end = Math.max(best.end, amount.end);
    sink.add(
      {
        rule: 'compensation.over_limit',
        severity: settings.severity,
        message: `Offers ${value} ${currency} (${inBase} ${base}), above the sender's compensation limit of ${limit} ${base}: a lead must approve it.`,
        excerpt: text.slice(start, end),
        index: start,
        language,
        params: { amount: value, currency, limit, baseCurrency: base, amountInBase: inBase },
      },
      `${value} ${currency}`,
    );
  }
}

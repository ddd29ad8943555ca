import { buyerLocale, localePack } from '../locale/locale-pack.js';
import { formatMoney, formatNumber, zoneForCountry } from '../locale/formatting.js';
import { buildReplyContext, type LabelledOption } from '../render/reply-context.js';
import { renderReply } from '../render/render-reply.js';
import type { ReplyFacts } from '../render/reply-facts.js';
import { AFTER_SALE_INTENTS, isServiceKey } from '../templates/template-catalog.js';
import { phrasesFor, type Phrases } from '../templates/starter-library.js';
import type { FxTable } from '../fx-rates.js';
import type { LocalePack } from '../locale/locale-pack.js';
import { askSentence, stillMissing, type AskableFact, type KnownFacts } from './asks.js';
import { chooseVariant, languagePreference, type VariantCandidate } from './choose-template.js';
import { resolutionOptions, type OptionKey, type ResolutionOption } from './resolution-options.js';

export interface SuggestionRequest {
  templateKey?: string | undefined;
  language?: string | undefined;
  /** The remedies the agent keeps; undefined = all that are offered. */
  optionKeys?: readonly string[] | undefined;
}

export interface SuggestionInput {
  ticketId: number;
  brandId: string;
  channel: string;
  ticketLanguage: string | null;
  brandDefaultLanguage: string;
  intentGuess: string | null;
  facts: ReplyFacts;
  missing: readonly string[];
  known: KnownFacts;
  order: { total?: number | null; currency?: string | null } | null;
  sender: { compensationLimit: number | null; baseCurrency: string };
  fx: FxTable;
  couponPercent: number;
  /** The marketplace the conversation runs on (its messaging rules apply), null for the own shop. */
  marketplace: string | null;
}

export interface SuggestedOption extends ResolutionOption {
  label: string;
  selected: boolean;
}

export interface Suggestion {
  templateKey: string;
  templateId: string;
  variantId: string;
  variant: string;
  language: string;
  locale: string;
  direction: 'ltr' | 'rtl';
  subject: string;
  text: string;
  html: string;
  unresolved: string[];
  asks: AskableFact[];
  options: SuggestedOption[];
}

/**
 * The suggested reply for a ticket, from data already loaded: the template for its intent (or
 * the one asked for) in the buyer's language, filled in, asking for exactly what is still missing
 * and, for after-sale problems, offering remedies within the sender's authority.
 */
export function composeSuggestion(input: SuggestionInput, variants: ReadonlyMap<string, readonly VariantCandidate[]>, request: SuggestionRequest = {}): Suggestion | null {
  const key = request.templateKey ?? input.intentGuess ?? 'other';
  const candidates = variants.get(key);
  if (!candidates?.length) return null;
  const c = input.facts.customer;
  const chosen = chooseVariant(candidates, {
    ticketId: input.ticketId,
    brandId: input.brandId,
    channel: input.channel,
    languages: languagePreference(request.language, input.ticketLanguage, c.language, input.brandDefaultLanguage),
  });
  if (!chosen) return null;

  const locale = buyerLocale({ language: chosen.language, country: c.country });
  const pack = localePack(locale);
  const phrases = phrasesFor(chosen.language);
  const timeZone = c.timezone ?? zoneForCountry(c.country) ?? pack.timeZone;

  const asks = isServiceKey(key) ? [] : stillMissing(input.missing, input.known);
  const offered = offersRemedies(key)
    ? resolutionOptions({
        intent: key === 'service.resolution_options' ? input.intentGuess : key,
        order: input.order,
        limit: input.sender.compensationLimit,
        baseCurrency: input.sender.baseCurrency,
        fx: input.fx,
        couponPercent: input.couponPercent,
        marketplace: input.marketplace,
      })
    : [];
  const options: SuggestedOption[] = offered.map((o) => ({
    ...o,
    label: optionLabel(o, phrases, pack),
    selected: request.optionKeys ? request.optionKeys.includes(o.key) : true,
  }));
  const chosenOptions: LabelledOption[] = options.filter((o) => o.selected).map((o) => ({ key: o.key, label: o.label }));

  // No voucher on a marketplace (they forbid marketing a next purchase); `coupon: null` asks for none.
  const facts: ReplyFacts = {
    ...input.facts,
    coupon: input.facts.coupon !== undefined ? input.facts.coupon : input.marketplace ? null : { code: null, percent: input.couponPercent },
  };
  const context = buildReplyContext(facts, pack, phrases, timeZone, askSentence(asks, phrases, pack), chosenOptions);
  const rendered = renderReply(chosen, context, facts, pack);
  return {
    templateKey: key,
    templateId: chosen.templateId,
    variantId: chosen.id,
    variant: chosen.variant,
    language: chosen.language,
    locale: pack.locale,
    direction: pack.direction,
    ...rendered,
    asks,
    options,
  };
}

function offersRemedies(key: string): boolean {
  if (AFTER_SALE_INTENTS.has(key)) return true;
  return key === 'service.resolution_options';
}

export function optionLabel(option: ResolutionOption, phrases: Phrases, pack: LocalePack): string {
  const pattern = phrases.options[option.key as OptionKey] ?? option.key;
  return pattern
    .replace('{amount}', option.amount !== undefined && option.currency ? formatMoney(pack, option.amount, option.currency) : '')
    .replace('{percent}', option.percent !== undefined ? formatNumber(pack, option.percent) : '');
}

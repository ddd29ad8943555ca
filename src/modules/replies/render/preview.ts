import { buyerLocale, localePack } from '../locale/locale-pack.js';
import { zoneForCountry } from '../locale/formatting.js';
import type { ReplyChannel } from '../locale/salutation.js';
import { askSentence } from '../suggestion/asks.js';
import { optionLabel } from '../suggestion/compose-suggestion.js';
import { phrasesFor } from '../templates/starter-library.js';
import type { TemplateSource } from '../templates/starter-library.js';
import { buildReplyContext } from './reply-context.js';
import type { ReplyFacts } from './reply-facts.js';
import { renderReply, type RenderedReply } from './render-reply.js';

/**
 * A template rendered as a buyer would receive it: on a real ticket's facts, or on a sample
 * buyer of that language with a photo asked for and the usual remedies, so every part shows.
 */
export function previewTemplate(
  template: TemplateSource,
  facts: ReplyFacts,
  options: { language: string; locale?: string | undefined; channel?: ReplyChannel | undefined; sample: boolean },
): RenderedReply & { locale: string; direction: 'ltr' | 'rtl' } {
  const pack = localePack(options.locale ?? buyerLocale({ language: options.language, country: facts.customer.country }));
  const phrases = phrasesFor(options.language);
  const timeZone = facts.customer.timezone ?? zoneForCountry(facts.customer.country) ?? pack.timeZone;
  const shown: ReplyFacts = options.channel ? { ...facts, ticket: { ...facts.ticket, channel: options.channel } } : facts;
  const asks = options.sample ? askSentence(['photos'], phrases, pack) : '';
  const remedies = options.sample
    ? [
        { key: 'resend' as const },
        { key: 'partial_refund' as const, amount: 26.97, currency: 'EUR' },
        { key: 'coupon' as const, percent: 10 },
      ].map((o) => ({ key: o.key, label: optionLabel(o, phrases, pack) }))
    : [];
  const context = buildReplyContext(shown, pack, phrases, timeZone, asks, remedies);
  return { ...renderReply(template, context, shown, pack), locale: pack.locale, direction: pack.direction };
}

import { convert, type FxTable } from '../fx-rates.js';

export const OPTION_KEYS = ['resend', 'partial_refund', 'full_refund', 'coupon', 'return_label'] as const;
export type OptionKey = (typeof OPTION_KEYS)[number];

export interface ResolutionOption {
  key: OptionKey;
  /** Money the option costs the seller, in the order's currency (refunds, resends). */
  amount?: number;
  currency?: string;
  percent?: number;
}

interface Plan {
  key: OptionKey;
  /** Share of the order total a partial refund gives back. */
  share?: number;
}

/** What a seller typically offers first for each after-sale problem, most generous last. */
const PLANS: Record<string, Plan[]> = {
  'item.damaged': [{ key: 'resend' }, { key: 'partial_refund', share: 0.3 }, { key: 'coupon' }],
  'item.wrong': [{ key: 'resend' }, { key: 'return_label' }, { key: 'partial_refund', share: 0.3 }],
  'shipping.not_received': [{ key: 'resend' }, { key: 'full_refund' }, { key: 'coupon' }],
  'return.request': [{ key: 'return_label' }, { key: 'partial_refund', share: 0.2 }, { key: 'coupon' }],
};
const DEFAULT_PLAN = PLANS['item.damaged']!;

export interface OptionsInput {
  intent: string | null;
  order: { total?: number | null; currency?: string | null } | null;
  /** The sender's compensation limit in the base currency; null = no limit. */
  limit: number | null;
  baseCurrency: string;
  fx: FxTable;
  couponPercent: number;
  /** Marketplaces forbid promoting a next purchase in buyer messages: no voucher there. */
  marketplace: string | null;
}

/**
 * 2–3 remedies the buyer can choose from, each within what the sender may grant on their own
 * (SPEC C6): a partial refund is cut down to the limit, a resend or full refund worth more than
 * the limit is left out (it needs a lead's approval, not a buyer's choice). Unknown order value:
 * only remedies without an amount are offered.
 */
export function resolutionOptions(input: OptionsInput): ResolutionOption[] {
  const plan = (input.intent && PLANS[input.intent]) || DEFAULT_PLAN;
  const total = input.order?.total ?? null;
  const currency = input.order?.currency ?? null;
  const limitInOrderCurrency =
    input.limit === null ? Infinity : currency ? convert(input.limit, input.baseCurrency, currency, input.fx) : null;
  const options: ResolutionOption[] = [];
  for (const step of plan) {
    if (step.key === 'coupon') {
      if (!input.marketplace) options.push({ key: 'coupon', percent: input.couponPercent });
      continue;
    }
    if (step.key === 'return_label') {
      options.push({ key: 'return_label' });
      continue;
    }
    if (total === null || !currency) {
      if (step.key === 'resend') options.push({ key: 'resend' });
      continue;
    }
    if (limitInOrderCurrency === null) continue;
    if (step.key === 'partial_refund') {
      const amount = roundDown(Math.min(total * (step.share ?? 0.3), limitInOrderCurrency), currency);
      if (amount > 0) options.push({ key: 'partial_refund', amount, currency });
      continue;
    }
    if (total <= limitInOrderCurrency) options.push({ key: step.key, amount: roundDown(total, currency), currency });
  }
  return options.slice(0, 3);
}

function roundDown(amount: number, currency: string): number {
  const digits = fractionDigits(currency);
  const factor = 10 ** digits;
  return Math.floor(amount * factor + 1e-9) / factor;
}

const digitsCache = new Map<string, number>();
function fractionDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert, DEFAULT_USD_RATES } from '../fx-rates.js';
import { resolutionOptions, type OptionsInput } from './resolution-options.js';

const base: OptionsInput = {
  intent: 'item.damaged',
  order: { total: 89.9, currency: 'EUR' },
  limit: 50,
  baseCurrency: 'USD',
  fx: DEFAULT_USD_RATES,
  couponPercent: 10,
  marketplace: null,
};

describe('resolutionOptions', () => {
  it('offers a junior agent remedies within 50 USD: the resend of a 90 EUR order is left to a lead', () => {
    const options = resolutionOptions(base);
    expect(options.map((o) => o.key)).toEqual(['partial_refund', 'coupon']);
    expect(options[0]).toEqual({ key: 'partial_refund', amount: 26.97, currency: 'EUR' });
  });

  it('caps a partial refund at the limit converted into the order currency', () => {
    const options = resolutionOptions({ ...base, order: { total: 400, currency: 'EUR' } });
    const refund = options.find((o) => o.key === 'partial_refund')!;
    expect(refund.amount).toBe(Math.floor((50 / 1.08) * 100) / 100);
  });

  it('gives a senior (no limit) the full set, most generous included', () => {
    expect(resolutionOptions({ ...base, intent: 'shipping.not_received', limit: null }).map((o) => o.key)).toEqual(['resend', 'full_refund', 'coupon']);
  });

  it('offers no voucher on a marketplace, whose rules forbid promoting the next purchase', () => {
    expect(resolutionOptions({ ...base, marketplace: 'amazon' }).map((o) => o.key)).toEqual(['partial_refund']);
  });

  it('rounds yen to whole units', () => {
    const options = resolutionOptions({ ...base, order: { total: 4999, currency: 'JPY' }, limit: 100 });
    expect(options.find((o) => o.key === 'partial_refund')!.amount).toBe(1499);
  });

  it('offers no money amounts when the order value is unknown', () => {
    const options = resolutionOptions({ ...base, order: null });
    expect(options.map((o) => o.key)).toEqual(['resend', 'coupon']);
  });

  it('never offers more than three options nor any amount above the limit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('item.damaged', 'item.wrong', 'shipping.not_received', 'return.request', null),
        fc.double({ min: 0.5, max: 50_000, noNaN: true }),
        fc.constantFrom('EUR', 'USD', 'JPY', 'GBP', 'BRL', 'CNY'),
        fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null }),
        (intent, total, currency, limit) => {
          const options = resolutionOptions({ ...base, intent, order: { total, currency }, limit });
          expect(options.length).toBeLessThanOrEqual(3);
          for (const o of options) {
            if (o.amount === undefined || limit === null) continue;
            expect(convert(o.amount, currency, 'USD', DEFAULT_USD_RATES)!).toBeLessThanOrEqual(limit + 1e-6);
          }
        },
      ),
    );
  });
});

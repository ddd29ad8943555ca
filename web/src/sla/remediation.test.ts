import { describe, expect, it } from 'vitest';
import { couponHint } from './remediation';

describe('the apology button’s coupon hint', () => {
  it('offers the configured coupon on the shop’s own channels', () => {
    expect(couponHint({ channel: 'email', marketplace: null }, 'shopify', 15)).toEqual({ kind: 'coupon', percent: 15 });
    expect(couponHint({ channel: 'chat', marketplace: null }, 'shopify', undefined)).toEqual({ kind: 'coupon', percent: 10 });
  });

  it('offers none on a marketplace ticket or a marketplace brand, nor when the coupon is 0 %', () => {
    expect(couponHint({ channel: 'marketplace', marketplace: null }, 'shopify', 10)).toEqual({ kind: 'marketplace' });
    expect(couponHint({ channel: 'email', marketplace: 'amazon' }, 'shopify', 10)).toEqual({ kind: 'marketplace' });
    expect(couponHint({ channel: 'email', marketplace: null }, 'ebay', 10)).toEqual({ kind: 'marketplace' });
    expect(couponHint({ channel: 'email', marketplace: null }, 'shopify', 0)).toEqual({ kind: 'none' });
  });
});

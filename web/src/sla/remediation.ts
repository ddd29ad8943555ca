/** Marketplaces' own brands: a store of this kind sells on the marketplace, so its tickets follow its rules. */
const MARKETPLACE_KINDS = new Set(['amazon', 'ebay', 'aliexpress', 'temu', 'shopee', 'walmart', 'etsy']);

export const DEFAULT_COUPON_PERCENT = 10;

export type CouponHint = { kind: 'coupon'; percent: number } | { kind: 'marketplace' } | { kind: 'none' };

/**
 * What the apology button promises, as the server decides it: no coupon on a marketplace (they
 * forbid marketing a next purchase in messages) or when the coupon is set to 0 %; else the percentage.
 */
export function couponHint(ticket: { channel: string; marketplace: string | null }, brandKind: string | undefined, couponPercent: number | undefined): CouponHint {
  if (ticket.channel === 'marketplace' || ticket.marketplace || (brandKind && MARKETPLACE_KINDS.has(brandKind))) return { kind: 'marketplace' };
  const percent = couponPercent ?? DEFAULT_COUPON_PERCENT;
  return percent > 0 ? { kind: 'coupon', percent } : { kind: 'none' };
}

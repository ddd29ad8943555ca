import { describe, expect, it } from 'vitest';
import { assignVariant } from './assignment.js';
import { compareRates, normalCdf, twoProportionTest } from './two-proportion.js';

describe('assignVariant', () => {
  const variants = [{ variant: 'A', trafficShare: 70 }, { variant: 'B', trafficShare: 30 }];

  it('gives a ticket the same variant every time', () => {
    for (let id = 1; id < 200; id++) expect(assignVariant(variants, id, 't1')).toBe(assignVariant([...variants].reverse(), id, 't1'));
  });

  it('splits traffic by the shares', () => {
    let b = 0;
    for (let id = 1; id <= 10_000; id++) if (assignVariant(variants, id, 't1').variant === 'B') b++;
    expect(b / 10_000).toBeGreaterThan(0.28);
    expect(b / 10_000).toBeLessThan(0.32);
  });

  it('sends nothing to a variant with share 0', () => {
    const paused = [{ variant: 'A', trafficShare: 100 }, { variant: 'B', trafficShare: 0 }];
    for (let id = 1; id < 500; id++) expect(assignVariant(paused, id, 't').variant).toBe('A');
  });
});

describe('two-proportion test', () => {
  it('matches the normal distribution', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
  });

  it('finds a real difference and names the variant with the lower rate', () => {
    // 30% vs 15% reopened over 200 tickets each: z ≈ 3.6.
    const result = compareRates({ variant: 'A', successes: 60, total: 200 }, { variant: 'B', successes: 30, total: 200 });
    expect(result.verdict).toBe('winner');
    expect(result.winner).toBe('B');
    expect(result.pValue!).toBeLessThan(0.001);
  });

  it('calls a small difference no difference', () => {
    expect(compareRates({ variant: 'A', successes: 20, total: 100 }, { variant: 'B', successes: 24, total: 100 }).verdict).toBe('no_difference');
  });

  it('declares nothing on too little data', () => {
    expect(twoProportionTest(1, 10, 4, 10)).toBeNull();
    expect(compareRates({ variant: 'A', successes: 1, total: 3 }, { variant: 'B', successes: 2, total: 3 }).verdict).toBe('not_enough_data');
  });
});

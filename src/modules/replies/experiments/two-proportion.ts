/**
 * Two-proportion z-test (pooled), two-sided: is the rate of an outcome (reopened, buyer had to
 * write again) different between two variants? Returns null when a group is too small for the
 * normal approximation (fewer than 5 successes or failures in either).
 */
export function twoProportionTest(successesA: number, totalA: number, successesB: number, totalB: number): { z: number; pValue: number } | null {
  if (totalA <= 0 || totalB <= 0) return null;
  for (const [s, n] of [[successesA, totalA], [successesB, totalB]] as const) {
    if (s < 5 || n - s < 5) return null;
  }
  const pA = successesA / totalA;
  const pB = successesB / totalB;
  const pooled = (successesA + successesB) / (totalA + totalB);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / totalA + 1 / totalB));
  if (se === 0) return { z: 0, pValue: 1 };
  const z = (pA - pB) / se;
  return { z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}

/** Standard normal CDF (Zelen & Severo 26.2.17, |error| < 7.5e-8). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989422804014327 * Math.exp((-x * x) / 2);
  const tail = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return x >= 0 ? 1 - tail : tail;
}

export type Verdict = 'not_enough_data' | 'no_difference' | 'winner';

/** The better variant on a rate where lower is better, declared only at p < alpha. */
export function compareRates(
  a: { variant: string; successes: number; total: number },
  b: { variant: string; successes: number; total: number },
  alpha = 0.05,
): { pValue: number | null; winner: string | null; verdict: Verdict } {
  const test = twoProportionTest(a.successes, a.total, b.successes, b.total);
  if (!test) return { pValue: null, winner: null, verdict: 'not_enough_data' };
  if (test.pValue >= alpha) return { pValue: test.pValue, winner: null, verdict: 'no_difference' };
  const better = a.successes / a.total < b.successes / b.total ? a : b;
  return { pValue: test.pValue, winner: better.variant, verdict: 'winner' };
}

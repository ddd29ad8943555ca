import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageAt, fitTemperature, predictions, thresholdForPrecision, type Prediction } from './calibration.js';

const p = (confidence: number, correct: boolean): Prediction => ({ confidence, correct });

describe('the abstain threshold', () => {
  it('accepts as many messages as it can while staying at the target precision', () => {
    const predicted = [p(0.99, true), p(0.95, true), p(0.9, true), p(0.8, false), p(0.7, true), p(0.6, false)];
    // Top 3 are 100% right; adding the 0.8 mistake drops to 75%.
    expect(thresholdForPrecision(predicted, 0.95)).toEqual({ threshold: 0.9, coverage: 0.5, precision: 1 });
    expect(thresholdForPrecision(predicted, 0.7)).toMatchObject({ threshold: 0.7, coverage: 5 / 6, precision: 0.8 });
  });

  it('accepts or refuses equal confidences together', () => {
    const predicted = [p(0.9, true), p(0.8, true), p(0.8, false)];
    expect(thresholdForPrecision(predicted, 0.95)).toMatchObject({ threshold: 0.9, coverage: 1 / 3 });
  });

  it('classifies nothing when even the surest prediction is wrong', () => {
    expect(thresholdForPrecision([p(0.99, false), p(0.5, true)], 0.95)).toMatchObject({ coverage: 0, threshold: 1 });
  });

  it('never promises a precision it does not reach on the data it was chosen on', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ confidence: fc.double({ min: 0, max: 1, noNaN: true }), correct: fc.boolean() }), { maxLength: 200 }), fc.double({ min: 0.5, max: 0.99, noNaN: true }), (predicted, target) => {
        const chosen = thresholdForPrecision(predicted, target);
        const actual = coverageAt(predicted, chosen.threshold);
        if (chosen.coverage > 0) {
          expect(actual.precision).toBeGreaterThanOrEqual(target);
          expect(actual.coverage).toBeCloseTo(chosen.coverage, 10);
        }
      }),
    );
  });
});

describe('temperature scaling', () => {
  it('softens an over-confident model so its confidence matches how often it is right', () => {
    // Logits that always say 99.99% but are right only 3 times in 4.
    const logits = (label: number) => ({ logits: Float64Array.from([10, 0]), label });
    const examples = [logits(0), logits(0), logits(0), logits(1)];
    const t = fitTemperature(examples);
    expect(t).toBeGreaterThan(1);
    const [first] = predictions(examples, t);
    expect(first!.confidence).toBeGreaterThan(0.65);
    expect(first!.confidence).toBeLessThan(0.85);
  });
});

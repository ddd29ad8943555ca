import { argmax, softmaxInPlace } from './linear-model.js';

export interface ScoredExample {
  logits: Float64Array;
  label: number;
}

/** Mean negative log-likelihood of the true labels at a given softmax temperature. */
function negativeLogLikelihood(examples: readonly ScoredExample[], temperature: number): number {
  let total = 0;
  const probabilities = new Float64Array(examples[0]?.logits.length ?? 0);
  for (const { logits, label } of examples) {
    probabilities.set(logits);
    softmaxInPlace(probabilities, temperature);
    total -= Math.log(Math.max(probabilities[label]!, 1e-12));
  }
  return total / Math.max(examples.length, 1);
}

/** The softmax temperature that makes confidences honest on held-out data (grid, then refine). */
export function fitTemperature(examples: readonly ScoredExample[]): number {
  if (examples.length === 0) return 1;
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.05; t <= 20; t *= 1.05) {
    const loss = negativeLogLikelihood(examples, t);
    if (loss < bestLoss) {
      bestLoss = loss;
      best = t;
    }
  }
  return Math.round(best * 1000) / 1000;
}

export interface Prediction {
  confidence: number;
  correct: boolean;
}

export function predictions(examples: readonly ScoredExample[], temperature: number): Prediction[] {
  const probabilities = new Float64Array(examples[0]?.logits.length ?? 0);
  return examples.map(({ logits, label }) => {
    probabilities.set(logits);
    softmaxInPlace(probabilities, temperature);
    const best = argmax(probabilities);
    return { confidence: probabilities[best]!, correct: best === label };
  });
}

export interface CoveragePoint {
  /** Messages at or above this confidence are classified; the rest abstain. */
  threshold: number;
  coverage: number;
  precision: number;
}

/**
 * The lowest confidence threshold whose accepted predictions are at least `targetPrecision`
 * right: the most messages classified without guessing more than the target allows.
 */
export function thresholdForPrecision(predicted: readonly Prediction[], targetPrecision: number): CoveragePoint {
  const sorted = [...predicted].sort((a, b) => b.confidence - a.confidence);
  let correct = 0;
  let best: CoveragePoint = { threshold: 1, coverage: 0, precision: 1 };
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]!.correct) correct++;
    const precision = correct / (i + 1);
    // Only cut between distinct confidences: ties are accepted or refused together.
    const atBoundary = i === sorted.length - 1 || sorted[i + 1]!.confidence < sorted[i]!.confidence;
    if (atBoundary && precision >= targetPrecision) {
      best = { threshold: sorted[i]!.confidence, coverage: (i + 1) / sorted.length, precision };
    }
  }
  return best;
}

/** Coverage and precision of a fixed threshold on some data. */
export function coverageAt(predicted: readonly Prediction[], threshold: number): CoveragePoint {
  const accepted = predicted.filter((p) => p.confidence >= threshold);
  const correct = accepted.filter((p) => p.correct).length;
  return {
    threshold,
    coverage: predicted.length ? accepted.length / predicted.length : 0,
    precision: accepted.length ? correct / accepted.length : 1,
  };
}

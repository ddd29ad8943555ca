import type { DenseWeights } from './linear-model.js';

export interface TrainingExample {
  /** Bucket indices (already masked to the model's size). */
  features: Uint32Array;
  label: number;
  /** How much this example counts (agents' corrections count more than the corpus). */
  weight: number;
}

export interface TrainingOptions {
  labels: readonly string[];
  buckets: number;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
  /** Called between slices of work so a server process can keep answering while it trains. */
  yieldEvery?: number;
}

/** A small seeded PRNG (mulberry32): the same corpus always gives the same model. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Multinomial logistic regression by AdaGrad over sparse, length-normalised features, with an
 * L2 penalty applied to the weights each example touches. Yields to the event loop every
 * `yieldEvery` examples.
 */
export async function trainLinear(examples: readonly TrainingExample[], options: TrainingOptions): Promise<DenseWeights> {
  const classes = options.labels.length;
  const { buckets } = options;
  const epochs = options.epochs ?? 12;
  const rate = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-5;
  const yieldEvery = options.yieldEvery ?? 500;
  const random = seededRandom(options.seed ?? 1);
  const weights = new Float32Array(buckets * classes);
  const squared = new Float32Array(buckets * classes);
  const bias = new Float32Array(classes);
  const biasSquared = new Float32Array(classes);
  const scores = new Float64Array(classes);
  const order = examples.map((_, i) => i);
  let sinceYield = 0;

  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const example = examples[index]!;
      const { features } = example;
      const norm = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
      for (let c = 0; c < classes; c++) scores[c] = bias[c]!;
      for (let f = 0; f < features.length; f++) {
        const row = features[f]! * classes;
        for (let c = 0; c < classes; c++) scores[c]! += weights[row + c]! * norm;
      }
      let max = -Infinity;
      for (let c = 0; c < classes; c++) max = Math.max(max, scores[c]!);
      let sum = 0;
      for (let c = 0; c < classes; c++) {
        scores[c] = Math.exp(scores[c]! - max);
        sum += scores[c]!;
      }
      // scores becomes the gradient of the loss with respect to each class's logit.
      for (let c = 0; c < classes; c++) scores[c] = (scores[c]! / sum - (c === example.label ? 1 : 0)) * example.weight;
      for (let c = 0; c < classes; c++) {
        const g = scores[c]!;
        biasSquared[c]! += g * g;
        bias[c]! -= (rate * g) / Math.sqrt(biasSquared[c]! + 1e-8);
      }
      for (let f = 0; f < features.length; f++) {
        const row = features[f]! * classes;
        for (let c = 0; c < classes; c++) {
          const k = row + c;
          const g = scores[c]! * norm + l2 * weights[k]!;
          if (g === 0) continue;
          squared[k]! += g * g;
          weights[k]! -= (rate * g) / Math.sqrt(squared[k]! + 1e-8);
        }
      }
      if (++sinceYield >= yieldEvery) {
        sinceYield = 0;
        await nextTick();
      }
    }
  }
  return { labels: options.labels, buckets, weights, bias };
}

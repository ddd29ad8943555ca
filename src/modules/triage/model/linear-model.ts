/**
 * A multinomial linear classifier over hashed features, stored quantised: one int8 weight per
 * (bucket, class) and one float scale per bucket. Scoring a message is one pass over its
 * features with a contiguous read of that bucket's class weights.
 */

export interface LinearModel {
  labels: readonly string[];
  /** Power of two. */
  buckets: number;
  /** bucket-major: q[bucket * labels.length + class] */
  weights: Int8Array;
  scales: Float32Array;
  bias: Float32Array;
  /** Softmax temperature fitted on the dev set, so confidences are calibrated. */
  temperature: number;
}

/** Float weights as training produces them, bucket-major like LinearModel. */
export interface DenseWeights {
  labels: readonly string[];
  buckets: number;
  weights: Float32Array;
  bias: Float32Array;
}

export function quantize(dense: DenseWeights, temperature = 1): LinearModel {
  const classes = dense.labels.length;
  const weights = new Int8Array(dense.buckets * classes);
  const scales = new Float32Array(dense.buckets);
  for (let b = 0; b < dense.buckets; b++) {
    const row = b * classes;
    let max = 0;
    for (let c = 0; c < classes; c++) max = Math.max(max, Math.abs(dense.weights[row + c]!));
    if (max === 0) continue;
    const scale = max / 127;
    scales[b] = scale;
    for (let c = 0; c < classes; c++) weights[row + c] = Math.round(dense.weights[row + c]! / scale);
  }
  return { labels: dense.labels, buckets: dense.buckets, weights, scales, bias: Float32Array.from(dense.bias), temperature };
}

/** Raw class scores (logits) for a feature list; `out` has one slot per label. */
export function scoreInto(model: LinearModel, features: Uint32Array, count: number, out: Float64Array): void {
  const classes = model.labels.length;
  const mask = model.buckets - 1;
  const { weights, scales } = model;
  for (let c = 0; c < classes; c++) out[c] = 0;
  for (let i = 0; i < count; i++) {
    const bucket = features[i]! & mask;
    const scale = scales[bucket]!;
    if (scale === 0) continue;
    const row = bucket * classes;
    for (let c = 0; c < classes; c++) out[c]! += weights[row + c]! * scale;
  }
  const norm = count > 0 ? 1 / Math.sqrt(count) : 0;
  for (let c = 0; c < classes; c++) out[c] = out[c]! * norm + model.bias[c]!;
}

/** In-place softmax of logits divided by the temperature. */
export function softmaxInPlace(logits: Float64Array, temperature: number, length = logits.length): void {
  let max = -Infinity;
  for (let c = 0; c < length; c++) max = Math.max(max, logits[c]!);
  let sum = 0;
  for (let c = 0; c < length; c++) {
    const e = Math.exp((logits[c]! - max) / temperature);
    logits[c] = e;
    sum += e;
  }
  for (let c = 0; c < length; c++) logits[c] = logits[c]! / sum;
}

export function argmax(values: Float64Array, length = values.length): number {
  let best = 0;
  for (let c = 1; c < length; c++) if (values[c]! > values[best]!) best = c;
  return best;
}

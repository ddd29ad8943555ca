import { describe, expect, it } from 'vitest';
import { quantize } from './linear-model.js';
import { deserializeModel, ModelFileError, serializeModel, type TriageModel } from './model-file.js';

function tinyModel(): TriageModel {
  const weights = Float32Array.from({ length: 16 * 3 }, (_, i) => Math.sin(i) * 2);
  const intent = quantize({ labels: ['a', 'b', 'c'], buckets: 16, weights, bias: Float32Array.from([0.1, -0.2, 0.3]) }, 1.5);
  const language = quantize({ labels: ['en', 'de'], buckets: 8, weights: Float32Array.from({ length: 16 }, (_, i) => i - 8), bias: new Float32Array(2) });
  const dev = { accuracy: 0.9, macroF1: 0.88, coverage: 0.8, precision: 0.96, languageAccuracy: 0.99 };
  return { intent, language, abstainBelow: 0.7, info: { version: 1, createdAt: '2026-12-01T00:00:00.000Z', trainExamples: 10, devExamples: 2, corrections: 0, corpus: 'abc', dev } };
}

describe('the model file', () => {
  it('reads back exactly what was written', () => {
    const model = tinyModel();
    const read = deserializeModel(serializeModel(model));
    expect(read.abstainBelow).toBe(0.7);
    expect(read.info).toEqual(model.info);
    expect(Array.from(read.intent.weights)).toEqual(Array.from(model.intent.weights));
    expect(Array.from(read.intent.scales)).toEqual(Array.from(model.intent.scales));
    expect(read.intent.temperature).toBe(1.5);
    expect(Array.from(read.language.weights)).toEqual(Array.from(model.language.weights));
  });

  it('keeps each weight within one quantisation step of its float value', () => {
    const weights = Float32Array.from({ length: 16 * 3 }, (_, i) => Math.sin(i) * 2);
    const q = quantize({ labels: ['a', 'b', 'c'], buckets: 16, weights, bias: new Float32Array(3) });
    for (let b = 0; b < 16; b++) for (let c = 0; c < 3; c++) expect(Math.abs(q.weights[b * 3 + c]! * q.scales[b]! - weights[b * 3 + c]!)).toBeLessThanOrEqual(q.scales[b]! / 2 + 1e-6);
  });

  it('refuses a file that is not a model, or is cut short', () => {
    expect(() => deserializeModel(Buffer.from('hello world, not a model'))).toThrow(ModelFileError);
    const bytes = serializeModel(tinyModel());
    expect(() => deserializeModel(bytes.subarray(0, bytes.length - 8))).toThrow();
  });
});

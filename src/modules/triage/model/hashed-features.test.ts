import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashFeatures, MAX_FEATURES, normalizeForFeatures } from './hashed-features.js';

const featuresOf = (text: string) => {
  const out = new Uint32Array(MAX_FEATURES);
  return Array.from(out.subarray(0, hashFeatures(normalizeForFeatures(text), out)));
};

describe('hashed features', () => {
  it('are the same for the same text and ignore which digits a number has', () => {
    expect(featuresOf('Where is order #4471?')).toEqual(featuresOf('Where is order #4471?'));
    expect(featuresOf('Where is order #4471?')).toEqual(featuresOf('where is ORDER #1047?'));
    expect(featuresOf('Where is order #4471?')).not.toEqual(featuresOf('Where is my refund #4471?'));
  });

  it('give unspaced scripts features of their own characters', () => {
    expect(featuresOf('我的快递到哪里了').length).toBeGreaterThan(10);
    expect(featuresOf('ยังไม่ได้รับพัสดุ').length).toBeGreaterThan(10);
  });

  it('never throw and stay within the buffer for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => {
        const features = featuresOf(text);
        expect(features.length).toBeLessThanOrEqual(MAX_FEATURES);
        for (const f of features) expect(Number.isInteger(f) && f >= 0 && f < 2 ** 32).toBe(true);
      }),
    );
  });
});

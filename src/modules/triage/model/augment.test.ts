import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './train-linear.js';
import { noisyVariant } from './augment.js';

describe('the noisy training copy', () => {
  it('drops accents and capitals, and slips about once per 25 characters', () => {
    const text = 'Très déçue, ma commande est arrivée cassée';
    const noisy = noisyVariant(text, seededRandom(1));
    expect(noisy).not.toMatch(/[éèA-Z]/);
    expect(Math.abs(noisy.length - text.length)).toBeLessThanOrEqual(1);
    expect(noisy).not.toBe(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  });

  it('is the same for the same seed, and never longer than the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer(), (text, seed) => {
        const a = noisyVariant(text, seededRandom(seed));
        expect(a).toBe(noisyVariant(text, seededRandom(seed)));
        expect([...a].length).toBeLessThanOrEqual([...text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase()].length);
      }),
    );
  });
});

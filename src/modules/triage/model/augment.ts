import { seededRandom } from './train-linear.js';

/**
 * A noisier copy of a training line, as buyers really type on a phone: accents dropped, all
 * lower case, and about one slip of the finger (a dropped or swapped character) per 25
 * characters. Training on both makes the model hold up on messages rougher than the corpus.
 * Deterministic for a given seed.
 */
export function noisyVariant(text: string, random: () => number): string {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
  const chars = [...plain];
  const slips = Math.max(1, Math.floor(chars.length / 25));
  for (let k = 0; k < slips && chars.length > 3; k++) {
    const i = Math.floor(random() * chars.length);
    if (random() < 0.5) chars.splice(i, 1);
    else if (i + 1 < chars.length) [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
  }
  return chars.join('');
}

export function augmentationRandom(): () => number {
  return seededRandom(20261201);
}

/**
 * Turns a message into hashed n-gram features: word unigrams and bigrams, and character
 * 1–4-grams (1-grams only for ideographs and other non-Latin letters, where one character
 * already carries meaning). Hashing keeps the model a fixed size whatever the vocabulary, so
 * a Thai or Korean message costs the same as an English one. Pure and allocation-light: the
 * caller passes a reusable buffer.
 */

export const MAX_FEATURES = 4096;
const MAX_CHARS = 2000;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_SEED = 0x9e3779b9;
const BIGRAM_SEED = 0x85ebca6b;

/**
 * Lower-cases, folds width variants (NFKC) and maps every digit to 0, so that "#4471" and
 * "#1047" look alike; only the first MAX_CHARS characters count (the gist of a long e-mail is
 * at its start, and the cost stays bounded).
 */
export function normalizeForFeatures(text: string): string {
  const head = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  return head.normalize('NFKC').toLowerCase().replace(/\p{Nd}/gu, '0');
}

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  return code !== 0x3000 && !(code >= 0x2000 && code <= 0x206f) && !(code >= 0x3001 && code <= 0x303f) && !(code >= 0xff01 && code <= 0xff0f) && !(code >= 0xff1a && code <= 0xff20) && !(code >= 0xd800 && code <= 0xdfff);
}

/**
 * Writes the feature hashes of `normalized` into `out` and returns how many there are. Hashes
 * are unsigned 32-bit; the model masks them to its bucket count.
 */
export function hashFeatures(normalized: string, out: Uint32Array): number {
  const limit = Math.min(out.length, MAX_FEATURES);
  let count = 0;
  // One pass builds the space-separated word sequence as char codes, with boundary spaces.
  const codes: number[] = [0x20];
  let wordHash = FNV_OFFSET;
  let inWord = false;
  let previousWord = 0;
  let hasPreviousWord = false;
  const emitWord = () => {
    if (count < limit) out[count++] = Math.imul(wordHash ^ WORD_SEED, FNV_PRIME) >>> 0;
    if (hasPreviousWord && count < limit) out[count++] = Math.imul(previousWord ^ Math.imul(wordHash, BIGRAM_SEED), FNV_PRIME) >>> 0;
    previousWord = wordHash;
    hasPreviousWord = true;
  };
  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.charCodeAt(i);
    if (isWordChar(code)) {
      if (!inWord) {
        wordHash = FNV_OFFSET;
        inWord = true;
      }
      wordHash = Math.imul(wordHash ^ code, FNV_PRIME);
      codes.push(code);
    } else {
      if (inWord) {
        emitWord();
        codes.push(0x20);
        inWord = false;
      }
      // Punctuation that carries tone or form is a feature of its own.
      if ((code === 0x3f || code === 0x21 || code === 0x23 || code === 0x40 || code === 0xff1f || code === 0xff01) && count < limit) {
        out[count++] = Math.imul(FNV_OFFSET ^ (code + 0x10000), FNV_PRIME) >>> 0;
      }
    }
  }
  if (inWord) {
    emitWord();
    codes.push(0x20);
  }
  for (let i = 0; i < codes.length && count < limit; i++) {
    let h = FNV_OFFSET;
    const first = codes[i]!;
    for (let n = 1; n <= 4 && i + n <= codes.length; n++) {
      const code = codes[i + n - 1]!;
      h = Math.imul(h ^ code, FNV_PRIME);
      if (n === 1 && (first < 0x0250 || first === 0x20)) continue;
      if (count >= limit) break;
      out[count++] = h >>> 0;
    }
  }
  return count;
}

const CUE_SEED = 0x27d4eb2f;
/** How many times a cue counts: one concept named in a language-independent way outweighs a few n-grams. */
const CUE_REPEAT = 4;

/** Appends one feature per cross-lingual cue concept found (see triage/cues) and returns the new count. */
export function appendCueFeatures(concepts: readonly number[], out: Uint32Array, count: number): number {
  const limit = Math.min(out.length, MAX_FEATURES);
  for (const concept of concepts) {
    const h = Math.imul(CUE_SEED ^ (concept + 1), FNV_PRIME) >>> 0;
    for (let k = 0; k < CUE_REPEAT && count < limit; k++) out[count++] = h;
  }
  return count;
}

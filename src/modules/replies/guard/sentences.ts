/**
 * Sentence boundaries, for rules whose phrases must meet in one sentence ("we guarantee" … "a full
 * refund") and whose exemptions ("if", "once", "can't") count only there. A sentence ends after
 * . ! ? ; (followed by a space, a line end or the end of the text: "29.99", "amazon.de" and "e.g.x"
 * do not end one), after 。！？；؟ and at every line break.
 */

/** 1: ends a sentence wherever it stands; 2: ends one when a space, the end or CJK follows. */
const END = new Uint8Array(0x10000);
for (const c of [0x0a, 0x0d, 0x3002, 0xff01, 0xff1f, 0xff1b, 0x061f, 0x061b]) END[c] = 1;
for (const c of [0x2e, 0x21, 0x3f, 0x3b]) END[c] = 2;

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0x202f;
}

/** Start offsets of the sentences of `text` (the first is 0). */
export function sentenceStarts(text: string): Int32Array {
  const starts: number[] = [0];
  const n = text.length;
  const table = END;
  for (let i = 0; i < n; i++) {
    const kind = table[text.charCodeAt(i)]!;
    if (kind === 0) continue;
    if (kind === 1) {
      starts.push(i + 1);
      continue;
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0x20;
    if (isSpace(next) || next > 0x2e80) starts.push(i + 1);
  }
  return Int32Array.from(starts);
}

/** Index of the sentence holding offset `at`. */
export function sentenceOf(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

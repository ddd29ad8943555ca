/**
 * The folding cue phrases and message text go through alike, so that accents, keyboard
 * variants and typography do not matter: Latin accents dropped (é→e, ß→ss, ł→l, ı→i, đ→d, ø→o),
 * ё→е, Arabic vowel marks and tatweel dropped and alef/yeh/teh-marbuta unified, Hebrew points
 * dropped, typographic quotes and dashes made ASCII, every run of whitespace made one space, and
 * every run of `0` made one `0` (the text's digits are all `0`: "after 0 weeks" matches "after 12 weeks").
 * Han, kana, Hangul, Thai and Cyrillic letters stay as they are.
 *
 * Text is folded into a reusable Uint16Array (no string is built per message): `foldInto`.
 * Tables are built once at module load.
 */

const KEEP = 0;
const DROP = 0xffff;
/** code unit → replacement (KEEP: as is, DROP: removed). */
const SINGLE = new Uint16Array(0x10000);
/** code unit → replacement of two units (ß → ss). */
const MULTI = new Map<number, string>();
/** 1: a letter or digit of a script that separates words with spaces (Latin, Greek, Cyrillic, Hebrew, Arabic), after folding. */
export const WORD = new Uint8Array(0x10000);
const SPACE = new Uint8Array(0x10000);

const SPECIAL_LATIN: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd',
  þ: 'th', Þ: 'th', ł: 'l', Ł: 'l', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't', ı: 'i', İ: 'i', ĳ: 'ij', Ĳ: 'ij', ŀ: 'l', Ŀ: 'l',
};

function foldLatin(code: number): void {
  const ch = String.fromCharCode(code);
  const out = SPECIAL_LATIN[ch] ?? ch.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (out === ch || out.length === 0) return;
  if (out.length === 1) SINGLE[code] = out.charCodeAt(0);
  else MULTI.set(code, out);
}

function build(): void {
  const range = (t: Uint8Array, from: number, to: number) => t.fill(1, from, to + 1);
  range(WORD, 0x30, 0x39);
  range(WORD, 0x41, 0x5a);
  range(WORD, 0x61, 0x7a);
  range(WORD, 0xc0, 0x24f);
  WORD[0xd7] = 0;
  WORD[0xf7] = 0;
  range(WORD, 0x370, 0x3ff);
  range(WORD, 0x400, 0x52f);
  range(WORD, 0x5d0, 0x5ea);
  range(WORD, 0x620, 0x64a);
  range(WORD, 0x660, 0x669);
  range(WORD, 0x66e, 0x6d3);
  range(WORD, 0x6f0, 0x6f9);
  range(WORD, 0x1e00, 0x1eff);

  for (let c = 0x41; c <= 0x5a; c++) SINGLE[c] = c + 32;
  for (let c = 0xc0; c <= 0x24f; c++) foldLatin(c);
  for (let c = 0x1e00; c <= 0x1eff; c++) foldLatin(c);
  for (let c = 0x370; c <= 0x3ff; c++) {
    const out = String.fromCharCode(c).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    if (out.length === 1 && out.charCodeAt(0) !== c) SINGLE[c] = out.charCodeAt(0);
  }
  for (let c = 0x400; c <= 0x52f; c++) {
    const out = String.fromCharCode(c).toLowerCase();
    if (out.length === 1 && out.charCodeAt(0) !== c) SINGLE[c] = out.charCodeAt(0);
  }
  SINGLE[0x401] = 0x435; // Ё → е
  SINGLE[0x451] = 0x435; // ё → е
  for (let c = 0x300; c <= 0x36f; c++) SINGLE[c] = DROP; // stray combining accents
  SINGLE[0xad] = DROP; // soft hyphen

  // Hebrew points; maqaf as hyphen; geresh and gershayim as ASCII quotes.
  for (let c = 0x591; c <= 0x5c7; c++) if (c !== 0x5be && c !== 0x5c0 && c !== 0x5c3 && c !== 0x5c6) SINGLE[c] = DROP;
  SINGLE[0x5be] = 0x2d;
  SINGLE[0x5f3] = 0x27;
  SINGLE[0x5f4] = 0x22;

  // Arabic: harakat and tatweel dropped; alef, yeh, teh marbuta and keheh unified.
  for (let c = 0x610; c <= 0x61a; c++) SINGLE[c] = DROP;
  for (let c = 0x64b; c <= 0x65f; c++) SINGLE[c] = DROP;
  SINGLE[0x670] = DROP;
  SINGLE[0x640] = DROP;
  for (const c of [0x622, 0x623, 0x625, 0x671]) SINGLE[c] = 0x627;
  SINGLE[0x649] = 0x64a;
  SINGLE[0x6cc] = 0x64a;
  SINGLE[0x629] = 0x647;
  SINGLE[0x6a9] = 0x643;
  SINGLE[0x60c] = 0x2c;
  SINGLE[0x61b] = 0x3b;
  SINGLE[0x61f] = 0x3f;

  // Typography.
  for (let c = 0x2010; c <= 0x2015; c++) SINGLE[c] = 0x2d;
  for (const c of [0x2018, 0x2019, 0x201b, 0x2032, 0xb4, 0x60]) SINGLE[c] = 0x27;
  for (const c of [0x201c, 0x201d, 0x201e, 0xab, 0xbb]) SINGLE[c] = 0x22;
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xfe0e, 0xfe0f]) SINGLE[c] = DROP;
  SINGLE[0x3000] = 0x20;

  // Whitespace: every run becomes one space.
  for (const c of [0x9, 0xa, 0xb, 0xc, 0xd, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) SPACE[c] = 1;
  for (let c = 0x2000; c <= 0x200a; c++) SPACE[c] = 1;
}

build();

/**
 * One table for the hot loop: the folded code unit, or SPACE_MARK (whitespace: one space per run),
 * MULTI_MARK (two units: ß → ss) or DROP (removed).
 */
const SPACE_MARK = 0xfffe;
const MULTI_MARK = 0xfffd;
const FOLD = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const m = SINGLE[c]!;
  FOLD[c] = SPACE[c] === 1 ? SPACE_MARK : MULTI.has(c) ? MULTI_MARK : m === KEEP ? c : m;
}
FOLD[0xfffd] = SPACE_MARK; // U+FFFD (a replacement character) separates like a space; U+FFFE and U+FFFF are not characters
FOLD[0xfffe] = SPACE_MARK;
FOLD[0xffff] = SPACE_MARK;

/** The folded text of the last `foldInto` call, as UTF-16 code units: see `foldedText`. */
let folded = new Uint16Array(4096);

/** The buffer `foldInto` wrote to (it may grow, so ask after each call). */
export function foldedText(): Uint16Array {
  return folded;
}

/** Folds `text` into the buffer of `foldedText()` and returns its length (no leading or trailing space). */
export function foldInto(text: string): number {
  const n = text.length;
  if (folded.length < n * 2 + 2) folded = new Uint16Array(n * 2 + 2);
  const out = folded;
  const table = FOLD;
  let o = 0;
  let previous = 0x20; // as if after a space: no leading space
  for (let i = 0; i < n; i++) {
    const m = table[text.charCodeAt(i)]!;
    if (m < MULTI_MARK) {
      if (m === 0x30 && previous === 0x30) continue; // "00" → "0": the text's digits are all 0 already
      out[o++] = m;
      previous = m;
    } else if (m === SPACE_MARK) {
      if (previous !== 0x20) {
        out[o++] = 0x20;
        previous = 0x20;
      }
    } else if (m === MULTI_MARK) {
      const multi = MULTI.get(text.charCodeAt(i))!;
      for (let k = 0; k < multi.length; k++) out[o++] = multi.charCodeAt(k);
      previous = multi.charCodeAt(multi.length - 1);
    }
  }
  if (o > 0 && out[o - 1] === 0x20) o--;
  return o;
}

/** The folding as a string, for phrases (and tests). */
export function foldText(text: string): string {
  const n = foldInto(text);
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(folded[i]!);
  return s;
}

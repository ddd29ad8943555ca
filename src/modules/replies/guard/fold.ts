/**
 * Folding for phrase matching, keeping offsets: the reply and the rule phrases go through the same
 * table, so case, accents, keyboard variants and typography do not matter — Latin, Greek and
 * Cyrillic lower-cased and stripped of accents (é→e, ß→ss, ł→l, ı/İ→i, đ→d, ø→o, ё→е, й→и), full-width
 * ASCII made ASCII, Arabic marks and tatweel dropped with alef/yeh/teh-marbuta unified and Arabic-Indic
 * digits made ASCII, typographic quotes and dashes made ASCII, zero-width characters dropped. A run of
 * whitespace becomes one space, or one "\n" when it holds a line break. Han, kana and Hangul stay as
 * they are (kana keep their voicing marks).
 *
 * `fold` also returns, for every folded code unit, the index of the original code unit it came from,
 * so a match in the folded text maps back to an excerpt of the original. Tables are built at load;
 * folding writes into reused typed arrays (no string is built for a reply).
 */

const KEEP = 0;
const DROP = 0xffff;
const SPACE = 0xfffe;
const NEWLINE = 0xfffd;
const MULTI = 0xfffc;

const TABLE = new Uint16Array(0x10000);
const MULTIS = new Map<number, string>();

/**
 * 1 for the letters and digits of scripts that put spaces between words (Latin, Greek, Cyrillic,
 * Hebrew, Armenian, Georgian, digits): phrases of these scripts match whole words only. Han, kana,
 * Hangul, Thai and Arabic (whose clitics and suffixes are written together with the word) match anywhere.
 */
export const SPACED = new Uint8Array(0x10000);

const SPECIAL: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd',
  þ: 'th', Þ: 'th', ł: 'l', Ł: 'l', ħ: 'h', Ħ: 'h', ı: 'i', İ: 'i', ŀ: 'l', Ŀ: 'l', ĳ: 'ij', Ĳ: 'ij',
  ŧ: 't', Ŧ: 't', ё: 'е', Ё: 'е',
};

function set(code: number, out: string): void {
  if (out.length === 0) TABLE[code] = DROP;
  else if (out.length === 1) TABLE[code] = out.charCodeAt(0) === code ? KEEP : out.charCodeAt(0);
  else {
    TABLE[code] = MULTI;
    MULTIS.set(code, out);
  }
}

function build(): void {
  const letterOrMark = /[\p{L}\p{M}\p{Nd}]/u;
  const spacedRanges: [number, number][] = [
    [0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x370, 0x3ff], [0x400, 0x52f], [0x531, 0x58f],
    [0x5d0, 0x5ea], [0x10a0, 0x10ff], [0x1e00, 0x1eff],
  ];
  for (const [from, to] of spacedRanges) {
    for (let c = from; c <= to; c++) if (letterOrMark.test(String.fromCharCode(c))) SPACED[c] = 1;
  }
  SPACED[0xd7] = 0;
  SPACED[0xf7] = 0;

  const strip = (c: number): void => {
    const ch = String.fromCharCode(c);
    set(c, SPECIAL[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  };
  for (let c = 0x41; c <= 0x5a; c++) TABLE[c] = c + 32;
  for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) strip(c);
  for (let c = 0x1e00; c <= 0x1eff; c++) strip(c);
  for (let c = 0x370; c <= 0x3ff; c++) strip(c);
  for (let c = 0x400; c <= 0x52f; c++) strip(c);
  for (let c = 0x300; c <= 0x36f; c++) TABLE[c] = DROP; // combining accents written separately
  TABLE[0xad] = DROP; // soft hyphen

  // Full-width ASCII (！ → !, Ａ → a, ０ → 0).
  for (let c = 0xff01; c <= 0xff5e; c++) {
    const ascii = c - 0xff01 + 0x21;
    TABLE[c] = ascii >= 0x41 && ascii <= 0x5a ? ascii + 32 : ascii;
  }

  // Arabic: marks and tatweel dropped, letter variants unified, digits and punctuation made ASCII.
  for (let c = 0x610; c <= 0x61a; c++) TABLE[c] = DROP;
  for (let c = 0x64b; c <= 0x65f; c++) TABLE[c] = DROP;
  TABLE[0x670] = DROP;
  TABLE[0x640] = DROP;
  for (const c of [0x622, 0x623, 0x625, 0x671]) TABLE[c] = 0x627;
  TABLE[0x649] = 0x64a;
  TABLE[0x6cc] = 0x64a;
  TABLE[0x629] = 0x647;
  TABLE[0x6a9] = 0x643;
  TABLE[0x60c] = 0x2c;
  TABLE[0x61b] = 0x3b;
  TABLE[0x61f] = 0x3f;
  TABLE[0x66a] = 0x25; // ٪
  for (let d = 0; d < 10; d++) {
    TABLE[0x660 + d] = 0x30 + d;
    TABLE[0x6f0 + d] = 0x30 + d;
  }
  // Hebrew points.
  for (let c = 0x591; c <= 0x5c7; c++) if (c !== 0x5be && c !== 0x5c0 && c !== 0x5c3 && c !== 0x5c6) TABLE[c] = DROP;

  // Typography.
  for (let c = 0x2010; c <= 0x2015; c++) TABLE[c] = 0x2d;
  for (const c of [0x2018, 0x2019, 0x201b, 0x2032, 0xb4, 0x60, 0x5f3]) TABLE[c] = 0x27;
  for (const c of [0x201c, 0x201d, 0x201e, 0x5f4]) TABLE[c] = 0x22;
  set(0x2026, '...');
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) TABLE[c] = DROP;
  for (let c = 0xfe00; c <= 0xfe0f; c++) TABLE[c] = DROP;

  for (const c of [0x9, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) TABLE[c] = SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) TABLE[c] = SPACE;
  for (const c of [0xa, 0xb, 0xc, 0xd, 0x85, 0x2028, 0x2029]) TABLE[c] = NEWLINE;
}

build();

export interface Folded {
  /** The folded text as UTF-16 code units: `codes[0 .. length)`. */
  codes: Uint16Array;
  length: number;
  /** For each folded code unit, the index of the original code unit it came from; `map[length]` is the original length. */
  map: Int32Array;
}

let codes = new Uint16Array(2048);
let positions = new Int32Array(2049);

/**
 * Folds `text` into buffers the next call reuses: read `codes` and `map` before folding another text.
 */
export function fold(text: string): Folded {
  const n = text.length;
  if (codes.length < n * 3 + 1) {
    codes = new Uint16Array(n * 3 + 1);
    positions = new Int32Array(n * 3 + 2);
  }
  const out = codes;
  const at = positions;
  const table = TABLE;
  let o = 0;
  let pendingSpace = 0; // 0: none, SPACE or NEWLINE
  let spaceAt = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const m = table[c]!;
    if (m === KEEP) {
      if (pendingSpace !== 0) {
        out[o] = pendingSpace === NEWLINE ? 0x0a : 0x20;
        at[o++] = spaceAt;
        pendingSpace = 0;
      }
      out[o] = c;
      at[o++] = i;
      continue;
    }
    if (m === SPACE || m === NEWLINE) {
      if (pendingSpace === 0) spaceAt = i;
      if (pendingSpace !== NEWLINE) pendingSpace = m;
      continue;
    }
    if (m === DROP) continue;
    if (pendingSpace !== 0) {
      out[o] = pendingSpace === NEWLINE ? 0x0a : 0x20;
      at[o++] = spaceAt;
      pendingSpace = 0;
    }
    if (m === MULTI) {
      const s = MULTIS.get(c)!;
      for (let k = 0; k < s.length; k++) {
        out[o] = s.charCodeAt(k);
        at[o++] = i;
      }
    } else {
      out[o] = m;
      at[o++] = i;
    }
  }
  if (pendingSpace !== 0) {
    out[o] = pendingSpace === NEWLINE ? 0x0a : 0x20;
    at[o++] = spaceAt;
  }
  at[o] = n;
  return { codes: out, length: o, map: at };
}

/** The folded text as a string (for phrases and tests). */
export function foldText(text: string): string {
  const f = fold(text);
  let s = '';
  for (let i = 0; i < f.length; i += 4096) {
    s += String.fromCharCode.apply(null, f.codes.subarray(i, Math.min(f.length, i + 4096)) as unknown as number[]);
  }
  return s;
}

/** The folded form of a phrase (no offsets), trimmed. */
export function foldPhrase(phrase: string): string {
  return foldText(phrase).trim();
}


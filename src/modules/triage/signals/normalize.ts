/**
 * One pass over a buyer's message that both lexicon matching and sentiment read from:
 * lower-case, Latin accents folded (é→e, ß→ss, ł→l, ı→i, đ→d), Arabic vowel marks and tatweel
 * dropped and alef/yeh/teh-marbuta unified, Hebrew points dropped, full-width ASCII made ASCII,
 * typographic quotes/dashes/spaces made plain, whitespace runs collapsed to one space.
 *
 * Kana, Hangul, Han, Thai and Cyrillic letters are kept as they are (a dakuten, a Hangul jamo or
 * the breve of й is not an accent), except ё→е. Lexicon terms go through the same function, so a
 * term written with accents ("Rückbuchung") matches text written with or without them.
 *
 * Tables are built once at module load; per message, only native string operations run.
 */

const DROP = 0xffff;
/** code unit → replacement code unit (0 = keep as is, DROP = remove). */
const SINGLE = new Uint16Array(0x10000);
/** code unit → replacement of more than one unit (ß → ss). */
const MULTI = new Map<number, string>();
/** 1: a letter or digit of a script that separates words with spaces (Latin, Greek, Cyrillic, Hebrew, Arabic). */
export const WORD = new Uint8Array(0x10000);
/** 1: a character of a script written without spaces between words (Han, kana, Hangul, Thai): every one starts a unit. */
export const IDEO = new Uint8Array(0x10000);
/** 1: ends a clause for negation scope (after folding). */
export const CLAUSE_BREAK = new Uint8Array(0x10000);

function setRange(table: Uint8Array, from: number, to: number): void {
  table.fill(1, from, to + 1);
}

const SPECIAL_LATIN: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd',
  þ: 'th', Þ: 'th', ł: 'l', Ł: 'l', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't', ı: 'i', İ: 'i', ĳ: 'ij', Ĳ: 'ij', ŀ: 'l', Ŀ: 'l',
};

function foldLatin(code: number): void {
  const ch = String.fromCharCode(code);
  const special = SPECIAL_LATIN[ch];
  let out = special ?? ch.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (out === ch) return;
  if (out.length === 0) out = ch.toLowerCase();
  if (out.length === 1) SINGLE[code] = out.charCodeAt(0);
  else MULTI.set(code, out);
}

function buildTables(): void {
  // Letters and digits of space-delimited scripts.
  setRange(WORD, 0x30, 0x39);
  setRange(WORD, 0x41, 0x5a);
  setRange(WORD, 0x61, 0x7a);
  setRange(WORD, 0xc0, 0x24f);
  WORD[0xd7] = 0; // ×
  WORD[0xf7] = 0; // ÷
  setRange(WORD, 0x370, 0x3ff);
  setRange(WORD, 0x400, 0x52f);
  setRange(WORD, 0x5d0, 0x5ea);
  setRange(WORD, 0x620, 0x64a);
  setRange(WORD, 0x660, 0x669);
  setRange(WORD, 0x66e, 0x6d3);
  setRange(WORD, 0x6f0, 0x6f9);
  setRange(WORD, 0x1e00, 0x1eff);
  setRange(WORD, 0xff10, 0xff19);
  setRange(WORD, 0xff21, 0xff3a);
  setRange(WORD, 0xff41, 0xff5a);

  // Scripts without spaces between words.
  setRange(IDEO, 0xe01, 0xe4e); // Thai
  setRange(IDEO, 0x1100, 0x11ff); // Hangul jamo
  setRange(IDEO, 0x3041, 0x30ff); // kana
  setRange(IDEO, 0x3131, 0x318e); // Hangul compatibility jamo (ㅋㅋ)
  setRange(IDEO, 0x3400, 0x4dbf);
  setRange(IDEO, 0x4e00, 0x9fff);
  setRange(IDEO, 0xac00, 0xd7a3); // Hangul syllables
  setRange(IDEO, 0xf900, 0xfaff);
  setRange(IDEO, 0xff66, 0xff9f); // half-width katakana

  // Folding.
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
  SINGLE[0xa0] = 0x20;
  SINGLE[0x9] = 0x20;
  SINGLE[0xa] = 0x20;
  SINGLE[0xb] = 0x20;
  SINGLE[0xc] = 0x20;
  SINGLE[0xd] = 0x20;

  // Hebrew points and cantillation; geresh and gershayim as ASCII quotes.
  for (let c = 0x591; c <= 0x5c7; c++) if (c !== 0x5be && c !== 0x5c0 && c !== 0x5c3 && c !== 0x5c6) SINGLE[c] = DROP;
  SINGLE[0x5be] = 0x2d;
  SINGLE[0x5f3] = 0x27;
  SINGLE[0x5f4] = 0x22;

  // Arabic: harakat and tatweel dropped; alef, yeh and teh marbuta unified; digits and punctuation.
  for (let c = 0x610; c <= 0x61a; c++) SINGLE[c] = DROP;
  for (let c = 0x64b; c <= 0x65f; c++) SINGLE[c] = DROP;
  SINGLE[0x670] = DROP;
  SINGLE[0x640] = DROP;
  SINGLE[0x622] = 0x627;
  SINGLE[0x623] = 0x627;
  SINGLE[0x625] = 0x627;
  SINGLE[0x671] = 0x627;
  SINGLE[0x649] = 0x64a;
  SINGLE[0x6cc] = 0x64a;
  SINGLE[0x629] = 0x647;
  SINGLE[0x6a9] = 0x643;
  for (let d = 0; d < 10; d++) {
    SINGLE[0x660 + d] = 0x30 + d;
    SINGLE[0x6f0 + d] = 0x30 + d;
  }
  SINGLE[0x60c] = 0x2c; // ،
  SINGLE[0x61b] = 0x3b; // ؛
  SINGLE[0x61f] = 0x3f; // ؟

  // Typography.
  for (let c = 0x2000; c <= 0x200a; c++) SINGLE[c] = 0x20;
  SINGLE[0x200b] = DROP;
  SINGLE[0x2028] = 0x20;
  SINGLE[0x2029] = 0x20;
  SINGLE[0x202f] = 0x20;
  SINGLE[0x205f] = 0x20;
  SINGLE[0x2060] = DROP;
  SINGLE[0xfeff] = DROP;
  for (let c = 0x2010; c <= 0x2015; c++) SINGLE[c] = 0x2d;
  SINGLE[0x2212] = 0x2d;
  SINGLE[0x2018] = 0x27;
  SINGLE[0x2019] = 0x27;
  SINGLE[0x201b] = 0x27;
  SINGLE[0x2032] = 0x27;
  SINGLE[0xb4] = 0x27;
  SINGLE[0x60] = 0x27;
  SINGLE[0x201c] = 0x22;
  SINGLE[0x201d] = 0x22;
  SINGLE[0x201e] = 0x22;
  SINGLE[0xab] = 0x22;
  SINGLE[0xbb] = 0x22;
  MULTI.set(0x2026, '...');
  SINGLE[0xfe0e] = DROP; // variation selectors: ❤️ and ❤ are one heart
  SINGLE[0xfe0f] = DROP;

  // CJK punctuation and full-width ASCII.
  SINGLE[0x3000] = 0x20;
  SINGLE[0x3001] = 0x2c; // 、
  SINGLE[0x3002] = 0x2e; // 。
  SINGLE[0xff61] = 0x2e;
  SINGLE[0xff64] = 0x2c;
  for (let c = 0xff01; c <= 0xff5e; c++) {
    const ascii = c - 0xfee0;
    SINGLE[c] = ascii >= 0x41 && ascii <= 0x5a ? ascii + 32 : ascii;
  }
  // Half-width katakana as full-width (their voiced marks stay separate: rare in buyer mail).
  for (let c = 0xff66; c <= 0xff9d; c++) {
    const out = String.fromCharCode(c).normalize('NFKC');
    if (out.length === 1) SINGLE[c] = out.charCodeAt(0);
  }

  for (const ch of '.!?;:,\u00a1\u00bf') CLAUSE_BREAK[ch.charCodeAt(0)] = 1;
}

buildTables();

/** The replacement of every non-ASCII code unit that folding changes (after toLowerCase). */
const FOLD = new Map<string, string>();
for (let c = 0x80; c < 0x10000; c++) {
  const single = SINGLE[c]!;
  const multi = MULTI.get(c);
  if (single !== 0 || multi !== undefined) FOLD.set(String.fromCharCode(c), multi ?? (single === DROP ? '' : String.fromCharCode(single)));
}
/**
 * Where folding may change something in lower-cased text: few, coarse ranges, so that the regex
 * stays fast (a character in a range that needs no change is given back as is). Letters of Hebrew,
 * Arabic, CJK, Thai, Hangul and Cyrillic (but ё) are outside it.
 */
const FOLD_RE =
  /[\u00a0-\u024f\u0300-\u036f\u0386-\u03ce\u0450\u0451\u0591-\u05c7\u05f3\u05f4\u060c\u0610-\u061b\u061f\u0622\u0623\u0625\u0629\u0640\u0649\u064b-\u0669\u0670\u0671\u06a9\u06cc\u06f0-\u06f9\u1e00-\u1eff\u2000-\u206f\u2212\u3000-\u3002\ufe0e\ufe0f\ufeff\uff01-\uff9d]/g;
const foldChar = (ch: string): string => FOLD.get(ch) ?? ch;
const NON_ASCII = /[^\u0000-\u007f]/;
const SPACES_TO_COLLAPSE = /\s{2,}|[\t\n\r\v\f]/;
const SPACES = /\s+/g;
const MARK_RUNS = /[!?]+/g;
/**
 * Capitals and letters of the cased scripts (Latin, Greek, Cyrillic). Plain (non-Unicode-property)
 * classes: \\p{Lu} costs microseconds on a Hangul or Han message.
 */
const UPPER_CLASS =
  'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0104\\u0106\\u010c\\u010e\\u0118\\u011a\\u011e\\u0130\\u0141\\u0143\\u0147\\u0150\\u0158\\u015a\\u015e\\u0160\\u0164\\u016e\\u0170\\u0179\\u017b\\u017d\\u0391-\\u03a9\\u0400-\\u042f';
const LOWER_CLASS = 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff\\u0105\\u0107\\u010d\\u010f\\u0119\\u011b\\u011f\\u0131\\u0142\\u0144\\u0148\\u0151\\u0159\\u015b\\u015f\\u0161\\u0165\\u016f\\u0171\\u017a\\u017c\\u017e\\u03ac-\\u03ce\\u0430-\\u045f';
const LETTER_CLASS = 'A-Za-z0-9\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
/** Three or more capitals; `capsWordsOf` keeps those that are a whole word ("SCAM", not "LX123"). */
const CAPS_RUN = new RegExp(`[${UPPER_CLASS}]{3,}`, 'g');
const LETTER = new RegExp(`[${LETTER_CLASS}]`);
/** Cheap pre-check for CAPS_WORD and shouting. */
const THREE_CAPITALS = new RegExp(`[${UPPER_CLASS}]{3}`);
const NOT_UPPER = new RegExp(`[^${UPPER_CLASS}]+`, 'g');
const NOT_LOWER = new RegExp(`[^${LOWER_CLASS}]+`, 'g');

export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** Folded words written in capitals ("scam" for "SCAM"), or null when there are none. */
  capsWords: Set<string> | null;
  /** More than two thirds of the letters are capitals (at least 6 of them). */
  shouting: boolean;
  /** '!' count plus every '?' or '!' that directly follows another one ("??" → 1, "!!!" → 3). */
  emphasisMarks: number;
  /** Longest run of '!'/'?' (after folding full-width ？！). */
  longestMarkRun: number;
}

function fold(lower: string): string {
  let s = NON_ASCII.test(lower) ? lower.replace(FOLD_RE, foldChar) : lower;
  if (SPACES_TO_COLLAPSE.test(s)) s = s.replace(SPACES, ' ');
  return s;
}

/** Folds a message (native string operations: a few hundred nanoseconds for 300 characters). */
export function normalizeText(input: string): NormalizedText {
  const text = fold(input.toLowerCase());

  let emphasisMarks = 0;
  let longestMarkRun = 0;
  if (text.includes('!') || text.includes('?')) {
    for (const m of text.matchAll(MARK_RUNS)) {
      const run = m[0];
      if (run.length > longestMarkRun) longestMarkRun = run.length;
      for (let k = 0; k < run.length; k++) if (run.charCodeAt(k) === 0x21 || k > 0) emphasisMarks++;
    }
  }

  let capsWords: Set<string> | null = null;
  let shouting = false;
  if (THREE_CAPITALS.test(input)) {
    for (const m of input.matchAll(CAPS_RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      if ((start > 0 && LETTER.test(input[start - 1]!)) || (end < input.length && LETTER.test(input[end]!))) continue;
      (capsWords ??= new Set()).add(fold(m[0].toLowerCase()));
    }
    const upper = input.replace(NOT_UPPER, '').length;
    if (upper >= 6) shouting = upper >= 2 * input.replace(NOT_LOWER, '').length;
  }
  return { text, capsWords, shouting, emphasisMarks, longestMarkRun };
}

/** The folding alone, for lexicon terms. */
export function foldTerm(term: string): string {
  return fold(term.toLowerCase()).trim();
}

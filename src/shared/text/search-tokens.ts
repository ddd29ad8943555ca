/**
 * Full-text search lexemes computed in JS rather than by a Postgres text-search parser, so that search
 * behaves identically on PostgreSQL and PGlite whatever their locale, and finds words in scripts written
 * without spaces (Chinese, Japanese, Thai, …). Documents become a tsvector literal and search input a
 * tsquery literal; both are passed as strings and cast in SQL (`$1::tsvector`, `$2::tsquery`), so the
 * lexemes are matched verbatim.
 */

export const SEARCH_LIMITS = {
  maxLexemeLength: 60,
  // 4000 lexemes of 60 four-byte characters stay under Postgres's 1 MB limit on a tsvector's text.
  maxLexemes: 4000,
  maxQueryTerms: 32,
  maxQueryChars: 256,
} as const;

/** Scripts written without spaces between words; a run never mixes two families. */
type Family = 'cjk' | 'hangul' | 'thai' | 'lao' | 'khmer' | 'myanmar';

type CharKind = Family | 'word' | 'mark' | 'joiner' | 'other';

/** A space-separated word, possibly several parts joined by `-._'@/` (an order number, an e-mail). */
interface WordToken {
  kind: 'word';
  parts: string[];
  joiners: string[];
}

/** A maximal run of characters of one no-space family, as code points. */
interface RunToken {
  kind: 'run';
  family: Family;
  chars: string[];
}

type Token = WordToken | RunToken;

interface QueryTerm {
  lexeme: string;
  prefix: boolean;
}

// Script_Extensions rather than Script: the prolonged sound mark ー and the kana voicing marks are
// "Common"/"Inherited" by Script but belong inside Japanese words.
const FAMILIES: ReadonlyArray<readonly [Family, RegExp]> = [
  ['cjk', /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]$/u],
  ['hangul', /^\p{scx=Hangul}$/u],
  ['thai', /^\p{scx=Thai}$/u],
  ['lao', /^\p{scx=Lao}$/u],
  ['khmer', /^\p{scx=Khmer}$/u],
  ['myanmar', /^\p{scx=Myanmar}$/u],
];

const LETTER_DIGIT_OR_MARK = /^[\p{L}\p{N}\p{M}]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const JOINERS = new Set(['-', '.', '_', "'", '@', '/']);

// Invisible characters (soft hyphens, zero-width spaces that editors put between Thai words, ZWNJ,
// variation selectors, bidi marks) are never typed into a search box, so they must not split or alter words.
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

function normalize(text: string): string {
  // Final sigma is folded to σ: JS lowercases Σ by context, so the same word could otherwise differ.
  return text.normalize('NFKC').replace(IGNORABLE, '').toLowerCase().replace(/ς/g, 'σ');
}

function charKind(ch: string | undefined): CharKind {
  if (ch === undefined) return 'other';
  if (!LETTER_DIGIT_OR_MARK.test(ch)) return JOINERS.has(ch) ? 'joiner' : 'other';
  for (const [family, pattern] of FAMILIES) if (pattern.test(ch)) return family;
  return LETTER_OR_DIGIT.test(ch) ? 'word' : 'mark';
}

function isFamily(kind: CharKind): kind is Family {
  return kind !== 'word' && kind !== 'mark' && kind !== 'joiner' && kind !== 'other';
}

/** Reads a word starting at `start`, which holds a letter or digit; returns it and where it ends. */
function readWord(chars: string[], start: number): { token: WordToken; end: number } {
  const parts: string[] = [];
  const joiners: string[] = [];
  let part = '';
  let i = start;
  for (; i < chars.length; i++) {
    const ch = chars[i]!;
    const kind = charKind(ch);
    if (kind === 'word' || kind === 'mark') {
      part += ch;
    } else if (kind === 'joiner' && charKind(chars[i + 1]) === 'word') {
      parts.push(part);
      joiners.push(ch);
      part = '';
    } else {
      break;
    }
  }
  parts.push(part);
  return { token: { kind: 'word', parts, joiners }, end: i };
}

/** Reads a run of `family` starting at `start`; combining marks of no particular script stay in the run. */
function readRun(chars: string[], start: number, family: Family): { token: RunToken; end: number } {
  let i = start + 1;
  while (i < chars.length) {
    const kind = charKind(chars[i]);
    if (kind !== family && kind !== 'mark') break;
    i++;
  }
  return { token: { kind: 'run', family, chars: chars.slice(start, i) }, end: i };
}

/** Words and runs of normalized text, in order. A combining mark with nothing to attach to is dropped. */
function* tokenize(text: string): Generator<Token> {
  const chars = Array.from(text);
  let i = 0;
  while (i < chars.length) {
    const kind = charKind(chars[i]);
    if (kind === 'word') {
      const { token, end } = readWord(chars, i);
      yield token;
      i = end;
    } else if (isFamily(kind)) {
      const { token, end } = readRun(chars, i, kind);
      yield token;
      i = end;
    } else {
      i++;
    }
  }
}

function wholeWord(word: WordToken): string {
  return word.parts.map((part, i) => (i === 0 ? part : word.joiners[i - 1]! + part)).join('');
}

/** The joined forms starting at each part but the last: `a.b@c` → `a.b@c`, `b@c`. */
function joinedSuffixes(word: WordToken): string[] {
  const suffixes: string[] = [];
  let suffix = word.parts[word.parts.length - 1]!;
  for (let i = word.parts.length - 2; i >= 0; i--) {
    suffix = word.parts[i]! + word.joiners[i]! + suffix;
    suffixes.unshift(suffix);
  }
  return suffixes;
}

function bigrams(chars: string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}

function documentTokenLexemes(token: Token): string[] {
  // Every suffix is indexed so that a trailing part such as `example.com` or `1234567-1234567`
  // is found by a prefix query, not just the whole form.
  if (token.kind === 'word') return [...token.parts, ...joinedSuffixes(token)];
  // The run-final character is indexed alone because it starts no bigram: with it, a one-character
  // prefix query finds every occurrence of that character.
  const lexemes = [...bigrams(token.chars), token.chars[token.chars.length - 1]!];
  // Korean separates words with spaces, so the whole word is a meaningful lexeme too.
  if (token.family === 'hangul' && token.chars.length > 2) lexemes.push(token.chars.join(''));
  return lexemes;
}

function queryTokenTerms(token: Token): QueryTerm[] {
  if (token.kind === 'word') {
    return [{ lexeme: wholeWord(token), prefix: true }];
  }
  if (token.chars.length === 1) return [{ lexeme: token.chars[0]!, prefix: true }];
  return bigrams(token.chars).map((lexeme) => ({ lexeme, prefix: false }));
}

/** Truncates to the lexeme length cap by code points, so a surrogate pair is never split. */
function capLexeme(lexeme: string): string {
  if (lexeme.length <= SEARCH_LIMITS.maxLexemeLength) return lexeme;
  return Array.from(lexeme).slice(0, SEARCH_LIMITS.maxLexemeLength).join('');
}

function firstCodePoints(text: string, max: number): string {
  if (text.length <= max) return text;
  let head = '';
  let count = 0;
  for (const ch of text) {
    if (count++ === max) break;
    head += ch;
  }
  return head;
}

function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The unique search lexemes of a document (ticket subject, message body), in order of appearance.
 *
 * @example
 * documentLexemes('Lieferung 305-1234567 我的订单');
 * // ['lieferung', '305', '1234567', '305-1234567', '我的', '的订', '订单', '单']
 */
export function documentLexemes(text: string): string[] {
  const lexemes = new Set<string>();
  for (const token of tokenize(normalize(text))) {
    for (const lexeme of documentTokenLexemes(token)) {
      lexemes.add(capLexeme(lexeme));
      if (lexemes.size >= SEARCH_LIMITS.maxLexemes) return [...lexemes];
    }
  }
  return [...lexemes];
}

/**
 * A tsvector literal of lexemes, to be cast in SQL (`$1::tsvector`); `''` for none.
 *
 * @example
 * toTsvectorLiteral(["o'brien", 'lieferung']); // "'o''brien' 'lieferung'"
 */
export function toTsvectorLiteral(lexemes: string[]): string {
  return lexemes.map(quoteLexeme).join(' ');
}

/**
 * A tsquery literal that finds documents containing every term of a search box input, to be cast in
 * SQL (`$1::tsquery`); null when the input has nothing searchable. Words match as prefixes; text in a
 * script without spaces matches by its bigrams.
 *
 * @example
 * searchQuery('liefer 订单'); // "'liefer':* & '订单'"
 * searchQuery("O'Brien");     // "'o''brien':*"
 * searchQuery('?!');          // null
 */
export function searchQuery(input: string): string | null {
  const terms = searchTerms(input);
  return terms.length === 0 ? null : terms.map((t) => quoteLexeme(t.lexeme) + (t.prefix ? ':*' : '')).join(' & ');
}

/**
 * The terms `searchQuery` ANDs together, for callers that reason about them (the list query
 * estimates how common a search is from them).
 *
 * @example searchTerms('liefer 订单') // [{ lexeme: 'liefer', prefix: true }, { lexeme: '订单', prefix: false }]
 */
export function searchTerms(input: string): { lexeme: string; prefix: boolean }[] {
  const terms = new Map<string, { lexeme: string; prefix: boolean }>();
  for (const token of tokenize(normalize(firstCodePoints(input, SEARCH_LIMITS.maxQueryChars)))) {
    for (const { lexeme, prefix } of queryTokenTerms(token)) {
      const capped = capLexeme(lexeme);
      terms.set(capped + (prefix ? ':*' : ''), { lexeme: capped, prefix });
      if (terms.size >= SEARCH_LIMITS.maxQueryTerms) return [...terms.values()];
    }
  }
  return [...terms.values()];
}

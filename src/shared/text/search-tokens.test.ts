import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentLexemes, SEARCH_LIMITS, searchQuery, toTsvectorLiteral } from './search-tokens.js';

interface Term {
  lexeme: string;
  prefix: boolean;
}

const WELL_FORMED_QUERY = /^'(?:[^']|'')*'(?::\*)?(?: & '(?:[^']|'')*'(?::\*)?)*$/s;

/**
 * Reads a literal the way Postgres does: quoted lexemes in which `''` is a quote and a backslash
 * escapes the next character, each followed by `suffix` (`:*` for a prefix term), separated by `separator`.
 */
function parseLiteral(literal: string, separator: string, suffix: RegExp): Term[] {
  const term = new RegExp(String.raw`'((?:[^'\\]|''|\\.)*)'(${suffix.source})?`, 'sy');
  const terms: Term[] = [];
  while (term.lastIndex < literal.length) {
    if (terms.length > 0) {
      if (!literal.startsWith(separator, term.lastIndex)) throw new Error(`malformed literal: ${literal}`);
      term.lastIndex += separator.length;
    }
    const match = term.exec(literal);
    if (!match) throw new Error(`malformed literal: ${literal}`);
    const lexeme = match[1]!.replace(/''|\\(.)/gs, (_pair, escaped: string | undefined) => escaped ?? "'");
    terms.push({ lexeme, prefix: match[2] !== undefined });
  }
  return terms;
}

function parseQuery(literal: string): Term[] {
  return parseLiteral(literal, ' & ', /:\*/);
}

function parseTsvector(literal: string): string[] {
  return parseLiteral(literal, ' ', /(?!)/).map(({ lexeme }) => lexeme);
}

/** What `document::tsvector @@ query::tsquery` answers for an AND-only query. */
function matches(query: string | null, lexemes: string[]): boolean {
  if (query === null) return false;
  const present = new Set(lexemes);
  return parseQuery(query).every(({ lexeme, prefix }) =>
    prefix ? lexemes.some((candidate) => candidate.startsWith(lexeme)) : present.has(lexeme),
  );
}

function finds(document: string, search: string): boolean {
  return matches(searchQuery(search), documentLexemes(document));
}

describe('searching text written without spaces', () => {
  it.each([
    ['我的订单还没有收到', '订单', true],
    ['我的订单还没有收到', '收到', true],
    ['我的订单还没有收到', '还没有', true],
    ['我的订单还没有收到', '快递', false],
    ['我的订单还没有收到', '单', true],
    ['我的订单还没有收到', '到', true],
    ['我的订单还没有收到', '件', false],
    ['荷物がまだ届いていません', '届いて', true],
    ['荷物がまだ届いていません', '荷物', true],
    ['荷物がまだ届いていません', '配達', false],
    ['コーヒーが届きました', 'コーヒー', true],
    ['ｺｰﾋｰが届きました', 'コーヒー', true],
    ['สินค้ายังไม่มาถึง', 'ยังไม่', true],
    ['สินค้ายังไม่มาถึง', 'สินค้า', true],
    ['สินค้ายังไม่มาถึง', 'โทรศัพท์', false],
    ['สินค้า\u200Bยังไม่มาถึง', 'ค้ายัง', true],
    ['주문한 상품이 아직 안 왔어요', '상품', true],
    ['주문한 상품이 아직 안 왔어요', '주문', true],
    ['주문한 상품이 아직 안 왔어요', '아직 안', true],
    ['주문한 상품이 아직 안 왔어요', '배송', false],
    ['iPhone 15が届かない', 'iphone 届か', true],
  ])('%s — searching %s finds it: %s', (document, search, expected) => {
    expect(finds(document, search)).toBe(expected);
  });

  it('finds a single character wherever it occurs, including at the end of a run', () => {
    const lexemes = documentLexemes('我的订单还没有收到');
    expect(lexemes.some((lexeme) => lexeme.startsWith('单'))).toBe(true);
    expect(lexemes).toContain('到');
  });

  it('indexes a whole Korean word besides its bigrams', () => {
    expect(documentLexemes('주문한 상품이')).toEqual(expect.arrayContaining(['주문', '문한', '주문한', '상품이']));
  });
});

describe('searching space-separated words', () => {
  it.each([
    ['Ihre Lieferung ist unterwegs', 'liefer', true],
    ['Ihre Lieferung ist unterwegs', 'LIEFERUNG', true],
    ['Ihre Lieferung ist unterwegs', 'lieferung unterwegs', true],
    ['Ihre Lieferung ist unterwegs', 'lieferung storniert', false],
    ['Ihre Lieferung ist unterwegs', 'ferung', false],
    ['Where is my delivery?', 'deliv', true],
    ['ＬＩＥＦＥＲＵＮＧ', 'lieferung', true],
    ['Straße naïve café', 'NAÏVE', true],
    ['ΟΔΟΣ ΕΡΜΟΥ', 'οδοσ', true],
    ['Order 305-1234567-1234567 has not arrived', '305-1234567-1234567', true],
    ['Order 305-1234567-1234567 has not arrived', '1234567', true],
    ['Order 305-1234567-1234567 has not arrived', '305-1234567', true],
    ['Order 305-1234567-1234567 has not arrived', '1234567-1234567', true],
    ['Order 305-1234567-1234567 has not arrived', '305-7654321', false],
    ['Tracking: LX123456789CN.', 'lx123456789cn', true],
    ['Please write to jane.doe@example.com', 'jane.doe@example.com', true],
    ['Please write to jane.doe@example.com', 'jane', true],
    ['Please write to jane.doe@example.com', 'example.com', true],
    ['Please write to jane.doe@example.com', 'john@example.com', false],
    ["Mr O'Brien called", "o'brien", true],
    ["Mr O'Brien called", 'brien', true],
  ])('%s — searching %s finds it: %s', (document, search, expected) => {
    expect(finds(document, search)).toBe(expected);
  });

  it('does not let invisible characters split a word', () => {
    expect(finds('Liefer\u00ADung', 'lieferung')).toBe(true);
  });
});

describe('searchQuery', () => {
  it.each([
    ['Lieferung', "'lieferung':*"],
    ['订单', "'订单'"],
    ['我的订单', "'我的' & '的订' & '订单'"],
    ['单', "'单':*"],
    ['コーヒー', "'コー' & 'ーヒ' & 'ヒー'"],
    ["O'Brien", "'o''brien':*"],
    ['305-1234567', "'305-1234567':*"],
    ['liefer 订单 liefer', "'liefer':* & '订单'"],
    ["'; DROP TABLE tickets; --", "'drop':* & 'table':* & 'tickets':*"],
    ['foo:* & bar | !(baz) <-> qux', "'foo':* & 'bar':* & 'baz':* & 'qux':*"],
    ['back\\slash', "'back':* & 'slash':*"],
  ])('turns %j into %s', (input, expected) => {
    expect(searchQuery(input)).toBe(expected);
  });

  it.each([[''], ['   '], ['!?…'], ["&|!():*<>'\\"], ['📦🚚👍️'], ['\u200F\u202E'], ['\0\0'], ['\u0301']])(
    'has nothing to search for in %j',
    (input) => {
      expect(searchQuery(input)).toBeNull();
    },
  );

  it('caps the number of terms and the length of the input', () => {
    const manyWords = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    expect(parseQuery(searchQuery(manyWords)!)).toHaveLength(SEARCH_LIMITS.maxQueryTerms);
    expect(parseQuery(searchQuery('字'.repeat(10_000))!).length).toBeLessThanOrEqual(SEARCH_LIMITS.maxQueryTerms);
    expect(searchQuery(`${'a'.repeat(SEARCH_LIMITS.maxQueryChars)} secret`)).toBe(`'${'a'.repeat(60)}':*`);
  });

  it('never produces a malformed tsquery, whatever is typed', () => {
    const hostile = fc.string({
      unit: fc.constantFrom("'", "''", '\\', '&', '|', '!', '(', ')', ':', '*', '<', '>', '\0', '\u200F', '-', '@', 'a', 'É', '我', 'ก', ' ', '🚚'),
    });
    const inputs = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), hostile, fc.string({ unit: 'grapheme', maxLength: 10_000 }));
    fc.assert(
      fc.property(inputs, (input) => {
        const query = searchQuery(input);
        expect(searchQuery(input)).toBe(query);
        if (query === null) return;
        expect(query).toMatch(WELL_FORMED_QUERY);
        const terms = parseQuery(query);
        expect(terms.length).toBeLessThanOrEqual(SEARCH_LIMITS.maxQueryTerms);
        for (const { lexeme } of terms) expect(lexeme).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });
});

describe('documentLexemes', () => {
  it('truncates long words and keeps the first lexemes of a long document', () => {
    expect(documentLexemes('x'.repeat(100))).toEqual(['x'.repeat(SEARCH_LIMITS.maxLexemeLength)]);
    const words = Array.from({ length: 10_000 }, (_, i) => `w${i}`);
    const lexemes = documentLexemes(words.join(' '));
    expect(lexemes).toHaveLength(SEARCH_LIMITS.maxLexemes);
    expect(lexemes[0]).toBe('w0');
    expect(lexemes).not.toContain('w4000');
  });

  it('returns unique, non-empty lexemes within the length cap', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (text) => {
        const lexemes = documentLexemes(text);
        expect(new Set(lexemes).size).toBe(lexemes.length);
        for (const lexeme of lexemes) {
          expect([...lexeme].length).toBeGreaterThan(0);
          expect([...lexeme].length).toBeLessThanOrEqual(SEARCH_LIMITS.maxLexemeLength);
        }
      }),
    );
  });
});

describe('toTsvectorLiteral', () => {
  it('quotes each lexeme, doubling quotes and backslashes', () => {
    expect(toTsvectorLiteral(["o'brien", 'lieferung'])).toBe("'o''brien' 'lieferung'");
    expect(toTsvectorLiteral(['a\\b'])).toBe("'a\\\\b'");
    expect(toTsvectorLiteral([])).toBe('');
  });

  it('round-trips any lexemes through Postgres quoting', () => {
    const unit = fc.oneof(
      fc.constantFrom("'", '\\', ' ', ':', '*', 'a'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(fc.string({ unit, minLength: 1 })), (lexemes) => {
        expect(parseTsvector(toTsvectorLiteral(lexemes))).toEqual(lexemes);
      }),
    );
  });
});

describe('a search for part of a document finds it', () => {
  const alphabets = {
    word: [...'abcxyzABCXYZ0189äöüßéñøÉΣσαβДжİﬁ'],
    cjk: [...'我的订单还没有收到荷物がまだ届いていませんコーヒー々〇𠮷'],
    hangul: [...'주문한상품이아직안왔어요'],
    thai: [...'สินค้ายังไม่มาถึงโทรศัพท์'],
    lao: [...'ສະບາຍດີ'],
    khmer: [...'សួស្តីអរគុណ'],
    myanmar: [...'မင်္ဂလာပါ'],
  };
  type Kind = keyof typeof alphabets;
  const segment = fc
    .constantFrom(...(Object.keys(alphabets) as Kind[]))
    .chain((kind) =>
      fc
        .string({ unit: fc.constantFrom(...alphabets[kind]), minLength: 1, maxLength: kind === 'word' ? 12 : 40 })
        .map((text) => ({ kind, text: text.normalize('NFKC') })),
    );
  const separator = fc.constantFrom(' ', '\n', ', ', '。', '！', ' - ', '(', '"', '📦', '-', '.', '@', '/', "'");

  const documentWithPart = fc
    .array(fc.tuple(segment, separator, fc.boolean()), { minLength: 1, maxLength: 20 })
    .chain((pieces) => {
      // Two words side by side would merge into one, so only a word and a run may touch.
      const text = pieces
        .map(([seg, sep, touch], i) => {
          const next = pieces[i + 1]?.[0];
          const mayTouch = touch && next !== undefined && (seg.kind === 'word') !== (next.kind === 'word');
          return seg.text + (mayTouch ? '' : sep);
        })
        .join('');
      return fc.nat(pieces.length - 1).chain((index) => {
        const { kind, text: part } = pieces[index]![0];
        if (kind === 'word') return fc.constant({ document: text, search: part });
        const chars = [...part];
        return fc
          .tuple(fc.nat(chars.length - 1), fc.nat(chars.length - 1))
          .map(([a, b]) => ({ document: text, search: chars.slice(Math.min(a, b), Math.max(a, b) + 1).join('') }));
      });
    });

  it('finds any whole word or any slice of a run without spaces', () => {
    fc.assert(
      fc.property(documentWithPart, ({ document, search }) => {
        expect(finds(document, search)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

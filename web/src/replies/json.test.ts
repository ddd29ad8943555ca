import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonErrorOffset, lineColumn, parseCost, parseJson, prettyJson } from './json';
import { directionOf, isRtl, needsTranslation, primaryLanguage, sameLanguage } from './languages';

describe('JSON an admin typed', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
  });

  it('says on which line the JSON is broken', () => {
    const result = parseJson('{\n  "a": 1,\n  "b": }\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.line).toBe(3);
  });

  it('turns an offset into line and column', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('', 0)).toEqual({ line: 1, column: 1 });
  });

  it('reads a cost per million characters', () => {
    expect(parseCost('')).toBeNull();
    expect(parseCost('20')).toBe(20);
    expect(parseCost('12,5')).toBe(12.5);
    expect(parseCost('-1')).toBeUndefined();
    expect(parseCost('abc')).toBeUndefined();
  });
});

describe('languages', () => {
  it('knows right-to-left scripts by the primary language', () => {
    expect(isRtl('ar')).toBe(true);
    expect(isRtl('he-IL')).toBe(true);
    expect(isRtl('fa')).toBe(true);
    expect(isRtl('de')).toBe(false);
    expect(isRtl(null)).toBe(false);
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ja')).toBe('ltr');
  });

  it('compares languages by their primary subtag', () => {
    expect(primaryLanguage('zh-CN')).toBe('zh');
    expect(sameLanguage('pt-BR', 'pt')).toBe(true);
    expect(sameLanguage('zh', 'ja')).toBe(false);
    expect(sameLanguage(null, 'en')).toBe(false);
  });

  it('offers a translation only for a known language other than the agent’s', () => {
    expect(needsTranslation('de', 'en')).toBe(true);
    expect(needsTranslation('zh', 'zh-CN')).toBe(false);
    expect(needsTranslation('en', 'en')).toBe(false);
    expect(needsTranslation(null, 'en')).toBe(false);
  });
});

describe('where JSON goes wrong', () => {
  it.each([
    ['{"a": 1}', null],
    ['[1, 2.5e3, -0, "x\\n", true, false, null, {}]', null],
    ['{"a": }', 6],
    ['{"a": 1,}', 8],
    ['[1 2]', 3],
    ['{"a": tru}', 6],
    ['"unterminated', 13],
    ['{} extra', 3],
    ['', 0],
  ])('%s → %s', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, cut) => {
        const text = json.slice(0, cut % (json.length + 1));
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonErrorOffset(text) === null).toBe(valid);
      }),
    );
  });
});

describe('JSON laid out for the rules editor', () => {
  it('keeps lists of plain values on one line and objects one key a line', () => {
    expect(prettyJson({ a: ['x', 'y'], b: { c: 1 }, d: [], e: {}, f: [{ g: null }] })).toBe(
      '{\n  "a": ["x", "y"],\n  "b": {\n    "c": 1\n  },\n  "d": [],\n  "e": {},\n  "f": [\n    {\n      "g": null\n    }\n  ]\n}',
    );
  });

  it('reads back as the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(prettyJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

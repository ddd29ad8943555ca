import { describe, expect, it } from 'vitest';
import { TRIAGE_LANGUAGES } from '../../intents.js';
import { RISK_SIGNALS } from '../../triage.types.js';
import { foldTerm } from '../normalize.js';
import { LEXICONS, UNIVERSAL } from './index.js';
import type { Lexicon } from './types.js';

const lists = (lexicon: Lexicon): [string, readonly string[]][] => [
  ...Object.entries(lexicon.risk),
  ['positive', lexicon.positive],
  ['negative', lexicon.negative],
  ['negators', lexicon.negators],
  ['postNegators', lexicon.postNegators ?? []],
  ['intensifiers', lexicon.intensifiers],
  ['postIntensifiers', lexicon.postIntensifiers ?? []],
  ['polite', lexicon.polite ?? []],
  ['neutral', lexicon.neutral ?? []],
  ['clitics', lexicon.clitics ?? []],
];

describe('lexicons', () => {
  it('one per triage language', () => {
    expect(Object.keys(LEXICONS).sort()).toEqual([...TRIAGE_LANGUAGES].sort());
  });

  for (const [language, lexicon] of Object.entries(LEXICONS)) {
    it(`${language}: terms for every risk signal and for sentiment, negation and intensity`, () => {
      for (const signal of RISK_SIGNALS) expect(lexicon.risk[signal].length, `${language} ${signal}`).toBeGreaterThanOrEqual(3);
      expect(lexicon.positive.length).toBeGreaterThanOrEqual(10);
      expect(lexicon.negative.length).toBeGreaterThanOrEqual(10);
      expect(lexicon.negators.length + (lexicon.postNegators?.length ?? 0)).toBeGreaterThanOrEqual(2);
      expect(lexicon.intensifiers.length + (lexicon.postIntensifiers?.length ?? 0)).toBeGreaterThanOrEqual(3);
    });

    it(`${language}: every term is well-formed`, () => {
      for (const [list, terms] of lists(lexicon)) {
        for (const term of terms) {
          expect(term, `${language} ${list}`).toBe(term.trim());
          expect(term.slice(0, -1), `${language} ${list}: ${term} (a '*' only at the end)`).not.toContain('*');
          expect(foldTerm(term.replace(/\*$/, '')).length, `${language} ${list}: ${term}`).toBeGreaterThan(0);
          expect(term, `${language} ${list}: ${term}`).not.toMatch(/\s{2}/);
        }
      }
    });
  }

  it('universal terms are emoji and thanks only', () => {
    for (const signal of RISK_SIGNALS) expect(UNIVERSAL.risk[signal]).toEqual([]);
    expect(UNIVERSAL.positive.length).toBeGreaterThan(10);
    expect(UNIVERSAL.negative.length).toBeGreaterThan(10);
  });
});

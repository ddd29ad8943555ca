import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRIAGE_LANGUAGES } from '../intents.js';
import { RISK_SIGNALS } from '../triage.types.js';
import { analyzeSignals } from './analyze.js';
import { detectRisks } from './detect-risks.js';
import { LEXICONS, UNIVERSAL } from './lexicon/index.js';
import { scoreSentiment } from './score-sentiment.js';

const LANGUAGE = fc.constantFrom<string | null>(...TRIAGE_LANGUAGES, null, 'xx', 'EN-us', 'pt_BR', 'nb', '');

/** Lexicon terms (without the `*`) so that random texts hit the matcher's every path. */
const TERMS: string[] = [...Object.values(LEXICONS), UNIVERSAL].flatMap((lexicon) => [
  ...Object.values(lexicon.risk).flat(),
  ...lexicon.positive,
  ...lexicon.negative,
  ...lexicon.negators,
  ...(lexicon.postNegators ?? []),
  ...lexicon.intensifiers,
  ...(lexicon.postIntensifiers ?? []),
  ...(lexicon.neutral ?? []),
].map((t) => t.replace(/\*$/, '')));

const SEPARATOR = fc.constantFrom(' ', '', ', ', '!!! ', '？？', '\n', ' - ', "'", 'al', 'و', 'ال', '😡', '👍', 'X', 'ı', 'İ', '\u0301', '\uD83D');
const TERM_SOUP = fc
  .array(fc.tuple(fc.constantFrom(...TERMS), SEPARATOR, fc.boolean()), { maxLength: 12 })
  .map((parts) => parts.map(([term, sep, upper]) => (upper ? term.toUpperCase() : term) + sep).join(''));
const ANY_TEXT = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
  TERM_SOUP,
);

const ORDER = new Map(RISK_SIGNALS.map((s, i) => [s, i]));

describe('signals: properties', () => {
  it('never throw; sentiment within [−1, 1]; risks a sorted, duplicate-free subset of RISK_SIGNALS', () => {
    fc.assert(
      fc.property(ANY_TEXT, LANGUAGE, (text, language) => {
        const risks = detectRisks(text, language);
        const sentiment = scoreSentiment(text, language);
        expect(Number.isFinite(sentiment)).toBe(true);
        expect(sentiment).toBeGreaterThanOrEqual(-1);
        expect(sentiment).toBeLessThanOrEqual(1);
        for (const r of risks) expect(ORDER.has(r)).toBe(true);
        for (let i = 1; i < risks.length; i++) expect(ORDER.get(risks[i]!)!).toBeGreaterThan(ORDER.get(risks[i - 1]!)!);
      }),
      { numRuns: 3000 },
    );
  });

  it('are deterministic and independent of the one-entry cache', () => {
    fc.assert(
      fc.property(TERM_SOUP, TERM_SOUP, LANGUAGE, (a, b, language) => {
        const first = { ...analyzeSignals(a, language), risks: [...analyzeSignals(a, language).risks] };
        analyzeSignals(b, language);
        analyzeSignals(a, 'en');
        expect(analyzeSignals(a, language)).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it('find every risk term on its own, in its language', () => {
    for (const [language, lexicon] of Object.entries(LEXICONS)) {
      for (const [signal, terms] of Object.entries(lexicon.risk)) {
        for (const raw of terms) {
          const term = raw.replace(/\*$/, '');
          expect(detectRisks(` ${term} `, language), `${language} ${signal}: ${term}`).toContain(signal);
        }
      }
    }
  });

  it('ignore surrounding whitespace and case for a risk term', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.entries(LEXICONS)), fc.nat(), fc.constantFrom(' ', '\n\n', '\t', '  '), (entry, pick, space) => {
        const [language, lexicon] = entry;
        const all = Object.entries(lexicon.risk).flatMap(([signal, terms]) => terms.map((t) => [signal, t.replace(/\*$/, '')] as const));
        const [signal, term] = all[pick % all.length]!;
        expect(detectRisks(`${space}${term.toUpperCase()}${space}`, language)).toContain(signal);
      }),
      { numRuns: 1000 },
    );
  });
});

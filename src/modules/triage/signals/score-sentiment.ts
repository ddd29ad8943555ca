import { analyzeSignals } from './analyze.js';

/**
 * Sentiment of a buyer message in [−1, 1]: lexicon words (with negation and intensifiers), risk
 * language (a threat or "scam" is negative), words in CAPITALS, "!!!"/"？？" and emoji. A neutral
 * question scores 0 (or slightly below when it shouts or ends "???"); one plain word scores about
 * ±0.58, two about ±0.82.
 */
export function scoreSentiment(text: string, language: string | null): number {
  return analyzeSignals(text, language).sentiment;
}

import type { RiskSignal } from '../triage.types.js';
import { analyzeSignals } from './analyze.js';

/**
 * Risk signals in a buyer message (SPEC C2): chargeback, payment dispute, Amazon A-to-z claim,
 * legal threat, scam accusation, bad-review threat, repeated contact. Deduplicated, in
 * RISK_SIGNALS order; a new array the caller may change.
 *
 * `language` (ISO 639-1, as the language detector returns it) selects that language's terms;
 * English terms are always checked too. null, or a language without a lexicon, checks all 25.
 * Negation only clears a scam accusation ("not a scam"); a negated threat ("I don't want to
 * involve a lawyer") still counts.
 */
export function detectRisks(text: string, language: string | null): RiskSignal[] {
  return analyzeSignals(text, language).risks.slice();
}

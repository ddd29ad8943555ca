import type { RiskSignal } from '../../triage.types.js';

/**
 * One language's words, as its buyers write them to a shop. Data only: `compile.ts` turns every
 * lexicon into one shared trie at module load.
 *
 * Term syntax:
 * - Case and Latin accents do not matter (terms are folded like the text: see `normalize.ts`).
 * - A term in a space-delimited script (Latin, Cyrillic, Greek, Arabic, Hebrew) matches whole
 *   words only: it must start and end at a word boundary. A trailing `*` lets the last word go on
 *   ("scam*" matches "scammers"). Arabic and Hebrew terms may also follow a clitic prefix of
 *   `clitics` ("بالمحكمة" matches "محكمه").
 * - Han, kana, Hangul and Thai terms match anywhere (no boundaries), so Korean particles or Thai
 *   run-on text do not hide them.
 * - Multi-word terms are matched with exactly one space (the text's whitespace is collapsed).
 * - At each position the longest term wins; a longer `neutral` term hides the shorter ones it
 *   contains ("scam-proof" is not "scam").
 */
export interface Lexicon {
  risk: Record<RiskSignal, string[]>;
  positive: string[];
  negative: string[];
  /** Words that negate what follows them within three words ("not", "kein", 不是). */
  negators: string[];
  /** Words that strengthen the next sentiment word ("very", "sehr", 非常). */
  intensifiers: string[];
  /** Negators said after the word (ja ない, ko 아니, tr değil). */
  postNegators?: string[];
  /** Intensifiers said after the word (th มาก, ar جدا, id banget). */
  postIntensifiers?: string[];
  /** Courtesy formulas ("thanks", "danke"): mildly positive, so a polite question stays near 0. */
  polite?: string[];
  /** Phrases that contain a term but mean no risk or sentiment ("scam-proof", "fraud protection"). */
  neutral?: string[];
  /** Prefixes written together with the next word (ar و ب ل ال, he ו ה ב ל). */
  clitics?: string[];
}

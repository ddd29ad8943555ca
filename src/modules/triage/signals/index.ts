/**
 * Sentiment and risk signals of a buyer message (SPEC C2), in the 25 triage languages.
 *
 * How it works: every lexicon (`lexicon/<lang>.ts`, data only) is compiled at module load into
 * one character trie whose entries carry a language mask (~7 000 terms, ~50 ms). A message is
 * folded once (lower case, Latin accents, Arabic/Hebrew marks, full-width forms, whitespace) and
 * scanned once; `detectRisks` and `scoreSentiment` share that analysis (a one-entry cache keyed by
 * text and language), about 10 µs for a 300-character message.
 *
 * Decisions a caller must know:
 * - Languages: the message language's terms plus the English risk terms (buyers write "PayPal
 *   dispute", "chargeback", "scam" in any language) and emoji/"thanks". `null`, '' or a code
 *   without a lexicon (e.g. 'el') checks all 25 languages. Region subtags are ignored
 *   ('pt-BR' → pt; 'nb'/'nn' → no).
 * - Matching: whole words in space-delimited scripts (a trailing `*` in a lexicon term lets the
 *   word go on: "scam*" → "scammers"); no boundaries in Han, kana, Hangul and Thai; Arabic and
 *   Hebrew terms also match after a clitic (بالمحكمة, והמשטרה). Longest term wins; a longer
 *   `neutral` term hides a risk ("scam-proof", "fraud protection", "der Betrag betrug 50 €",
 *   "사기 전에" = before buying, "一星期" = one week).
 * - Negation clears only a scam accusation ("not a scam", "kein Betrug", 不是骗子, 詐欺ではない):
 *   a negated threat is still a threat ("I don't want to leave a bad review…", "I'm not getting a
 *   lawyer yet"), and chargeback/dispute/A-to-z/repeated-contact language is flagged regardless.
 *   A question is an accusation: "Is this a scam?", 詐欺じゃないですか, 是不是骗子 all count.
 * - Ambiguous words count only in context: "estorno" (pt) only with the bank or card issuer (it
 *   usually means the merchant's refund); 退单 (zh) only with 银行/信用卡; "call my bank" and
 *   "contact my bank" count as a chargeback threat (but not "call my bank to approve it"); "paid
 *   through my bank" does not. "Reclame Aqui" (pt) is both a legal and a bad-review threat; consumer bodies
 *   (PROFECO, Procon, 12315, Verbraucherzentrale…) are legal threats. Ordinals need a contact verb
 *   ("third time I'm writing", not "third time ordering") except where a language makes them
 *   unambiguous ("zum dritten Mal", "уже третий раз").
 * - Sentiment is in [−1, 1]: lexicon words ±1, polite formulas +0.4 ("thanks" alone ≈ +0.27),
 *   risk language −0.6…−1.5 (scam strongest), ×1.5 after an intensifier, negated words flip (−0.75
 *   for "not good", +0.5 for "not bad"), a word in CAPITALS ×1.5, a shouting message ×1.3,
 *   "!!!"/"？？" up to ×1.4; then raw/√(raw²+2). A neutral question is 0; one that shouts or ends
 *   "???" is −0.2…−0.3. Emoji count on their own (no negation).
 * - `detectRisks` returns a new array (the engine appends 'repeated_contact'); the object
 *   returned by `analyzeSignals` is shared and must not be changed.
 */
export { analyzeSignals, type SignalAnalysis } from './analyze.js';
export { detectRisks } from './detect-risks.js';
export { scoreSentiment } from './score-sentiment.js';

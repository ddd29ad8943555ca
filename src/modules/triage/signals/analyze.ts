import { RISK_SIGNALS, type RiskSignal } from '../triage.types.js';
import { LEXICONS, UNIVERSAL } from './lexicon/index.js';
import {
  ALL_LANGUAGES,
  GLOBAL_BIT,
  type Hit,
  KIND_INTENSIFIER,
  KIND_NEGATIVE,
  KIND_NEGATOR,
  KIND_POLITE,
  KIND_POSITIVE,
  KIND_POST_INTENSIFIER,
  KIND_POST_NEGATOR,
  KIND_RISK,
  LANGUAGE_BIT,
  Matcher,
} from './matcher.js';
import { normalizeText } from './normalize.js';

export interface SignalAnalysis {
  /** Deduplicated, in RISK_SIGNALS order. */
  risks: RiskSignal[];
  /** −1 (furious) … 0 (neutral) … 1 (delighted). */
  sentiment: number;
}

const matcher = new Matcher();
for (const [language, lexicon] of Object.entries(LEXICONS)) {
  const bit = LANGUAGE_BIT.get(language)!;
  // English risk terms are checked in every language: buyers write "PayPal dispute" in any of them.
  matcher.add(lexicon, bit, language === 'en' ? GLOBAL_BIT | bit : bit, language);
}
matcher.add(UNIVERSAL, GLOBAL_BIT, GLOBAL_BIT, 'universal');

/** Number of distinct terms compiled (all languages). */
export const TERM_COUNT = matcher.termCount;

const SCAM = RISK_SIGNALS.indexOf('scam_accusation');
/** How much each risk signal weighs on sentiment, in lexicon-word units. */
const RISK_WEIGHT: Record<RiskSignal, number> = {
  chargeback: 1,
  payment_dispute: 1,
  atoz_claim: 1,
  legal_threat: 1.2,
  scam_accusation: 1.5,
  bad_review_threat: 1,
  repeated_contact: 0.6,
};
const RISK_WEIGHTS = RISK_SIGNALS.map((s) => RISK_WEIGHT[s]);

/** Units (words, or Han/kana/Hangul/Thai characters) a negator reaches over. */
const NEGATION_REACH = 3;
const INTENSIFIER_REACH = 1;
const INTENSITY = 1.5;
const CAPS_BOOST = 1.5;
const SHOUT_BOOST = 1.3;
/** Raw score of a message with no sentiment words that shouts or ends "???". */
const BARE_FRUSTRATION = -0.3;
const POLITE = 0.4;
/** raw / sqrt(raw² + SQUASH): one plain word ≈ ±0.58, two ≈ ±0.82. */
const SQUASH = 2;

/** The language mask in force for a language code; null or a language we have no lexicon for checks all. */
export function languageMask(language: string | null | undefined): number {
  if (!language) return ALL_LANGUAGES;
  let code = language.toLowerCase();
  const dash = code.search(/[-_]/);
  if (dash > 0) code = code.slice(0, dash);
  if (code === 'nb' || code === 'nn') code = 'no';
  else if (code === 'iw') code = 'he';
  else if (code === 'in') code = 'id';
  else if (code === 'zsm') code = 'ms';
  const bit = LANGUAGE_BIT.get(code);
  return bit === undefined ? ALL_LANGUAGES : bit | GLOBAL_BIT;
}

const isValenced = (kind: number) => kind <= KIND_POLITE; // risk, positive, negative, polite

/**
 * A negator within NEGATION_REACH units in the same clause, before the term (after it for
 * post-negators), with no other valenced term in between: a negator applies to the nearest word
 * ("별로 좋지 않아요": 않 negates 좋지, not 별로).
 */
function negated(hits: Hit[], j: number): boolean {
  const h = hits[j]!;
  for (let k = j - 1; k >= 0; k--) {
    const o = hits[k]!;
    if (o.clause !== h.clause || h.unitStart - o.unitEnd > NEGATION_REACH || isValenced(o.kind)) break;
    if (o.kind === KIND_NEGATOR) return true;
  }
  for (let k = j + 1; k < hits.length; k++) {
    const o = hits[k]!;
    if (o.clause !== h.clause || o.unitStart - h.unitEnd > NEGATION_REACH || isValenced(o.kind)) break;
    if (o.kind === KIND_POST_NEGATOR) return true;
  }
  return false;
}

function intensified(hits: Hit[], j: number): boolean {
  const h = hits[j]!;
  const before = hits[j - 1];
  if (before && before.kind === KIND_INTENSIFIER && before.clause === h.clause && h.unitStart - before.unitEnd <= INTENSIFIER_REACH) return true;
  const after = hits[j + 1];
  return !!after && after.kind === KIND_POST_INTENSIFIER && after.clause === h.clause && after.unitStart - h.unitEnd <= INTENSIFIER_REACH;
}

/** A term written in capitals ("SCAM", "WORST DAY"): every word of it is a capitalised word of the message. */
function capitalised(text: string, capsWords: Set<string> | null, h: Hit): boolean {
  if (capsWords === null) return false;
  for (const word of text.slice(h.start, h.end).split(' ')) if (!capsWords.has(word)) return false;
  return true;
}

let lastLanguage: string | null | undefined;
let lastLanguageMask = ALL_LANGUAGES;
let lastText: string | null = null;
let lastMask = -1;
let lastResult: SignalAnalysis = { risks: [], sentiment: 0 };

/**
 * Risk signals and sentiment of one buyer message in one pass (text folded once, one trie scan).
 * The last result is remembered, so `detectRisks` then `scoreSentiment` on the same message costs
 * one analysis. The returned object is shared: copy `risks` before changing it.
 */
export function analyzeSignals(text: string, language: string | null): SignalAnalysis {
  if (language !== lastLanguage) {
    lastLanguage = language;
    lastLanguageMask = languageMask(language);
  }
  const mask = lastLanguageMask;
  if (text === lastText && mask === lastMask) return lastResult;
  const result = analyze(typeof text === 'string' ? text : String(text ?? ''), mask);
  lastText = text;
  lastMask = mask;
  lastResult = result;
  return result;
}

function analyze(text: string, mask: number): SignalAnalysis {
  const norm = normalizeText(text);
  const hits = matcher.scan(norm.text, mask);
  const { shouting, capsWords } = norm;
  const anyCaps = !shouting && capsWords !== null;

  let riskBits = 0;
  let raw = 0;
  for (let j = 0; j < hits.length; j++) {
    const h = hits[j]!;
    const kind = h.kind;
    if (kind === KIND_RISK) {
      if (h.signal === SCAM && negated(hits, j)) continue; // "not a scam", "kein Betrug", 不是骗子
      riskBits |= 1 << h.signal;
      raw -= RISK_WEIGHTS[h.signal]! * (anyCaps && capitalised(norm.text, capsWords, h) ? CAPS_BOOST : 1);
      continue;
    }
    if (kind !== KIND_POSITIVE && kind !== KIND_NEGATIVE && kind !== KIND_POLITE) continue;
    let v = kind === KIND_POSITIVE ? 1 : kind === KIND_NEGATIVE ? -1 : POLITE;
    if (!h.emoji) {
      if (intensified(hits, j)) v *= INTENSITY;
      if (negated(hits, j)) v = v > 0 ? -0.75 * v : -0.5 * v; // "not good" is bad; "not bad" is only fair
      if (anyCaps && capitalised(norm.text, capsWords, h)) v *= CAPS_BOOST;
    }
    raw += v;
  }

  if (shouting) raw = raw === 0 ? BARE_FRUSTRATION : raw * SHOUT_BOOST;
  const marks = Math.min(norm.emphasisMarks, 4);
  if (marks > 0) {
    if (raw !== 0) raw *= 1 + 0.1 * marks;
    else if (norm.longestMarkRun >= 2) raw = BARE_FRUSTRATION;
  }
  let sentiment = raw / Math.sqrt(raw * raw + SQUASH);
  if (!Number.isFinite(sentiment)) sentiment = 0;
  sentiment = Math.max(-1, Math.min(1, sentiment));

  const risks: RiskSignal[] = [];
  if (riskBits !== 0) for (let s = 0; s < RISK_SIGNALS.length; s++) if (riskBits & (1 << s)) risks.push(RISK_SIGNALS[s]!);
  return { risks, sentiment };
}

/** The terms found in a message (kind, signal, text), for tests and lexicon tuning. */
export function explainSignals(text: string, language: string | null): { term: string; kind: number; signal: number; clause: number; units: [number, number] }[] {
  const norm = normalizeText(text);
  return matcher
    .scan(norm.text, languageMask(language))
    .map((h) => ({ term: norm.text.slice(h.start, h.end), kind: h.kind, signal: h.signal, clause: h.clause, units: [h.unitStart, h.unitEnd] }));
}

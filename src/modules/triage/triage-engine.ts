import { extractEntities } from './entities/extract-entities.js';
import { INTENTS, type Intent } from './intents.js';
import { LanguageDetector } from './language/detect-language.js';
import { countScripts, type ScriptCounts } from './language/scripts.js';
import { missingFacts } from './missing-facts.js';
import { matchCues } from './cues/match-cues.js';
import { appendCueFeatures, hashFeatures, MAX_FEATURES, normalizeForFeatures } from './model/hashed-features.js';
import { classifiedText } from './model/featurize.js';
import { argmax, scoreInto, softmaxInPlace } from './model/linear-model.js';
import type { TriageModel } from './model/model-file.js';
import { applyOrderContext } from './order-context.js';
import { priorityFor } from './priority.js';
import { detectRisks } from './signals/detect-risks.js';
import { scoreSentiment } from './signals/score-sentiment.js';
import type { RiskSignal, TriageInput, TriageResult } from './triage.types.js';

/** A buyer's third contact about the same issue is a risk in itself (SPEC C2). */
const REPEATED_CONTACT_AFTER = 2;

export interface TriageDetails extends TriageResult {
  languageConfidence: number;
  /** The model's best guess before the order data had its say. */
  modelIntent: Intent;
}

/**
 * Triage of one message, in-process and synchronous: a few tens of microseconds. One engine per
 * model; it reuses its buffers, so it is not re-entrant (JavaScript never runs it concurrently).
 */
export class TriageEngine {
  private readonly features = new Uint32Array(MAX_FEATURES);
  private readonly probabilities: Float64Array;
  private readonly languages: LanguageDetector;

  constructor(readonly model: TriageModel) {
    this.probabilities = new Float64Array(model.intent.labels.length);
    this.languages = new LanguageDetector(model.language);
  }

  triage(input: TriageInput): TriageDetails {
    const text = classifiedText(input.text ?? '', input.subject);
    const normalized = normalizeForFeatures(text);
    let count = hashFeatures(normalized, this.features);
    const scripts = countScripts(text);
    const detected = this.languages.detectIn(scripts, text, this.features, count, input.customerLanguage);
    const language = detected.language;
    count = appendCueFeatures(matchCues(normalized, language), this.features, count);

    const p = this.probabilities;
    scoreInto(this.model.intent, this.features, count, p);
    softmaxInPlace(p, this.model.intent.temperature);
    const best = argmax(p);
    const modelIntent = INTENTS[best]!;
    const decided = applyOrderContext({ intent: modelIntent, confidence: p[best]! }, p, input.order);
    const confidence = tooLittleToGoOn(scripts) ? 0 : decided.confidence;

    const entities = extractEntities(text, { defaultCountry: input.customerCountry ?? null, language, referenceDate: input.sentAt });
    const risk: RiskSignal[] = detectRisks(text, language);
    if ((input.priorContacts ?? 0) >= REPEATED_CONTACT_AFTER && !risk.includes('repeated_contact')) risk.push('repeated_contact');
    const sentiment = scoreSentiment(text, language);

    return {
      language,
      languageConfidence: round(detected.confidence),
      intent: decided.intent,
      modelIntent,
      confidence: round(confidence),
      abstain: confidence < this.model.abstainBelow,
      priority: priorityFor(decided.intent, risk),
      sentiment: round(sentiment),
      risk,
      entities,
      missing: missingFacts(decided.intent, {
        entities,
        order: input.order,
        hasAttachments: input.hasAttachments,
        customerCountry: input.customerCountry,
        customerEmail: input.customerEmail,
      }),
    };
  }
}

/**
 * "hi", "ok so", "?" carry no intent whatever the model makes of them: they are never classified
 * with confidence. One ideograph, syllable block or Thai letter says as much as a Latin word's
 * worth of letters, hence the two measures.
 */
function tooLittleToGoOn(scripts: ScriptCounts): boolean {
  const dense = scripts.han + scripts.kana + scripts.hangul + scripts.thai;
  return dense < 2 && scripts.total - dense < 5;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

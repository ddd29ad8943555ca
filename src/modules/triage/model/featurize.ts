import { matchCues } from '../cues/match-cues.js';
import { appendCueFeatures, hashFeatures, MAX_FEATURES, normalizeForFeatures } from './hashed-features.js';

/** The text a message is classified on: its subject (if any) and its body. */
export function classifiedText(text: string, subject?: string | null): string {
  return subject ? `${subject}\n${text}` : text;
}

/**
 * Hashed features of one message as a fresh array (for training; triage reuses a buffer). With
 * a language, the cross-lingual cue concepts of that language are added (the intent model's
 * features); without, only n-grams (the language model's).
 */
export function featuresOf(text: string, subject?: string | null, language?: string): Uint32Array {
  const buffer = new Uint32Array(MAX_FEATURES);
  const normalized = normalizeForFeatures(classifiedText(text, subject));
  let count = hashFeatures(normalized, buffer);
  if (language) count = appendCueFeatures(matchCues(normalized, language), buffer, count);
  return buffer.slice(0, count);
}

export function maskFeatures(features: Uint32Array, buckets: number): Uint32Array {
  const masked = new Uint32Array(features.length);
  for (let i = 0; i < features.length; i++) masked[i] = features[i]! & (buckets - 1);
  return masked;
}

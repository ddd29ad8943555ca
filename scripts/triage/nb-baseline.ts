/**
 * The library baseline `npm run eval:triage` compares our model with: wink's naive Bayes text
 * classifier, trained on the same train split. It gets a fair tokenizer for every script
 * (lower-cased words, plus character bigrams where words are not separated by spaces).
 * natural's BayesClassifier was the first choice, but its training compares every document
 * with the whole vocabulary, which does not finish in reasonable time on our corpus.
 */
import { createRequire } from 'node:module';
import type { LabelledMessage } from '../../src/modules/triage/model/corpus.js';

const require = createRequire(import.meta.url);
const createClassifier = require('wink-naive-bayes-text-classifier') as () => {
  definePrepTasks(tasks: ((input: string) => string[])[]): void;
  defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): void;
  learn(input: string, label: string): boolean;
  consolidate(): boolean;
  computeOdds(input: string): [string, number][];
};

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

export function baselineTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}\p{M}]+/u)) {
    if (!word) continue;
    if (UNSPACED.test(word)) {
      const chars = [...word];
      for (let i = 0; i < chars.length; i++) tokens.push(i + 1 < chars.length ? chars[i]! + chars[i + 1]! : chars[i]!);
    } else tokens.push(word);
  }
  return tokens.length ? tokens : ['<empty>'];
}

export interface BaselinePrediction {
  intent: string;
  confidence: number;
}

export function trainBaseline(train: readonly LabelledMessage[]): (text: string) => BaselinePrediction {
  const classifier = createClassifier();
  classifier.definePrepTasks([baselineTokens]);
  classifier.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
  for (const m of train) classifier.learn(m.subject ? `${m.subject}\n${m.text}` : m.text, m.intent);
  classifier.consolidate();
  return (text) => {
    const [best] = classifier.computeOdds(text);
    // wink reports log-odds; the logistic turns them into a probability-like confidence.
    return { intent: best![0], confidence: 1 / (1 + Math.exp(-best![1])) };
  };
}

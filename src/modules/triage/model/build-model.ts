import { INTENTS, TRIAGE_LANGUAGES } from '../intents.js';
import { LanguageDetector } from '../language/detect-language.js';
import { fitTemperature, predictions, thresholdForPrecision, coverageAt, type ScoredExample } from './calibration.js';
import { splitCorpus, type LabelledMessage } from './corpus.js';
import { augmentationRandom, noisyVariant } from './augment.js';
import { classifiedText, featuresOf, maskFeatures } from './featurize.js';
import { argmax, quantize, scoreInto, type LinearModel } from './linear-model.js';
import { classificationReport } from './metrics.js';
import type { DevScores, TriageModel } from './model-file.js';
import { trainLinear, type TrainingExample } from './train-linear.js';

export const INTENT_BUCKETS = 1 << 18;
export const LANGUAGE_BUCKETS = 1 << 16;
/** The precision the abstain threshold is chosen for on the dev set (the product promise is 95%; the margin is for unseen messages). */
export const TARGET_PRECISION = 0.96;
/** An agent's correction counts this many times a corpus line: it is a real buyer, in this shop. */
const CORRECTION_WEIGHT = 3;
/** The rougher copy of each corpus line (see augment.ts) counts half. */
const NOISY_WEIGHT = 0.5;

export interface Correction {
  text: string;
  subject?: string | null;
  intent: string;
  language?: string | null;
}

export interface BuildOptions {
  corpus: readonly LabelledMessage[];
  corrections?: readonly Correction[];
  log?: (line: string) => void;
  /** Recorded in the model so a stale built model is noticed. */
  fingerprint?: string;
}

interface Prepared {
  features: Uint32Array;
  message: LabelledMessage;
}

function scored(model: LinearModel, items: readonly Prepared[], labelOf: (m: LabelledMessage) => string): ScoredExample[] {
  return items.map(({ features, message }) => {
    const logits = new Float64Array(model.labels.length);
    scoreInto(model, maskFeatures(features, model.buckets), features.length, logits);
    return { logits, label: model.labels.indexOf(labelOf(message)) };
  });
}

const BREAK_EVERY = 500;

/** Maps in slices, giving the event loop a turn between them: a server process retrains while it keeps answering. */
async function mapWithBreaks<T, R>(items: readonly T[], fn: (item: T) => R): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i++) {
    out.push(fn(items[i]!));
    if (i % BREAK_EVERY === BREAK_EVERY - 1) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return out;
}

/** Trains both classifiers on the corpus's train split (plus corrections), calibrates and scores them on the dev split. */
export async function buildTriageModel(options: BuildOptions): Promise<TriageModel> {
  const log = options.log ?? (() => {});
  const { train, dev } = splitCorpus(options.corpus);
  const corrections = (options.corrections ?? []).filter((c) => INTENTS.includes(c.intent as never));
  const prepare = (m: LabelledMessage): Prepared => ({ features: featuresOf(m.text, m.subject), message: m });
  const intentFeatures = (m: { text: string; subject?: string | null; language?: string | null }) => featuresOf(m.text, m.subject, m.language ?? undefined);
  const trainItems = await mapWithBreaks(train, prepare);
  const devItems = await mapWithBreaks(dev, prepare);
  log(`corpus: ${train.length} train, ${dev.length} dev, ${corrections.length} corrections`);

  const random = augmentationRandom();
  const intentExamples: TrainingExample[] = (await mapWithBreaks(trainItems, ({ message }) => {
    const label = INTENTS.indexOf(message.intent);
    const noisy = intentFeatures({ ...message, text: noisyVariant(message.text, random) });
    return [
      { features: maskFeatures(intentFeatures(message), INTENT_BUCKETS), label, weight: 1 },
      { features: maskFeatures(noisy, INTENT_BUCKETS), label, weight: NOISY_WEIGHT },
    ];
  })).flat();
  for (const c of corrections) {
    intentExamples.push({ features: maskFeatures(intentFeatures(c), INTENT_BUCKETS), label: INTENTS.indexOf(c.intent as never), weight: CORRECTION_WEIGHT });
  }
  const intentDense = await trainLinear(intentExamples, { labels: INTENTS, buckets: INTENT_BUCKETS, epochs: 12, learningRate: 0.4, l2: 2e-4, seed: 7 });
  const languages = TRIAGE_LANGUAGES as readonly string[];
  const languageExamples: TrainingExample[] = trainItems.map(({ features, message }) => ({
    features: maskFeatures(features, LANGUAGE_BUCKETS),
    label: languages.indexOf(message.language),
    weight: 1,
  })).filter((e) => e.label >= 0);
  const languageDense = await trainLinear(languageExamples, { labels: languages, buckets: LANGUAGE_BUCKETS, epochs: 6, learningRate: 0.4, l2: 1e-5, seed: 11 });

  const languageModel = quantize(languageDense);
  languageModel.temperature = fitTemperature(scored(languageModel, devItems, (m) => m.language));
  const intentModel = quantize(intentDense);
  const devIntentItems = await mapWithBreaks(devItems, ({ message }) => ({ features: intentFeatures(message), message }));
  const devScored = scored(intentModel, devIntentItems, (m) => m.intent);
  intentModel.temperature = fitTemperature(devScored);
  const devPredictions = predictions(devScored, intentModel.temperature);
  const operating = thresholdForPrecision(devPredictions, TARGET_PRECISION);

  const model: TriageModel = {
    intent: intentModel,
    language: languageModel,
    abstainBelow: operating.threshold,
    info: {
      version: 1,
      createdAt: new Date().toISOString(),
      trainExamples: train.length,
      devExamples: dev.length,
      corrections: corrections.length,
      corpus: options.fingerprint ?? '',
      dev: { accuracy: 0, macroF1: 0, coverage: 0, precision: 0, languageAccuracy: 0 },
    },
  };
  model.info.dev = await scoreOnDev(model, devItems.map((d) => d.message));
  log(
    `dev: accuracy ${(model.info.dev.accuracy * 100).toFixed(1)}%, macro-F1 ${(model.info.dev.macroF1 * 100).toFixed(1)}%, ` +
      `coverage ${(model.info.dev.coverage * 100).toFixed(1)}% at precision ${(model.info.dev.precision * 100).toFixed(1)}% (abstain below ${model.abstainBelow.toFixed(3)}), ` +
      `language ${(model.info.dev.languageAccuracy * 100).toFixed(1)}%`,
  );
  return model;
}

/** Scores a model on held-out messages: the numbers the retrain rule compares. */
export async function scoreOnDev(model: TriageModel, dev: readonly LabelledMessage[]): Promise<DevScores> {
  const items = await mapWithBreaks(dev, (m) => ({ features: featuresOf(m.text, m.subject), message: m }));
  const devScored = scored(model.intent, await mapWithBreaks(dev, (m) => ({ features: featuresOf(m.text, m.subject, m.language), message: m })), (m) => m.intent);
  const predicted = devScored.map((s) => INTENTS[argmax(s.logits)]!);
  const report = classificationReport(dev.map((m) => m.intent), predicted, INTENTS);
  const point = coverageAt(predictions(devScored, model.intent.temperature), model.abstainBelow);
  const detector = new LanguageDetector(model.language);
  let languageRight = 0;
  for (const { features, message } of items) {
    const text = classifiedText(message.text, message.subject);
    const masked = maskFeatures(features, model.language.buckets);
    if (detector.detect(text, masked, masked.length).language === message.language) languageRight++;
  }
  return {
    accuracy: report.accuracy,
    macroF1: report.macroF1,
    coverage: point.coverage,
    precision: point.precision,
    languageAccuracy: items.length ? languageRight / items.length : 0,
  };
}

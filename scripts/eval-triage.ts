/**
 * npm run eval:triage [-- --file F.jsonl]
 * Scores the built triage model and a naive-Bayes library baseline (trained on the same train
 * split) on the corpus's held-out dev split, or on a file of lines {"text","intent","language"?,
 * "subject"?,"customer_language"?}. Prints accuracy, macro-F1, per-intent precision/recall,
 * the most frequent confusions, language accuracy and coverage at 95% precision.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { INTENTS, isIntent, type Intent } from '../src/modules/triage/intents.js';
import { coverageAt, thresholdForPrecision, type Prediction } from '../src/modules/triage/model/calibration.js';
import { loadCorpus, splitCorpus, type LabelledMessage } from '../src/modules/triage/model/corpus.js';
import { classificationReport, type ClassificationReport } from '../src/modules/triage/model/metrics.js';
import { loadBuiltModel } from '../src/modules/triage/model-store.js';
import { TriageEngine } from '../src/modules/triage/triage-engine.js';
import { trainBaseline } from './triage/nb-baseline.js';

interface Sample extends LabelledMessage {
  customerLanguage?: string | null;
  hasLanguage: boolean;
}

function readSamples(file: string): Sample[] {
  const samples: Sample[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not valid JSON`);
    }
    if (typeof row.text !== 'string') throw new Error(`${file}:${i + 1}: "text" must be a string`);
    if (!isIntent(row.intent)) throw new Error(`${file}:${i + 1}: "intent" ${JSON.stringify(row.intent)} is not a taxonomy code`);
    samples.push({
      text: row.text,
      intent: row.intent,
      language: typeof row.language === 'string' ? row.language : '',
      hasLanguage: typeof row.language === 'string',
      ...(typeof row.subject === 'string' ? { subject: row.subject } : {}),
      customerLanguage: typeof row.customer_language === 'string' ? row.customer_language : null,
    });
  });
  return samples;
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(6);

const { values } = parseArgs({ options: { file: { type: 'string' } } });
const corpus = loadCorpus();
const { train, dev } = splitCorpus(corpus);
const samples: Sample[] = values.file ? readSamples(values.file) : dev.map((m) => ({ ...m, hasLanguage: true }));
const model = await loadBuiltModel((line) => console.error(line));
const engine = new TriageEngine(model);
const baseline = trainBaseline(train);

const ours = samples.map((s) => engine.triage({ text: s.text, subject: s.subject ?? null, customerLanguage: s.customerLanguage ?? null }));
const theirs = samples.map((s) => baseline(s.subject ? `${s.subject}\n${s.text}` : s.text));
const gold = samples.map((s) => s.intent);
const ourReport = classificationReport(gold, ours.map((r) => r.intent), INTENTS);
const theirReport = classificationReport(gold, theirs.map((r) => r.intent), INTENTS);
const ourPredictions: Prediction[] = ours.map((r, i) => ({ confidence: r.confidence, correct: r.intent === gold[i] }));
const theirPredictions: Prediction[] = theirs.map((r, i) => ({ confidence: r.confidence, correct: r.intent === gold[i] }));
const shipped = coverageAt(ourPredictions, model.abstainBelow);
const ourBest = thresholdForPrecision(ourPredictions, 0.95);
const theirBest = thresholdForPrecision(theirPredictions, 0.95);

const withLanguage = samples.map((s, i) => ({ s, r: ours[i]! })).filter(({ s }) => s.hasLanguage);
const long = withLanguage.filter(({ s }) => [...s.text].length >= 20);
const languageAccuracy = (rows: typeof withLanguage) => (rows.length ? rows.filter(({ s, r }) => r.language === s.language).length / rows.length : NaN);

console.log(`Triage evaluation on ${samples.length} messages (${values.file ? values.file : `the corpus dev split; trained on ${train.length}`})`);
console.log(`model: built ${model.info.createdAt}, abstains below confidence ${model.abstainBelow.toFixed(3)}\n`);
console.log(`${''.padEnd(34)}  Meridian   naive Bayes (wink)`);
const row = (label: string, a: string, b: string) => console.log(`${label.padEnd(34)}  ${a.padEnd(9)}  ${b}`);
row('accuracy (top-1, must choose)', pct(ourReport.accuracy), pct(theirReport.accuracy));
row('macro-F1', pct(ourReport.macroF1), pct(theirReport.macroF1));
row('coverage at shipped threshold', `${pct(shipped.coverage)}`, '—');
row('  precision of those classified', `${pct(shipped.precision)}`, '—');
row('best coverage at ≥95% precision', pct(ourBest.coverage), pct(theirBest.coverage));
row('language accuracy (all)', pct(languageAccuracy(withLanguage)), '—');
row('language accuracy (≥ 20 characters)', pct(languageAccuracy(long)), '—');

console.log(`\n${'per intent'.padEnd(24)}  Meridian P / R    baseline P / R      n`);
const byLabel = (report: ClassificationReport, label: Intent) => report.perLabel.find((s) => s.label === label);
for (const intent of INTENTS) {
  const a = byLabel(ourReport, intent);
  const b = byLabel(theirReport, intent);
  if (!a && !b) continue;
  console.log(`${intent.padEnd(24)}  ${pct(a?.precision ?? 0)} / ${pct(a?.recall ?? 0)}   ${pct(b?.precision ?? 0)} / ${pct(b?.recall ?? 0)}   ${String(a?.support ?? 0).padStart(4)}`);
}
console.log('\nmost frequent confusions (gold → Meridian said)');
for (const c of ourReport.confusions.slice(0, 15)) console.log(`  ${String(c.count).padStart(4)}  ${c.gold} → ${c.predicted}`);
if (withLanguage.length) {
  const wrong = new Map<string, number>();
  for (const { s, r } of withLanguage) if (r.language !== s.language) wrong.set(`${s.language} → ${r.language}`, (wrong.get(`${s.language} → ${r.language}`) ?? 0) + 1);
  if (wrong.size) console.log(`\nlanguage mistakes: ${[...wrong.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, n]) => `${k} ×${n}`).join(', ')}`);
}

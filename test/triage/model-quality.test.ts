import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { coverageAt } from '../../src/modules/triage/model/calibration.js';
import { loadCorpus, splitCorpus } from '../../src/modules/triage/model/corpus.js';
import type { TriageModel } from '../../src/modules/triage/model/model-file.js';
import { loadBuiltModel } from '../../src/modules/triage/model-store.js';
import { TriageEngine } from '../../src/modules/triage/triage-engine.js';
import { trainBaseline } from '../../scripts/triage/nb-baseline.js';

interface Labelled {
  text: string;
  intent: string;
  language: string;
  subject?: string;
}

/** Messages written apart from the corpus, by a writer who never saw it (test/fixtures/triage). */
const blind: Labelled[] = readFileSync(new URL('../fixtures/triage/blind.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));

describe('the triage model', () => {
  let model: TriageModel;
  let engine: TriageEngine;
  beforeAll(async () => {
    model = await loadBuiltModel();
    engine = new TriageEngine(model);
  });

  it('classifies buyer messages it never saw: most of them with confidence, almost all of those right', () => {
    const results = blind.map((m) => ({ m, r: engine.triage({ text: m.text, subject: m.subject ?? null }) }));
    const accuracy = results.filter(({ m, r }) => r.intent === m.intent).length / results.length;
    const auto = coverageAt(results.map(({ m, r }) => ({ confidence: r.confidence, correct: r.intent === m.intent })), model.abstainBelow);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
    expect(auto.coverage).toBeGreaterThanOrEqual(0.8);
    expect(auto.precision).toBeGreaterThanOrEqual(0.95);
    const long = results.filter(({ m }) => [...m.text].length >= 20);
    expect(long.filter(({ m, r }) => r.language === m.language).length / long.length).toBeGreaterThanOrEqual(0.98);
  });

  it('is clearly better than a naive-Bayes library baseline trained on the same split', () => {
    const { train, dev } = splitCorpus(loadCorpus());
    const baseline = trainBaseline(train);
    const ours = dev.filter((m) => engine.triage({ text: m.text, subject: m.subject ?? null }).intent === m.intent).length / dev.length;
    const theirs = dev.filter((m) => baseline(m.subject ? `${m.subject}\n${m.text}` : m.text).intent === m.intent).length / dev.length;
    expect(ours).toBeGreaterThan(0.8);
    expect(ours - theirs).toBeGreaterThan(0.05);
  }, 120_000);

  it('reads short chat lines with the customer\'s language as a prior, and tells close languages apart', () => {
    const language = (text: string, customerLanguage?: string) => engine.triage({ text, customerLanguage: customerLanguage ?? null }).language;
    expect(language('hi', 'de')).toBe('de');
    expect(language('ok', 'sv')).toBe('sv');
    expect(language('where my order??', 'de')).toBe('en');
    expect(language('Hvor er pakken min? Jeg har ventet i to uker nå')).toBe('no');
    expect(language('Hvor er min pakke? Jeg har ventet i to uger nu')).toBe('da');
    expect(language('Kak, pesanan saya kok belum sampai ya? Sudah seminggu')).toBe('id');
    expect(language('Bila pesanan saya akan sampai? Dah seminggu tak dapat lagi')).toBe('ms');
    expect(language('Де моє замовлення? Чекаю вже два тижні')).toBe('uk');
    expect(language('注文した商品がまだ届きません')).toBe('ja');
    expect(language('我的包裹到哪里了')).toBe('zh');
    expect(language('Dobrý den, kde je moje objednávka? Čekám už týden')).toBe('cs');
  });

  it('abstains on messages that carry no intent', () => {
    for (const text of ['hi', 'ok so', '???', '', '👍']) expect(engine.triage({ text }).abstain).toBe(true);
  });
});

/**
 * Checks the triage corpus: valid JSON, known intents, no duplicate texts, and the minimum
 * number of examples per intent for each language (issue 5). Prints a table; exits 1 on a problem.
 *   npx tsx scripts/check-corpus.ts [lang…]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTENTS, isIntent } from '../src/modules/triage/intents.js';

const DIR = join(import.meta.dirname, '..', 'corpus', 'triage');
const MINIMUM: Record<string, number> = { en: 40 };
for (const l of ['zh', 'ja', 'ko', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'ru', 'ar']) MINIMUM[l] = 20;
const minimumFor = (lang: string) => MINIMUM[lang] ?? 8;

const only = process.argv.slice(2);
const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl') && (only.length === 0 || only.includes(f.replace('.jsonl', ''))));
let problems = 0;
const seen = new Map<string, string>();
for (const file of files.sort()) {
  const lang = file.replace('.jsonl', '');
  const counts = new Map<string, number>();
  readFileSync(join(DIR, file), 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let row: { intent?: unknown; text?: unknown };
    try {
      row = JSON.parse(line);
    } catch {
      console.log(`${file}:${i + 1}: not JSON`);
      problems++;
      return;
    }
    if (!isIntent(row.intent)) {
      console.log(`${file}:${i + 1}: unknown intent ${JSON.stringify(row.intent)}`);
      problems++;
      return;
    }
    if (typeof row.text !== 'string' || row.text.trim() === '') {
      console.log(`${file}:${i + 1}: empty text`);
      problems++;
      return;
    }
    const key = row.text.trim().toLowerCase();
    if (seen.has(key)) {
      console.log(`${file}:${i + 1}: duplicate of ${seen.get(key)}`);
      problems++;
    } else seen.set(key, `${file}:${i + 1}`);
    counts.set(row.intent, (counts.get(row.intent) ?? 0) + 1);
  });
  const short = INTENTS.filter((intent) => (counts.get(intent) ?? 0) < minimumFor(lang));
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`${lang}: ${total} examples, min per intent ${Math.min(...INTENTS.map((i) => counts.get(i) ?? 0))} (need ${minimumFor(lang)})${short.length ? `; short: ${short.map((i) => `${i}=${counts.get(i) ?? 0}`).join(' ')}` : ''}`);
  if (short.length) problems++;
}
process.exit(problems ? 1 : 0);

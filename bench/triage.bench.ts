/**
 * npm run bench:triage [-- --messages N]
 * N1 for triage: messages per second on one core (this process is single-threaded), latency
 * percentiles per message, model load time and model file size. Messages are the corpus in all
 * its languages plus long e-mails, cycled; the first pass warms the JIT and is not counted.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/modules/triage/model/corpus.js';
import { BUILT_MODEL_PATH, loadBuiltModel, readModelFile } from '../src/modules/triage/model-store.js';
import { TriageEngine } from '../src/modules/triage/triage-engine.js';
import { BENCH_MESSAGES } from './lib/corpus.js';
import { percentiles } from './lib/stats.js';

const { values } = parseArgs({ options: { messages: { type: 'string', default: '50000' } } });
const total = Number(values.messages);

await loadBuiltModel((line) => console.error(line)); // builds it if absent, so the load below is a pure load
const loadStarted = performance.now();
const model = await readModelFile();
const engine = new TriageEngine(model);
const loadMs = performance.now() - loadStarted;
const sizeMb = statSync(BUILT_MODEL_PATH).size / 1024 / 1024;

const corpus = loadCorpus();
const longEmails = BENCH_MESSAGES.map((m) => ({ text: `${m.text}\n\n${m.text}\n\nBest regards,\nAnna Kowalska\nul. Długa 5, 00-001 Warszawa\n+48 601 234 567`, subject: m.subject }));
const messages = [...corpus.map((m) => ({ text: m.text, subject: m.subject ?? null })), ...longEmails];
const averageChars = messages.reduce((sum, m) => sum + m.text.length, 0) / messages.length;

for (let i = 0; i < Math.min(messages.length, 5000); i++) engine.triage(messages[i]!);

const samples = new Float64Array(total);
const started = performance.now();
for (let i = 0; i < total; i++) {
  const t0 = performance.now();
  engine.triage(messages[i % messages.length]!);
  samples[i] = performance.now() - t0;
}
const seconds = (performance.now() - started) / 1000;
const { p50, p95, p99 } = percentiles(Array.from(samples));

console.log(`triage benchmark: ${total} messages (${messages.length} distinct, ${corpus.length} from the corpus in 25 languages, average ${Math.round(averageChars)} characters), one core, Node ${process.version}`);
console.log(`  throughput      ${Math.round(total / seconds).toLocaleString('en')} messages/s   (target ≥ 5,000)`);
console.log(`  latency         p50 ${(p50 * 1000).toFixed(0)} µs   p95 ${(p95 * 1000).toFixed(0)} µs   p99 ${(p99 * 1000).toFixed(0)} µs   (target p99 ≤ 2 ms)`);
console.log(`  model load      ${loadMs.toFixed(0)} ms   (target ≤ 1 s)`);
console.log(`  model file      ${sizeMb.toFixed(1)} MB   (target ≤ 20 MB)`);

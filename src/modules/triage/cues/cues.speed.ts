/**
 * Speed of cue matching: `npx tsx src/modules/triage/cues/cues.speed.ts`.
 *
 * Messages are corpus lines run through normalizeForFeatures (as triage does), joined per language
 * into ~300-character messages. Times are CPU time (process.cpuUsage), best of several rounds, so a
 * busy shared machine inflates them less than wall-clock would. For comparison it also times the
 * other design the brief allowed: one combined regex per language (alternation sorted
 * longest-first, lookaround boundaries), on the same phrases.
 */
import { TRIAGE_LANGUAGES } from '../intents.js';
import { loadCorpus } from '../model/corpus.js';
import { normalizeForFeatures } from '../model/hashed-features.js';
import { CUE_CONCEPTS } from './concepts.js';
import { foldText } from './fold.js';
import { CUE_LEXICONS } from './lexicon/index.js';
import { CUE_PHRASE_COUNT, matchCues } from './match-cues.js';

const TARGET = 300;
const corpus = loadCorpus();
const messages: { text: string; language: string }[] = [];
for (const language of TRIAGE_LANGUAGES) {
  let buffer = '';
  for (const m of corpus) {
    if (m.language !== language) continue;
    buffer += (buffer ? '\n' : '') + m.text;
    if (buffer.length >= TARGET) {
      messages.push({ text: normalizeForFeatures(buffer.slice(0, TARGET)), language });
      buffer = '';
    }
  }
}

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

function bench(label: string, run: (text: string, language: string) => unknown, sample = messages, rounds = 7): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = cpuMicros();
    for (const m of sample) run(m.text, m.language);
    const perMessage = (cpuMicros() - start) / sample.length;
    if (round > 0) best = Math.min(best, perMessage); // round 0 warms the JIT
  }
  console.log(`${label.padEnd(44)} ${best.toFixed(2)} µs/message`);
  return best;
}

console.log(`${CUE_CONCEPTS.length} concepts, ${CUE_PHRASE_COUNT} phrases in ${Object.keys(CUE_LEXICONS).length} languages`);
console.log(`${messages.length} messages of ${TARGET} characters (corpus lines joined per language)\n`);

// How fast this machine is right now, to read the numbers below against: a bare table-lookup loop over 300 characters.
const table = new Uint16Array(0x10000);
bench('(reference) bare loop over 300 characters', (t) => {
  let x = 0;
  for (let i = 0; i < t.length; i++) x += table[t.charCodeAt(i)]!;
  return x;
});

bench('matchCues, message language + English', (t, l) => matchCues(t, l));
bench('matchCues, language unknown (all)', (t) => matchCues(t, null));

// The regex design, for comparison: one alternation per language (+ English), longest first, lookaround
// boundaries. Only German messages, and a sample: compiling all 25 such regexes exhausts V8's heap
// (irregexp generates code per alternative), and even one is slow enough that the whole set would take minutes.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phrases = new Set<string>();
for (const code of ['en', 'de'] as const) for (const concept of CUE_CONCEPTS) for (const p of CUE_LEXICONS[code][concept]) phrases.add(p);
const alternatives = [...phrases]
  .map((p) => {
    const prefix = p.endsWith('*');
    const body = escape(foldText(prefix ? p.slice(0, -1) : p));
    return { length: body.length, source: `(?<![\\p{L}\\p{N}])${body}${prefix ? '' : '(?![\\p{L}\\p{N}])'}` };
  })
  .sort((a, b) => b.length - a.length)
  .map((a) => a.source);
const germanRegex = new RegExp(alternatives.join('|'), 'gu');
const german = messages.filter((m) => m.language === 'de').slice(0, 40);
bench('matchCues, the same German sample', (t, l) => matchCues(t, l), german);
bench(
  `one combined regex (${alternatives.length} German + English phrases)`,
  (t) => {
    germanRegex.lastIndex = 0;
    const s = foldText(t);
    let count = 0;
    while (germanRegex.exec(s) !== null) count++;
    return count;
  },
  german,
  3,
);

// Writes the e-mail fixture corpus: test/fixtures/email/*.eml and expected.json.
// Run: npx tsx scripts/make-email-fixtures.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../test/fixtures/email/build/corpus.js';

const directory = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'email');
mkdirSync(directory, { recursive: true });
for (const name of readdirSync(directory)) if (name.endsWith('.eml')) rmSync(path.join(directory, name));

const corpus = buildCorpus();
const names = new Set<string>();
for (const { raw, expected } of corpus) {
  if (names.has(expected.file)) throw new Error(`Two fixtures are called ${expected.file}`);
  names.add(expected.file);
  writeFileSync(path.join(directory, expected.file), raw);
}
writeFileSync(path.join(directory, 'expected.json'), `${JSON.stringify(corpus.map((fixture) => fixture.expected), null, 2)}\n`);
console.log(`${corpus.length} fixtures written to ${path.relative(process.cwd(), directory)}`);

/** npm run build:model — trains the triage model on the shipped corpus and writes models/triage-model.bin. */
import { performance } from 'node:perf_hooks';
import { buildModelFromCorpus, BUILT_MODEL_PATH, writeModelFile } from '../src/modules/triage/model-store.js';

const started = performance.now();
const model = await buildModelFromCorpus({ log: (line) => console.log(line) });
const bytes = await writeModelFile(model);
console.log(`wrote ${BUILT_MODEL_PATH} (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

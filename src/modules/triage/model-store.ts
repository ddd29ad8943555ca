import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTriageModel, type Correction } from './model/build-model.js';
import { corpusFingerprint, loadCorpus } from './model/corpus.js';
import { deserializeModel, serializeModel, type TriageModel } from './model/model-file.js';

/** Where `npm run build:model` puts the model built from the shipped corpus (not in git: it is built). */
export const BUILT_MODEL_PATH = fileURLToPath(new URL('../../../models/triage-model.bin', import.meta.url));

export async function buildModelFromCorpus(options: { corrections?: readonly Correction[]; log?: (line: string) => void } = {}): Promise<TriageModel> {
  return buildTriageModel({ corpus: loadCorpus(), corrections: options.corrections, log: options.log, fingerprint: corpusFingerprint() });
}

/** Writes atomically, so a process reading the file at the same moment never sees half of it. */
export async function writeModelFile(model: TriageModel, path = BUILT_MODEL_PATH): Promise<number> {
  const bytes = serializeModel(model);
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
  return bytes.length;
}

export async function readModelFile(path = BUILT_MODEL_PATH): Promise<TriageModel> {
  return deserializeModel(await readFile(path));
}

/**
 * The built model, building it first when it is absent, unreadable (a model from an older
 * format) or stale (built from another version of the corpus).
 */
export async function loadBuiltModel(log: (line: string) => void = () => {}): Promise<TriageModel> {
  if (existsSync(BUILT_MODEL_PATH)) {
    try {
      const model = await readModelFile();
      if (model.info.corpus === corpusFingerprint()) return model;
      log('the corpus changed since the triage model was built; rebuilding it');
    } catch (error) {
      log(`the built triage model cannot be read (${(error as Error).message}); rebuilding it`);
    }
  } else {
    log('no built triage model yet; building it from the corpus');
  }
  const model = await buildModelFromCorpus({ log });
  await writeModelFile(model);
  return model;
}

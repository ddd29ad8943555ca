import { sql } from 'kysely';
import type { Db } from '../database.js';
import { activateTriageModel, activeTriageModel } from './active-triage.js';
import { correctionsForTraining } from './corrections.js';
import { buildTriageModel, scoreOnDev } from './model/build-model.js';
import { corpusFingerprint, loadCorpus, splitCorpus } from './model/corpus.js';
import { serializeModel, type DevScores, type TriageModel } from './model/model-file.js';

export const TRIAGE_MODEL_CHANNEL = 'meridian_triage_model';
/** Retrained models kept in the database; older ones are dropped (their scores stay in the log). */
const KEEP_MODELS = 3;

export type RetrainTrigger = 'cli' | 'schedule' | 'api';

export interface RetrainOutcome {
  id: number;
  decision: 'activated' | 'kept_current';
  reason: string;
  corrections: number;
  candidate: DevScores;
  current: DevScores;
}

/**
 * The switch rule: a candidate replaces the current model only if it is no worse on the
 * held-out dev set — macro-F1 (every intent counts) and accuracy both at least as good, and
 * coverage at the target precision not lower. Pure, so the rule is tested on its own.
 */
export function decideSwitch(candidate: DevScores, current: DevScores): { activate: boolean; reason: string } {
  const worse: string[] = [];
  const pct = (n: number) => `${(n * 100).toFixed(2)}%`;
  if (candidate.macroF1 < current.macroF1) worse.push(`macro-F1 ${pct(candidate.macroF1)} < ${pct(current.macroF1)}`);
  if (candidate.accuracy < current.accuracy) worse.push(`accuracy ${pct(candidate.accuracy)} < ${pct(current.accuracy)}`);
  if (candidate.coverage < current.coverage) worse.push(`coverage ${pct(candidate.coverage)} < ${pct(current.coverage)}`);
  if (worse.length) return { activate: false, reason: `the candidate scores worse on the dev set: ${worse.join('; ')}` };
  return {
    activate: true,
    reason: `the candidate scores no worse on the dev set (macro-F1 ${pct(candidate.macroF1)} vs ${pct(current.macroF1)}, accuracy ${pct(candidate.accuracy)} vs ${pct(current.accuracy)})`,
  };
}

/**
 * Trains a candidate on corpus + agents' corrections, scores it and the current model on the
 * same dev set, switches only if the candidate is no worse, and logs the decision with both
 * scores (`triage_models`). Other processes hear about a switch through NOTIFY and reload.
 */
export async function retrainTriageModel(
  db: Db,
  options: { trigger: RetrainTrigger; current?: TriageModel; log?: (line: string) => void; train?: typeof buildTriageModel },
): Promise<RetrainOutcome> {
  const log = options.log ?? (() => {});
  const current = options.current ?? activeTriageModel();
  if (!current) throw new Error('no triage model is loaded to compare against');
  const corpus = loadCorpus();
  const corrections = await correctionsForTraining(db);
  const candidate = await (options.train ?? buildTriageModel)({ corpus, corrections, log, fingerprint: corpusFingerprint() });
  const dev = splitCorpus(corpus).dev;
  const candidateScores = await scoreOnDev(candidate, dev);
  const currentScores = await scoreOnDev(current, dev);
  const { activate, reason } = decideSwitch(candidateScores, currentScores);
  const row = await db
    .insertInto('triage_models')
    .values({
      trigger: options.trigger,
      decision: activate ? 'activated' : 'kept_current',
      reason,
      corrections: corrections.length,
      candidate_scores: JSON.stringify(candidateScores),
      current_scores: JSON.stringify(currentScores),
      model: activate ? serializeModel(candidate) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (activate) {
    await db
      .updateTable('triage_models')
      .set({ model: null })
      .where('model', 'is not', null)
      .where('id', 'not in', (eb) => eb.selectFrom('triage_models').select('id').where('model', 'is not', null).orderBy('id', 'desc').limit(KEEP_MODELS))
      .execute();
    await sql`select pg_notify(${TRIAGE_MODEL_CHANNEL}, ${String(row.id)})`.execute(db);
    activateTriageModel(candidate);
  }
  log(`retrain #${row.id} (${options.trigger}, ${corrections.length} corrections): ${activate ? 'switched to the new model' : 'kept the current model'} — ${reason}`);
  return { id: row.id, decision: activate ? 'activated' : 'kept_current', reason, corrections: corrections.length, candidate: candidateScores, current: currentScores };
}

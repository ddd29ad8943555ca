import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../../platform/db/database.js';
import type { Database } from '../database.js';
import { activateTriageModel, activeTriageModel } from './active-triage.js';
import { countCorrections } from './corrections.js';
import { deserializeModel, type TriageModel } from './model/model-file.js';
import { loadBuiltModel } from './model-store.js';
import { retrainTriageModel, TRIAGE_MODEL_CHANNEL } from './retrain.js';

export const TRIAGE_RETRAIN_JOB = 'triage.retrain';

/** The latest model a retrain switched to, if any. */
async function latestRetrainedModel(db: Kysely<Database>, log: (line: string) => void): Promise<TriageModel | null> {
  const row = await db
    .selectFrom('triage_models')
    .select(['id', 'model'])
    .where('decision', '=', 'activated')
    .where('model', 'is not', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row?.model) return null;
  try {
    return deserializeModel(row.model);
  } catch (error) {
    log(`retrained triage model #${row.id} cannot be read (${(error as Error).message}); using the built model`);
    return null;
  }
}

/**
 * The model this process should use: the newer of the built model (corpus only) and the last
 * retrained one (corpus + corrections). A new release's corpus thus wins over an older
 * retrain, and the next retrain adds the corrections back.
 */
export async function loadActiveModel(db: Kysely<Database>, log: (line: string) => void = () => {}): Promise<TriageModel> {
  const [built, retrained] = await Promise.all([loadBuiltModel(log), latestRetrainedModel(db, log)]);
  if (retrained && retrained.info.createdAt > built.info.createdAt) return retrained;
  return built;
}

/** Loads the model and, in a serving process, follows switches made by other processes. */
export async function installTriage(database: DatabaseHandle<Database>, options: { follow: boolean; log?: (line: string) => void }): Promise<() => Promise<void>> {
  const log = options.log ?? (() => {});
  activateTriageModel(await loadActiveModel(database.db, log));
  if (!options.follow) return async () => {};
  return database.listen(TRIAGE_MODEL_CHANNEL, () => {
    void latestRetrainedModel(database.db, log).then((model) => {
      if (model && model.info.createdAt !== activeTriageModel()?.info.createdAt) activateTriageModel(model);
    });
  });
}

/**
 * The scheduled retrain: only when the model in use has not learnt from every correction yet
 * (new corrections, or a freshly built model that has none of them), and not again for
 * corrections a previous run already judged.
 */
export async function scheduledRetrain(db: Kysely<Database>, log: (line: string) => void = () => {}): Promise<void> {
  const total = await countCorrections(db);
  if (total === 0 || (activeTriageModel()?.info.corrections ?? 0) >= total) return;
  const last = await db.selectFrom('triage_models').select(['created_at', 'corrections']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (last && last.corrections >= total && (await countCorrections(db, last.created_at)) === 0) return;
  await retrainTriageModel(db, { trigger: 'schedule', log });
}

/** The retrain job: asked for by a supervisor (always trains) or by the schedule (only when there is something new). */
export async function runRetrainJob(db: Kysely<Database>, payload: Record<string, unknown>, log: (line: string) => void): Promise<void> {
  if (payload.trigger === 'api') await retrainTriageModel(db, { trigger: 'api', log });
  else await scheduledRetrain(db, log);
}

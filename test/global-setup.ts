import { loadBuiltModel } from '../src/modules/triage/model-store.js';

/**
 * Builds the triage model once before any test file runs, if `npm install` did not (every app a
 * test starts loads it; without this, parallel files would each build their own).
 */
export default async function setup(): Promise<void> {
  await loadBuiltModel((line) => console.log(`triage: ${line}`));
}

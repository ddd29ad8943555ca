import type { TriageModel } from './model/model-file.js';
import { TriageEngine, type TriageDetails } from './triage-engine.js';
import { priorityFor } from './priority.js';
import type { TriageInput } from './triage.types.js';

/**
 * The model this process triages with. It is process-wide state on purpose: the model is a
 * read-only table of weights shared by every request, loaded once at start and replaced
 * whole when a retrained model is switched to.
 */
let engine: TriageEngine | null = null;

export function activateTriageModel(model: TriageModel): void {
  engine = new TriageEngine(model);
}

export function activeTriageModel(): TriageModel | null {
  return engine?.model ?? null;
}

/** Null only in a process that never loaded a model (the runtime always does). */
export function triageMessage(input: TriageInput): TriageDetails | null {
  return engine ? engine.triage(input) : null;
}

/** The message is the buyer's third contact (or later) about one issue: a risk, and a priority step up. */
export function withRepeatedContact(result: TriageDetails, earlierContacts: number): TriageDetails {
  if (earlierContacts < 2 || result.risk.includes('repeated_contact')) return result;
  const risk = [...result.risk, 'repeated_contact' as const];
  return { ...result, risk, priority: priorityFor(result.intent, risk) };
}

/** What a message row keeps of its triage (`messages.triage`). */
export function storedTriage(result: TriageDetails): Record<string, unknown> {
  return { ...result, modelCreatedAt: engine?.model.info.createdAt ?? null };
}

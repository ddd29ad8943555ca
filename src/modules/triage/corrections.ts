import type { Db } from '../database.js';
import type { Correction } from './model/build-model.js';

export interface CorrectionInput {
  workspaceId: string;
  ticketId: number;
  agentId: string | null;
  correctedIntent: string;
}

/**
 * Stores an agent's intent correction as a training example: the ticket's first triaged buyer
 * message, what the model said about it and what the agent says it is. Nothing is stored when
 * the ticket has no triaged buyer message to learn from.
 */
export async function recordIntentCorrection(trx: Db, input: CorrectionInput): Promise<boolean> {
  const message = await trx
    .selectFrom('messages')
    .innerJoin('tickets', 'tickets.id', 'messages.ticket_id')
    .select(['messages.id', 'messages.body_text', 'messages.triage', 'tickets.subject'])
    .where('messages.ticket_id', '=', input.ticketId)
    .where('messages.workspace_id', '=', input.workspaceId)
    .where('messages.direction', '=', 'inbound')
    .where('messages.triage', 'is not', null)
    .orderBy('messages.created_at')
    .orderBy('messages.id')
    .executeTakeFirst();
  if (!message || message.body_text.trim() === '') return false;
  const triage = message.triage as { intent?: string; confidence?: number; language?: string } | null;
  await trx
    .insertInto('triage_corrections')
    .values({
      workspace_id: input.workspaceId,
      ticket_id: input.ticketId,
      message_id: message.id,
      agent_id: input.agentId,
      text: message.body_text,
      subject: message.subject,
      language: triage?.language ?? null,
      predicted_intent: triage?.intent ?? null,
      predicted_confidence: triage?.confidence ?? null,
      corrected_intent: input.correctedIntent,
    })
    .execute();
  return true;
}

/** Every correction as a training example; the latest one per message wins. */
export async function correctionsForTraining(db: Db): Promise<Correction[]> {
  const rows = await db
    .selectFrom('triage_corrections')
    .select(['message_id', 'text', 'subject', 'language', 'corrected_intent', 'id'])
    .orderBy('id')
    .execute();
  const latest = new Map<string, Correction>();
  for (const r of rows) {
    latest.set(r.message_id != null ? `m${r.message_id}` : `c${r.id}`, { text: r.text, subject: r.subject, intent: r.corrected_intent, language: r.language });
  }
  return [...latest.values()];
}

export async function countCorrections(db: Db, since?: Date): Promise<number> {
  let q = db.selectFrom('triage_corrections').select((eb) => eb.fn.countAll<string>().as('n'));
  if (since) q = q.where('created_at', '>', since);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

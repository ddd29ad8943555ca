import type { Kysely } from 'kysely';
import { notFound, unprocessable } from '../../shared/errors.js';
import { htmlToText, sanitizeMessageHtml } from '../../shared/text/sanitize-html.js';
import { canSeeBrand, type Principal } from '../auth/principal.js';
import type { Database, Db } from '../database.js';
import { getTicketRowOrThrow } from './ticket.queries.js';
import type { UpdateTicketInput } from './ticket.schemas.js';
import { recordTicketEvent, TICKET_EVENTS, type Actor } from './ticket.events.js';
import type { TicketStatus } from './ticket.table.js';
import { recordIntentCorrection } from '../triage/corrections.js';
import { isIntent } from '../triage/intents.js';
import { afterTicketChange } from '../workflow/ticket-pipeline.js';

export function actorOf(principal: Principal): Actor {
  return { kind: principal.via === 'token' ? 'api' : 'agent', id: principal.agentId };
}

/** Message bodies as stored: plain text always, HTML only sanitised. */
export function messageBodies(input: { text?: string | undefined; html?: string | undefined }) {
  const html = input.html?.trim() ? sanitizeMessageHtml(input.html) : null;
  const text = input.text?.trim() ? input.text : html ? htmlToText(html) : '';
  return { text, html };
}

type FieldChange = { from: unknown; to: unknown };

/** Applies a partial update; every changed field lands on the timeline with its old and new value. */
export async function updateTicket(db: Kysely<Database>, principal: Principal, id: number, input: UpdateTicketInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await getTicketRowOrThrow(trx, principal, id, true);
    if (current.merged_into_id) throw unprocessable(`Ticket ${id} was merged into ${current.merged_into_id}; change that one.`);
    if (input.brandId) await assertBrandUsable(trx, principal, input.brandId);
    if (input.assigneeId) await assertAgentInWorkspace(trx, principal.workspaceId, input.assigneeId);
    if (input.teamId) await assertTeamInWorkspace(trx, principal.workspaceId, input.teamId);

    const tags = nextTags(current.tags, input);
    // [field as the API names it, column, wanted value]
    const wanted = [
      ['subject', 'subject', input.subject],
      ['status', 'status', input.status],
      ['priority', 'priority', input.priority],
      ['assigneeId', 'assignee_id', input.assigneeId],
      ['teamId', 'team_id', input.teamId],
      ['brandId', 'brand_id', input.brandId],
      ['tags', 'tags', tags],
      ['intent', 'intent', input.intent],
      ['language', 'language', input.language],
    ] as const;
    const changes: Record<string, FieldChange> = {};
    const set: Record<string, unknown> = {};
    for (const [field, column, value] of wanted) {
      if (value === undefined) continue;
      const before = current[column];
      if (JSON.stringify(before) === JSON.stringify(value)) continue;
      changes[field] = { from: before, to: value };
      set[column] = value;
    }
    if (input.customFields) {
      const merged = { ...current.custom_fields, ...input.customFields };
      if (JSON.stringify(merged) !== JSON.stringify(current.custom_fields)) {
        changes.customFields = { from: current.custom_fields, to: merged };
        set.custom_fields = JSON.stringify(merged);
      }
    }
    // Confirming the classifier's guess on a ticket that waits for triage is a decision too.
    const confirmsIntent = Boolean(input.intent) && current.needs_triage && !changes.intent;
    if (Object.keys(changes).length === 0 && !confirmsIntent) return;
    if (input.intent && !isIntent(input.intent)) throw unprocessable(`"${input.intent}" is not an intent of the taxonomy.`);
    if (input.status) Object.assign(set, statusTimestamps(current.status, input.status, current.solved_at));
    if (input.intent !== undefined) {
      Object.assign(set, { intent: input.intent, intent_confidence: null, intent_source: input.intent ? 'agent' : null, needs_triage: false });
      if (input.intent) {
        // An agent's choice is a lesson for the model (the retrain job reads these).
        await recordIntentCorrection(trx, { workspaceId: principal.workspaceId, ticketId: id, agentId: principal.agentId, correctedIntent: input.intent });
      }
    }
    if (confirmsIntent) changes.intent = { from: current.intent, to: input.intent };

    const now = new Date();
    await trx.updateTable('tickets').set({ ...set, updated_at: now }).where('id', '=', id).execute();
    await recordTicketEvent(trx, {
      workspaceId: principal.workspaceId,
      ticketId: id,
      brandId: input.brandId ?? current.brand_id,
      type: TICKET_EVENTS.updated,
      actor: actorOf(principal),
      data: { changes },
      at: now,
    });
    await afterTicketChange(trx, { workspaceId: principal.workspaceId, ticketId: id, trigger: 'ticket.updated', actor: actorOf(principal), changes, at: now });
  });
}

/** Timestamps that a status change sets or clears (KPIs read solved_at and closed_at). */
export function statusTimestamps(from: TicketStatus, to: TicketStatus, solvedAt: Date | null) {
  const now = new Date();
  if (from === to) return {};
  const solved = to === 'solved' || to === 'closed';
  return {
    solved_at: solved ? (solvedAt ?? now) : null,
    closed_at: to === 'closed' ? now : null,
  };
}

function nextTags(current: string[], input: UpdateTicketInput): string[] | undefined {
  if (!input.tags && !input.addTags && !input.removeTags) return undefined;
  const base = input.tags ?? current;
  const removed = new Set(input.removeTags ?? []);
  return dedupeTags([...base, ...(input.addTags ?? [])].filter((t) => !removed.has(t)));
}

export function dedupeTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.toLowerCase()))];
}


export async function assertBrandUsable(db: Db, principal: Principal, brandId: string): Promise<void> {
  const brand = await db
    .selectFrom('brands')
    .select(['id', 'archived_at'])
    .where('id', '=', brandId)
    .where('workspace_id', '=', principal.workspaceId)
    .executeTakeFirst();
  if (!brand || !canSeeBrand(principal, brandId)) throw notFound('Brand', brandId);
  if (brand.archived_at) throw unprocessable(`Brand ${brandId} is archived.`);
}

export async function assertAgentInWorkspace(db: Db, workspaceId: string, agentId: string): Promise<void> {
  const agent = await db
    .selectFrom('agents')
    .select(['id', 'active'])
    .where('id', '=', agentId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!agent) throw notFound('Agent', agentId);
  if (!agent.active) throw unprocessable(`Agent ${agentId} is deactivated and cannot be assigned.`);
}

export async function assertTeamInWorkspace(db: Db, workspaceId: string, teamId: string): Promise<void> {
  const team = await db.selectFrom('teams').select('id').where('id', '=', teamId).where('workspace_id', '=', workspaceId).executeTakeFirst();
  if (!team) throw notFound('Team', teamId);
}



import { sql } from 'kysely';
import { normalizeIdentityValue } from '../../customers/customer.normalize.js';
import type { Db } from '../../database.js';

/** What a message tells about the conversation it belongs to, strongest clue first. */
export interface ThreadClues {
  /** A ticket named by a verified plus-address token in a recipient (`support+t12-ab34cd56@…`). */
  replyTokenTicketId: number | null;
  inReplyTo: string | null;
  references: string[];
  ownMessageId: string | null;
  /** `marketplace:amazon:123-1234567-1234567` and the like. */
  marketplaceRef: string | null;
  /** `[#1234]` in the subject: trusted only when the sender is that ticket's buyer. */
  subjectTicketId: number | null;
  senderEmail: string;
}

export type ThreadMatch = {
  ticketId: number;
  status: string;
  via: 'reply_token' | 'in_reply_to' | 'references' | 'message_id' | 'marketplace' | 'subject_token';
};


/** Every reference a ticket should answer to once this message is filed on it. */
export function threadRefsOf(clues: ThreadClues): string[] {
  const refs = [clues.ownMessageId, clues.inReplyTo, ...clues.references, clues.marketplaceRef];
  return [...new Set(refs.filter((r): r is string => Boolean(r)))];
}

/**
 * Finds the ticket a message belongs to. The index holds every Message-ID a ticket's messages
 * carry and every one they reference, so a reply that arrives before its original has already
 * claimed the original's id: when the original comes in, its own Message-ID finds the ticket.
 */
export async function findThreadTicket(db: Db, workspaceId: string, clues: ThreadClues): Promise<ThreadMatch | null> {
  const refs = threadRefsOf(clues);
  const rows = refs.length
    ? await db.selectFrom('email_thread_refs').select(['ref', 'ticket_id']).where('workspace_id', '=', workspaceId).where('ref', 'in', refs).execute()
    : [];
  return bestMatch(db, workspaceId, clues, rows);
}

async function bestMatch(db: Db, workspaceId: string, clues: ThreadClues, rows: { ref: string; ticket_id: number }[]): Promise<ThreadMatch | null> {
  if (clues.replyTokenTicketId) {
    const live = await liveTicket(db, workspaceId, clues.replyTokenTicketId);
    if (live) return { ...live, via: 'reply_token' };
  }
  if (rows.length > 0) {
    const byRef = new Map(rows.map((r) => [r.ref, r.ticket_id]));
    const ordered: [string | null | undefined, ThreadMatch['via']][] = [
      [clues.inReplyTo, 'in_reply_to'],
      ...[...clues.references].reverse().map((r) => [r, 'references'] as [string, ThreadMatch['via']]),
      [clues.ownMessageId, 'message_id'],
      [clues.marketplaceRef, 'marketplace'],
    ];
    for (const [ref, via] of ordered) {
      const ticketId = ref ? byRef.get(ref) : undefined;
      if (ticketId) {
        const live = await liveTicket(db, workspaceId, ticketId);
        if (live) return { ...live, via };
      }
    }
  }
  if (clues.subjectTicketId) {
    const owner = await sql<{ id: number }>`
      select t.id from tickets t join customer_identities ci on ci.customer_id = t.customer_id
      where t.workspace_id = ${workspaceId} and t.id = ${clues.subjectTicketId}
        and ci.kind = 'email' and ci.value = ${normalizeIdentityValue('email', clues.senderEmail)}`.execute(db);
    const live = owner.rows[0] ? await liveTicket(db, workspaceId, owner.rows[0].id) : null;
    if (live) return { ...live, via: 'subject_token' };
  }
  return null;
}

/** The ticket a merged ticket now lives in (following merges), or null when it does not exist. */
async function liveTicket(db: Db, workspaceId: string, ticketId: number): Promise<{ ticketId: number; status: string } | null> {
  let id = ticketId;
  for (let hops = 0; hops < 10; hops++) {
    const row = await db
      .selectFrom('tickets')
      .select(['id', 'status', 'merged_into_id'])
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    if (!row) return null;
    if (!row.merged_into_id) return { ticketId: row.id, status: row.status };
    id = row.merged_into_id;
  }
  return null;
}

/** Records that these references now belong to the ticket; earlier claims stay as they are. */
export async function claimThreadRefs(db: Db, workspaceId: string, ticketId: number, refs: string[]): Promise<void> {
  if (refs.length === 0) return;
  await db
    .insertInto('email_thread_refs')
    .values(refs.map((ref) => ({ workspace_id: workspaceId, ref: ref.slice(0, 998), ticket_id: ticketId })))
    .onConflict((oc) => oc.columns(['workspace_id', 'ref']).doNothing())
    .execute();
}

/**
 * Serialises the filing of messages that share a reference, across processes: two halves of one
 * thread parsed at the same moment must not each start a ticket. Keys are taken in sorted order
 * so two transactions can never wait on each other.
 */
export async function lockThreadRefs(db: Db, workspaceId: string, refs: string[]): Promise<void> {
  if (refs.length === 0) return;
  const keys = [...new Set(refs)].sort();
  await sql`select pg_advisory_xact_lock(hashtextextended(${workspaceId} || k, 0)) from unnest(${keys}::text[]) as k order by k`.execute(db);
}

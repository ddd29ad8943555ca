import { sql, type Kysely } from 'kysely';
import type { AttachmentStore } from '../../../platform/files/attachment-store.js';
import type { Database } from '../../database.js';
import type { InboundSummary } from '../email.table.js';
import { classifyMachineMail, extractBounce, loopKey, MalformedEmailError, parseEmail, recognizeMarketplace, stripQuotedText, type ParsedEmail } from '../parse/index.js';
import { omittedAttachmentNotice } from '../parse/attachment-limits.js';
import { decodeEncodedWords } from '../parse/header-values.js';
import { fileInboundEmail, type InboundEmailFacts } from './file-inbound-email.js';
import { rawHeader, splitRaw } from './raw-identity.js';

export interface InboundLimits {
  maxAttachmentBytes: number;
  maxAttachmentsTotalBytes: number;
}

export interface ClaimedInbound {
  id: number;
  workspace_id: string;
  brand_id: string;
  raw: Buffer;
  received_at: Date;
  attempts: number;
}

/** The same text from one sender this many times within the window is a mail loop. */
export const LOOP_THRESHOLD = 3;
export const LOOP_WINDOW_MINUTES = 60;
/** A message that failed this often for reasons other than its content is quarantined. */
export const MAX_INBOUND_ATTEMPTS = 5;

export type InboundResult = { id: number; status: 'delivered' | 'quarantined' | 'suppressed' | 'retry'; ticketId?: number; reason?: string };

/**
 * Parses one stored raw message and files it. Whatever happens, the raw row ends in a final
 * state (delivered, quarantined with the reason, or suppressed as machine noise) or is left for
 * a retry: a message is never dropped and never holds up the ones behind it.
 */
export async function processInboundEmail(db: Kysely<Database>, store: AttachmentStore, limits: InboundLimits, row: ClaimedInbound): Promise<InboundResult> {
  let parsed: ParsedEmail;
  try {
    parsed = await parseEmail(row.raw, limits);
  } catch (error) {
    const reason = error instanceof MalformedEmailError ? error.reason : `The parser failed: ${errorText(error)}`;
    await hold(db, row.id, 'quarantined', reason, rawSummary(row.raw));
    return { id: row.id, status: 'quarantined', reason };
  }

  const stripped = withOmissionNotices(stripQuotedText(parsed.text), parsed);
  const machineKind = classifyMachineMail(parsed).kind;
  const key = loopKey(parsed.from.address, stripped.text);
  const summary: InboundSummary = { from: parsed.from.address, subject: parsed.subject, date: parsed.date?.toISOString(), loopKey: key, ...(machineKind ? { machine: machineKind } : {}) };

  try {
    const repeats = await recentRepeats(db, row, key);
    if (repeats >= LOOP_THRESHOLD) {
      const reason = `Mail loop: the same text from ${parsed.from.address} ${repeats + 1} times within ${LOOP_WINDOW_MINUTES} minutes.`;
      await hold(db, row.id, 'suppressed', reason, { ...summary, machine: 'loop' });
      return { id: row.id, status: 'suppressed', reason };
    }
    const bounce = machineKind === 'bounce' || machineKind === 'mailer_daemon' ? extractBounce(parsed) : null;
    const facts: InboundEmailFacts = {
      inboundId: row.id,
      workspaceId: row.workspace_id,
      brandId: row.brand_id,
      receivedAt: row.received_at,
      parsed,
      shownText: stripped.text,
      quoteStripped: stripped.stripped,
      machine: machineKind,
      marketplace: recognizeMarketplace(parsed),
      bounce: bounce ? { originalMessageId: bounce.originalMessageId, diagnostic: bounce.diagnostic } : null,
    };
    return await db.transaction().execute(async (trx) => {
      const outcome = await fileInboundEmail(trx, store, facts);
      if (outcome.status === 'suppressed') {
        await hold(trx, row.id, 'suppressed', outcome.reason, summary);
        return { id: row.id, status: 'suppressed', reason: outcome.reason };
      }
      await trx
        .updateTable('inbound_emails')
        .set({ status: 'delivered', ticket_id: outcome.ticketId, message_id: outcome.messageId, summary: JSON.stringify(summary), reason: null, processed_at: new Date(), locked_by: null, locked_until: null })
        .where('id', '=', row.id)
        .execute();
      return { id: row.id, status: 'delivered', ticketId: outcome.ticketId };
    });
  } catch (error) {
    // Not the message's fault (the database, the disk): try again later, but not forever.
    const reason = `Filing failed ${row.attempts} time(s): ${errorText(error)}`;
    if (row.attempts >= MAX_INBOUND_ATTEMPTS) {
      await hold(db, row.id, 'quarantined', reason, summary);
      return { id: row.id, status: 'quarantined', reason };
    }
    // Left claimed by nobody until the back-off ends (2 s, 4 s, 8 s …): a database that is down
    // for a moment must not use up a message's attempts at once.
    await db
      .updateTable('inbound_emails')
      .set({ status: 'processing', reason, locked_by: null, locked_until: new Date(Date.now() + 2 ** row.attempts * 1000) })
      .where('id', '=', row.id)
      .execute()
      .catch(() => {});
    return { id: row.id, status: 'retry', reason };
  }
}

async function recentRepeats(db: Kysely<Database>, row: ClaimedInbound, key: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from inbound_emails
    where workspace_id = ${row.workspace_id} and summary->>'loopKey' = ${key} and id <> ${row.id}
      and received_at > ${row.received_at}::timestamptz - make_interval(mins => ${LOOP_WINDOW_MINUTES}) and received_at <= ${row.received_at}`.execute(db);
  return rows[0]?.n ?? 0;
}

async function hold(db: Kysely<Database>, id: number, status: 'quarantined' | 'suppressed', reason: string, summary: InboundSummary): Promise<void> {
  await db
    .updateTable('inbound_emails')
    .set({ status, reason: reason.slice(0, 2000), summary: JSON.stringify(summary), processed_at: new Date(), locked_by: null, locked_until: null })
    .where('id', '=', id)
    .execute();
}

/** Notices of attachments that were not kept sit at the end of the text; stripping a quote cuts them. */
function withOmissionNotices(shown: { text: string; stripped: boolean }, parsed: ParsedEmail): { text: string; stripped: boolean } {
  const missing = parsed.omittedAttachments.map(omittedAttachmentNotice).filter((notice) => !shown.text.includes(notice));
  return missing.length === 0 ? shown : { ...shown, text: `${shown.text.trimEnd()}\n\n${missing.join('\n')}` };
}

/** What the quarantine list can still show of a message that could not be parsed. */
function rawSummary(raw: Buffer): InboundSummary {
  const { header } = splitRaw(raw);
  const read = (name: string) => {
    const value = rawHeader(header, name);
    return value ? decodeEncodedWords(value).replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 300) : undefined;
  };
  return { from: read('From'), subject: read('Subject'), date: read('Date') };
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

import { sql } from 'kysely';
import type { Db } from '../../database.js';
import type { InboundSource } from '../email.table.js';
import { rawIdentity } from './raw-identity.js';

/** Wakes the inbound processor of every process. */
export const INBOUND_CHANNEL = 'meridian_inbound';

export interface RawEmailInput {
  workspaceId: string;
  brandId: string;
  mailboxId: string | null;
  source: InboundSource;
  raw: Buffer;
  /** Transport facts: SMTP MAIL FROM / RCPT TO, IMAP folder and UID, the relay's IP. */
  envelope?: Record<string, unknown>;
}

export interface IngestResult {
  /** The stored inbound e-mail (the first one, when this delivery is a duplicate). */
  id: number;
  duplicate: boolean;
}

// The raw bytes travel as base64 text: PGlite converts bytea parameters byte by byte in
// JavaScript, which cost a third of the ingest time; decode() runs inside Postgres.

/**
 * Stores a raw message durably and nothing more: parsing is a separate step, so a message that
 * cannot be parsed never blocks the ones behind it. When this resolves the message is committed
 * and the sender may be told so (IMAP flag, SMTP 250, HTTP 202). A second delivery of the same
 * message (Message-ID plus content) returns the first row's id.
 */
export async function ingestRawEmail(db: Db, input: RawEmailInput): Promise<IngestResult> {
  const { dedupeKey, messageId } = rawIdentity(input.raw);
  // A concurrent delivery of the same message can commit between our insert and our look-up
  // (neither sees the other's row in its snapshot); the second try sees it.
  for (let attempt = 0; ; attempt++) {
    const found = await storeOnce(db, input, dedupeKey, messageId);
    if (found) return found;
    if (attempt >= 2) throw new Error('The inbound e-mail was neither stored nor found; the database rejected it without an error.');
  }
}

async function storeOnce(db: Db, input: RawEmailInput, dedupeKey: string, messageId: string | null): Promise<IngestResult | undefined> {
  const { rows } = await sql<{ id: number; inserted: boolean }>`
    with ins as (
      insert into inbound_emails (workspace_id, brand_id, mailbox_id, source, dedupe_key, message_id_header, raw, size_bytes, envelope)
      values (${input.workspaceId}, ${input.brandId}, ${input.mailboxId}, ${input.source}, ${dedupeKey}, ${messageId},
        decode(${input.raw.toString('base64')}, 'base64'), ${input.raw.length}, ${JSON.stringify(input.envelope ?? {})}::jsonb)
      on conflict (workspace_id, dedupe_key) do nothing
      returning id, pg_notify(${INBOUND_CHANNEL}, '') is not null as inserted
    )
    select id, true as inserted from ins
    union all
    select id, false from inbound_emails where workspace_id = ${input.workspaceId} and dedupe_key = ${dedupeKey} and not exists (select 1 from ins)`.execute(db);
  const row = rows[0];
  return row ? { id: Number(row.id), duplicate: !row.inserted } : undefined;
}

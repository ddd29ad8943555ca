import type { AttachmentStore } from '../../platform/files/attachment-store.js';
import { notFound } from '../../shared/errors.js';
import { canSeeBrand, type Principal } from '../auth/principal.js';
import type { Db } from '../database.js';

export interface NewAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
  /** Content-ID of an inline image (`cid:` in the HTML body). */
  contentId?: string | null;
  inline?: boolean;
}

/** Stores an attachment's bytes on disk (by hash) and its metadata on the message. */
export async function addAttachment(db: Db, store: AttachmentStore, workspaceId: string, messageId: number, file: NewAttachment) {
  const { sha256, sizeBytes } = await store.put(file.content);
  return db
    .insertInto('attachments')
    .values({
      workspace_id: workspaceId,
      message_id: messageId,
      filename: safeFilename(file.filename),
      content_type: file.contentType.slice(0, 200) || 'application/octet-stream',
      size_bytes: sizeBytes,
      sha256,
      content_id: file.contentId ?? null,
      inline: file.inline ?? false,
    })
    .returning(['id', 'filename', 'content_type', 'size_bytes', 'sha256'])
    .executeTakeFirstOrThrow();
}

/** An attachment the caller may see, or not_found. */
export async function getAttachmentOrThrow(db: Db, principal: Principal, id: string) {
  const row = await db
    .selectFrom('attachments')
    .innerJoin('messages', 'messages.id', 'attachments.message_id')
    .innerJoin('tickets', 'tickets.id', 'messages.ticket_id')
    .select(['attachments.id', 'attachments.filename', 'attachments.content_type', 'attachments.size_bytes', 'attachments.sha256', 'tickets.brand_id'])
    .where('attachments.id', '=', id)
    .where('attachments.workspace_id', '=', principal.workspaceId)
    .executeTakeFirst();
  if (!row || !canSeeBrand(principal, row.brand_id)) throw notFound('Attachment', id);
  return row;
}

/** A file name without paths or control characters, kept readable in any script. */
export function safeFilename(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return clean || 'attachment';
}

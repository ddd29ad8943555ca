import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql, type Kysely } from 'kysely';
import type { SendMailOptions, Transporter } from 'nodemailer';
import type { AttachmentStore } from '../../../platform/files/attachment-store.js';
import type { JobContext, JobHandler } from '../../../platform/jobs/worker.js';
import type { Database } from '../../database.js';
import type { MailboxRow, SmtpSettings } from '../mailbox-settings.js';
import { dkimSettingsOf, smtpSettingsOf } from '../mailbox-settings.js';
import { bareAddress, bracketed } from './addressing.js';
import { EMAIL_SEND_JOB, enqueueSend, OUTBOUND_EVENTS, recordOutboundEvent, type OutboundEmailRow } from './outbox.js';
import { createSmtpTransport } from './smtp-transport.js';

export { EMAIL_SEND_JOB };

/**
 * How long a claimed outbound row is ours without news from us; renewed every third of it while
 * the send runs, so only a dead process loses it. Shorter than the job queue's lease (5 min), so
 * a job taken over from a dead process finds the row free again.
 */
const DEFAULT_LEASE_MS = 2 * 60_000;

export interface SendEmailJobOptions {
  /** Builds the transporter for a mailbox's SMTP settings (default: nodemailer SMTP, see smtp-transport.ts). */
  transport?: (settings: SmtpSettings, mailbox: MailboxRow) => Transporter;
  /** Where attachment bodies are; without it a message with attachments fails (permanently, visibly). */
  attachments?: AttachmentStore;
  /** Lease of a claimed row, default 2 minutes (renewed while sending). */
  leaseMs?: number;
}

/** An error that retrying the same message will not fix. */
class PermanentFailure extends Error {}

type SendError = Error & { code?: string; responseCode?: number; response?: string; permanent?: boolean };

/**
 * The `email.send` job: sends one outbound e-mail ({ outboundId }).
 *
 * The row is claimed atomically first (queued, or sending with an expired lease → sending, ours);
 * when the claim finds nothing, the message was sent already or another process is sending it
 * right now, and this run returns without sending. That claim is what keeps two app processes
 * (or two jobs for one message) from both handing it to SMTP. A process that dies mid-send
 * leaves the row `sending`; a check job queued for the end of its lease (and the job queue's own
 * takeover of the dead process's job) then sends it, so delivery is at least once.
 *
 * Outcomes: accepted → `sent` + `message.delivered`. A temporary failure (4xx, connection, TLS,
 * time-out) → back to `queued` with the error, and the job throws so the queue retries with
 * back-off. A permanent one (5xx, bad configuration) or the last attempt → `failed`, the reason
 * as the error and a `message.delivery_failed` event; the job then ends without throwing.
 */
export function sendEmailJob(db: Kysely<Database>, options: SendEmailJobOptions = {}): JobHandler {
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const transportFor = options.transport ?? ((settings: SmtpSettings) => createSmtpTransport(settings));

  return async (payload: Record<string, unknown>, context: JobContext): Promise<void> => {
    const outboundId = Number(payload.outboundId);
    if (!Number.isSafeInteger(outboundId) || outboundId <= 0) throw new Error(`${EMAIL_SEND_JOB}: the payload has no outboundId`);
    const claimId = `${hostname()}:${process.pid}:${randomUUID()}`;
    const row = await claim(db, outboundId, claimId, leaseMs);
    if (!row) {
      const current = await db.selectFrom('outbound_emails').select(['status', 'attempts', 'locked_until']).where('id', '=', outboundId).executeTakeFirst();
      // Another process is sending it right now: nothing is sent here, but a check is queued for
      // when its lease runs out, in case that process dies first. Any other state is final.
      if (current?.status === 'sending' && current.locked_until) {
        const expires = current.locked_until.getTime();
        await enqueueSend(db, outboundId, `:check${current.attempts}:${expires}`, new Date(expires + 1000));
      }
      return;
    }

    const heartbeat = setInterval(() => void renewLease(db, row.id, claimId, leaseMs).catch(() => {}), leaseMs / 3);
    heartbeat.unref();
    let transporter: Transporter | undefined;
    let info: { response?: unknown; rejected?: unknown[] };
    try {
      const { mail, mailbox, settings } = await buildMail(db, row, options.attachments);
      transporter = transportFor(settings, mailbox);
      info = (await transporter.sendMail(mail)) as typeof info;
    } catch (error) {
      clearInterval(heartbeat);
      const reason = describe(error);
      const lastAttempt = context.job.attempts >= context.job.maxAttempts;
      if (isPermanent(error) || lastAttempt) {
        await fail(db, row, claimId, lastAttempt && !isPermanent(error) ? `${reason} (gave up after ${row.attempts} attempts)` : reason);
        return;
      }
      await requeue(db, row, claimId, reason);
      throw new Error(`Sending outbound e-mail ${row.id} failed temporarily: ${reason}`);
    } finally {
      transporter?.close();
    }
    // The server has the message: a database hiccup now must not make it look unsent (the row
    // would be sent again once its lease ran out), so recording it is tried a few times.
    try {
      const rejected = Array.isArray(info.rejected) ? info.rejected.map(String) : [];
      const response = String(info.response ?? '').slice(0, 1000) || null;
      for (let attempt = 1; ; attempt++) {
        try {
          await succeed(db, row, claimId, response, rejected);
          break;
        } catch (error) {
          if (attempt >= 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
        }
      }
    } finally {
      clearInterval(heartbeat);
    }
  };
}

async function renewLease(db: Kysely<Database>, id: number, claimId: string, leaseMs: number): Promise<void> {
  await sql`update outbound_emails set locked_until = now() + make_interval(secs => ${leaseMs / 1000})
    where id = ${id} and locked_by = ${claimId} and status = 'sending'`.execute(db);
}

async function claim(db: Kysely<Database>, id: number, claimId: string, leaseMs: number): Promise<OutboundEmailRow | null> {
  const { rows } = await sql<OutboundEmailRow>`
    update outbound_emails set status = 'sending', locked_by = ${claimId},
      locked_until = now() + make_interval(secs => ${leaseMs / 1000}), attempts = attempts + 1, updated_at = now()
    where id = ${id} and (status = 'queued' or (status = 'sending' and locked_until < now()))
    returning *`.execute(db);
  return rows[0] ?? null;
}

async function buildMail(
  db: Kysely<Database>,
  row: OutboundEmailRow,
  store: AttachmentStore | undefined,
): Promise<{ mail: SendMailOptions; mailbox: MailboxRow; settings: SmtpSettings }> {
  const mailbox = row.mailbox_id ? await db.selectFrom('mailboxes').selectAll().where('id', '=', row.mailbox_id).executeTakeFirst() : undefined;
  if (!mailbox) throw new PermanentFailure('The mailbox this e-mail goes out from was deleted.');
  if (!mailbox.active) throw new PermanentFailure(`The mailbox ${mailbox.address} is switched off.`);
  const settings = smtpSettingsOf(mailbox);
  if (!settings) throw new PermanentFailure(`The mailbox ${mailbox.address} has no SMTP server set.`);
  const to = row.to_addresses.map((a) => bareAddress(a)).filter((a): a is string => a !== null);
  if (to.length === 0) throw new PermanentFailure('No e-mail address for this buyer');

  const message = await db.selectFrom('messages').select(['body_text', 'body_html']).where('id', '=', row.message_id).executeTakeFirst();
  if (!message) throw new PermanentFailure('The message was deleted before it was sent.');

  const headers: Record<string, string> = {};
  if (row.kind === 'automatic') {
    // RFC 3834: an automatic answer; Exchange is asked not to answer it with an out-of-office.
    headers['Auto-Submitted'] = 'auto-replied';
    headers['X-Auto-Response-Suppress'] = 'All';
  }
  const mail: SendMailOptions = {
    from: row.from_address,
    to,
    ...(row.cc_addresses.length ? { cc: row.cc_addresses } : {}),
    ...(row.reply_to ? { replyTo: row.reply_to } : {}),
    subject: row.subject,
    messageId: bracketed(row.message_id_header),
    ...(row.in_reply_to ? { inReplyTo: bracketed(row.in_reply_to) } : {}),
    ...(row.references_header.length ? { references: row.references_header.map(bracketed).join(' ') } : {}),
    date: new Date(),
    text: message.body_text,
    ...(message.body_html ? { html: message.body_html } : {}),
    headers,
    attachments: await attachmentsOf(db, row.message_id, store),
    // Message bodies are ours; nodemailer must never read a path or URL a body might name.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
  const dkim = dkimSettingsOf(mailbox);
  if (dkim) mail.dkim = { domainName: dkim.domain, keySelector: dkim.selector, privateKey: dkim.privateKey };
  return { mail, mailbox, settings };
}

async function attachmentsOf(db: Kysely<Database>, messageId: number, store: AttachmentStore | undefined): Promise<NonNullable<SendMailOptions['attachments']>> {
  const rows = await db
    .selectFrom('attachments')
    .select(['filename', 'content_type', 'sha256', 'content_id', 'inline'])
    .where('message_id', '=', messageId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  if (!store) throw new PermanentFailure('This message has attachments, but the outbox was started without the attachment store.');
  const result: NonNullable<SendMailOptions['attachments']> = [];
  for (const a of rows) {
    if (!(await store.has(a.sha256))) throw new PermanentFailure(`The attachment ${a.filename} is missing from the attachment store.`);
    result.push({
      filename: a.filename,
      contentType: a.content_type,
      content: store.open(a.sha256),
      ...(a.content_id ? { cid: a.content_id } : {}),
      contentDisposition: a.inline ? 'inline' : 'attachment',
    });
  }
  return result;
}

async function succeed(db: Kysely<Database>, row: OutboundEmailRow, claimId: string, response: string | null, rejected: string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('outbound_emails')
      .set({
        status: 'sent',
        sent_at: new Date(),
        smtp_response: response,
        last_error: rejected.length ? `Not accepted for ${rejected.join(', ')}` : null,
        locked_by: null,
        locked_until: null,
        updated_at: new Date(),
      })
      .where('id', '=', row.id)
      .where('locked_by', '=', claimId)
      .where('status', '=', 'sending')
      .returning('id')
      .executeTakeFirst();
    // Lost the lease meanwhile (a send that took longer than it): the process holding it now records the outcome.
    if (!done) return;
    await recordOutboundEvent(trx, row, OUTBOUND_EVENTS.delivered, { to: row.to_addresses, ...(rejected.length ? { rejected } : {}) });
  });
}

async function fail(db: Kysely<Database>, row: OutboundEmailRow, claimId: string, reason: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('outbound_emails')
      .set({ status: 'failed', last_error: reason, locked_by: null, locked_until: null, updated_at: new Date() })
      .where('id', '=', row.id)
      .where('locked_by', '=', claimId)
      .returning('id')
      .executeTakeFirst();
    if (!done) return;
    await recordOutboundEvent(trx, row, OUTBOUND_EVENTS.deliveryFailed, { to: row.to_addresses, error: reason, attempts: row.attempts });
  });
}

async function requeue(db: Kysely<Database>, row: OutboundEmailRow, claimId: string, reason: string): Promise<void> {
  await db
    .updateTable('outbound_emails')
    .set({ status: 'queued', last_error: reason, locked_by: null, locked_until: null, updated_at: new Date() })
    .where('id', '=', row.id)
    .where('locked_by', '=', claimId)
    .execute();
}

/**
 * Permanent: a 5xx reply (except 503, a session-state error), a rejected login, or a problem in
 * our own data or configuration. Everything else (4xx, connection, DNS, TLS, time-outs) is worth
 * another try.
 */
function isPermanent(error: unknown): boolean {
  if (error instanceof PermanentFailure) return true;
  const e = error as SendError;
  if (typeof e?.permanent === 'boolean') return e.permanent;
  if (typeof e?.responseCode === 'number') return e.responseCode >= 500 && e.responseCode !== 503;
  return e?.code === 'EAUTH' || e?.code === 'ENOAUTH' || e?.code === 'EENVELOPE' || e?.code === 'EMESSAGE' || e?.code === 'ECONFIG';
}

/** The reason shown to the agent: the SMTP reply when there is one, else the error message. */
function describe(error: unknown): string {
  if (error instanceof PermanentFailure) return error.message;
  const e = error as SendError;
  const text = (e?.response || e?.message || String(error)).replace(/\s+/g, ' ').trim();
  return text.slice(0, 2000) || 'Unknown error while sending';
}

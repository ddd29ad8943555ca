import type { Config } from '../../platform/config.js';
import type { DatabaseHandle } from '../../platform/db/database.js';
import type { AttachmentStore } from '../../platform/files/attachment-store.js';
import type { JobHandler } from '../../platform/jobs/worker.js';
import type { Database } from '../database.js';
import { registerOutboundDelivery } from '../tickets/outbound-delivery.js';
import { ImapIngestion, MAILBOXES_CHANNEL } from './imap/imap-poller.js';
import { InboundProcessor } from './inbound/inbound-processor.js';
import { EMAIL_SEND_JOB, queueOutboundEmail, sendEmailJob } from './outbound/index.js';
import { SmtpListener } from './smtp/smtp-listener.js';

export interface EmailChannelLog {
  error(message: string, error?: unknown): void;
  info(message: string): void;
}

/** Replies on e-mail tickets go to the outbox; called by the composition root at start. */
export function installEmailDelivery(): void {
  registerOutboundDelivery(queueOutboundEmail);
}

export function emailJobHandlers(database: DatabaseHandle<Database>, attachments: AttachmentStore): Record<string, JobHandler> {
  return { [EMAIL_SEND_JOB]: sendEmailJob(database.db, { attachments }) };
}

/**
 * The e-mail channel's moving parts in one process: the inbound processor (raw → ticket), the
 * SMTP listener and the IMAP pollers. Each can be left off: the listener when no port is
 * configured, the processor and pollers when another process ingests.
 */
export class EmailChannel {
  readonly processor: InboundProcessor;
  private smtp: SmtpListener | undefined;
  private smtpPortBound: number | undefined;
  private imap: ImapIngestion | undefined;
  private unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly database: DatabaseHandle<Database>,
    store: AttachmentStore,
    private readonly config: Config,
    private readonly log: EmailChannelLog,
  ) {
    this.processor = new InboundProcessor(database, store, {
      limits: { maxAttachmentBytes: config.email.maxAttachmentBytes, maxAttachmentsTotalBytes: config.email.maxAttachmentsTotalBytes },
      concurrency: database.kind === 'postgres' ? Math.max(1, Math.min(4, config.dbPoolSize - 2)) : 1,
      onError: (error) => log.error('inbound e-mail processing failed', error),
    });
  }

  /** The SMTP listener's port once it listens. */
  get smtpPort(): number | undefined {
    return this.smtpPortBound;
  }

  async start(): Promise<void> {
    if (this.config.email.ingest) {
      await this.processor.start();
      this.imap = new ImapIngestion({
        database: this.database,
        config: this.config.email,
        log: (level, message, context) => {
          if (level === 'error' || level === 'warn') this.log.error(`IMAP: ${message}`, context ? JSON.stringify(context) : undefined);
          else if (level === 'info') this.log.info(`IMAP: ${message}`);
        },
      });
      await this.imap.start();
    }
    if (this.config.email.smtpPort !== undefined) {
      this.smtp = new SmtpListener(this.database.db, {
        host: this.config.email.smtpHost,
        port: this.config.email.smtpPort,
        maxMessageBytes: this.config.email.maxMessageBytes,
        onError: (error) => this.log.error('SMTP listener', error),
      });
      this.smtpPortBound = await this.smtp.listen();
      // The IMAP side hears this channel itself; the listener only needs to forget its cache.
      this.unlisten = await this.database.listen(MAILBOXES_CHANNEL, () => this.smtp?.reload());
    }
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    await this.smtp?.close();
    await this.imap?.stop();
    await this.processor.stop();
  }
}

import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Db } from '../../database.js';
import { ingestRawEmail } from '../inbound/ingest.js';
import { RecipientDirectory, type RecipientMailbox } from './recipient-directory.js';

export interface SmtpListenerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  maxMessageBytes: number;
  /** Name in the greeting and in errors. */
  hostname?: string;
  onError?: (error: unknown) => void;
}

type SmtpError = Error & { responseCode?: number };
const smtpError = (code: number, message: string): SmtpError => Object.assign(new Error(message), { responseCode: code });

/**
 * Meridian's own inbound SMTP server, for sellers who forward their support mail. It accepts mail
 * only for addresses that are mailboxes, and answers 250 only once the raw message is committed,
 * so a sender that hears nothing (crash, database down) keeps the message and tries again.
 */
export class SmtpListener {
  private readonly server: SMTPServer;
  private readonly directory: RecipientDirectory;

  constructor(
    db: Db,
    private readonly options: SmtpListenerOptions,
  ) {
    this.directory = new RecipientDirectory(db);
    this.server = new SMTPServer({
      name: options.hostname ?? 'meridian',
      banner: 'Meridian inbound mail',
      size: options.maxMessageBytes,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      // On shutdown, senders still connected are cut after this long; they resend what got no 250.
      closeTimeout: 2000,
      logger: false,
      onRcptTo: (address, session, callback) => {
        this.acceptRecipient(address)
          .then(() => callback())
          .catch((error: SmtpError) => callback(error));
      },
      onData: (stream, session, callback) => {
        this.receive(db, stream, session)
          .then(() => callback())
          .catch((error: SmtpError) => callback(error));
      },
    });
    this.server.on('error', (error) => options.onError?.(error));
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => {
        this.server.server.off('error', reject);
        resolve();
      });
    });
    return (this.server.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Mailbox settings changed: look addresses up again. */
  reload(): void {
    this.directory.forget();
  }

  private async acceptRecipient(address: SMTPServerAddress): Promise<void> {
    let mailbox: RecipientMailbox | null;
    try {
      mailbox = await this.directory.lookup(address.address);
    } catch {
      throw smtpError(451, '4.3.0 Mailbox directory unavailable, try again later');
    }
    if (!mailbox) throw smtpError(550, `5.1.1 No mailbox here for <${address.address}>`);
  }

  private async receive(db: Db, stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    if (stream.sizeExceeded) throw smtpError(552, `5.3.4 Message larger than ${this.options.maxMessageBytes} bytes`);
    const raw = Buffer.concat(chunks);
    const recipients = session.envelope.rcptTo.map((r) => r.address);
    // One stored copy per mailbox the message was addressed to (usually exactly one).
    const targets = new Map<string, RecipientMailbox>();
    for (const address of recipients) {
      const mailbox = await this.directory.lookup(address);
      if (mailbox) targets.set(mailbox.mailboxId, mailbox);
    }
    const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
    try {
      for (const mailbox of targets.values()) {
        await ingestRawEmail(db, {
          workspaceId: mailbox.workspaceId,
          brandId: mailbox.brandId,
          mailboxId: mailbox.mailboxId,
          source: 'smtp',
          raw,
          envelope: { mailFrom, rcptTo: recipients, remoteAddress: session.remoteAddress, helo: session.hostNameAppearsAs },
        });
      }
    } catch (error) {
      this.options.onError?.(error);
      throw smtpError(451, '4.3.0 Could not store the message, try again later');
    }
  }
}

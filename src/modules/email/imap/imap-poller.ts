import type { ImapFlow } from 'imapflow';
import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../../../platform/db/database.js';
import type { Database, Db } from '../../database.js';
import { ingestRawEmail, type IngestResult, type RawEmailInput } from '../inbound/ingest.js';
import { imapSettingsOf, type ImapSettings } from '../mailbox-settings.js';
import { createImapClient, describeImapError, IMAP_CONNECT_TIMEOUT_MS, isConnectionError } from './imap-client.js';

/**
 * IMAP ingestion: one connection per active IMAP mailbox, IDLE where the server offers it (and a
 * poll every `imapPollMs` regardless, as a safety net and keep-alive), every message of the
 * folder that is not marked done stored with `ingestRawEmail`, and only then marked done on the
 * server: moved to the archive folder when one is set, otherwise given the keyword
 * `$MeridianIngested` plus `\Seen`.
 *
 * What is pending is asked from the server every time (`UNKEYWORD $MeridianIngested`), never kept
 * here, so restarts, several processes and UIDVALIDITY changes need no state of ours. A crash
 * between the commit and the flag makes the message be fetched again, and `ingestRawEmail`
 * recognises it (Message-ID plus content hash), so it is stored once.
 *
 * Choices worth knowing:
 * - Messages are processed in UID order, fetched in batches of at most `batchSize` messages and
 *   at most `maxMessageBytes` bytes (a larger message is fetched on its own). A message larger
 *   than `maxMessageBytes` is still fetched and stored whole: the server has accepted it already,
 *   refusing it here would leave it pending for ever; the parser applies the attachment limits.
 * - A message the server fails to deliver (FETCH error) is logged and skipped for
 *   `fetchRetryMs` (default 15 min); the others go on. A message the database does not take is
 *   left unmarked and tried again on the next pass; the error is recorded on the mailbox.
 * - Messages with `\Deleted` set are left alone (someone is deleting them), as are messages
 *   already carrying the keyword, even when a person has marked them unread again.
 * - A server whose folder does not accept keywords (PERMANENTFLAGS without `\*`) is handled with
 *   `\Seen` as the done marker instead: there, a message someone read before Meridian fetched it
 *   is not ingested (a warning is logged).
 * - A missing archive folder is created on connect.
 * - Connection failures are recorded as `imap_last_error`, and the connection is retried with
 *   back-off from 1 s doubling to 5 min. Each completed pass sets `imap_last_sync_at` and clears
 *   `imap_last_error` (unless a message could not be stored in that pass).
 * - Two processes polling the same mailbox do not duplicate anything (ingest dedupes, both flag),
 *   they only double the work: run ingestion in one process (MERIDIAN_EMAIL_INGEST).
 */

/** The keyword a message gets once it is stored. */
export const INGESTED_KEYWORD = '$MeridianIngested';
/** NOTIFY this channel (any payload) after changing a mailbox so every process reloads at once. */
export const MAILBOXES_CHANNEL = 'meridian_mailboxes';

export type ImapLogLevel = 'debug' | 'info' | 'warn' | 'error';
/** Where the ingestion reports; never receives secrets or message content. */
export type ImapLog = (level: ImapLogLevel, message: string, context?: Record<string, unknown>) => void;

export type IngestFn = (db: Db, input: RawEmailInput) => Promise<IngestResult>;

export interface ImapIngestionConfig {
  /** Poll interval without IDLE; with IDLE, how often the connection is checked anyway. */
  imapPollMs: number;
  /** Byte budget of one FETCH batch (MERIDIAN_EMAIL_MAX_BYTES); larger messages come alone. */
  maxMessageBytes: number;
}

export interface MailboxPollerOptions {
  db: Kysely<Database>;
  config: ImapIngestionConfig;
  log?: ImapLog;
  /** Messages per FETCH (default 25). */
  batchSize?: number;
  /** Reconnect back-off (default 1 s doubling to 5 min). */
  backoffMs?: { min: number; max: number };
  /** Connect/greeting timeout (default 10 s). */
  connectTimeoutMs?: number;
  /** How long a message whose FETCH failed is left alone (default 15 min). */
  fetchRetryMs?: number;
  /** Stores a raw message (default ingestRawEmail); for benchmarks and fault injection. */
  ingest?: IngestFn;
}

export interface ImapIngestionOptions extends Omit<MailboxPollerOptions, 'db'> {
  /** A database handle (then MAILBOXES_CHANNEL is listened to) or a bare Kysely instance. */
  database: DatabaseHandle<Database> | Kysely<Database>;
  /** How often the mailbox list is read again (default 60 s). */
  reloadMs?: number;
}

/** One mailbox as the poller needs it. */
export interface PollerMailbox {
  id: string;
  workspaceId: string;
  brandId: string;
  name: string;
  settings: ImapSettings;
}

/** What one pass (until nothing new was pending) did. */
export interface ImapSyncResult {
  mailboxId: string;
  /** Newly stored. */
  stored: number;
  /** Already stored before (re-fetched after a crash or by a second process), now marked done. */
  duplicates: number;
  /** Fetched but not stored (the database refused); left pending, retried on the next pass. */
  failed: number;
  /** The server would not deliver them (FETCH error); retried after fetchRetryMs. */
  skipped: number;
}

export interface ImapMailboxStatus {
  mailboxId: string;
  name: string;
  connected: boolean;
  /** The connection is in IDLE (or would be, between passes). */
  idle: boolean;
  lastSyncAt: Date | null;
  lastError: string | null;
}

const noLog: ImapLog = () => {};
/** Servers drop an IDLE after 30 min (RFC 9051); we break it well before. */
const MAX_WAIT_MS = 10 * 60_000;

class StoppedError extends Error {
  constructor() {
    super('The IMAP poller stopped.');
  }
}

interface Waiter {
  /** Resolved by the first pass numbered above this. */
  after: number;
  /** What the passes that ended while it waited did. */
  total: ImapSyncResult;
  resolve: (result: ImapSyncResult) => void;
  reject: (error: Error) => void;
}

/** `[1,2,3,5,7,8]` → `1:3,5,7:8`. */
export function toSequenceSet(uids: number[]): string {
  const sorted = [...new Set(uids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}:${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** Keeps one mailbox's IMAP folder drained into inbound_emails. */
export class MailboxPoller {
  private readonly log: ImapLog;
  private readonly ingest: IngestFn;
  private readonly archiveFolder: string | null;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private client: ImapFlow | undefined;
  /** New mail was announced or a sync was asked for since the last pass started. */
  private dirty = false;
  private wake: (() => void) | undefined;
  private passes = 0;
  private waiters: Waiter[] = [];
  private backoffAttempt = 0;
  /** `uidValidity:uid` → when to try a message whose FETCH failed again. */
  private readonly fetchFailures = new Map<string, number>();
  /**
   * Messages that were being fetched when the connection died: fetched alone from then on, and
   * skipped like a FETCH error when the connection dies again on that one message (dovecot, for
   * one, disconnects when it cannot read a message file).
   */
  private readonly suspects = new Set<string>();
  /** `\Seen` as the done marker, for folders that do not take keywords. */
  private seenMode = false;
  private readonly state: Omit<ImapMailboxStatus, 'mailboxId' | 'name'> = { connected: false, idle: false, lastSyncAt: null, lastError: null };

  constructor(
    readonly mailbox: PollerMailbox,
    private readonly options: MailboxPollerOptions,
  ) {
    this.log = options.log ?? noLog;
    this.ingest = options.ingest ?? ingestRawEmail;
    const { folder, archiveFolder } = mailbox.settings;
    const same = archiveFolder !== null && (archiveFolder === folder || (archiveFolder.toUpperCase() === 'INBOX' && folder.toUpperCase() === 'INBOX'));
    if (same) this.log('warn', 'The IMAP archive folder is the folder itself; flagging messages instead of moving them', this.context());
    this.archiveFolder = archiveFolder && !same ? archiveFolder : null;
  }

  get id(): string {
    return this.mailbox.id;
  }

  status(): ImapMailboxStatus {
    return { mailboxId: this.mailbox.id, name: this.mailbox.name, ...this.state };
  }

  start(): void {
    if (this.loop || this.stopping) return;
    this.loop = this.run();
  }

  /** Finishes the message being stored, marks what was stored, logs out. */
  async stop(): Promise<void> {
    this.stopping = true;
    // Still connecting: give up on it rather than wait out the connect timeout.
    if (this.client && !this.state.connected) this.client.close();
    this.signal();
    await this.loop;
    for (const waiter of this.waiters.splice(0)) waiter.reject(new StoppedError());
  }

  /**
   * Runs a pass now (breaking IDLE or a back-off wait) and resolves when a pass that started
   * after this call has finished, i.e. when everything pending at call time was handled, with the
   * sum of what the passes that ended meanwhile did (a pass already running when it was called
   * included; `failed` and `skipped` count attempts). Rejects when the connection fails or the
   * poller stops.
   */
  syncNow(): Promise<ImapSyncResult> {
    if (this.stopping) return Promise.reject(new StoppedError());
    this.start();
    return new Promise<ImapSyncResult>((resolve, reject) => {
      const total = { mailboxId: this.mailbox.id, stored: 0, duplicates: 0, failed: 0, skipped: 0 };
      this.waiters.push({ after: this.passes, total, resolve, reject });
      this.dirty = true;
      this.signal();
    });
  }

  private context(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { mailboxId: this.mailbox.id, mailbox: this.mailbox.name, host: this.mailbox.settings.host, folder: this.mailbox.settings.folder, ...extra };
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      const client = createImapClient(this.mailbox.settings, { timeoutMs: this.options.connectTimeoutMs ?? IMAP_CONNECT_TIMEOUT_MS });
      this.client = client;
      client.on('error', (error) => this.log('debug', 'IMAP connection error', this.context({ error: (error as Error).message })));
      client.on('exists', () => {
        this.dirty = true;
        this.signal();
      });
      client.on('close', () => this.signal());
      let opened = false;
      try {
        await client.connect();
        await this.openFolder(client);
        opened = true;
        this.state.connected = true;
        this.log('info', 'IMAP mailbox connected', this.context({ idle: client.capabilities.has('IDLE') }));
        while (!this.stopping) {
          await this.passAndReport(client);
          this.backoffAttempt = 0;
          await this.waitForWork(client);
        }
      } catch (error) {
        if (this.stopping && (error instanceof StoppedError || isConnectionError(error, client))) break;
        const { message } = describeImapError(error, this.mailbox.settings);
        this.state.lastError = message;
        this.log('warn', 'IMAP mailbox failed; reconnecting after a pause', this.context({ error: message, attempt: this.backoffAttempt + 1 }));
        await this.recordStatus({ error: message });
        // A connection that could not be opened, or a command the server refused, fails those
        // waiting; a connection that died during a pass is retried for them first (it may have
        // been one message's fault, which the retry skips).
        if (!opened || !isConnectionError(error, client)) {
          const failure = new Error(message);
          for (const waiter of this.waiters.splice(0)) waiter.reject(failure);
        }
      } finally {
        this.state.connected = false;
        this.state.idle = false;
        this.client = undefined;
        await closeQuietly(client);
        // A late 'close' or 'exists' of this connection must not cut the back-off short.
        client.removeAllListeners('close');
        client.removeAllListeners('exists');
      }
      if (!this.stopping) await this.pause(this.nextBackoff());
    }
  }

  private nextBackoff(): number {
    const { min, max } = this.options.backoffMs ?? { min: 1000, max: 300_000 };
    const delay = Math.min(max, min * 2 ** this.backoffAttempt);
    this.backoffAttempt++;
    return delay;
  }

  /** Waits, unless a sync is asked for or the poller stops. */
  private async pause(ms: number): Promise<void> {
    if (this.dirty && this.waiters.length > 0) return;
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      this.wake = resolve;
      timer = setTimeout(resolve, ms);
    });
    clearTimeout(timer);
    this.wake = undefined;
  }

  private async openFolder(client: ImapFlow): Promise<void> {
    const { folder } = this.mailbox.settings;
    if (this.archiveFolder) {
      const exists = (await client.status(this.archiveFolder, { messages: true }).catch(() => false)) !== false;
      if (!exists) {
        await client.mailboxCreate(this.archiveFolder);
        this.log('info', 'Created the IMAP archive folder', this.context({ archiveFolder: this.archiveFolder }));
      }
    }
    const mailbox = await client.mailboxOpen(folder);
    const flags = mailbox.permanentFlags;
    this.seenMode = Boolean(flags && !flags.has('\\*') && !flags.has(INGESTED_KEYWORD));
    if (this.seenMode) {
      this.log('warn', `The IMAP folder does not accept keywords; using \\Seen to mark ingested messages (messages read before Meridian fetched them are not ingested)`, this.context());
    }
  }

  /** Sleeps until new mail is announced, a sync is asked for, the poll interval passes or the connection closes. */
  private async waitForWork(client: ImapFlow): Promise<void> {
    if (this.dirty || this.stopping) return;
    if (!client.usable) throw Object.assign(new Error('The IMAP connection closed.'), { code: 'NoConnection' });
    let timer: NodeJS.Timeout | undefined;
    const woken = new Promise<void>((resolve) => {
      this.wake = resolve;
      timer = setTimeout(resolve, Math.min(this.options.config.imapPollMs, MAX_WAIT_MS));
    });
    if (client.capabilities.has('IDLE')) {
      this.state.idle = true;
      // Resolves when IDLE ends: the next command breaks it (the pass's SEARCH, or LOGOUT).
      client.idle().catch(() => undefined);
    }
    await woken;
    clearTimeout(timer);
    this.wake = undefined;
    if (!client.usable && !this.stopping) throw Object.assign(new Error('The IMAP connection closed.'), { code: 'NoConnection' });
  }

  private async passAndReport(client: ImapFlow): Promise<void> {
    const number = ++this.passes;
    this.dirty = false;
    const result: ImapSyncResult = { mailboxId: this.mailbox.id, stored: 0, duplicates: 0, failed: 0, skipped: 0 };
    let ingestError: string | null;
    try {
      ingestError = await this.pass(client, result);
    } finally {
      // Work done counts for those waiting even when the connection then died.
      for (const { total } of this.waiters) {
        total.stored += result.stored;
        total.duplicates += result.duplicates;
        total.failed += result.failed;
        total.skipped += result.skipped;
      }
    }
    const error = ingestError
      ? `${result.failed} message(s) could not be stored and stay on the server for the next attempt: ${ingestError}`.slice(0, 1000)
      : null;
    this.state.lastSyncAt = new Date();
    this.state.lastError = error;
    await this.recordStatus({ synced: true, error });
    if (result.stored + result.duplicates + result.failed + result.skipped > 0) {
      this.log(result.failed > 0 ? 'warn' : 'info', 'IMAP pass done', this.context({ ...result }));
    }
    const done = this.waiters.filter((w) => w.after < number);
    this.waiters = this.waiters.filter((w) => w.after >= number);
    for (const waiter of done) waiter.resolve(waiter.total);
  }

  private pendingQuery() {
    return this.seenMode ? { seen: false, deleted: false } : { unKeyword: INGESTED_KEYWORD, deleted: false };
  }

  private async search(client: ImapFlow, query: Parameters<ImapFlow['search']>[0]): Promise<number[]> {
    const found = await client.search(query, { uid: true });
    if (!Array.isArray(found)) throw new Error('The server refused to search the folder.');
    return found;
  }

  /** Stores everything pending, counting into `result`; returns the last storage error, if any. */
  private async pass(client: ImapFlow, result: ImapSyncResult): Promise<string | null> {
    let ingestError: string | null = null;
    // Servers (dovecot) answer SEARCH from the session's view, which may not include what
    // other sessions changed a moment ago; NOOP brings it up to date.
    await client.noop();
    // Stored earlier but not moved (the move failed, or archiving was switched on later).
    if (this.archiveFolder && !this.seenMode) {
      const leftovers = await this.search(client, { keyword: INGESTED_KEYWORD, deleted: false });
      if (leftovers.length > 0) await this.move(client, leftovers);
    }
    const attempted = new Set<number>();
    const skipped = new Set<number>();
    try {
      await this.drain(client, result, attempted, skipped, (error) => (ingestError = error));
    } finally {
      result.skipped = skipped.size;
    }
    return ingestError;
  }

  private async drain(client: ImapFlow, result: ImapSyncResult, attempted: Set<number>, skipped: Set<number>, onIngestError: (message: string) => void): Promise<void> {
    while (!this.stopping) {
      const mailbox = client.mailbox;
      if (!mailbox) throw Object.assign(new Error('The IMAP folder is no longer selected.'), { code: 'NoConnection' });
      const uidValidity = Number(mailbox.uidValidity);
      const now = Date.now();
      const todo: number[] = [];
      for (const uid of await this.search(client, this.pendingQuery())) {
        if (attempted.has(uid)) continue;
        const retryAt = this.fetchFailures.get(`${uidValidity}:${uid}`);
        if (retryAt !== undefined && retryAt > now) {
          skipped.add(uid);
          continue;
        }
        todo.push(uid);
      }
      if (todo.length === 0) break;
      todo.sort((a, b) => a - b);
      for (const uid of todo) attempted.add(uid);

      const sizes = new Map<number, number>();
      for (const msg of await client.fetchAll(toSequenceSet(todo), { uid: true, size: true }, { uid: true })) sizes.set(msg.uid, msg.size ?? 0);
      for (const batch of this.batches(todo.filter((uid) => sizes.has(uid)), sizes, uidValidity)) {
        if (this.stopping) break;
        const sources = await this.fetchSources(client, batch, uidValidity, skipped);
        const done: number[] = [];
        for (const uid of batch) {
          const raw = sources.get(uid);
          if (!raw) continue;
          if ((sizes.get(uid) ?? raw.length) > this.options.config.maxMessageBytes) {
            this.log('warn', 'An IMAP message is larger than MERIDIAN_EMAIL_MAX_BYTES; stored whole, the parser applies the limits', this.context({ uid, bytes: raw.length }));
          }
          try {
            const stored = await this.ingest(this.options.db, {
              workspaceId: this.mailbox.workspaceId,
              brandId: this.mailbox.brandId,
              mailboxId: this.mailbox.id,
              source: 'imap',
              raw,
              envelope: { folder: mailbox.path, uid, uidValidity },
            });
            if (stored.duplicate) result.duplicates++;
            else result.stored++;
            done.push(uid);
            this.fetchFailures.delete(`${uidValidity}:${uid}`);
          } catch (error) {
            result.failed++;
            const message = (error as Error).message ?? String(error);
            onIngestError(message);
            this.log('warn', 'An IMAP message could not be stored; it stays on the server and is tried again', this.context({ uid, error: message }));
          }
          if (this.stopping) break;
        }
        // Only now, with the rows committed, does the server learn they are done.
        await this.markDone(client, done);
      }
    }
  }

  /** UID order; at most batchSize messages and maxMessageBytes bytes per batch (a bigger message alone). */
  private *batches(uids: number[], sizes: Map<number, number>, uidValidity: number): Generator<number[]> {
    const maxCount = this.options.batchSize ?? 25;
    const maxBytes = this.options.config.maxMessageBytes;
    let batch: number[] = [];
    let bytes = 0;
    for (const uid of uids) {
      const size = sizes.get(uid) ?? 0;
      if (this.suspects.has(`${uidValidity}:${uid}`)) {
        if (batch.length > 0) yield batch;
        yield [uid];
        batch = [];
        bytes = 0;
        continue;
      }
      if (batch.length > 0 && (batch.length >= maxCount || bytes + size > maxBytes)) {
        yield batch;
        batch = [];
        bytes = 0;
      }
      batch.push(uid);
      bytes += size;
    }
    if (batch.length > 0) yield batch;
  }

  /** The raw sources of a batch; a message the server will not deliver is logged and skipped. */
  private async fetchSources(client: ImapFlow, uids: number[], uidValidity: number, skipped: Set<number>): Promise<Map<number, Buffer>> {
    const sources = new Map<number, Buffer>();
    try {
      for await (const msg of client.fetch(toSequenceSet(uids), { uid: true, source: true }, { uid: true })) {
        if (msg.source) sources.set(msg.uid, msg.source);
      }
      for (const uid of sources.keys()) this.suspects.delete(`${uidValidity}:${uid}`);
      return sources;
    } catch (error) {
      if (isConnectionError(error, client)) {
        const missing = uids.filter((uid) => !sources.has(uid));
        const only = missing.length === 1 ? `${uidValidity}:${missing[0]}` : undefined;
        if (uids.length === 1 && only && this.suspects.has(only)) {
          // Twice the connection died on this message alone: it is the message.
          this.suspects.delete(only);
          this.fetchFailed(missing[0]!, uidValidity, error, skipped);
        } else {
          for (const uid of missing) this.suspects.add(`${uidValidity}:${uid}`);
        }
        throw error;
      }
      if (uids.length === 1) {
        this.fetchFailed(uids[0]!, uidValidity, error, skipped);
        return sources;
      }
    }
    // One message spoilt the batch: the rest one by one.
    for (const uid of uids) {
      if (sources.has(uid)) continue;
      try {
        const msg = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
        if (msg && msg.source) sources.set(uid, msg.source);
      } catch (error) {
        if (isConnectionError(error, client)) throw error;
        this.fetchFailed(uid, uidValidity, error, skipped);
      }
    }
    return sources;
  }

  private fetchFailed(uid: number, uidValidity: number, error: unknown, skipped: Set<number>): void {
    const retryMs = this.options.fetchRetryMs ?? 15 * 60_000;
    this.fetchFailures.set(`${uidValidity}:${uid}`, Date.now() + retryMs);
    skipped.add(uid);
    const e = error as { message?: string; responseText?: string };
    this.log('warn', 'The IMAP server did not deliver a message; skipping it for now', this.context({ uid, error: e.responseText ?? e.message, retryInMs: retryMs }));
  }

  private async markDone(client: ImapFlow, uids: number[]): Promise<void> {
    if (uids.length === 0) return;
    const set = toSequenceSet(uids);
    if (!this.seenMode || !this.archiveFolder) {
      const flags = this.seenMode ? ['\\Seen'] : [INGESTED_KEYWORD, '\\Seen'];
      if (!(await client.messageFlagsAdd(set, flags, { uid: true, silent: true }))) {
        throw new Error('The server refused to flag ingested messages (is the folder read-only?).');
      }
    }
    if (this.archiveFolder) await this.move(client, uids);
  }

  private async move(client: ImapFlow, uids: number[]): Promise<void> {
    if (!(await client.messageMove(toSequenceSet(uids), this.archiveFolder!, { uid: true }))) {
      throw new Error(`The server refused to move ingested messages to "${this.archiveFolder}".`);
    }
  }

  private async recordStatus(update: { synced?: boolean; error: string | null }): Promise<void> {
    try {
      await this.options.db
        .updateTable('mailboxes')
        .set({ imap_last_error: update.error, ...(update.synced ? { imap_last_sync_at: new Date() } : {}) })
        .where('id', '=', this.mailbox.id)
        .execute();
    } catch (error) {
      this.log('warn', 'Could not record the IMAP status on the mailbox', this.context({ error: (error as Error).message }));
    }
  }
}

async function closeQuietly(client: ImapFlow): Promise<void> {
  if (client.isClosed) return;
  let timer: NodeJS.Timeout | undefined;
  try {
    if (client.usable) await Promise.race([client.logout(), new Promise((resolve) => (timer = setTimeout(resolve, 5000)))]);
  } catch {
    // gone already
  } finally {
    clearTimeout(timer);
    client.close();
  }
}

function isHandle(database: ImapIngestionOptions['database']): database is DatabaseHandle<Database> {
  return typeof (database as DatabaseHandle<Database>).listen === 'function' && 'db' in database;
}

/**
 * Runs a MailboxPoller for every active mailbox with complete IMAP settings, and keeps that set
 * current: `reload()` (call it after changing a mailbox, or NOTIFY MAILBOXES_CHANNEL), and a
 * re-read of the list every `reloadMs`. A mailbox whose IMAP settings, brand or workspace changed
 * gets a fresh connection; a deleted, deactivated or IMAP-disabled one is stopped.
 */
export class ImapIngestion {
  private readonly db: Kysely<Database>;
  private readonly log: ImapLog;
  private readonly pollers = new Map<string, { poller: MailboxPoller; fingerprint: string }>();
  private started = false;
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private reloading: Promise<void> = Promise.resolve();

  constructor(private readonly options: ImapIngestionOptions) {
    this.db = isHandle(options.database) ? options.database.db : options.database;
    this.log = options.log ?? noLog;
  }

  /** Loads the mailboxes and connects them; resolves once they are started (not synced). */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    if (isHandle(this.options.database)) {
      this.unlisten = await this.options.database.listen(MAILBOXES_CHANNEL, () => {
        this.reload().catch((error) => this.log('error', 'Reloading IMAP mailboxes failed', { error: (error as Error).message }));
      });
    }
    await this.reload();
    this.timer = setInterval(() => {
      this.reload().catch((error) => this.log('error', 'Reloading IMAP mailboxes failed', { error: (error as Error).message }));
    }, this.options.reloadMs ?? 60_000);
    this.timer.unref();
  }

  /** Stops every poller: each finishes the message it is storing, marks what it stored and logs out. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    clearInterval(this.timer);
    await this.unlisten?.();
    this.unlisten = undefined;
    await this.reloading.catch(() => undefined);
    const all = [...this.pollers.values()];
    this.pollers.clear();
    await Promise.all(all.map(({ poller }) => poller.stop()));
  }

  /** Re-reads the mailbox list and starts, restarts or stops pollers to match. */
  reload(): Promise<void> {
    const next = this.reloading.catch(() => undefined).then(() => this.reloadNow());
    this.reloading = next;
    return next;
  }

  private async reloadNow(): Promise<void> {
    if (!this.started) return;
    const rows = await this.db.selectFrom('mailboxes').selectAll().where('active', '=', true).where('imap_enabled', '=', true).execute();
    if (!this.started) return;
    const wanted = new Map<string, { mailbox: PollerMailbox; fingerprint: string }>();
    for (const row of rows) {
      const settings = imapSettingsOf(row);
      if (!settings) continue;
      const mailbox: PollerMailbox = { id: row.id, workspaceId: row.workspace_id, brandId: row.brand_id, name: row.name, settings };
      wanted.set(row.id, { mailbox, fingerprint: JSON.stringify([row.workspace_id, row.brand_id, settings]) });
    }
    const stopping: Promise<void>[] = [];
    for (const [id, { poller, fingerprint }] of this.pollers) {
      if (wanted.get(id)?.fingerprint === fingerprint) continue;
      this.pollers.delete(id);
      this.log('info', wanted.has(id) ? 'IMAP settings changed; reconnecting' : 'IMAP mailbox removed or disabled; disconnecting', { mailboxId: id });
      stopping.push(poller.stop());
    }
    await Promise.all(stopping);
    for (const [id, { mailbox, fingerprint }] of wanted) {
      if (this.pollers.has(id)) continue;
      const { database: _database, reloadMs: _reloadMs, ...rest } = this.options;
      const poller = new MailboxPoller(mailbox, { ...rest, db: this.db, log: this.log });
      this.pollers.set(id, { poller, fingerprint });
      poller.start();
    }
  }

  /**
   * Drains one mailbox now and resolves with what that pass did (reloads first when the mailbox
   * is not known yet). Rejects when the mailbox has no active IMAP settings or cannot be reached.
   */
  async syncNow(mailboxId: string): Promise<ImapSyncResult> {
    if (!this.started) throw new Error('IMAP ingestion is not running.');
    if (!this.pollers.has(mailboxId)) await this.reload();
    const entry = this.pollers.get(mailboxId);
    if (!entry) throw new Error(`Mailbox ${mailboxId} is not an active mailbox with complete IMAP settings.`);
    return entry.poller.syncNow();
  }

  /** Every running mailbox: connected, idling, last sync and error. */
  status(): ImapMailboxStatus[] {
    return [...this.pollers.values()].map(({ poller }) => poller.status());
  }
}

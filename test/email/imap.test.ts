import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrand } from '../../src/modules/brands/brand.service.js';
import { testImapConnection } from '../../src/modules/email/imap/imap-connection-test.js';
import { ImapIngestion, INGESTED_KEYWORD, MAILBOXES_CHANNEL, toSequenceSet, type ImapLog } from '../../src/modules/email/imap/imap-poller.js';
import type { ImapSettings } from '../../src/modules/email/mailbox-settings.js';
import { appendMessages, dovecotUnavailableReason, openImapClient, startDovecot, testMessage, type DovecotServer } from '../helpers/dovecot.js';
import type { Database } from '../../src/modules/database.js';
import { createWorkspace } from '../../src/modules/workspaces/workspace.service.js';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrator.js';
import { createTestDatabase } from '../helpers/postgres.js';

const unavailable = dovecotUnavailableReason();
if (unavailable) console.warn(`SKIPPED IMAP tests: ${unavailable}`);

const MAX_BYTES = 52_428_800;

/**
 * A migrated database of this file's own, like createTestApp's (in-memory PGlite, or a fresh
 * PostgreSQL database when DATABASE_URL is set), without the HTTP app: the poller needs only rows.
 */
interface TestDb {
  database: DatabaseHandle<Database>;
  workspaceId: string;
  close(): Promise<void>;
}
async function openTestDb(): Promise<TestDb> {
  const pg = process.env.DATABASE_URL ? await createTestDatabase() : undefined;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'meridian-imap-test-'));
  const database = await openDatabase<Database>({ databaseUrl: pg?.url, dataDir, inMemory: true, poolSize: 5 });
  await migrateToLatest(database.db);
  const workspaceId = await createWorkspace(database.db, { name: 'Test shop' });
  return {
    database,
    workspaceId,
    async close() {
      await database.close();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe('toSequenceSet', () => {
  it('compresses UIDs into ranges', () => {
    expect(toSequenceSet([7, 1, 2, 3, 5, 8, 3])).toBe('1:3,5,7:8');
    expect(toSequenceSet([42])).toBe('42');
  });
});

describe.skipIf(unavailable)('IMAP ingestion against a real dovecot', () => {
  let server: DovecotServer;
  let t: TestDb;
  let brandId: string;
  let inbox: string;
  let ingestion: ImapIngestion;
  const logged: { level: string; message: string; context?: Record<string, unknown> }[] = [];
  const log: ImapLog = (level, message, context) => logged.push({ level, message, ...(context ? { context } : {}) });

  let mailboxCounter = 0;
  async function createMailbox(imap: Partial<{ folder: string; archiveFolder: string | null; secret: string; server: DovecotServer }> = {}): Promise<string> {
    const on = imap.server ?? server;
    mailboxCounter++;
    const row = await t.database.db
      .insertInto('mailboxes')
      .values({
        workspace_id: t.workspaceId,
        brand_id: brandId,
        name: `Support ${mailboxCounter}`,
        address: `support${mailboxCounter}@shop.example`,
        imap_enabled: true,
        imap_host: on.host,
        imap_port: on.port,
        imap_tls: false,
        imap_user: on.user,
        imap_secret: imap.secret ?? on.password,
        imap_folder: imap.folder ?? 'INBOX',
        imap_archive_folder: imap.archiveFolder ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  function newIngestion(): ImapIngestion {
    return new ImapIngestion({
      database: t.database,
      config: { imapPollMs: 60_000, maxMessageBytes: MAX_BYTES },
      log,
      backoffMs: { min: 100, max: 1000 },
      fetchRetryMs: 60_000,
    });
  }

  /**
   * Stops the running ingestion, lets `prepare` change the world (append, break things), then
   * starts a fresh one: with IDLE running, a message appended is usually stored before the
   * append call even returns, so tests that count what one pass did prepare first.
   */
  async function withIngestionRestarted(prepare: () => Promise<void>): Promise<void> {
    await ingestion.stop();
    try {
      await prepare();
    } finally {
      ingestion = newIngestion();
      await ingestion.start();
    }
  }

  async function stored(mailboxId: string) {
    return t.database.db
      .selectFrom('inbound_emails')
      .select(['id', 'source', 'message_id_header', 'raw', 'envelope', 'mailbox_id'])
      .where('mailbox_id', '=', mailboxId)
      .orderBy('id')
      .execute();
  }

  const idOf = (raw: string) => /^Message-ID: <([^>]+)>/im.exec(raw)![1]!;

  /** The folder's messages as the server sees them: Message-ID → flags. */
  async function onServer(folder = 'INBOX'): Promise<Map<string, Set<string>>> {
    const client = await openImapClient(server);
    try {
      const mailbox = await client.mailboxOpen(folder, { readOnly: true });
      const out = new Map<string, Set<string>>();
      if (mailbox.exists === 0) return out;
      for (const msg of await client.fetchAll('1:*', { uid: true, flags: true, envelope: true })) {
        out.set(msg.envelope!.messageId!.replace(/[<>]/g, ''), msg.flags ?? new Set());
      }
      return out;
    } finally {
      await client.logout();
    }
  }

  // Generous on purpose: these wait for something that happens in well under a second, and a
  // busy CI machine running two test files at once must not turn a slow moment into a failure.
  async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    server = await startDovecot();
    t = await openTestDb();
    brandId = (await createBrand(t.database.db, t.workspaceId, { name: 'Shop', kind: 'shopify' })).id;
    inbox = await createMailbox();
    ingestion = newIngestion();
    await ingestion.start();
  });

  afterAll(async () => {
    await ingestion?.stop();
    await t?.close();
    await server?.stop();
  });

  it('stores every message of the folder exactly once, with source imap, and only then marks it on the server', async () => {
    const messages = Array.from({ length: 7 }, () => testMessage());
    await withIngestionRestarted(() => appendMessages(server, messages).then(() => undefined));
    const result = await ingestion.syncNow(inbox);
    expect(result).toMatchObject({ stored: 7, duplicates: 0, failed: 0, skipped: 0 });

    const rows = await stored(inbox);
    expect(rows.map((r) => r.message_id_header)).toEqual(messages.map(idOf));
    for (const row of rows) {
      expect(row.source).toBe('imap');
      expect(row.envelope).toMatchObject({ folder: 'INBOX', uid: expect.any(Number), uidValidity: expect.any(Number) });
    }
    // The raw bytes are the message as appended (dovecot hands back CRLF).
    expect(Buffer.from(rows[0]!.raw).toString('utf8')).toBe(messages[0]);

    const flags = await onServer();
    for (const raw of messages) expect([...flags.get(idOf(raw))!]).toEqual(expect.arrayContaining([INGESTED_KEYWORD, '\\Seen']));

    const row = await t.database.db.selectFrom('mailboxes').select(['imap_last_sync_at', 'imap_last_error']).where('id', '=', inbox).executeTakeFirstOrThrow();
    expect(row.imap_last_sync_at).toBeInstanceOf(Date);
    expect(row.imap_last_error).toBeNull();
    expect(ingestion.status().find((s) => s.mailboxId === inbox)).toMatchObject({ connected: true, idle: true, lastError: null });
  });

  it('leaves a message the database refuses unmarked on the server and fetches it again later', async () => {
    // The database rejects one message (a trigger stands in for a failing commit).
    await sql`create function meridian_test_refuse() returns trigger language plpgsql as $$
      begin
        if position('X-Test-Refuse: yes'::bytea in new.raw) > 0 then raise exception 'refused by the test'; end if;
        return new;
      end $$`.execute(t.database.db);
    await sql`create trigger meridian_test_refuse before insert on inbound_emails for each row execute function meridian_test_refuse()`.execute(t.database.db);
    const before = (await stored(inbox)).length;
    const good1 = testMessage();
    const bad = testMessage({ headers: { 'X-Test-Refuse': 'yes' } });
    const good2 = testMessage();
    try {
      await withIngestionRestarted(() => appendMessages(server, [good1, bad, good2]).then(() => undefined));
      expect(await ingestion.syncNow(inbox)).toMatchObject({ stored: 2, failed: 1 });
      expect((await stored(inbox)).map((r) => r.message_id_header).slice(before)).toEqual([idOf(good1), idOf(good2)]);
      const flags = await onServer();
      expect(flags.get(idOf(good1))!.has(INGESTED_KEYWORD)).toBe(true);
      expect(flags.get(idOf(good2))!.has(INGESTED_KEYWORD)).toBe(true);
      expect(flags.get(idOf(bad))!.has(INGESTED_KEYWORD)).toBe(false);
      expect(flags.get(idOf(bad))!.has('\\Seen')).toBe(false);
      const row = await t.database.db.selectFrom('mailboxes').select('imap_last_error').where('id', '=', inbox).executeTakeFirstOrThrow();
      expect(row.imap_last_error).toMatch(/1 message\(s\) could not be stored.*refused by the test/);
      // Still refused: tried again, still not marked.
      expect(await ingestion.syncNow(inbox)).toMatchObject({ stored: 0, failed: 1 });
      expect((await onServer()).get(idOf(bad))!.has(INGESTED_KEYWORD)).toBe(false);
    } finally {
      await sql`drop trigger if exists meridian_test_refuse on inbound_emails`.execute(t.database.db);
      await sql`drop function if exists meridian_test_refuse()`.execute(t.database.db);
    }
    // The database takes it now: stored once, then marked.
    expect(await ingestion.syncNow(inbox)).toMatchObject({ stored: 1, failed: 0 });
    const ids = (await stored(inbox)).map((r) => r.message_id_header);
    expect(ids.filter((id) => id === idOf(bad))).toHaveLength(1);
    expect((await onServer()).get(idOf(bad))!.has(INGESTED_KEYWORD)).toBe(true);
    const row = await t.database.db.selectFrom('mailboxes').select('imap_last_error').where('id', '=', inbox).executeTakeFirstOrThrow();
    expect(row.imap_last_error).toBeNull();
  });

  it('skips a message the server cannot deliver (dovecot even drops the connection) and goes on with the others', async () => {
    const before = (await stored(inbox)).length;
    const good = testMessage();
    const unreadable = testMessage();
    const after = testMessage();
    await withIngestionRestarted(async () => {
      await appendMessages(server, [good, unreadable, after]);
      // Unreadable for dovecot's mail process (never root): FETCH fails and dovecot disconnects.
      chmodSync(findMaildirFile(server.maildir, idOf(unreadable)), 0o000);
    });
    try {
      const result = await ingestion.syncNow(inbox);
      expect(result).toMatchObject({ stored: 2, failed: 0 });
      expect(result.skipped).toBeGreaterThanOrEqual(1);
      expect((await stored(inbox)).map((r) => r.message_id_header).slice(before)).toEqual([idOf(good), idOf(after)]);
      const flags = await onServer();
      expect(flags.get(idOf(good))!.has(INGESTED_KEYWORD)).toBe(true);
      expect(flags.get(idOf(after))!.has(INGESTED_KEYWORD)).toBe(true);
      expect(flags.get(idOf(unreadable))!.has(INGESTED_KEYWORD)).toBe(false);
      expect(logged.some((l) => l.message.includes('did not deliver') && l.context?.mailboxId === inbox)).toBe(true);
      // Skipped for fetchRetryMs, not retried on every pass.
      expect(await ingestion.syncNow(inbox)).toMatchObject({ stored: 0, skipped: 1 });
    } finally {
      // dovecot moved the file from new/ to cur/ (renaming it) when the folder was opened.
      chmodSync(findMaildirFile(server.maildir, idOf(unreadable)), 0o600);
    }
    // Readable again: a restarted poller (or fetchRetryMs later) takes it.
    await withIngestionRestarted(async () => undefined);
    expect(await ingestion.syncNow(inbox)).toMatchObject({ stored: 1, skipped: 0 });
    expect((await onServer()).get(idOf(unreadable))!.has(INGESTED_KEYWORD)).toBe(true);
  });

  it('stores nothing twice: not after a restart, not when a stored message lost its mark (crash between commit and flag)', async () => {
    const before = await stored(inbox);
    await ingestion.stop();
    ingestion = newIngestion();
    await ingestion.start();
    expect(await ingestion.syncNow(inbox)).toMatchObject({ stored: 0, duplicates: 0, failed: 0 });
    expect(await stored(inbox)).toHaveLength(before.length);

    // As if the process died after the commit and before the STORE: the mark is missing.
    const client = await openImapClient(server);
    try {
      await client.mailboxOpen('INBOX');
      expect(await client.messageFlagsRemove('1:3', [INGESTED_KEYWORD, '\\Seen'])).toBe(true);
    } finally {
      await client.logout();
    }
    expect(await ingestion.syncNow(inbox)).toMatchObject({ stored: 0, duplicates: 3 });
    expect(await stored(inbox)).toHaveLength(before.length);
    for (const flags of (await onServer()).values()) expect(flags.has(INGESTED_KEYWORD)).toBe(true);
  });

  it('takes a message that arrives while it runs at once, through IDLE (the poll interval is a minute)', async () => {
    await ingestion.syncNow(inbox);
    await until('IDLE', async () => ingestion.status().find((s) => s.mailboxId === inbox)?.idle);
    const raw = testMessage({ subject: 'Arrived during IDLE' });
    const started = Date.now();
    await appendMessages(server, [raw]);
    await until('the message in inbound_emails', async () => (await stored(inbox)).some((r) => r.message_id_header === idOf(raw)));
    // Typically well under a second; the bound leaves room for a loaded CI machine and is still
    // far from the 60 s poll interval.
    expect(Date.now() - started).toBeLessThan(5000);
    await until('the mark on the server', async () => (await onServer()).get(idOf(raw))?.has(INGESTED_KEYWORD));
  });

  it('polls every imapPollMs a server without IDLE', async () => {
    const plain = await startDovecot({ withoutIdle: true });
    const polling = new ImapIngestion({ database: t.database.db, config: { imapPollMs: 300, maxMessageBytes: MAX_BYTES }, log });
    try {
      const check = await testImapConnection({ host: plain.host, port: plain.port, tls: false, user: plain.user, auth: 'password', secret: plain.password, folder: 'INBOX', archiveFolder: null });
      expect(check).toMatchObject({ ok: true, details: { idle: false } });
      const mailbox = await createMailbox({ server: plain });
      // Only the polling instance runs: the shared one would pick this mailbox up on its next reload.
      await polling.start();
      await polling.syncNow(mailbox);
      expect(polling.status().find((s) => s.mailboxId === mailbox)).toMatchObject({ connected: true, idle: false });
      const raw = testMessage();
      await appendMessages(plain, [raw]);
      await until('the polled message', async () => (await stored(mailbox)).some((r) => r.message_id_header === idOf(raw)), 10_000);
      await t.database.db.updateTable('mailboxes').set({ active: false }).where('id', '=', mailbox).execute();
    } finally {
      await polling.stop();
      await plain.stop();
    }
  });

  it('reconnects after the server drops the connection', async () => {
    await ingestion.syncNow(inbox);
    await server.kick();
    const raw = testMessage({ subject: 'After a dropped connection' });
    await appendMessages(server, [raw]);
    await until('the message after reconnecting', async () => (await stored(inbox)).some((r) => r.message_id_header === idOf(raw)));
  });

  it('moves stored messages to the archive folder when one is set (creating it)', async () => {
    const support = await createMailbox({ folder: 'Support', archiveFolder: 'Support-Done' });
    const messages = Array.from({ length: 3 }, () => testMessage());
    await appendMessages(server, messages, { folder: 'Support' });
    expect(await ingestion.syncNow(support)).toMatchObject({ stored: 3 });
    expect((await stored(support)).map((r) => r.message_id_header)).toEqual(messages.map(idOf));
    expect((await stored(support))[0]!.envelope).toMatchObject({ folder: 'Support' });
    expect((await onServer('Support')).size).toBe(0);
    const archived = await onServer('Support-Done');
    expect([...archived.keys()]).toEqual(messages.map(idOf));
    for (const flags of archived.values()) expect(flags.has(INGESTED_KEYWORD)).toBe(true);
  });

  it('records a connection failure on the mailbox, retries, and picks up fixed settings on reload', async () => {
    const broken = await createMailbox({ folder: 'Sales', secret: 'wrong-password' });
    await appendMessages(server, [testMessage()], { folder: 'Sales' });
    await expect(ingestion.syncNow(broken)).rejects.toThrow(/Authentication failed/);
    const row = await until('imap_last_error', async () =>
      (await t.database.db.selectFrom('mailboxes').select(['imap_last_error', 'imap_last_sync_at']).where('id', '=', broken).executeTakeFirstOrThrow()).imap_last_error
        ? await t.database.db.selectFrom('mailboxes').select(['imap_last_error', 'imap_last_sync_at']).where('id', '=', broken).executeTakeFirstOrThrow()
        : undefined,
    );
    expect(row.imap_last_error).toMatch(/^Authentication failed: .*rejected the user name or password/);
    expect(row.imap_last_error).not.toContain('wrong-password');
    expect(row.imap_last_sync_at).toBeNull();
    // It keeps trying with back-off (100 ms … 1 s here).
    const attempts = () => logged.filter((l) => l.context?.mailboxId === broken && l.message.includes('reconnecting after a pause')).length;
    await until('a few attempts', async () => attempts() >= 3);

    await t.database.db.updateTable('mailboxes').set({ imap_secret: server.password }).where('id', '=', broken).execute();
    await ingestion.reload();
    expect(await ingestion.syncNow(broken)).toMatchObject({ stored: 1 });
    const fixed = await t.database.db.selectFrom('mailboxes').select(['imap_last_error', 'imap_last_sync_at']).where('id', '=', broken).executeTakeFirstOrThrow();
    expect(fixed.imap_last_error).toBeNull();
    expect(fixed.imap_last_sync_at).toBeInstanceOf(Date);

    // Deactivated: disconnected on reload.
    await t.database.db.updateTable('mailboxes').set({ active: false }).where('id', '=', broken).execute();
    await ingestion.reload();
    expect(ingestion.status().map((s) => s.mailboxId)).not.toContain(broken);
    await expect(ingestion.syncNow(broken)).rejects.toThrow(/not an active mailbox/);
  });

  it('picks up a new mailbox on NOTIFY meridian_mailboxes at once', async () => {
    const raw = testMessage();
    await appendMessages(server, [raw], { folder: 'Notified' });
    const notified = await createMailbox({ folder: 'Notified' });
    await sql`select pg_notify(${MAILBOXES_CHANNEL}, '')`.execute(t.database.db);
    // The shared ingestion re-reads the list only every minute: this is the notification.
    await until('its message', async () => (await stored(notified)).some((r) => r.message_id_header === idOf(raw)));
  });

  it('picks up a mailbox created after start within the reload interval (without a handle to listen on)', async () => {
    const quick = new ImapIngestion({ database: t.database.db, config: { imapPollMs: 60_000, maxMessageBytes: MAX_BYTES }, reloadMs: 200, log });
    // Only this instance should see the new mailbox: stop the shared one for the duration.
    await ingestion.stop();
    try {
      await quick.start();
      const raw = testMessage();
      await appendMessages(server, [raw], { folder: 'Later' });
      const later = await createMailbox({ folder: 'Later' });
      await until('the new mailbox to be connected', async () => quick.status().find((s) => s.mailboxId === later)?.connected);
      await until('its message', async () => (await stored(later)).some((r) => r.message_id_header === idOf(raw)));
    } finally {
      await quick.stop();
      ingestion = newIngestion();
      await ingestion.start();
    }
  });

  describe('testImapConnection', () => {
    const settings = (): ImapSettings => ({
      host: server.host,
      port: server.port,
      tls: false,
      user: server.user,
      auth: 'password',
      secret: server.password,
      folder: 'INBOX',
      archiveFolder: null,
    });

    it('reports ok with IDLE, the message count and the folder', async () => {
      const check = await testImapConnection(settings());
      expect(check.ok).toBe(true);
      expect(check.details).toMatchObject({ idle: true, folder: 'INBOX', messages: expect.any(Number) });
      expect(check.details!.messages as number).toBeGreaterThan(0);
    });

    it('says the password is wrong, without repeating it', async () => {
      const check = await testImapConnection({ ...settings(), secret: 'not-the-password' });
      expect(check).toMatchObject({ ok: false, message: expect.stringMatching(/^Authentication failed/) });
      expect(check.message).not.toContain('not-the-password');
    });

    it('says the folder is missing', async () => {
      const check = await testImapConnection({ ...settings(), folder: 'No such folder' });
      expect(check).toMatchObject({ ok: false, message: 'Folder "No such folder" does not exist on ' + `${server.host}:${server.port}.` });
    });

    it('says the host cannot be reached, the port speaks no TLS, or nothing answers', async () => {
      const closedPort = await new Promise<number>((resolve) => {
        const s = net.createServer().listen(0, '127.0.0.1', () => {
          const port = (s.address() as net.AddressInfo).port;
          s.close(() => resolve(port));
        });
      });
      expect(await testImapConnection({ ...settings(), port: closedPort })).toMatchObject({ ok: false, message: expect.stringMatching(/connection refused/) });
      expect(await testImapConnection({ ...settings(), tls: true })).toMatchObject({ ok: false, message: expect.stringMatching(/^TLS error/) });
      const silent = net.createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      try {
        const started = Date.now();
        const check = await testImapConnection({ ...settings(), port: (silent.address() as net.AddressInfo).port }, { timeoutMs: 1000 });
        expect(check).toMatchObject({ ok: false, message: expect.stringMatching(/No answer/) });
        expect(Date.now() - started).toBeLessThan(3000);
      } finally {
        silent.close();
      }
    });
  });
});

/** The Maildir file holding a message (dovecot keeps new mail in new/ or cur/). */
function findMaildirFile(maildir: string, messageId: string): string {
  for (const sub of ['new', 'cur']) {
    const dir = path.join(maildir, sub);
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (readFileSync(file, 'latin1').includes(`<${messageId}>`)) return file;
    }
  }
  throw new Error(`no Maildir file holds <${messageId}>`);
}

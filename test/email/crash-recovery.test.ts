import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.js';
import { openRuntime } from '../../src/runtime/runtime.js';
import { startServer, stopServer } from '../helpers/cli.js';
import { appendMessages, dovecotUnavailableReason, openImapClient, startDovecot } from '../helpers/dovecot.js';
import { composeEmail, seedMailWorkspace } from '../helpers/email.js';
import { createTestDatabase } from '../helpers/postgres.js';
import { BACKEND } from '../helpers/test-app.js';

const MESSAGES = 60;

/** A small seeded generator: a failing run can be repeated with the seed it printed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('nothing lost, nothing twice: the ingesting process is killed with SIGKILL at random points', () => {
  it('after restarts every message is present exactly once', async () => {
    const seed = Number(process.env.MERIDIAN_CRASH_SEED ?? Date.now() % 100_000);
    console.log(`crash test seed ${seed} (set MERIDIAN_CRASH_SEED to repeat)`);
    const rand = random(seed);
    const dataDir = mkdtempSync(path.join(tmpdir(), 'meridian-crash-'));
    const pg = BACKEND === 'postgres' ? await createTestDatabase() : undefined;
    const env: Record<string, string> = {
      MERIDIAN_DATA_DIR: dataDir,
      MERIDIAN_DEMO: 'false',
      PORT: '0',
      MERIDIAN_SMTP_PORT: '0',
      ...(pg ? { DATABASE_URL: pg.url } : {}),
    };

    const { brandId, token } = await seedMailWorkspace(env, { name: 'Crash shop', address: 'support@crash.example' });

    const raws = await Promise.all(
      Array.from({ length: MESSAGES }, (_, i) =>
        composeEmail({ from: `buyer${i}@crash.example`, to: 'support@crash.example', subject: `Order question ${i}`, text: `Where is order ${1000 + i}?`, messageId: `<crash-${i}@buyers.example>` }),
      ),
    );
    const pending = new Set(raws.keys());

    // Each round: start, send what is not yet acknowledged (SMTP and HTTP alternately, as an MTA
    // or relay would: resend until acknowledged), and kill the server at a random moment.
    let interrupted = 0;
    for (let round = 0; round < 3 && pending.size > 0; round++) {
      const server = await startServer(env);
      const smtpPort = Number(/Inbound SMTP listener on [^:]+:(\d+)/.exec(server.output())![1]);
      const died = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
      const killAt = 150 + rand() * 900;
      const killer = setTimeout(() => server.child.kill('SIGKILL'), killAt);
      const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true, pool: false });
      try {
        for (const i of [...pending]) {
          if (server.child.exitCode !== null || server.child.signalCode) break;
          if (i % 2 === 0) {
            await transport.sendMail({ envelope: { from: `buyer${i}@crash.example`, to: ['support@crash.example'] }, raw: raws[i]! });
          } else {
            const res = await fetch(`${server.url}/api/inbound/mime?brand=${brandId}`, {
              method: 'POST',
              headers: { authorization: `Bearer ${token}`, 'content-type': 'message/rfc822' },
              body: raws[i]!,
            });
            if (res.status !== 202) throw new Error(`HTTP ${res.status}`);
          }
          pending.delete(i);
        }
      } catch {
        // The server died mid-send: this message was not acknowledged and is sent again.
      }
      await died;
      clearTimeout(killer);
      if (pending.size > 0) interrupted++;
      console.log(`round ${round}: killed after ${Math.round(killAt)} ms, ${MESSAGES - pending.size} of ${MESSAGES} acknowledged`);
    }
    // The kills must have landed mid-stream, or this test proves nothing.
    expect(interrupted).toBeGreaterThan(0);

    // A last, calm run: send the rest and let everything be filed.
    const server = await startServer(env);
    const smtpPort = Number(/Inbound SMTP listener on [^:]+:(\d+)/.exec(server.output())![1]);
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    for (const i of pending) await transport.sendMail({ envelope: { from: `buyer${i}@crash.example`, to: ['support@crash.example'] }, raw: raws[i]! });
    const headers = { authorization: `Bearer ${token}` };
    let tickets: { subject: string; messageCount: number }[] = [];
    for (let wait = 0; wait < 120; wait++) {
      const res = await fetch(`${server.url}/api/tickets?limit=200&status=new`, { headers });
      tickets = ((await res.json()) as { items: typeof tickets }).items;
      if (tickets.length >= MESSAGES) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await stopServer(server.child);

    const check = await openRuntime(loadConfig(env));
    try {
      const inbound = await check.db.selectFrom('inbound_emails').select(['message_id_header', 'status']).execute();
      const messages = await check.db.selectFrom('messages').select('external_id').execute();
      expect(inbound).toHaveLength(MESSAGES);
      expect(inbound.every((r) => r.status === 'delivered')).toBe(true);
      expect(new Set(messages.map((m) => m.external_id)).size).toBe(MESSAGES);
      expect(messages).toHaveLength(MESSAGES);
      expect(new Set(tickets.map((t) => t.subject)).size).toBe(MESSAGES);
      expect(tickets.every((t) => t.messageCount === 1)).toBe(true);
    } finally {
      await check.close();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});

const noDovecot = dovecotUnavailableReason();
if (noDovecot) console.warn(`skipping the IMAP crash test: ${noDovecot}`);

const IMAP_MESSAGES = 200;

describe.skipIf(noDovecot)('nothing lost, nothing twice over IMAP: the server is killed while it fetches and files', () => {
  it('after restarts every message of the mailbox is stored exactly once and all are marked done on the server', async () => {
    const seed = Number(process.env.MERIDIAN_CRASH_SEED ?? Date.now() % 100_000);
    console.log(`IMAP crash test seed ${seed}`);
    const rand = random(seed);
    const dovecot = await startDovecot();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'meridian-crash-imap-'));
    const pg = BACKEND === 'postgres' ? await createTestDatabase() : undefined;
    const env: Record<string, string> = { MERIDIAN_DATA_DIR: dataDir, MERIDIAN_DEMO: 'false', PORT: '0', ...(pg ? { DATABASE_URL: pg.url } : {}) };
    try {
      const raws = await Promise.all(
        Array.from({ length: IMAP_MESSAGES }, (_, i) =>
          composeEmail({ from: `imap${i}@buyers.example`, to: 'support@crash.example', subject: `Return question ${i}`, text: `Can I return item ${i}?`, messageId: `<imap-crash-${i}@buyers.example>` }),
        ),
      );
      await appendMessages(dovecot, raws);

      const { token } = await seedMailWorkspace(env, { name: 'IMAP crash shop', address: 'support@crash.example', imap: dovecot });

      let interrupted = 0;
      for (let round = 0; round < 3; round++) {
        const server = await startServer(env);
        const died = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
        const killAt = rand() * 1000;
        await new Promise((resolve) => setTimeout(resolve, killAt));
        server.child.kill('SIGKILL');
        await died;
        const check = await openRuntime(loadConfig(env));
        const stored = await check.db.selectFrom('inbound_emails').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
        await check.close();
        if (Number(stored.n) < IMAP_MESSAGES) interrupted++;
        console.log(`IMAP round ${round}: killed after ${Math.round(killAt)} ms with ${stored.n} of ${IMAP_MESSAGES} stored`);
      }

      const server = await startServer(env);
      const client = await openImapClient(dovecot);
      let unmarked = IMAP_MESSAGES;
      for (let wait = 0; wait < 240 && unmarked > 0; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const lock = await client.getMailboxLock('INBOX');
        try {
          await client.noop();
          const found = await client.search({ unKeyword: '$MeridianIngested' }, { uid: true });
          unmarked = Array.isArray(found) ? found.length : IMAP_MESSAGES;
        } finally {
          lock.release();
        }
      }
      await client.logout();
      // Everything stored must also be filed: rows a killed process had claimed are taken over
      // once their lease (30 s) runs out.
      let delivered = 0;
      for (let wait = 0; wait < 240 && delivered < IMAP_MESSAGES; wait++) {
        const res = await fetch(`${server.url}/api/email/inbound/counts`, { headers: { authorization: `Bearer ${token}` } });
        delivered = ((await res.json()) as { delivered: number }).delivered;
        if (delivered < IMAP_MESSAGES) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      await stopServer(server.child);
      expect(unmarked).toBe(0);

      const check = await openRuntime(loadConfig(env));
      try {
        const inbound = await check.db.selectFrom('inbound_emails').select(['message_id_header', 'status', 'source']).execute();
        const messages = await check.db.selectFrom('messages').select('external_id').execute();
        expect(inbound).toHaveLength(IMAP_MESSAGES);
        expect(new Set(inbound.map((r) => r.message_id_header)).size).toBe(IMAP_MESSAGES);
        expect(inbound.every((r) => r.source === 'imap' && r.status === 'delivered')).toBe(true);
        expect(messages).toHaveLength(IMAP_MESSAGES);
        expect(new Set(messages.map((m) => m.external_id)).size).toBe(IMAP_MESSAGES);
      } finally {
        await check.close();
      }
      expect(interrupted).toBeGreaterThan(0);
    } finally {
      await dovecot.stop();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});

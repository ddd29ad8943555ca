import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';

/** Debian's dovecot-imapd (CI installs it); MERIDIAN_DOVECOT points elsewhere. */
export const DOVECOT_PATH = process.env.MERIDIAN_DOVECOT || '/usr/sbin/dovecot';

/** Null when dovecot is there; otherwise why not (the reason IMAP tests are skipped). */
export function dovecotUnavailableReason(): string | null {
  if (existsSync(DOVECOT_PATH)) return null;
  return process.env.MERIDIAN_DOVECOT
    ? `dovecot not found at MERIDIAN_DOVECOT=${DOVECOT_PATH}`
    : `dovecot not found at ${DOVECOT_PATH}; install it (apt-get install dovecot-imapd) or set MERIDIAN_DOVECOT`;
}

export interface DovecotServer {
  host: '127.0.0.1';
  port: number;
  user: string;
  password: string;
  /** The user's Maildir (tests may tamper with message files here). */
  maildir: string;
  /** Everything dovecot logged so far (for failure messages). */
  log(): string;
  /** Drops every IMAP connection of the user (doveadm kick), as a server restart would. */
  kick(): Promise<void>;
  stop(): Promise<void>;
}

let versionCache: [number, number] | undefined;
/** Major and minor version of the installed dovecot (2.3 on Debian 12, 2.4 on Debian 13). */
export function dovecotVersion(): [number, number] {
  if (!versionCache) {
    const out = spawnSync(DOVECOT_PATH, ['--version'], { encoding: 'utf8' }).stdout ?? '';
    const m = /^(\d+)\.(\d+)/.exec(out.trim());
    versionCache = m ? [Number(m[1]), Number(m[2])] : [2, 3];
  }
  return versionCache;
}

/** uid/gid of a user from /etc/passwd. */
function passwdEntry(name: string): { uid: number; gid: number } | undefined {
  try {
    for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const f = line.split(':');
      if (f[0] === name && f[2] && f[3]) return { uid: Number(f[2]), gid: Number(f[3]) };
    }
  } catch {
    // no /etc/passwd
  }
  return undefined;
}

function groupName(gid: number): string {
  try {
    for (const line of readFileSync('/etc/group', 'utf8').split('\n')) {
      const f = line.split(':');
      if (f[2] === String(gid) && f[0]) return f[0];
    }
  } catch {
    // no /etc/group
  }
  return String(gid);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Waits for the IMAP greeting; rejects when the process exits or the deadline passes. */
async function waitForGreeting(port: number, child: ChildProcess, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  let exited = child.exitCode !== null;
  child.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error('dovecot exited during start-up');
    const greeted = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      const done = (ok: boolean) => {
        socket.destroy();
        resolve(ok);
      };
      socket.setTimeout(1000, () => done(false));
      socket.once('data', (data) => done(data.toString().startsWith('* OK')));
      socket.once('error', () => done(false));
    });
    if (greeted) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not answer on port ${port} within ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts a throwaway dovecot (IMAP only, no TLS, plaintext login allowed) on 127.0.0.1 and a free
 * port, with one user whose Maildir lives in a temporary directory. Everything (config, base_dir,
 * state, log, mail) is per instance, so test files may run several at once. As root the mail is
 * owned by `nobody` (dovecot refuses uid 0 for mail); as another user everything runs as that user.
 */
export interface DovecotOptions {
  /** Advertise no IDLE capability after login (to test polling). */
  withoutIdle?: boolean;
}

export async function startDovecot(options: DovecotOptions = {}): Promise<DovecotServer> {
  const reason = dovecotUnavailableReason();
  if (reason) throw new Error(reason);
  const dir = mkdtempSync(path.join(tmpdir(), 'meridian-dovecot-'));
  // Dovecot's unprivileged processes (auth, mail) read the passwd file and the Maildir.
  chmodSync(dir, 0o755);
  const user = 'meridian';
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const root = process.getuid?.() === 0;
  const mailUser = root ? (passwdEntry('nobody') ?? passwdEntry('dovecot')) : { uid: process.getuid!(), gid: process.getgid!() };
  if (!mailUser) throw new Error('No unprivileged system user (nobody, dovecot) to own the test Maildir');
  const home = path.join(dir, 'home');
  mkdirSync(home);
  if (root) chownSync(home, mailUser.uid, mailUser.gid);
  const maildir = path.join(home, 'Maildir');
  writeFileSync(path.join(dir, 'passwd'), `${user}:{PLAIN}${password}:${mailUser.uid}:${mailUser.gid}::${home}\n`, { mode: 0o644 });

  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const conf = path.join(dir, 'dovecot.conf');
    const logFile = path.join(dir, 'dovecot.log');
    writeFileSync(conf, configText({ dir, port, root, logFile, withoutIdle: options.withoutIdle ?? false }));
    const child = spawn(DOVECOT_PATH, ['-F', '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    const readLog = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '') + stderr;
    try {
      await waitForGreeting(port, child, 10_000);
    } catch (error) {
      lastError = new Error(`${(error as Error).message}\n${readLog()}`);
      await stopChild(child);
      process.off('exit', killOnExit);
      if (/in use/i.test(readLog())) continue; // another process took the port meanwhile
      break;
    }
    return {
      host: '127.0.0.1',
      port,
      user,
      password,
      maildir,
      log: readLog,
      async kick() {
        const doveadm = existsSync(path.join(path.dirname(DOVECOT_PATH), '../bin/doveadm')) ? path.join(path.dirname(DOVECOT_PATH), '../bin/doveadm') : 'doveadm';
        const result = spawnSync(doveadm, ['-c', conf, 'kick', user], { encoding: 'utf8' });
        if (result.status !== 0) throw new Error(`doveadm kick failed: ${result.stderr || result.error?.message}`);
      },
      async stop() {
        await stopChild(child);
        process.off('exit', killOnExit);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  rmSync(dir, { recursive: true, force: true });
  throw lastError;
}

function configText(o: { dir: string; port: number; root: boolean; logFile: string; withoutIdle: boolean }): string {
  const [major, minor] = dovecotVersion();
  const v24 = major > 2 || (major === 2 && minor >= 4);
  const me = userInfo().username;
  const lines = [
    // 2.4 wants the config version first; 2.3 does not know these settings.
    ...(v24 ? ['dovecot_config_version = 2.4.0', 'dovecot_storage_version = 2.4.0'] : []),
    `base_dir = ${o.dir}/run`,
    `state_dir = ${o.dir}/state`,
    `instance_name = meridian-${path.basename(o.dir)}`,
    'listen = 127.0.0.1',
    'protocols = imap',
    'ssl = no',
    v24 ? 'auth_allow_cleartext = yes' : 'disable_plaintext_auth = no',
    'auth_mechanisms = plain login',
    'auth_failure_delay = 0',
    `log_path = ${o.logFile}`,
    'mail_max_userip_connections = 100',
    'mail_fsync = never',
    ...(v24
      ? ['mail_driver = maildir', 'mail_path = ~/Maildir', 'mail_inbox_path = ~/Maildir']
      : ['mail_location = maildir:~/Maildir']),
    // Not root: every dovecot process runs as us (no privilege changes, no chroot).
    ...(o.root ? [] : [`default_internal_user = ${me}`, `default_login_user = ${me}`, `default_internal_group = ${groupName(process.getgid!())}`]),
    ...(v24
      ? [
          'passdb passwd-file {',
          `  passwd_file_path = ${o.dir}/passwd`,
          '}',
          'userdb passwd-file {',
          `  passwd_file_path = ${o.dir}/passwd`,
          '}',
        ]
      : ['passdb {', '  driver = passwd-file', `  args = ${o.dir}/passwd`, '}', 'userdb {', '  driver = passwd-file', `  args = ${o.dir}/passwd`, '}']),
    'service imap-login {',
    '  inet_listener imap {',
    `    port = ${o.port}`,
    '  }',
    '  inet_listener imaps {',
    '    port = 0',
    '  }',
    ...(o.root ? [] : ['  chroot =']),
    '}',
    // No growing delay after failed logins (auth penalty): tests log in wrongly on purpose.
    'service anvil {',
    ...(o.root ? [] : ['  chroot =']),
    '  unix_listener anvil-auth-penalty {',
    '    mode = 0',
    '  }',
    '}',
    ...(o.withoutIdle ? ['protocol imap {', '  imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE LITERAL+ NAMESPACE UIDPLUS MOVE CHILDREN', '}'] : []),
  ];
  return lines.join('\n') + '\n';
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** A logged-in ImapFlow client for the test user (close it with logout()). */
export async function openImapClient(server: Pick<DovecotServer, 'host' | 'port' | 'user' | 'password'>): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: server.user, pass: server.password },
    logger: false,
    disableAutoIdle: true,
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/**
 * Appends raw messages to a folder (created when missing) over IMAP APPEND on one connection, in
 * order; returns their UIDs. For tests and benchmarks.
 */
export async function appendMessages(
  server: Pick<DovecotServer, 'host' | 'port' | 'user' | 'password'>,
  messages: (string | Buffer)[],
  options: { folder?: string; flags?: string[] } = {},
): Promise<number[]> {
  const folder = options.folder ?? 'INBOX';
  const client = await openImapClient(server);
  try {
    if (folder.toUpperCase() !== 'INBOX' && (await client.status(folder, { messages: true }).catch(() => false)) === false) {
      await client.mailboxCreate(folder);
    }
    const uids: number[] = [];
    for (const message of messages) {
      const result = await client.append(folder, message, options.flags ?? []);
      if (!result) throw new Error(`APPEND to ${folder} failed`);
      uids.push(result.uid ?? 0);
    }
    return uids;
  } finally {
    await client.logout().catch(() => client.close());
  }
}

let messageCounter = 0;
/** A small valid RFC 5322 message with a unique Message-ID (CRLF line ends). */
export function testMessage(overrides: { subject?: string; from?: string; to?: string; text?: string; messageId?: string; headers?: Record<string, string> } = {}): string {
  messageCounter++;
  const id = overrides.messageId ?? `<imap-test-${process.pid}-${Date.now()}-${messageCounter}@buyer.example>`;
  const headers: Record<string, string> = {
    From: overrides.from ?? `Buyer ${messageCounter} <buyer${messageCounter}@buyer.example>`,
    To: overrides.to ?? 'support@shop.example',
    Subject: overrides.subject ?? `Where is my order #${1000 + messageCounter}?`,
    Date: new Date().toUTCString().replace('GMT', '+0000'),
    'Message-ID': id,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Transfer-Encoding': '8bit',
    ...overrides.headers,
  };
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n');
  return `${head}\r\n\r\n${(overrides.text ?? `Hello, this is message ${messageCounter}.`).replace(/\r?\n/g, '\r\n')}\r\n`;
}

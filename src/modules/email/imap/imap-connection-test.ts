import type { ConnectionCheck } from '../email.schemas.js';
import type { ImapSettings } from '../mailbox-settings.js';
import { createImapClient, describeImapError, IMAP_CONNECT_TIMEOUT_MS } from './imap-client.js';

export interface ImapConnectionTestOptions {
  /** The whole check (connect, log in, open the folder) gives up after this long. */
  timeoutMs?: number;
}

/**
 * Connects with a mailbox's IMAP settings, logs in (password or XOAUTH2 access token) and opens
 * the folder read-only (EXAMINE: nothing on the server changes). Never throws: a failure is
 * `ok: false` with a sentence saying what went wrong (authentication, host unreachable, timeout,
 * TLS, missing folder). `details`: `idle` (the server offers IDLE, so new mail arrives at once),
 * `messages` in the folder, `folder`, and for an archive folder whether it exists yet (the poller
 * creates a missing one).
 */
export async function testImapConnection(settings: ImapSettings, options: ImapConnectionTestOptions = {}): Promise<ConnectionCheck> {
  const timeoutMs = options.timeoutMs ?? IMAP_CONNECT_TIMEOUT_MS;
  const client = createImapClient(settings, { timeoutMs, socketTimeoutMs: timeoutMs });
  client.on('error', () => {
    // Reported through the rejected command below.
  });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<ConnectionCheck>((resolve) => {
    timer = setTimeout(() => {
      client.close();
      resolve({
        ok: false,
        message: `No answer from ${settings.host}:${settings.port} within ${Math.round(timeoutMs / 1000)} s.${settings.tls ? '' : ' If this port expects implicit TLS (usually 993), turn TLS on.'}`,
        details: { folder: settings.folder, kind: 'timeout' },
      });
    }, timeoutMs);
  });
  const check = async (): Promise<ConnectionCheck> => {
    let stage: 'connect' | 'folder' | 'archive' = 'connect';
    try {
      await client.connect();
      stage = 'folder';
      const mailbox = await client.mailboxOpen(settings.folder, { readOnly: true });
      const details: Record<string, unknown> = {
        idle: client.capabilities.has('IDLE'),
        messages: mailbox.exists,
        folder: mailbox.path,
      };
      let note = '';
      if (settings.archiveFolder) {
        stage = 'archive';
        const exists = (await client.status(settings.archiveFolder, { messages: true }).catch(() => false)) !== false;
        details.archiveFolder = settings.archiveFolder;
        details.archiveFolderExists = exists;
        if (!exists) note = ` The archive folder "${settings.archiveFolder}" does not exist yet; it is created when the first message is ingested.`;
      }
      const idleNote = details.idle ? 'new mail arrives at once (IDLE)' : 'the server does not offer IDLE, so the folder is polled';
      return {
        ok: true,
        message: `Connected to ${settings.host}:${settings.port} as ${settings.user}; folder "${mailbox.path}" has ${mailbox.exists} message(s); ${idleNote}.${note}`,
        details,
      };
    } catch (error) {
      const { kind, message } = describeImapError(error, settings, settings.folder);
      // A NO to SELECT/EXAMINE is a missing (or forbidden) folder even when the server says it vaguely.
      const folderProblem = stage === 'folder' && kind === 'protocol';
      return {
        ok: false,
        message: folderProblem ? `Cannot open folder "${settings.folder}" on ${settings.host}:${settings.port}: ${message}` : message,
        details: { folder: settings.folder, kind: folderProblem ? 'folder' : kind },
      };
    } finally {
      await logoutQuietly(client);
    }
  };
  try {
    return await Promise.race([check(), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

async function logoutQuietly(client: ReturnType<typeof createImapClient>): Promise<void> {
  if (client.isClosed) return;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([client.logout(), new Promise((resolve) => (timer = setTimeout(resolve, 2000)))]);
  } catch {
    // already gone
  } finally {
    clearTimeout(timer);
    client.close();
  }
}

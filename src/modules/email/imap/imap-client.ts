import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import type { ImapSettings } from '../mailbox-settings.js';

/** How long connecting (TCP, TLS, greeting) and logging in may take. */
export const IMAP_CONNECT_TIMEOUT_MS = 10_000;

export interface ImapClientOptions {
  /** Connect and greeting timeout (default IMAP_CONNECT_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Socket inactivity timeout once connected (default 5 min; IDLE is broken well before that). */
  socketTimeoutMs?: number;
}

/**
 * An ImapFlow client for a mailbox's settings: implicit TLS when `tls`, otherwise plain upgraded
 * with STARTTLS when the server offers it; password or XOAUTH2 access token. Auto-IDLE is off (the
 * poller decides when to idle) and ImapFlow's own logging is silenced (its errors reach us as
 * rejections and 'error' events, which callers must handle).
 */
export function createImapClient(settings: ImapSettings, options: ImapClientOptions = {}): ImapFlow {
  const timeoutMs = options.timeoutMs ?? IMAP_CONNECT_TIMEOUT_MS;
  const config: ImapFlowOptions = {
    host: settings.host,
    port: settings.port,
    secure: settings.tls,
    auth: settings.auth === 'oauth2' ? { user: settings.user, accessToken: settings.secret } : { user: settings.user, pass: settings.secret },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: options.socketTimeoutMs ?? 5 * 60_000,
    clientInfo: { name: 'Meridian' },
  };
  return new ImapFlow(config);
}

interface ErrorFields {
  code?: string;
  message?: string;
  authenticationFailed?: boolean;
  tlsFailed?: boolean;
  mailboxMissing?: boolean;
  serverResponseCode?: string;
  responseText?: string;
  responseStatus?: string;
  reason?: string;
  _err?: unknown;
}

const TLS_CODE = /^(ERR_SSL|ERR_TLS|EPROTO$|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|ERR_OSSL|HOSTNAME_MISMATCH|ClosedAfterConnectTLS$|UPGRADE_TIMEOUT$|STARTTLS)/;

function fieldsOf(error: unknown): ErrorFields {
  return error && typeof error === 'object' ? (error as ErrorFields) : { message: String(error) };
}

/** The innermost error code: ImapFlow wraps socket errors. */
function codeOf(error: ErrorFields): string {
  const inner = error._err ? fieldsOf(error._err) : undefined;
  return error.code ?? inner?.code ?? '';
}

/** The server's own words, when it said anything (never contains what we sent). */
function serverText(error: ErrorFields): string {
  const text = (error.responseText ?? '').trim().replace(/\.$/, '');
  return text ? ` (server said: ${text.slice(0, 200)})` : '';
}

/** OpenSSL's "C0CC…:error:0A00010B:SSL routines:func:wrong version number:file:line:" → the reason. */
function tlsReason(message: string): string {
  const openssl = /SSL routines:[^:]*:([^:]+)/.exec(message);
  return (openssl ? openssl[1]! : message).trim().replace(/\.$/, '');
}

export type ImapErrorKind = 'auth' | 'unreachable' | 'timeout' | 'tls' | 'folder' | 'protocol';

/**
 * A clear, secret-free sentence for an IMAP failure, and what kind it is: shown by the connection
 * test and stored as the mailbox's `imap_last_error`.
 */
export function describeImapError(error: unknown, settings: Pick<ImapSettings, 'host' | 'port' | 'tls' | 'auth' | 'folder'>, folder = settings.folder): { kind: ImapErrorKind; message: string } {
  const e = fieldsOf(error);
  const code = codeOf(e);
  const where = `${settings.host}:${settings.port}`;
  if (e.authenticationFailed || e.serverResponseCode === 'AUTHENTICATIONFAILED') {
    const what = settings.auth === 'oauth2' ? 'the user name or the OAuth2 access token (it may have expired)' : 'the user name or password';
    return { kind: 'auth', message: `Authentication failed: ${where} rejected ${what}${serverText(e)}.` };
  }
  if (/unsupported authentication mechanism|no supported authentication|authentication mechanism.*not supported/i.test(e.message ?? '')) {
    const what = settings.auth === 'oauth2' ? 'OAuth2 login (XOAUTH2)' : 'a password login this client can use';
    return { kind: 'auth', message: `Authentication failed: ${where} does not offer ${what}.` };
  }
  if (e.mailboxMissing || e.serverResponseCode === 'NONEXISTENT' || /mailbox doesn't exist|mailbox does not exist|no such mailbox|unknown mailbox/i.test(e.responseText ?? e.message ?? '')) {
    return { kind: 'folder', message: `Folder "${folder}" does not exist on ${where}.` };
  }
  if (e.tlsFailed || TLS_CODE.test(code) || /wrong version number|certificate|ssl routines|tls handshake|secure tls/i.test(e.message ?? '')) {
    const hint = settings.tls
      ? ' Is this port for implicit TLS (usually 993)? For port 143 turn TLS off (STARTTLS is used when offered).'
      : ' For an implicit-TLS port (usually 993) turn TLS on.';
    return { kind: 'tls', message: `TLS error with ${where}: ${tlsReason(e.message ?? code)}.${hint}` };
  }
  if (code === 'ECONNREFUSED') return { kind: 'unreachable', message: `Cannot connect to ${where}: connection refused (wrong host or port, or the server is down).` };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return { kind: 'unreachable', message: `Host not found: ${settings.host}.` };
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'ECONNRESET' || code === 'EPIPE') {
    return { kind: 'unreachable', message: `Cannot reach ${where}: ${code}.` };
  }
  if (code === 'CONNECT_TIMEOUT' || code === 'GREETING_TIMEOUT' || code === 'ETIMEDOUT' || code === 'ETIMEOUT' || code === 'ClosedAfterConnectText') {
    const hint = !settings.tls && code !== 'CONNECT_TIMEOUT' ? ' If this port expects implicit TLS (usually 993), turn TLS on.' : '';
    return { kind: 'timeout', message: `No answer from ${where} in time (${code}).${hint}` };
  }
  if (code === 'NoConnection' || code === 'EConnectionClosed') {
    return { kind: 'unreachable', message: `The connection to ${where} was closed${e.reason ? `: ${e.reason}` : ''}.` };
  }
  const text = (e.message ?? 'unknown error').slice(0, 300);
  return { kind: 'protocol', message: `IMAP error from ${where}: ${text}${e.responseText && !text.includes(e.responseText) ? serverText(e) : ''}` };
}

/** True when the connection is gone or unusable (as opposed to one command failing). */
export function isConnectionError(error: unknown, client: ImapFlow): boolean {
  if (!client.usable) return true;
  const code = codeOf(fieldsOf(error));
  return ['NoConnection', 'EConnectionClosed', 'ETIMEOUT', 'StateLogout'].includes(code) || /^E[A-Z]+$/.test(code);
}

import nodemailer, { type Transporter } from 'nodemailer';
import type { ConnectionCheck } from '../email.schemas.js';
import type { SmtpSettings } from '../mailbox-settings.js';
import { isLoopbackHost, smtpTransportOptions } from './smtp-transport.js';

export interface SmtpTestOptions {
  /** The whole check gives up after this long; default 10 s. */
  timeoutMs?: number;
}

type CheckError = Error & { code?: string; originalCode?: string; responseCode?: number; response?: string; timeoutType?: string };

/**
 * Connects to the mailbox's SMTP server, upgrades to TLS as configured and logs in, without
 * sending anything (nodemailer's verify). Never throws: the answer says what went wrong in words
 * an admin can act on.
 */
export async function testSmtpConnection(settings: SmtpSettings, options: SmtpTestOptions = {}): Promise<ConnectionCheck> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const where = `${settings.host}:${settings.port}`;
  const details = { host: settings.host, port: settings.port, security: settings.security, auth: settings.user ? settings.auth : 'none' };
  let transporter: Transporter | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    transporter = nodemailer.createTransport(
      smtpTransportOptions(settings, { connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs, dnsTimeout: timeoutMs }),
    );
    const gaveUp = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), timeoutMs + 500);
    });
    await Promise.race([transporter.verify(), gaveUp]);
    const tls =
      settings.security === 'tls'
        ? ' over TLS'
        : settings.security === 'none'
          ? ' without encryption'
          : isLoopbackHost(settings.host)
            ? ' (a relay on this machine: STARTTLS is used only when it offers it)'
            : ' with STARTTLS';
    const login = settings.user && settings.secret ? `signed in as ${settings.user}` : 'the server takes mail without signing in';
    return { ok: true, message: `Connected to ${where}${tls}; ${login}.`, details };
  } catch (error) {
    return { ok: false, message: explain(error as CheckError, settings, where, timeoutMs), details: { ...details, code: (error as CheckError)?.code ?? null } };
  } finally {
    clearTimeout(timer);
    transporter?.close();
  }
}

function explain(e: CheckError, settings: SmtpSettings, where: string, timeoutMs: number): string {
  const code = e?.originalCode ?? e?.code;
  const raw = (e?.response || e?.message || String(e)).replace(/\s+/g, ' ').trim();
  const text = raw.toLowerCase();
  if (code === 'ECONNREFUSED' || text.includes('econnrefused')) return `Nothing accepts connections at ${where} (connection refused). Check the host and port.`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EDNS' || text.includes('enotfound')) return `The host name ${settings.host} could not be found. Check the SMTP host.`;
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `${where} cannot be reached from this server (${code}).`;
  if (code === 'ETIMEDOUT' || code === 'CONNECT_TIMEOUT' || e?.timeoutType)
    return `No answer from ${where} within ${Math.round(timeoutMs / 1000)} s. Check the host, the port and any firewall between this server and it.`;
  if (code === 'EAUTH' || code === 'ENOAUTH')
    return settings.user ? `The server refused the login for ${settings.user}: ${raw}` : `The server asks for a login, but no user is set: ${raw}`;
  if (text.includes('wrong version number') || text.includes('unexpected message') || (settings.security === 'tls' && code === 'ESOCKET' && text.includes('ssl')))
    return `TLS failed at ${where}: the server does not speak implicit TLS on this port. Use security "starttls" (usually port 587), or "tls" on port 465.`;
  if (text.includes('starttls'))
    return `${where} does not offer STARTTLS, and this mailbox requires it. Use security "tls" if the port is for implicit TLS, or ask the provider for the right port. (${raw})`;
  if (code === 'ETLS' || text.includes('certificate') || text.includes('self signed') || text.includes('self-signed'))
    return `The TLS connection to ${where} failed: ${raw}`;
  if (typeof e?.responseCode === 'number') return `The server at ${where} answered ${raw}`;
  return `The SMTP check of ${where} failed: ${raw}`;
}

import { isIP } from 'node:net';
import nodemailer, { type SMTPTransportOptions, type Transporter } from 'nodemailer';
import type { SmtpSettings } from '../mailbox-settings.js';

export interface SmtpTimeouts {
  connectionTimeout: number;
  greetingTimeout: number;
  socketTimeout: number;
  dnsTimeout: number;
}

/** Sending: generous enough for a slow relay, short enough that a send never outlives its lease. */
export const SEND_TIMEOUTS: SmtpTimeouts = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000, dnsTimeout: 15_000 };

/** True for 127.0.0.0/8, ::1 and localhost: a relay on this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h.startsWith('::ffff:127.');
  return false;
}

/**
 * Nodemailer options for a mailbox's SMTP settings.
 * - `tls`: implicit TLS from the first byte (port 465).
 * - `starttls`: the connection must be upgraded with STARTTLS before anything (the password, the
 *   buyer's mail) is sent; a server that does not offer it is an error. A loopback relay is the
 *   exception: it is upgraded when it offers STARTTLS and used in plain text when it does not.
 * - `none`: plain text, STARTTLS is not attempted even when offered.
 * Auth: `password` logs in with user + secret; `oauth2` uses XOAUTH2 with the secret as the
 * access token. Without a user (or secret) the server is used without logging in.
 */
export function smtpTransportOptions(settings: SmtpSettings, timeouts: SmtpTimeouts = SEND_TIMEOUTS): SMTPTransportOptions {
  const loopback = isLoopbackHost(settings.host);
  const options: SMTPTransportOptions = {
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls' && !loopback,
    ignoreTLS: settings.security === 'none',
    ...timeouts,
  };
  if (settings.user && settings.secret) {
    options.auth =
      settings.auth === 'oauth2'
        ? { type: 'OAuth2', user: settings.user, accessToken: settings.secret }
        : { user: settings.user, pass: settings.secret };
  }
  return options;
}

export type SmtpTransportFactory = (settings: SmtpSettings) => Transporter;

/** One transporter per send (no pool): a message a minute per mailbox needs no kept connection. */
export const createSmtpTransport: SmtpTransportFactory = (settings) => nodemailer.createTransport(smtpTransportOptions(settings));

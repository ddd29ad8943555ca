import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting Meridian reads, with its default and description. This is the only place that
 * reads `process.env`; everything else receives a `Config`.
 */
const settings = {
  PORT: { schema: z.coerce.number().int().min(0).max(65535).default(3000), description: 'HTTP port.' },
  HOST: { schema: z.string().default('127.0.0.1'), description: 'Interface to listen on (0.0.0.0 for all).' },
  DATABASE_URL: {
    schema: z.string().url().optional(),
    description: 'postgres://… to use PostgreSQL; unset uses the embedded PGlite database.',
    secret: true,
  },
  MERIDIAN_DATA_DIR: { schema: z.string().default('./data'), description: 'Embedded database, attachments and backups.' },
  MERIDIAN_DEMO: {
    schema: z.enum(['auto', 'true', 'false']).default('auto'),
    description: 'Seed the demo workspace on first start (auto: only on the embedded database).',
  },
  MERIDIAN_PUBLIC_URL: { schema: z.string().url().optional(), description: 'External URL, used in links.' },
  MERIDIAN_ADMIN_EMAIL: { schema: z.string().email().optional(), description: 'First admin, created on first start.' },
  MERIDIAN_ADMIN_PASSWORD: { schema: z.string().min(10).optional(), description: 'First admin password.', secret: true },
  MERIDIAN_WORKSPACE_NAME: { schema: z.string().default('My store'), description: 'Name of the first workspace.' },
  MERIDIAN_COOKIE_SECURE: {
    schema: z.enum(['auto', 'true', 'false']).default('auto'),
    description: 'Mark the session cookie Secure (auto: when the public URL is https).',
  },
  MERIDIAN_SESSION_HOURS: { schema: z.coerce.number().positive().default(12), description: 'Session lifetime.' },
  MERIDIAN_BODY_LIMIT_BYTES: {
    schema: z.coerce.number().int().positive().default(1_048_576),
    description: 'Largest accepted JSON request body.',
  },
  MERIDIAN_TRUST_PROXY: {
    schema: z.enum(['true', 'false']).default('false'),
    description: 'Take the client IP from X-Forwarded-For (only behind a reverse proxy you run).',
  },
  MERIDIAN_LOGIN_RATE_PER_MINUTE: { schema: z.coerce.number().int().positive().default(10), description: 'Login attempts per IP.' },
  MERIDIAN_JOB_CONCURRENCY: { schema: z.coerce.number().int().min(0).default(4), description: 'Jobs run at once per process (0: no worker).' },
  MERIDIAN_DB_POOL_SIZE: { schema: z.coerce.number().int().positive().default(10), description: 'PostgreSQL connections per process.' },
  MERIDIAN_SMTP_PORT: {
    schema: z.coerce.number().int().min(0).max(65535).optional(),
    description: 'Port of the inbound SMTP listener for forwarded mail (unset: no listener; 0: any free port).',
  },
  MERIDIAN_SMTP_HOST: { schema: z.string().optional(), description: 'Interface the SMTP listener binds to (default: HOST).' },
  MERIDIAN_EMAIL_MAX_BYTES: {
    schema: z.coerce.number().int().positive().default(52_428_800),
    description: 'Largest inbound e-mail accepted, raw (SMTP SIZE, the raw-MIME endpoint).',
  },
  MERIDIAN_EMAIL_ATTACHMENT_MAX_BYTES: {
    schema: z.coerce.number().int().positive().default(26_214_400),
    description: 'Largest single attachment kept; a larger one is replaced by a notice.',
  },
  MERIDIAN_EMAIL_ATTACHMENTS_TOTAL_MAX_BYTES: {
    schema: z.coerce.number().int().positive().default(41_943_040),
    description: 'Most attachment bytes kept per message; the rest are replaced by a notice.',
  },
  MERIDIAN_IMAP_POLL_SECONDS: {
    schema: z.coerce.number().positive().default(60),
    description: 'How often a mailbox without IDLE is polled (with IDLE: how often the connection is checked).',
  },
  MERIDIAN_EMAIL_INGEST: {
    schema: z.enum(['true', 'false']).default('true'),
    description: 'Poll IMAP mailboxes and parse inbound mail in this process (false: another process does).',
  },
  LOG_LEVEL: {
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    description: 'Log level.',
  },
} as const;

type Settings = typeof settings;
export type RawConfig = { [K in keyof Settings]: z.infer<Settings[K]['schema']> };

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  publicUrl: string;
  admin: { email: string; password: string } | undefined;
  workspaceName: string;
  cookieSecure: boolean;
  sessionTtlMs: number;
  bodyLimitBytes: number;
  loginRatePerMinute: number;
  trustProxy: boolean;
  jobConcurrency: number;
  dbPoolSize: number;
  email: EmailConfig;
  logLevel: RawConfig['LOG_LEVEL'];
}

export interface EmailConfig {
  /** Undefined: no SMTP listener. */
  smtpPort: number | undefined;
  smtpHost: string;
  maxMessageBytes: number;
  maxAttachmentBytes: number;
  maxAttachmentsTotalBytes: number;
  imapPollMs: number;
  /** IMAP pollers and the inbound parser run in this process. */
  ingest: boolean;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; a bad value fails with the setting's name. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, setting] of Object.entries(settings)) {
    const value = env[name] === '' ? undefined : env[name];
    const parsed = (setting.schema as z.ZodType).safeParse(value);
    if (parsed.success) raw[name] = parsed.data;
    else problems.push(`${name}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return toConfig(raw as RawConfig);
}

function toConfig(raw: RawConfig): Config {
  const publicUrl = raw.MERIDIAN_PUBLIC_URL ?? `http://localhost:${raw.PORT}`;
  if (Boolean(raw.MERIDIAN_ADMIN_EMAIL) !== Boolean(raw.MERIDIAN_ADMIN_PASSWORD)) {
    throw new ConfigError('MERIDIAN_ADMIN_EMAIL and MERIDIAN_ADMIN_PASSWORD must be set together.');
  }
  return {
    port: raw.PORT,
    host: raw.HOST,
    databaseUrl: raw.DATABASE_URL,
    dataDir: path.resolve(raw.MERIDIAN_DATA_DIR),
    demo: raw.MERIDIAN_DEMO === 'auto' ? !raw.DATABASE_URL : raw.MERIDIAN_DEMO === 'true',
    publicUrl: publicUrl.replace(/\/$/, ''),
    admin:
      raw.MERIDIAN_ADMIN_EMAIL && raw.MERIDIAN_ADMIN_PASSWORD
        ? { email: raw.MERIDIAN_ADMIN_EMAIL, password: raw.MERIDIAN_ADMIN_PASSWORD }
        : undefined,
    workspaceName: raw.MERIDIAN_WORKSPACE_NAME,
    cookieSecure:
      raw.MERIDIAN_COOKIE_SECURE === 'auto' ? publicUrl.startsWith('https:') : raw.MERIDIAN_COOKIE_SECURE === 'true',
    sessionTtlMs: raw.MERIDIAN_SESSION_HOURS * 3_600_000,
    bodyLimitBytes: raw.MERIDIAN_BODY_LIMIT_BYTES,
    loginRatePerMinute: raw.MERIDIAN_LOGIN_RATE_PER_MINUTE,
    trustProxy: raw.MERIDIAN_TRUST_PROXY === 'true',
    jobConcurrency: raw.MERIDIAN_JOB_CONCURRENCY,
    dbPoolSize: raw.MERIDIAN_DB_POOL_SIZE,
    email: {
      smtpPort: raw.MERIDIAN_SMTP_PORT,
      smtpHost: raw.MERIDIAN_SMTP_HOST ?? raw.HOST,
      maxMessageBytes: raw.MERIDIAN_EMAIL_MAX_BYTES,
      maxAttachmentBytes: raw.MERIDIAN_EMAIL_ATTACHMENT_MAX_BYTES,
      maxAttachmentsTotalBytes: raw.MERIDIAN_EMAIL_ATTACHMENTS_TOTAL_MAX_BYTES,
      imapPollMs: raw.MERIDIAN_IMAP_POLL_SECONDS * 1000,
      ingest: raw.MERIDIAN_EMAIL_INGEST === 'true',
    },
    logLevel: raw.LOG_LEVEL,
  };
}

/** Settings with descriptions, for `meridian config` and the README. Secrets are flagged. */
export function describeSettings(): { name: string; description: string; secret: boolean }[] {
  return Object.entries(settings).map(([name, s]) => ({
    name,
    description: s.description,
    secret: 'secret' in s && s.secret === true,
  }));
}

import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../../../shared/errors.js';
import { DEFAULT_POLICY, type ProviderPolicy } from './provider.js';

export interface ProviderRequest {
  /** Names the provider in error messages. */
  label: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  policy?: Partial<ProviderPolicy>;
  signal?: AbortSignal | undefined;
  /** Scrubbed from every message that leaves this function. */
  secret?: string | null | undefined;
  /** A provider's own reading of an error status (DeepL's 456, OpenAI's insufficient_quota); undefined = the usual rules. */
  special?: (status: number, body: unknown, message: string) => AppError | undefined;
}

const RETRY_STATUSES = new Set([429, 503, 529]);
const FIRST_BACKOFF_MS = 250;

/**
 * POSTs JSON and returns the parsed JSON answer. 429/503 are retried with backoff, honouring
 * Retry-After up to the policy's cap; 401/403 mean the key was refused; anything else that is
 * not 2xx becomes an `unavailable` error carrying the provider's own message.
 */
export async function postJson(request: ProviderRequest): Promise<unknown> {
  const policy = { ...DEFAULT_POLICY, ...request.policy };
  const scrub = (message: string) => (request.secret ? message.replaceAll(request.secret, '***') : message);
  const fail = (code: 'unavailable' | 'unprocessable', message: string, details?: unknown) =>
    new AppError(code, scrub(`${request.label}: ${message}`), details);

  for (let attempt = 1; ; attempt++) {
    const signal = request.signal ? AbortSignal.any([request.signal, AbortSignal.timeout(policy.timeoutMs)]) : AbortSignal.timeout(policy.timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(request.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...request.headers },
        body: JSON.stringify(request.body),
        signal,
      });
      text = await response.text();
    } catch (error) {
      throw networkError(error as Error, request, policy, fail);
    }

    if (response.ok) {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw fail('unavailable', `the answer is not JSON (${text.slice(0, 80)}).`);
      }
    }

    const body = parseLoose(text);
    const message = providerMessage(body, text);
    const status = response.status;
    const special = request.special?.(status, body, message);
    if (special) throw new AppError(special.code, scrub(special.message), special.details);
    if (status === 401 || status === 403) {
      throw fail('unprocessable', `the translation provider rejected the API key (HTTP ${status}${message ? `: ${message}` : ''}).`);
    }
    if (RETRY_STATUSES.has(status)) {
      if (attempt < policy.maxAttempts) {
        const waitMs = Math.min(retryAfterMs(response.headers.get('retry-after')) ?? FIRST_BACKOFF_MS * 2 ** (attempt - 1), policy.maxRetryWaitMs);
        try {
          await sleep(waitMs, undefined, request.signal ? { signal: request.signal } : undefined);
        } catch {
          throw fail('unavailable', 'the request was cancelled.');
        }
        continue;
      }
      const reason = status === 503 ? 'the service is unavailable' : 'too many requests (rate limited)';
      throw fail('unavailable', `${reason} — HTTP ${status} ${attempt} times${message ? ` (${message})` : ''}; try again later.`);
    }
    if (status === 404) throw fail('unprocessable', `nothing answers at ${request.url} (HTTP 404); check the URL in the translation settings.`);
    if (status === 400 || status === 413 || status === 422) {
      throw fail('unprocessable', `the request was refused (HTTP ${status}${message ? `: ${message}` : ''}).`);
    }
    throw fail('unavailable', `HTTP ${status}${message ? `: ${message}` : ''}.`);
  }
}

function networkError(
  error: Error,
  request: ProviderRequest,
  policy: ProviderPolicy,
  fail: (code: 'unavailable', message: string) => AppError,
): AppError {
  if (request.signal?.aborted) return fail('unavailable', 'the request was cancelled.');
  if (error.name === 'TimeoutError' || error.name === 'AbortError') {
    return fail('unavailable', `no answer within ${policy.timeoutMs / 1000} s.`);
  }
  const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
  const why = cause?.code ?? cause?.message ?? error.message;
  return fail('unavailable', `could not be reached at ${new URL(request.url).host} (${why}).`);
}

/** Retry-After as seconds ("2", also "0.5") or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function parseLoose(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The human part of an error body: OpenAI `{error:{message}}`, LibreTranslate `{error}`, DeepL `{message}`. */
export function providerMessage(body: unknown, text: string): string {
  if (body && typeof body === 'object') {
    const b = body as { error?: unknown; message?: unknown; detail?: unknown };
    if (b.error && typeof b.error === 'object' && typeof (b.error as { message?: unknown }).message === 'string') {
      return (b.error as { message: string }).message.slice(0, 300);
    }
    for (const value of [b.error, b.message, b.detail]) if (typeof value === 'string' && value) return value.slice(0, 300);
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, 120);
}

/** `base` + `path` without a doubled slash. */
export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

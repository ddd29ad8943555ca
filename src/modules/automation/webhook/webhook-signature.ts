import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature a webhook carries in `X-Meridian-Signature`: `sha256=` and the hex HMAC-SHA256,
 * keyed with the rule's secret, of `<X-Meridian-Timestamp>.<raw body>`. Signing the timestamp
 * with the body lets a receiver refuse replays of an old delivery.
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does (see README.md): recompute the signature over the raw body, compare in
 * constant time, and refuse a timestamp more than `toleranceSeconds` away from its own clock.
 */
export function verifyWebhookSignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  options: { now?: Date; toleranceSeconds?: number } = {},
): boolean {
  const { timestamp, signature } = headers;
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - Number(timestamp)) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

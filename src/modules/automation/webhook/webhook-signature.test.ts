import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from './webhook-signature.js';

describe('webhook signatures', () => {
  it('is sha256= and the hex HMAC of "timestamp.body", as the README tells receivers', () => {
    const body = '{"event":"ticket.created"}';
    expect(signWebhook('s3cret-key', '1700000000', body)).toBe(`sha256=${createHmac('sha256', 's3cret-key').update(`1700000000.${body}`).digest('hex')}`);
  });

  it('verifies what it signed, and nothing changed in body, timestamp or secret', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 8 }), fc.string(), fc.integer({ min: 1_600_000_000, max: 2_000_000_000 }), (secret, body, seconds) => {
        const now = new Date(seconds * 1000);
        const timestamp = String(seconds);
        const headers = { timestamp, signature: signWebhook(secret, timestamp, body) };
        return (
          verifyWebhookSignature(secret, headers, body, { now }) &&
          !verifyWebhookSignature(secret, headers, `${body} `, { now }) &&
          !verifyWebhookSignature(`${secret}x`, headers, body, { now }) &&
          !verifyWebhookSignature(secret, { ...headers, timestamp: String(seconds + 1) }, body, { now }) &&
          !verifyWebhookSignature(secret, headers, body, { now: new Date((seconds + 301) * 1000) })
        );
      }),
    );
  });

  it('refuses missing or malformed headers', () => {
    expect(verifyWebhookSignature('secret-key', { timestamp: undefined, signature: 'sha256=00' }, '')).toBe(false);
    expect(verifyWebhookSignature('secret-key', { timestamp: 'soon', signature: 'sha256=00' }, '')).toBe(false);
    expect(verifyWebhookSignature('secret-key', { timestamp: String(Math.floor(Date.now() / 1000)), signature: 'sha256=00' }, '')).toBe(false);
  });
});

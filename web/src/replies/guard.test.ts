import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { complete, detailMessages, holesNow, sendState, sortFindings, toggleOption, verdictFromError } from './guard';
import type { CheckResult, Finding } from './types';

const finding = (severity: 'block' | 'warn', index = 0, rule = 'forbidden_phrase'): Finding => ({ rule, severity, message: 'm', excerpt: 'e', index, language: 'en' });
const verdict = (v: Partial<CheckResult>): CheckResult => ({ holes: [], findings: [], blocking: false, ...v });

describe('the send button', () => {
  it('is disabled for an empty reply', () => {
    expect(sendState({ text: '  ', verdict: null, role: 'admin' })).toMatchObject({ canSend: false, blockedBy: 'empty' });
  });

  it('is disabled while a variable is open, even before the guard has answered, for every role', () => {
    for (const role of ['agent', 'admin']) {
      expect(sendState({ text: 'Your order {{order.number}}', verdict: null, role })).toEqual({ canSend: false, blockedBy: 'holes', canOverride: false });
    }
  });

  it('is disabled for a placeholder the guard found, and enabled again once it is gone from the text', () => {
    const v = verdict({ holes: [{ kind: 'placeholder', text: '[Order Number]', index: 5 }] });
    expect(sendState({ text: 'Your [Order Number]', verdict: v, role: 'agent' }).blockedBy).toBe('holes');
    expect(sendState({ text: 'Your #1045', verdict: v, role: 'agent' })).toMatchObject({ canSend: true, blockedBy: null });
  });

  it('lets leads and above override blocking findings, not agents', () => {
    const v = verdict({ findings: [finding('block')], blocking: true });
    expect(sendState({ text: 'We refund you unconditionally', verdict: v, role: 'agent' })).toEqual({ canSend: false, blockedBy: 'blocking', canOverride: false });
    for (const role of ['lead', 'supervisor', 'admin']) {
      expect(sendState({ text: 'We refund you unconditionally', verdict: v, role })).toEqual({ canSend: false, blockedBy: 'blocking', canOverride: true });
    }
  });

  it('no longer counts a blocking finding whose excerpt the agent removed (the check lags behind typing)', () => {
    const v = verdict({ findings: [{ ...finding('block'), excerpt: 'unconditionally' }], blocking: true });
    expect(sendState({ text: 'We refund you', verdict: v, role: 'agent' }).canSend).toBe(true);
    expect(sendState({ text: 'Wir erstatten', original: 'We refund you unconditionally', verdict: v, role: 'agent' }).blockedBy).toBe('blocking');
  });

  it('counts every finding of a verdict for the text as it is, even a masked card number', () => {
    const v = verdict({ findings: [{ ...finding('block', 0, 'card_number'), excerpt: '•••• •••• •••• 1111' }], blocking: true });
    expect(sendState({ text: 'Karte 4111 1111 1111 1111', verdict: v, fresh: true, role: 'agent' }).blockedBy).toBe('blocking');
    expect(sendState({ text: 'Karte 4111 1111 1111 1111', verdict: v, fresh: false, role: 'agent' }).canSend).toBe(true);
  });

  it('is enabled with warnings only', () => {
    expect(sendState({ text: 'Hello', verdict: verdict({ findings: [finding('warn')] }), role: 'agent' }).canSend).toBe(true);
  });

  it('waits for a new translation when the agent changed their own text', () => {
    expect(sendState({ text: 'Hallo', verdict: null, role: 'agent', translationStale: true }).blockedBy).toBe('untranslated');
  });
});

describe('holes now', () => {
  it('adds variables typed since the last check and drops holes no longer in the text', () => {
    const holes = holesNow('Hi {{ customer.first_name }}', verdict({ holes: [{ kind: 'placeholder', text: 'XXX', index: 0 }] }));
    expect(holes).toEqual([{ kind: 'variable', text: '{{ customer.first_name }}', index: 3 }]);
  });

  it('does not count a variable twice', () => {
    const holes = holesNow('Hi {{order.number}}', verdict({ holes: [{ kind: 'variable', text: '{{order.number}}', index: 3 }] }));
    expect(holes).toHaveLength(1);
  });
});

describe('a refused send', () => {
  it('reads the holes and findings of a 422', () => {
    const error = new ApiError(422, 'unprocessable', 'no', { holes: [{ kind: 'placeholder', text: 'XXX', index: 1 }], findings: [finding('block')] });
    expect(verdictFromError(error)).toEqual({ holes: [{ kind: 'placeholder', text: 'XXX', index: 1 }], findings: [finding('block')], blocking: true });
  });

  it('ignores other errors', () => {
    expect(verdictFromError(new ApiError(403, 'forbidden', 'no'))).toBeNull();
    expect(verdictFromError(new ApiError(422, 'unprocessable', 'no', { errors: [] }))).toBeNull();
    expect(verdictFromError(new Error('x'))).toBeNull();
  });
});

describe('findings and messages', () => {
  it('lists blocking findings first, each group in text order', () => {
    const sorted = sortFindings([finding('warn', 1, 'a'), finding('block', 9, 'b'), finding('block', 2, 'c'), finding('warn', 0, 'd')]);
    expect(sorted.map((f) => f.rule)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('uses a translation only when every placeholder was filled', () => {
    expect(complete('Offers €50, above your authority of €20')).toBe(true);
    expect(complete('Offers {{amount}}, above your authority')).toBe(false);
  });

  it('reads error details in every shape the API uses', () => {
    expect(detailMessages([{ path: 'body.rules', message: 'bad' }])).toEqual([{ message: 'bad', where: 'body.rules' }]);
    expect(detailMessages({ errors: [{ message: 'unexpected tag', line: 3 }] })).toEqual([{ message: 'unexpected tag', where: '3' }]);
    expect(detailMessages({ errors: [{ part: 'body', message: 'tag if not closed', line: null }] })).toEqual([{ message: 'tag if not closed', where: null, part: 'body' }]);
    expect(detailMessages({ issues: [{ path: ['forbidden', 0], message: 'too short' }, 'plain'] })).toEqual([
      { message: 'too short', where: 'forbidden.0' },
      { message: 'plain', where: null },
    ]);
    expect(detailMessages(null)).toEqual([]);
    expect(detailMessages({ holes: [] })).toEqual([]);
  });

  it('toggles an option in the kept list', () => {
    expect(toggleOption(['resend', 'coupon'], 'coupon', false)).toEqual(['resend']);
    expect(toggleOption(['resend'], 'partial_refund', true)).toEqual(['resend', 'partial_refund']);
    expect(toggleOption(['resend'], 'resend', true)).toEqual(['resend']);
  });
});

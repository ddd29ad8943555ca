import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moved, parseTags, policyBody, policyForm, targetBody, targetForm, targetParts } from './policy-form';

describe('SLA policy form', () => {
  it('shows targets in the unit sellers use: 30 s, 30 min, 2 h, 24 h, 14 days', () => {
    expect(targetParts(30)).toEqual({ value: 30, unit: 'seconds' });
    expect(targetParts(1800)).toEqual({ value: 30, unit: 'minutes' });
    expect(targetParts(7200)).toEqual({ value: 2, unit: 'hours' });
    expect(targetParts(86_400)).toEqual({ value: 24, unit: 'hours' });
    expect(targetParts(14 * 86_400)).toEqual({ value: 14, unit: 'days' });
    expect(targetParts(90)).toEqual({ value: 90, unit: 'seconds' });
  });

  it('round-trips any target through the form unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 * 86_400 }), fc.boolean(), (seconds, businessTime) => {
        expect(targetBody(targetForm({ seconds, businessTime }))).toEqual({ seconds, businessTime });
      }),
    );
  });

  it('refuses an empty name, a target that is not a whole positive amount, no target at all, and a warning outside 1–99 %', () => {
    const form = { ...policyForm(null), name: 'P2 order status' };
    expect(policyBody({ ...form, name: ' ' })).toEqual({ ok: false, error: { field: 'name' } });
    expect(policyBody({ ...form, targets: { ...form.targets, firstResponse: { ...form.targets.firstResponse, amount: '1.5' } } })).toEqual({
      ok: false,
      error: { field: 'target', key: 'firstResponse' },
    });
    expect(policyBody({ ...form, targets: { ...form.targets, firstResponse: { ...form.targets.firstResponse, enabled: false } } })).toEqual({ ok: false, error: { field: 'noTarget' } });
    expect(policyBody({ ...form, warnPercent: '100' })).toEqual({ ok: false, error: { field: 'warnPercent' } });
  });

  it('sends only the conditions that were set, and "the team’s calendar" as null', () => {
    const form = policyForm(null);
    const result = policyBody({ ...form, name: 'Amazon', kind: 'contract', tags: 'vip, vip chargeback', conditions: { ...form.conditions, marketplaces: ['amazon'] } });
    expect(result.ok && result.body.conditions).toEqual({ marketplaces: ['amazon'], tags: ['vip', 'chargeback'] });
    expect(result.ok && result.body).toMatchObject({ kind: 'contract', warnFraction: 0.75, calendarId: null, targets: { firstResponse: { seconds: 7200, businessTime: true }, nextResponse: null } });
    expect(parseTags(' a,,b  a ')).toEqual(['a', 'b']);
  });

  it('moves a policy up or down one place and leaves the ends alone', () => {
    expect(moved(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });
});

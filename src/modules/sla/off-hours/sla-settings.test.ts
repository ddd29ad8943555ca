import { describe, expect, it } from 'vitest';
import { acknowledgesOffHours, applySlaSettingsPatch, DEFAULT_SLA_SETTINGS, resolveSlaSettings, ticketMarketplace } from './sla-settings.js';
import { promisedReply } from './acknowledge.js';

describe('SLA service-message settings', () => {
  it('are the defaults when nothing is stored: on for e-mail, chat, forms and social; off for API, phone and marketplaces', () => {
    const s = resolveSlaSettings(null);
    expect(s).toEqual(DEFAULT_SLA_SETTINGS);
    expect(acknowledgesOffHours(s.offHours, { channel: 'email', marketplace: null })).toBe(true);
    expect(acknowledgesOffHours(s.offHours, { channel: 'phone', marketplace: null })).toBe(false);
    expect(acknowledgesOffHours(s.offHours, { channel: 'marketplace', marketplace: 'amazon' })).toBe(false);
    expect(acknowledgesOffHours(s.offHours, { channel: 'email', marketplace: null, brandKind: 'amazon' })).toBe(false);
  });

  it('keeps only what an admin changed, so a later default still reaches the rest', () => {
    const stored = applySlaSettingsPatch(null, { offHours: { marketplaces: { Amazon: true } }, remediation: { couponPercent: 15 } });
    expect(stored).toEqual({ offHours: { marketplaces: { amazon: true } }, remediation: { couponPercent: 15 } });
    const s = resolveSlaSettings(stored);
    expect(s.offHours.channels.email).toBe(true);
    expect(s.remediation).toEqual({ interimPromiseMinutes: 120, couponPercent: 15 });
    expect(acknowledgesOffHours(s.offHours, { channel: 'marketplace', marketplace: 'amazon' })).toBe(true);
    expect(acknowledgesOffHours(s.offHours, { channel: 'marketplace', marketplace: 'ebay' })).toBe(false);

    const again = applySlaSettingsPatch(stored, { offHours: { enabled: false, channels: { chat: false } } });
    expect(again.offHours).toEqual({ marketplaces: { amazon: true }, enabled: false, channels: { chat: false } });
    expect(acknowledgesOffHours(resolveSlaSettings(again).offHours, { channel: 'email', marketplace: null })).toBe(false);
  });

  it('ignores stored values of the wrong type instead of trusting them', () => {
    const s = resolveSlaSettings({ offHours: { enabled: 'yes', channels: { email: 0 }, marketplaces: { amazon: 'on' } }, remediation: { interimPromiseMinutes: -5, couponPercent: 400 } });
    expect(s).toEqual(DEFAULT_SLA_SETTINGS);
  });

  it('reads a ticket as a marketplace ticket by its marketplace, its brand kind or its channel', () => {
    expect(ticketMarketplace({ channel: 'email', marketplace: 'Amazon' })).toBe('amazon');
    expect(ticketMarketplace({ channel: 'email', marketplace: null, brandKind: 'ebay' })).toBe('ebay');
    expect(ticketMarketplace({ channel: 'marketplace', marketplace: null })).toBe('default');
    expect(ticketMarketplace({ channel: 'email', marketplace: null, brandKind: 'shopify' })).toBeNull();
  });
});

describe('the off-hours promise', () => {
  const opening = new Date('2024-12-09T08:00:00Z');
  it('is the opening without an SLA clock, or when the clock falls due while nobody is there', () => {
    expect(promisedReply(opening, null)).toEqual(opening);
    expect(promisedReply(opening, new Date('2024-12-08T03:00:00Z'))).toEqual(opening);
  });
  it("is the team's reply target when it falls after the opening", () => {
    const due = new Date('2024-12-09T14:00:00Z');
    expect(promisedReply(opening, due)).toEqual(due);
  });
});

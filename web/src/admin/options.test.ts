import { describe, expect, it } from 'vitest';
import {
  changedFields,
  countryOptions,
  emptyToNull,
  languageOptions,
  parseLimit,
  replySettingsBody,
  replySettingsChanges,
  replySettingsErrors,
  replySettingsForm,
  timeZoneOptions,
} from './options';

describe('parseLimit', () => {
  it('reads empty text as "no limit"', () => {
    expect(parseLimit('')).toBeNull();
    expect(parseLimit('   ')).toBeNull();
  });
  it('reads amounts with up to two decimals, with a dot or a comma', () => {
    expect(parseLimit('50')).toBe(50);
    expect(parseLimit(' 49.9 ')).toBe(49.9);
    expect(parseLimit('49,90')).toBe(49.9);
    expect(parseLimit('0')).toBe(0);
  });
  it('refuses what is not such an amount', () => {
    for (const bad of ['-5', 'abc', '1.234', '1e3', '12.', '99999999999']) expect(parseLimit(bad)).toBeUndefined();
  });
});

describe('changedFields', () => {
  it('keeps only changed fields, including a change to null', () => {
    expect(changedFields({ a: 1, b: 'x', c: 'y' as string | null }, { a: 1, b: 'z', c: null })).toEqual({ b: 'z', c: null });
  });
  it('compares arrays as sets', () => {
    expect(changedFields({ ids: ['a', 'b'] }, { ids: ['b', 'a'] })).toEqual({});
    expect(changedFields({ ids: ['a', 'b'] }, { ids: ['a'] })).toEqual({ ids: ['a'] });
  });
});

describe('timeZoneOptions', () => {
  it('puts UTC first and keeps an unknown current zone', () => {
    const zones = timeZoneOptions('Mars/Olympus', ['Europe/Berlin', 'Asia/Shanghai']);
    expect(zones).toEqual(['UTC', 'Asia/Shanghai', 'Europe/Berlin', 'Mars/Olympus']);
  });
  it('does not repeat UTC or the current zone', () => {
    expect(timeZoneOptions('UTC', ['UTC', 'Asia/Tokyo'])).toEqual(['UTC', 'Asia/Tokyo']);
  });
  it('uses the zones the runtime knows by default', () => {
    expect(timeZoneOptions()).toContain('Asia/Shanghai');
  });
});

describe('countryOptions and languageOptions', () => {
  it('names countries in the agent language, sorted by that name', () => {
    const en = countryOptions('en');
    expect(en.find((o) => o.value === 'DE')?.label).toBe('Germany');
    expect(en.length).toBe(250);
    const labels = en.map((o) => o.label);
    expect([...labels].sort((a, b) => a.localeCompare(b, 'en'))).toEqual(labels);
    expect(countryOptions('zh-CN').find((o) => o.value === 'DE')?.label).toBe('德国');
  });
  it('keeps a current value that is not in the list', () => {
    expect(countryOptions('en', 'XX').some((o) => o.value === 'XX')).toBe(true);
    expect(languageOptions('en', 'gsw').some((o) => o.value === 'gsw')).toBe(true);
    expect(languageOptions('en').find((o) => o.value === 'de')?.label).toBe('German (de)');
  });
});

describe('emptyToNull', () => {
  it('turns blank text into null and trims the rest', () => {
    expect(emptyToNull('  ')).toBeNull();
    expect(emptyToNull(' DE ')).toBe('DE');
  });
});

describe('brand reply settings', () => {
  const stored = { surveyUrl: 'https://shop.test/survey', returnUrl: null, emergencyContact: '+49 30 1234', couponPercent: 15, religiousGreeting: true };

  it('starts a new brand with the defaults and an existing one with its settings', () => {
    expect(replySettingsForm()).toEqual({ surveyUrl: '', returnUrl: '', emergencyContact: '', couponPercent: '10', religiousGreeting: false });
    expect(replySettingsForm(stored)).toEqual({ surveyUrl: 'https://shop.test/survey', returnUrl: '', emergencyContact: '+49 30 1234', couponPercent: '15', religiousGreeting: true });
  });

  it('sends blank text as null, trims the rest and the percentage as a number', () => {
    const form = { ...replySettingsForm(stored), surveyUrl: '  ', returnUrl: ' https://shop.test/returns ', couponPercent: ' 20 ' };
    expect(replySettingsBody(form)).toEqual({ surveyUrl: null, returnUrl: 'https://shop.test/returns', emergencyContact: '+49 30 1234', couponPercent: 20, religiousGreeting: true });
    expect(replySettingsBody({ ...form, couponPercent: '' }).couponPercent).toBeNull();
  });

  it('patches only the settings that changed, clearing with null', () => {
    const before = replySettingsForm(stored);
    expect(replySettingsChanges(before, { ...before })).toBeUndefined();
    expect(replySettingsChanges(before, { ...before, emergencyContact: ' +49 30 1234 ' })).toBeUndefined();
    expect(replySettingsChanges(before, { ...before, surveyUrl: '', couponPercent: '5', religiousGreeting: false })).toEqual({
      surveyUrl: null,
      couponPercent: 5,
      religiousGreeting: false,
    });
  });

  it('places the server\'s validation errors on their fields', () => {
    const details = [
      { path: 'body.replySettings.surveyUrl', message: 'Invalid URL' },
      { path: ['replySettings', 'couponPercent'], message: 'Too big' },
    ];
    expect(replySettingsErrors(details)).toEqual({ fields: { surveyUrl: 'Invalid URL', couponPercent: 'Too big' }, complete: true });
    expect(replySettingsErrors({ issues: [...details, { path: 'body.name', message: 'Required' }] }).complete).toBe(false);
    // A message without details that names one setting.
    expect(replySettingsErrors(undefined, 'returnUrl must be an http(s) link.')).toEqual({ fields: { returnUrl: 'returnUrl must be an http(s) link.' }, complete: false });
    expect(replySettingsErrors(undefined, 'A brand named "X" already exists.')).toEqual({ fields: {}, complete: false });
  });
});

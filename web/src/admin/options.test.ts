import { describe, expect, it } from 'vitest';
import { changedFields, countryOptions, emptyToNull, languageOptions, parseLimit, timeZoneOptions } from './options';

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

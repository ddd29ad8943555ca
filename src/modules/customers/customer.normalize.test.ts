import { describe, expect, it } from 'vitest';
import { containsPattern, escapeLikePattern, normalizeIdentities, normalizeIdentity } from './customer.normalize.js';

describe('escapeLikePattern', () => {
  it('escapes the LIKE wildcards and the escape character', () => {
    expect(escapeLikePattern('50%_off\\now')).toBe('50\\%\\_off\\\\now');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeLikePattern('Anna Müller <anna@example.com>')).toBe('Anna Müller <anna@example.com>');
  });

  it('wraps escaped text for a contains match', () => {
    expect(containsPattern('a_b')).toBe('%a\\_b%');
  });
});

describe('normalizeIdentity', () => {
  it('trims and lower-cases e-mail addresses', () => {
    expect(normalizeIdentity({ kind: 'email', value: '  Anna@Example.COM ' })).toEqual({ kind: 'email', value: 'anna@example.com', marketplace: null });
  });

  it('only trims other kinds and keeps the marketplace', () => {
    expect(normalizeIdentity({ kind: 'marketplace_alias', value: ' BuyerXY ', marketplace: ' amazon ' })).toEqual({
      kind: 'marketplace_alias',
      value: 'BuyerXY',
      marketplace: 'amazon',
    });
  });

  it('drops repeats after normalizing', () => {
    const list = normalizeIdentities([
      { kind: 'email', value: 'a@example.com' },
      { kind: 'email', value: ' A@EXAMPLE.com' },
      { kind: 'phone', value: 'a@example.com' },
    ]);
    expect(list.map((i) => `${i.kind}:${i.value}`)).toEqual(['email:a@example.com', 'phone:a@example.com']);
  });
});

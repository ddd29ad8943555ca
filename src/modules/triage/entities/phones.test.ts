import { describe, expect, it } from 'vitest';

import { findPhones, mayHoldPhone } from './phones.js';

const phones = (text: string, defaultCountry: string | null = null) => findPhones(text, { defaultCountry }).map((f) => f.value);

describe('phones', () => {
  it.each([
    ['+1 415 555 2671', null, '+14155552671'],
    ['+1 (415) 555-2671', null, '+14155552671'],
    ['0044 20 7946 0958', null, '+442079460958'],
    ['(415) 555-2671', 'US', '+14155552671'],
    ['0151 23456789', 'DE', '+4915123456789'],
    ['030 1234567', 'DE', '+49301234567'],
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['13812345678', 'CN', '+8613812345678'],
    ['090-1234-5678', 'JP', '+819012345678'],
    ['010-1234-5678', 'KR', '+821012345678'],
    ['8 (912) 345-67-89', 'RU', '+79123456789'],
    ['052-345-6789', 'IL', '+972523456789'],
  ])('%s (%s) → %s', (written, country, e164) => {
    expect(phones(`Call me: ${written}, thanks`, country)).toEqual([e164]);
  });

  it('reads national numbers only with a default country, and ignores an unknown one', () => {
    expect(phones('0151 23456789')).toEqual([]);
    expect(phones('0151 23456789', 'XX')).toEqual([]);
    expect(phones('0151 23456789', 'de')).toEqual(['+4915123456789']);
  });

  it('rejects digit runs that are not real numbers of the region', () => {
    expect(phones('code 1234567 and 0000000000', 'US')).toEqual([]);
    expect(phones('+1 555 0000 000 000 000', null)).toEqual([]);
  });

  it('needs at least seven digits before it looks at all', () => {
    expect(mayHoldPhone('call 123 456')).toBe(false);
    expect(mayHoldPhone('call 123 4567')).toBe(true);
  });
});

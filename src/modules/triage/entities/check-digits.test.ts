import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  dhlExpressCheckDigit,
  fedexExpressCheckDigit,
  gs1Mod10CheckDigit,
  isValidDhlExpress,
  isValidFedexExpress,
  isValidGs1Mod10,
  isValidS10,
  isValidUps,
  s10CheckDigit,
  upsCheckDigit,
} from './check-digits.js';

describe('check digits: published examples', () => {
  it.each([
    ['S10 (UPU example 47312482 → 9)', () => s10CheckDigit('47312482'), 9],
    ['UPS 1Z5R89390357567127', () => upsCheckDigit('5R8939035756712'), 7],
    ['FedEx Express 986578788855', () => fedexExpressCheckDigit('98657878885'), 5],
    ['DHL Express 3318810025', () => dhlExpressCheckDigit('331881002'), 5],
    ['USPS 9400111201080805483016', () => gs1Mod10CheckDigit('940011120108080548301'), 6],
  ])('%s', (_name, compute, expected) => {
    expect(compute()).toBe(expected);
  });

  it.each([
    [isValidS10, 'RB123456785GB', true],
    [isValidS10, 'RB123456784GB', false],
    [isValidUps, '1Z879E930346834440', true],
    [isValidUps, '1Z879E930346834441', false],
    [isValidFedexExpress, '799531274483', true],
    [isValidFedexExpress, '996578788855', false],
    [isValidDhlExpress, '8487135506', true],
    [isValidDhlExpress, '3318810034', false],
    [isValidGs1Mod10, '568283610012734', true], // FedEx Ground 15
    [isValidGs1Mod10, '568283610012732', false],
    [isValidGs1Mod10, '9361289878700317633795', true], // USPS IMpb 22
    [isValidGs1Mod10, '71123456789123456787', true], // USPS 20
  ])('%o(%s) = %s', (check, code, expected) => {
    expect(check(code)).toBe(expected);
  });

  it('S10 maps 10 to 0 and 11 to 5', () => {
    expect(s10CheckDigit('00000000')).toBe(5); // sum 0 → 11 − 0 = 11 → 5
    expect(s10CheckDigit('00000008')).toBe(0); // sum 56 ≡ 1 → 11 − 1 = 10 → 0
  });
});

describe('check digits: every digit change is caught where the scheme guarantees it', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

  it('S10: a different check digit never validates', () => {
    fc.assert(
      fc.property(digits(8), fc.integer({ min: 1, max: 9 }), (serial, delta) => {
        const good = s10CheckDigit(serial);
        expect(isValidS10(`RR${serial}${good}CN`)).toBe(true);
        expect(isValidS10(`RR${serial}${(good + delta) % 10}CN`)).toBe(false);
      }),
    );
  });

  it('GS1 mod 10 catches any single changed digit', () => {
    fc.assert(
      fc.property(digits(21), fc.nat(20), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
        const code = body + gs1Mod10CheckDigit(body);
        expect(isValidGs1Mod10(code)).toBe(true);
        const changed = code.slice(0, at) + ((Number(code[at]) + delta) % 10) + code.slice(at + 1);
        expect(isValidGs1Mod10(changed)).toBe(false);
      }),
    );
  });
});

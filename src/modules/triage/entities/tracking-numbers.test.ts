import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  dhlExpressCheckDigit,
  fedexExpressCheckDigit,
  gs1Mod10CheckDigit,
  s10CheckDigit,
  upsCheckDigit,
} from './check-digits.js';
import { findDistinctiveTrackingNumbers, findNumericTrackingNumbers, trackingUrl } from './tracking-numbers.js';

const digitString = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const upper = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const otherDigit = (d: number, delta: number) => String((d + delta) % 10);

const s10 = fc
  .tuple(upper, upper, digitString(8), fc.constantFrom('CN', 'US', 'GB', 'DE', 'FR', 'JP', 'BR', 'HK'))
  .map(([a, b, serial, cc]) => ({ serial, prefix: a + b, cc, check: s10CheckDigit(serial) }));
const ups = fc
  .array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPRSTVWXYZ'), { minLength: 15, maxLength: 15 })
  .map((c) => c.join(''))
  .map((body) => ({ body, check: upsCheckDigit(body) }));
const dhl = fc.integer({ min: 100_000_000, max: 999_999_999 }).map((n) => {
  const body = String(n);
  return { body, check: dhlExpressCheckDigit(body) };
});
const fedex12 = digitString(11).map((body) => ({ body: `7${body.slice(1)}`, check: fedexExpressCheckDigit(`7${body.slice(1)}`) }));
const usps22 = fc
  .tuple(fc.constantFrom('92', '93', '94', '95'), digitString(19))
  .map(([head, rest]) => ({ body: head + rest, check: gs1Mod10CheckDigit(head + rest) }));

const COUNTRY_CARRIER: Record<string, string> = {
  CN: 'china-post', US: 'usps', GB: 'royal-mail', DE: 'deutsche-post', FR: 'la-poste', JP: 'japan-post',
  BR: 'upu-br', HK: 'upu-hk',
};

describe('distinctive formats', () => {
  it('finds generated S10 numbers with the operator of the suffix, and flags a changed check digit', () => {
    fc.assert(
      fc.property(s10, fc.integer({ min: 1, max: 9 }), ({ serial, prefix, cc, check }, delta) => {
        const good = `${prefix}${serial}${check}${cc}`;
        const [found] = findDistinctiveTrackingNumbers(`My parcel ${good} is stuck.`);
        expect(found?.value).toEqual({ number: good, carrier: COUNTRY_CARRIER[cc], valid: true, url: expect.any(String) });
        const bad = `${prefix}${serial}${otherDigit(check, delta)}${cc}`;
        expect(findDistinctiveTrackingNumbers(`number ${bad}`)[0]?.value).toMatchObject({ number: bad, valid: false });
      }),
    );
  });

  it('finds generated UPS 1Z numbers and flags a changed check digit', () => {
    fc.assert(
      fc.property(ups, fc.integer({ min: 1, max: 9 }), ({ body, check }, delta) => {
        const good = `1Z${body}${check}`;
        expect(findDistinctiveTrackingNumbers(`ups: ${good}.`)[0]?.value).toEqual({
          number: good,
          carrier: 'ups',
          valid: true,
          url: `https://www.ups.com/track?tracknum=${good}`,
        });
        const bad = `1Z${body}${otherDigit(check, delta)}`;
        expect(findDistinctiveTrackingNumbers(bad)[0]?.value).toMatchObject({ carrier: 'ups', valid: false });
      }),
    );
  });

  it('finds generated USPS IMpb 22 numbers (also in groups of four) and flags a changed check digit', () => {
    fc.assert(
      fc.property(usps22, fc.integer({ min: 1, max: 9 }), ({ body, check }, delta) => {
        const good = `${body}${check}`;
        expect(findDistinctiveTrackingNumbers(`label ${good}`)[0]?.value).toMatchObject({ number: good, carrier: 'usps', valid: true });
        const grouped = good.replace(/(\d{4})(?=\d)/g, '$1 ');
        expect(findDistinctiveTrackingNumbers(`label ${grouped} ok`)[0]?.value).toMatchObject({ number: good, valid: true });
        const bad = `${body}${otherDigit(check, delta)}`;
        expect(findDistinctiveTrackingNumbers(bad)[0]?.value).toMatchObject({ carrier: 'usps', valid: false });
      }),
    );
  });

  it.each([
    ['RR 473 124 829 GB', 'RR473124829GB', 'royal-mail'],
    ['rr473124829gb', 'RR473124829GB', 'royal-mail'],
    ['UG336196744YP', 'UG336196744YP', 'yanwen'],
    ['YT2229521272164446', 'YT2229521272164446', 'yunexpress'],
    ['4PX3001234567890CN', '4PX3001234567890CN', '4px'],
    ['LP00724622449605', 'LP00724622449605', 'cainiao'],
    ['lp00724622449605', 'LP00724622449605', 'cainiao'],
    ['CNUSUP00016597663', 'CNUSUP00016597663', 'cainiao'],
    ['GM2951173225174494', 'GM2951173225174494', 'dhl'],
    ['JJD000390007827685439', 'JJD000390007827685439', 'dhl'],
    ['JVGL0999999990', 'JVGL0999999990', 'dhl'],
    ['1Z 5R8 939 03 5756 7127', '1Z5R89390357567127', 'ups'],
    ['RR123456785UA', 'RR123456785UA', 'ukrposhta'],
    ['CP123456785SE', 'CP123456785SE', 'postnord'],
    ['RA123456785PT', 'RA123456785PT', 'ct-correios'],
  ])('%s → %s (%s)', (written, number, carrier) => {
    expect(findDistinctiveTrackingNumbers(`Track: ${written}, thanks`).map((f) => f.value)).toEqual([
      expect.objectContaining({ number, carrier }),
    ]);
  });

  it('ignores S10-shaped codes whose suffix is not a country, and words that merely look spaced out', () => {
    expect(findDistinctiveTrackingNumbers('code AB123456785QQ')).toEqual([]);
    expect(findDistinctiveTrackingNumbers('at 123 456 789 to')).toEqual([]);
    expect(findDistinctiveTrackingNumbers('XRR123456785CN1')).toEqual([]);
  });

  it('gives carrier pages, and the universal tracker for postal operators', () => {
    expect(trackingUrl('fedex', '986578788855')).toBe('https://www.fedex.com/fedextrack/?trknbr=986578788855');
    expect(trackingUrl('usps', 'EE123456785US')).toBe('https://tools.usps.com/go/TrackConfirmAction?tLabels=EE123456785US');
    expect(trackingUrl('china-post', 'RR123456785CN')).toBe('https://t.17track.net/en#nums=RR123456785CN');
    expect(trackingUrl('upu-br', 'RR123456785BR')).toBe('https://t.17track.net/en#nums=RR123456785BR');
    expect(trackingUrl('acme', 'X1')).toBeNull();
  });
});

describe('purely numeric formats need a valid check digit and a tracking word nearby', () => {
  it('finds generated DHL Express numbers next to a tracking word in any language, drops a bad check digit', () => {
    fc.assert(
      fc.property(
        dhl,
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('DHL', 'tracking number', 'Sendungsnummer', '运单号', '追跡番号', '송장번호', 'трек', 'رقم التتبع', 'suivi', 'seguimiento', 'rastreio'),
        ({ body, check }, delta, word) => {
          const good = `${body}${check}`;
          expect(findNumericTrackingNumbers(`${word}: ${good}`).map((f) => f.value)).toEqual([
            { number: good, carrier: 'dhl', valid: true, url: expect.stringContaining(good) },
          ]);
          expect(findNumericTrackingNumbers(`${word}: ${body}${(check + delta) % 7}`)).toEqual([]);
        },
      ),
    );
  });

  it('finds generated FedEx Express 12 numbers, drops a changed check digit', () => {
    fc.assert(
      fc.property(fedex12, fc.integer({ min: 1, max: 9 }), ({ body, check }, delta) => {
        const good = `${body}${check}`;
        expect(findNumericTrackingNumbers(`FedEx ${good}`).map((f) => f.value)).toEqual([
          expect.objectContaining({ number: good, carrier: 'fedex', valid: true }),
        ]);
        expect(findNumericTrackingNumbers(`FedEx ${body}${otherDigit(check, delta)}`)).toEqual([]);
      }),
    );
  });

  it('reports nothing without context, or when the span is already taken', () => {
    expect(findNumericTrackingNumbers('call me on 3318810025')).toEqual([]);
    expect(findNumericTrackingNumbers('tracking 3318810025', [[9, 19]])).toEqual([]);
  });

  it.each([
    ['tracking: 3318810025', 'dhl'],
    ['FedEx 986578788855', 'fedex'],
    ['FedEx Ground 568283610012734', 'fedex'],
    ['fedex 9611020987654312345672', 'fedex'],
    ['USPS 71123456789123456787', 'usps'],
  ])('%s → %s', (text, carrier) => {
    expect(findNumericTrackingNumbers(text)[0]?.value.carrier).toBe(carrier);
  });
});

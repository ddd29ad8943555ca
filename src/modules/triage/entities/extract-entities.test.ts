import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { s10CheckDigit, upsCheckDigit } from './check-digits.js';
import { emptyEntities, extractEntities } from './extract-entities.js';

const referenceDate = new Date(Date.UTC(2026, 10, 25));

describe('extractEntities', () => {
  it('reads a whole English message', () => {
    const text =
      'Hi, my order #1047 has not arrived. Tracking RR123456785CN has not moved since Nov 20. I paid $29.99 ' +
      '(SKU: AB-1234). Call me at +1 415 555 2671 or mail John.Doe@Example.com — or john.doe@example.com.';
    expect(extractEntities(text, { language: 'en', defaultCountry: 'US', referenceDate })).toEqual({
      orders: ['#1047'],
      tracking: [
        { number: 'RR123456785CN', carrier: 'china-post', valid: true, url: 'https://t.17track.net/en#nums=RR123456785CN' },
      ],
      emails: ['john.doe@example.com'],
      phones: ['+14155552671'],
      amounts: [{ value: 29.99, currency: 'USD' }],
      dates: ['2026-11-20'],
      skus: ['AB-1234'],
    });
  });

  it.each([
    [
      'de',
      'DE',
      'Bestellung 123-1234567-1234567 vom 20.11.2026, 1.299,00 € bezahlt. DHL Sendungsnummer 3318810025. Art.-Nr. 55-100. Tel. 030 1234567',
      {
        orders: ['123-1234567-1234567'],
        tracking: [expect.objectContaining({ number: '3318810025', carrier: 'dhl', valid: true })],
        phones: ['+49301234567'],
        amounts: [{ value: 1299, currency: 'EUR' }],
        dates: ['2026-11-20'],
        skus: ['55-100'],
      },
    ],
    [
      'zh',
      'CN',
      '您好，订单号 8123456789012345，运单号 LP00724622449605，2026年11月20日付了¥200，型号：XR-200，电话 13812345678',
      {
        orders: ['8123456789012345'],
        tracking: [expect.objectContaining({ number: 'LP00724622449605', carrier: 'cainiao' })],
        phones: ['+8613812345678'],
        amounts: [{ value: 200, currency: 'CNY' }],
        dates: ['2026-11-20'],
        skus: ['XR-200'],
      },
    ],
    [
      'ja',
      'JP',
      '注文番号は1047です。2000円と¥500を払いました。11月20日に届く予定。品番 ABC-99',
      { orders: ['#1047'], amounts: [{ value: 2000, currency: 'JPY' }, { value: 500, currency: 'JPY' }], dates: ['2026-11-20'], skus: ['ABC-99'] },
    ],
    [
      'ar',
      'SA',
      'رقم الطلب ١٠٤٧ المبلغ ١٠٠ ر.س بتاريخ ٢٠ نوفمبر',
      { orders: ['#1047'], amounts: [{ value: 100, currency: 'SAR' }], dates: ['2026-11-20'] },
    ],
    [
      'sv',
      'SE',
      'Order 1047: 1 299,00 kr, levererad 20 november. Spårning: UG336196744YP',
      {
        orders: ['#1047'],
        tracking: [expect.objectContaining({ number: 'UG336196744YP', carrier: 'yanwen' })],
        amounts: [{ value: 1299, currency: 'SEK' }],
        dates: ['2026-11-20'],
      },
    ],
  ])('reads a message in %s', (language, defaultCountry, text, expected) => {
    expect(extractEntities(text, { language, defaultCountry, referenceDate })).toEqual({ ...emptyEntities(), ...expected });
  });

  it('never gives one string to two entity types', () => {
    // 2125550000 is both a valid DHL Express waybill and a valid US phone number: context decides.
    expect(extractEntities('DHL tracking 2125550000', { defaultCountry: 'US' })).toMatchObject({
      tracking: [expect.objectContaining({ number: '2125550000', carrier: 'dhl' })],
      phones: [],
    });
    expect(extractEntities('call me at 2125550000', { defaultCountry: 'US' })).toMatchObject({
      tracking: [],
      phones: ['+12125550000'],
    });
    // libphonenumber alone would read "20.11.2026" as a German number
    expect(extractEntities('am 20.11.2026', { defaultCountry: 'DE', referenceDate })).toMatchObject({
      dates: ['2026-11-20'],
      phones: [],
    });
    expect(extractEntities('order 123-1234567-1234567 / mail anna.015123456789@example.com', { defaultCountry: 'DE' })).toMatchObject({
      orders: ['123-1234567-1234567'],
      emails: ['anna.015123456789@example.com'],
      phones: [],
    });
    expect(extractEntities('Sendung 00340434161094042557, EE123456785US +1 415 555 2671', { defaultCountry: 'US' }).phones).toEqual(['+14155552671']);
  });

  it('deduplicates each list in first-seen order', () => {
    const e = extractEntities('#1002 #1001 #1002, order 1001; $5 and $5.00 and €5; rr123456785cn RR123456785CN', { referenceDate });
    expect(e.orders).toEqual(['#1002', '#1001']);
    expect(e.amounts).toEqual([
      { value: 5, currency: 'USD' },
      { value: 5, currency: 'EUR' },
    ]);
    expect(e.tracking.map((t) => t.number)).toEqual(['RR123456785CN']);
  });

  it('returns empty lists for empty or non-string input', () => {
    expect(extractEntities('')).toEqual(emptyEntities());
    expect(extractEntities(undefined as unknown as string)).toEqual(emptyEntities());
    expect(extractEntities('Just saying thanks, great service!')).toEqual(emptyEntities());
  });

  it('never throws, and always returns the full shape (arbitrary unicode)', () => {
    const options = fc.record({
      defaultCountry: fc.option(fc.constantFrom('US', 'DE', 'CN', 'ZZ', 'de', ''), { nil: undefined }),
      language: fc.option(fc.constantFrom('en', 'ja', 'sv', 'xx'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), options, (text, opts) => {
        const e = extractEntities(text, { ...opts, referenceDate });
        for (const key of Object.keys(emptyEntities()) as (keyof ReturnType<typeof emptyEntities>)[]) {
          expect(Array.isArray(e[key])).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on text made of entity-like fragments, and keeps lists unique', () => {
    const fragment = fc.constantFrom(
      '#1047', 'order ', '123-1234567-1234567', 'RR123456785CN', '1Z', '9400111201080805483016', '3318810025', '€', '$',
      '29,99', '1.299,00', ' kr', '元', '20.11.2026', 'Nov ', '20', '年', '月', '日', '@', 'a@b.cc', '+1 415 555 2671', 'SKU: ',
      'AB-12', ' ', '\n', '٢', '０', 'tracking ', 'PO-211-', '240915ABCDE12F', '\u0000', '\uD800', 'ß', 'İ',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        const e = extractEntities(parts.join(''), { defaultCountry: 'US', language: 'en', referenceDate });
        expect(new Set(e.orders).size).toBe(e.orders.length);
        expect(new Set(e.tracking.map((t) => t.number)).size).toBe(e.tracking.length);
        expect(new Set(e.phones).size).toBe(e.phones.length);
        // no phone is also a tracking or order number
        const digits = (s: string) => s.replace(/\D/g, '');
        const claimed = new Set([...e.orders, ...e.tracking.map((t) => t.number)].map(digits));
        for (const p of e.phones) expect(claimed.has(digits(p))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('finds generated S10 and UPS numbers inside arbitrary surrounding text', () => {
    const digits8 = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((d) => d.join(''));
    const body15 = fc.array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPRSTVWXYZ'), { minLength: 15, maxLength: 15 }).map((c) => c.join(''));
    const around = fc.string({ maxLength: 30 }).map((s) => ` ${s} `);
    fc.assert(
      fc.property(digits8, body15, around, around, (serial, body, before, after) => {
        const s10 = `LX${serial}${s10CheckDigit(serial)}CN`;
        const ups = `1Z${body}${upsCheckDigit(body)}`;
        const found = extractEntities(`${before}${s10}${after}${ups}${after}`).tracking;
        expect(found).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ number: s10, carrier: 'china-post', valid: true }),
            expect.objectContaining({ number: ups, carrier: 'ups', valid: true }),
          ]),
        );
      }),
      { numRuns: 200 },
    );
  });
});

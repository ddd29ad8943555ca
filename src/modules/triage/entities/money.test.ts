import { describe, expect, it } from 'vitest';

import { findAmounts, parseAmount } from './money.js';

const amounts = (text: string, language: string | null = null) =>
  findAmounts(text, [], { language }).map((f) => f.value);

describe('amounts', () => {
  it.each([
    ['$29.99', 29.99, 'USD'],
    ['US$ 10', 10, 'USD'],
    ['29,99 €', 29.99, 'EUR'],
    ['€29.99', 29.99, 'EUR'],
    ['EUR 20', 20, 'EUR'],
    ['20 euros', 20, 'EUR'],
    ['£12', 12, 'GBP'],
    ['200元', 200, 'CNY'],
    ['人民币200', 200, 'CNY'],
    ['2000円', 2000, 'JPY'],
    ['₩30000', 30000, 'KRW'],
    ['30,000원', 30000, 'KRW'],
    ['R$ 50', 50, 'BRL'],
    ['MX$ 350', 350, 'MXN'],
    ['A$ 15', 15, 'AUD'],
    ['C$ 15', 15, 'CAD'],
    ['CHF 12', 12, 'CHF'],
    ["CHF 1'299.50", 1299.5, 'CHF'],
    ['12 zł', 12, 'PLN'],
    ['12 złotych', 12, 'PLN'],
    ['₺250', 250, 'TRY'],
    ['250 TL', 250, 'TRY'],
    ['500 ₽', 500, 'RUB'],
    ['500 руб.', 500, 'RUB'],
    ['500 рублей', 500, 'RUB'],
    ['300 грн', 300, 'UAH'],
    ['₴300', 300, 'UAH'],
    ['₪ 120', 120, 'ILS'],
    ['120 ש"ח', 120, 'ILS'],
    ['฿1,500', 1500, 'THB'],
    ['1,500 บาท', 1500, 'THB'],
    ['500.000₫', 500000, 'VND'],
    ['500.000đ', 500000, 'VND'],
    ['500,000 VND', 500000, 'VND'],
    ['Rp 150.000', 150000, 'IDR'],
    ['RM 50.90', 50.9, 'MYR'],
    ['1 299 Kč', 1299, 'CZK'],
    ['100 ر.س', 100, 'SAR'],
    ['SAR 100', 100, 'SAR'],
    ['100 د.إ', 100, 'AED'],
    ['AED 100', 100, 'AED'],
    ['100 ج.م', 100, 'EGP'],
    ['EGP 100', 100, 'EGP'],
    // separators, both styles
    ['1.299,00 €', 1299, 'EUR'],
    ['$1,299.00', 1299, 'USD'],
    ['1 299,00 kr', 1299, 'SEK'],
    ['1\u00A0299,00\u00A0€', 1299, 'EUR'],
    ['€ 1.299', 1299, 'EUR'],
    ['$10.5', 10.5, 'USD'],
  ])('%s → %d %s', (text, value, currency) => {
    expect(amounts(`paid ${text} yesterday`)).toEqual([{ value, currency }]);
  });

  it.each([
    ['¥200', 'zh', 'CNY'],
    ['¥200', 'ja', 'JPY'],
    ['¥200', 'en', 'CNY'],
    ['200 kr', 'sv', 'SEK'],
    ['200 kr', 'da', 'DKK'],
    ['200 kr', 'no', 'NOK'],
    ['kr. 200', 'da', 'DKK'],
  ])('%s in %s → %s', (text, language, currency) => {
    expect(amounts(text, language)).toEqual([{ value: 200, currency }]);
  });

  it('needs a currency marker, and a real one', () => {
    expect(amounts('I bought 3 items for 20 and waited 10 days')).toEqual([]);
    expect(amounts('I will try 20 times, DHL 1234')).toEqual([]);
    expect(amounts('abc$10')).toEqual([]);
  });

  it('keeps every amount in order, and skips taken spans', () => {
    expect(amounts('€10 and then $20.50, and 30 EUR')).toEqual([
      { value: 10, currency: 'EUR' },
      { value: 20.5, currency: 'USD' },
      { value: 30, currency: 'EUR' },
    ]);
    expect(findAmounts('€10', [[1, 3]])).toEqual([]);
  });

  it.each([
    ['1.299,00', 1299],
    ['1,299.00', 1299],
    ['29,99', 29.99],
    ['1 299', 1299],
    ['1.299', 1299],
    ['10', 10],
    ['0,5', 0.5],
    ['1.000.000', 1000000],
  ])('parseAmount(%s) = %d', (raw, value) => {
    expect(parseAmount(raw)).toBe(value);
  });
});

import { describe, expect, it } from 'vitest';

import { findDates, yearFor } from './dates.js';

const referenceDate = new Date(Date.UTC(2026, 10, 25)); // 2026-11-25
const dates = (text: string, options: { language?: string; defaultCountry?: string } = {}) =>
  findDates(text, [], { referenceDate, ...options }).map((f) => f.value);

describe('dates', () => {
  it.each([
    ['2026-11-20', '2026-11-20'],
    ['2026/11/20', '2026-11-20'],
    ['20/11/2026', '2026-11-20'],
    ['20.11.2026', '2026-11-20'],
    ['20-11-2026', '2026-11-20'],
    ['20.11.26', '2026-11-20'],
    ['Nov 20', '2026-11-20'],
    ['Nov. 20, 2026', '2026-11-20'],
    ['November 20th, 2026', '2026-11-20'],
    ['20 November', '2026-11-20'],
    ['the 20th of November 2026', '2026-11-20'],
    ['20. November 2026', '2026-11-20'],
    ['am 20. Nov.', '2026-11-20'],
    ['le 1er décembre 2025', '2025-12-01'],
    ['20 novembre', '2026-11-20'],
    ['20 de noviembre de 2026', '2026-11-20'],
    ['20 de novembro', '2026-11-20'],
    ['20 novembre 2026', '2026-11-20'],
    ['20 november', '2026-11-20'],
    ['20 listopada 2026', '2026-11-20'],
    ['20. marraskuuta', '2026-11-20'],
    ['20 ноября 2026 г.', '2026-11-20'],
    ['20 листопада', '2026-11-20'],
    ['20 Kasım 2026', '2026-11-20'],
    ['20 نوفمبر', '2026-11-20'],
    ['20 تشرين الثاني', '2026-11-20'],
    ['20 בנובמבר', '2026-11-20'],
    ['20 พฤศจิกายน 2569', '2026-11-20'],
    ['20 พ.ย.', '2026-11-20'],
    ['ngày 20 tháng 11 năm 2026', '2026-11-20'],
    ['20 November 2026', '2026-11-20'],
    ['20 Mac', '2026-03-20'],
    ['20. listopadu 2026', '2026-11-20'],
    ['2026年11月20日', '2026-11-20'],
    ['11月20日', '2026-11-20'],
    ['11月20号', '2026-11-20'],
    ['2026년 11월 20일', '2026-11-20'],
    ['11월 20일', '2026-11-20'],
  ])('%s → %s', (text, iso) => {
    expect(dates(`delivered ${text} maybe`)).toEqual([iso]);
  });

  it.each([
    ['31/04/2026'],
    ['29.02.2027'],
    ['2026-02-30'],
    ['2026-13-01'],
    ['32 November'],
    ['31 de abril de 2026'],
    ['2026年2月30日'],
    ['Feb 29 2027'],
  ])('rejects the impossible %s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('accepts 29 February in a leap year', () => {
    expect(dates('29.02.2028')).toEqual(['2028-02-29']);
  });

  it('reads numeric dates day first, month first only for American English', () => {
    expect(dates('11/12/2026')).toEqual(['2026-12-11']);
    expect(dates('11/12/2026', { language: 'de' })).toEqual(['2026-12-11']);
    expect(dates('11/12/2026', { language: 'en', defaultCountry: 'US' })).toEqual(['2026-11-12']);
    expect(dates('11/12/2026', { language: 'en', defaultCountry: 'GB' })).toEqual(['2026-12-11']);
    expect(dates('paid $20 on 11/12/2026', { language: 'en' })).toEqual(['2026-11-12']);
    // one unambiguous date decides the reading of the others
    expect(dates('11/12/2026 or 11/20/2026', { language: 'en' })).toEqual(['2026-11-12', '2026-11-20']);
    expect(dates('11/12/2026 or 20/11/2026', { language: 'en', defaultCountry: 'US' })).toEqual(['2026-12-11', '2026-11-20']);
    // unambiguous whatever the language
    expect(dates('11/20/2026', { language: 'fr' })).toEqual(['2026-11-20']);
  });

  it('gives a yearless date the reference year, or last year if that is more than 60 days ahead', () => {
    expect(yearFor(12, 20, referenceDate)).toBe(2026);
    expect(yearFor(1, 24, referenceDate)).toBe(2026);
    expect(yearFor(1, 25, new Date(Date.UTC(2026, 0, 10)))).toBe(2026);
    expect(yearFor(12, 20, new Date(Date.UTC(2026, 0, 10)))).toBe(2025);
    expect(dates('Dec 20', {})).toEqual(['2026-12-20']);
    expect(findDates('20 December', [], { referenceDate: new Date(Date.UTC(2027, 1, 1)) }).map((f) => f.value)).toEqual(['2026-12-20']);
  });

  it('leaves numbers that are not dates alone', () => {
    expect(dates('I bought 20 items and 3 boxes, version 1.2.3, call 06.12.34.56.78')).toEqual([]);
    expect(dates('order 2026 of 3000 pieces')).toEqual([]);
    expect(dates('I may 5 times')).toEqual([]);
  });

  it('keeps first-seen order and skips taken spans', () => {
    expect(dates('Nov 20 and 2026-01-05 and 3 März')).toEqual(['2026-11-20', '2026-01-05', '2026-03-03']);
    expect(findDates('on 2026-11-20', [[3, 13]])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatList, formatMoney, formatNumber, zoneForCountry } from './formatting.js';
import { LOCALES, localePack } from './locale-pack.js';
import { ZONE_COUNTRIES } from './zones.js';

/** Intl separates with no-break spaces (U+00A0, U+202F); the buyer sees a space. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const MONDAY_8_UTC = new Date('2024-12-02T08:00:00Z');

describe('formatDateTime', () => {
  it.each([
    ['de-DE', 'Europe/Berlin', 'Montag, 2. Dezember um 09:00'],
    ['en-US', 'America/New_York', 'Monday, December 2 at 3:00 AM'],
    ['en-GB', 'Europe/London', 'Monday 2 December at 08:00'],
    ['ja-JP', 'Asia/Tokyo', '12月2日月曜日 17:00'],
    ['ko-KR', 'Asia/Seoul', '12월 2일 월요일 오후 5:00'],
    ['zh-CN', 'Asia/Shanghai', '12月2日星期一 16:00'],
    ['fr-FR', 'Europe/Paris', 'lundi 2 décembre à 09:00'],
    ['es-MX', 'America/Mexico_City', 'lunes, 2 de diciembre, 2:00 a.m.'],
    ['pt-BR', 'America/Sao_Paulo', 'segunda-feira, 2 de dezembro às 05:00'],
    ['ar-SA', 'Asia/Riyadh', 'الاثنين، 2 ديسمبر في 11:00 ص'],
    ['he-IL', 'Asia/Jerusalem', 'יום שני, 2 בדצמבר בשעה 10:00'],
  ])('%s in %s', (locale, zone, expected) => {
    expect(plain(formatDateTime(localePack(locale), MONDAY_8_UTC, zone))).toBe(expected);
  });

  it('follows daylight saving time (Berlin spring forward, New York both ways)', () => {
    const de = localePack('de-DE');
    const us = localePack('en-US');
    expect(formatDateTime(de, new Date('2024-03-31T00:30:00Z'), 'Europe/Berlin')).toBe('Sonntag, 31. März um 01:30');
    expect(formatDateTime(de, new Date('2024-03-31T01:30:00Z'), 'Europe/Berlin')).toBe('Sonntag, 31. März um 03:30');
    expect(plain(formatDateTime(us, new Date('2024-03-10T07:30:00Z'), 'America/New_York'))).toBe('Sunday, March 10 at 3:30 AM');
    expect(plain(formatDateTime(us, new Date('2024-11-03T06:30:00Z'), 'America/New_York'))).toBe('Sunday, November 3 at 1:30 AM');
  });

  it('handles half-hour zones: Asia/Kolkata is already the next day', () => {
    const gb = localePack('en-GB');
    const evening = new Date('2024-12-02T20:00:00Z');
    expect(formatDateTime(gb, evening, 'Asia/Kolkata')).toBe('Tuesday 3 December at 01:30');
    expect(formatDate(gb, evening, 'Asia/Kolkata')).toBe('3 December 2024');
  });

  it('leaves the weekday out on request and adds the year on request', () => {
    expect(plain(formatDateTime(localePack('en-US'), MONDAY_8_UTC, 'America/New_York', { weekday: false, year: true }))).toBe('December 2, 2024 at 3:00 AM');
  });

  it('falls back to the pack zone for a zone Intl does not know', () => {
    const gb = localePack('en-GB');
    expect(formatDateTime(gb, MONDAY_8_UTC, 'Mars/Olympus')).toBe(formatDateTime(gb, MONDAY_8_UTC, 'Europe/London'));
  });

  it('writes Arabic with Western digits and Thai in the Buddhist era', () => {
    expect(formatDate(localePack('ar-SA'), MONDAY_8_UTC, 'Asia/Riyadh')).toBe('2 ديسمبر 2024');
    expect(formatDate(localePack('th-TH'), MONDAY_8_UTC, 'Asia/Bangkok')).toBe('2 ธันวาคม 2567');
  });
});

describe('formatMoney', () => {
  it.each([
    ['de-DE', 29.99, 'EUR', '29,99 €'],
    ['en-US', 29.99, 'USD', '$29.99'],
    ['en-US', 29.99, 'CAD', 'CA$29.99'],
    ['ja-JP', 200, 'JPY', '¥200'],
    ['pt-BR', 50, 'BRL', 'R$ 50,00'],
    ['pt-PT', 1229.99, 'EUR', '1229,99 €'],
    ['fr-FR', 1229.99, 'EUR', '1 229,99 €'],
    ['fr-CA', 20, 'CAD', '20,00 $'],
    ['en-GB', 20, 'GBP', '£20.00'],
    ['zh-CN', 20, 'CNY', '¥20.00'],
    ['zh-TW', 1234, 'TWD', 'NT$1,234.00'],
    ['ko-KR', 20000, 'KRW', '₩20,000'],
    ['es-MX', 20, 'MXN', '$20.00'],
    ['vi-VN', 250000, 'VND', '250.000 ₫'],
    ['ar-SA', 20, 'SAR', '\u200f20.00 ر.س.\u200f'],
  ])('%s %d %s → %s', (locale, amount, currency, expected) => {
    expect(plain(formatMoney(localePack(locale), amount, currency))).toBe(expected);
  });

  it('writes a code Intl cannot use next to the number instead of throwing', () => {
    expect(formatMoney(localePack('de-DE'), 5.5, 'euro')).toBe('5,5 euro');
  });
});

describe('formatNumber and formatList', () => {
  it.each([
    ['de-DE', '1.234,567', 'Foto, Bestellnummer und Adresse'],
    ['en-US', '1,234.567', 'Foto, Bestellnummer, and Adresse'],
    ['fr-FR', '1 234,567', 'Foto, Bestellnummer et Adresse'],
    ['ja-JP', '1,234.567', 'Foto、Bestellnummer、Adresse'],
  ])('%s', (locale, number, list) => {
    const pack = localePack(locale);
    expect(plain(formatNumber(pack, 1234.567))).toBe(number);
    expect(formatList(pack, ['Foto', 'Bestellnummer', ' ', 'Adresse'])).toBe(list);
  });
});

describe('zoneForCountry', () => {
  it.each([
    ['DE', 'Europe/Berlin'],
    ['de', 'Europe/Berlin'],
    ['IN', 'Asia/Kolkata'],
    ['US', 'America/New_York'],
    ['BR', 'America/Sao_Paulo'],
    ['UK', 'Europe/London'],
    ['AE', 'Asia/Dubai'],
    ['XX', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%s → %s', (country, zone) => {
    expect(zoneForCountry(country)).toBe(zone);
  });

  it('knows a valid zone for every country of every pack, and only valid zones', () => {
    for (const locale of LOCALES) {
      const pack = localePack(locale);
      expect(zoneForCountry(pack.region), locale).toBe(pack.timeZone);
    }
    for (const country of ZONE_COUNTRIES) expect(() => new Intl.DateTimeFormat('en', { timeZone: zoneForCountry(country)! })).not.toThrow();
  });
});

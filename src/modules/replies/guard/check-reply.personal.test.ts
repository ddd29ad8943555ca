import { describe, expect, it } from 'vitest';

import { cardNetwork, findCardNumbers, luhnValid, maskCard } from './cards.js';
import { context, copyOfDefaults, findings, rules } from './guard.fixtures.js';

describe("another customer's personal data", () => {
  it.each([
    ['en', 'Please write to bob.miller@gmail.com about it.'],
    ['de', 'Wir haben die Rechnung an kunde1987@web.de geschickt.'],
    ['zh', '我们已把发票发送到 wang.lei@qq.com。'],
    ['ja', '請求書を tanaka@example.jp に送りました。'],
  ])('blocks an e-mail address that is neither the buyer’s nor the brand’s: %s', (language, text) => {
    expect(findings(text, language)).toMatchObject([{ rule: 'personal_data.email', severity: 'block' }]);
  });

  it("allows the buyer's own and the brand's e-mail addresses (any case)", () => {
    expect(rules('We sent it to Anna.Weber@example.com; reply to help@brightshop.example or returns@eu.brightshop.example.', 'en')).toEqual([]);
  });

  it.each([
    ['en', 'Your neighbour can be reached at +44 20 7946 0958.'],
    ['de', 'Der Kunde ist unter +49 30 12345678 erreichbar.'],
    ['fr', 'Appelez le 06 12 34 56 78.'],
    ['ru', 'Позвоните по номеру +7 912 345-67-89.'],
  ])('blocks a phone number that is neither the buyer’s nor the brand’s: %s', (language, text) => {
    expect(rules(text, language)).toContain('personal_data.phone');
  });

  it("allows the buyer's own and the brand's phone numbers, however written", () => {
    expect(rules('We will call you on 0151 23456789 or +49 151 2345 6789.', 'de')).toEqual([]);
    expect(rules('Our hotline is (415) 555-2671.', 'en')).toEqual([]);
  });

  it('reads local numbers by the buyer’s country when it is known', () => {
    const ctx = context({ customer: { emails: [], phones: [], orderNumbers: [], country: 'GB' } });
    expect(rules('Please call 020 7946 0958 tomorrow.', 'en', ctx)).toEqual(['personal_data.phone']);
  });

  it('does not take dates, prices, order or tracking numbers for phone numbers', () => {
    expect(
      rules('Order 123-1234567-1234567 of 20.11.2026 for 1.299,00 € ships with DHL 3318810025; tracking RR123456785CN.', 'de'),
    ).toEqual([]);
  });

  it.each([
    ['en', 'Your order #2077 has shipped.', '#2077'],
    ['de', 'Die Bestellung 987-7654321-7654321 ist unterwegs.', '987-7654321-7654321'],
    ['zh', '订单号 8987654321098765 已发货。', '8987654321098765'],
    ['es', 'El pedido 12-34567-89012 está en camino.', '12-34567-89012'],
  ])("warns about an order number that is not the buyer's: %s", (language, text, order) => {
    expect(findings(text, language)).toMatchObject([{ rule: 'personal_data.order_number', severity: 'warn', excerpt: order }]);
  });

  it("allows the buyer's own order numbers, written either way", () => {
    expect(rules('Your order 1042 (#1042) and 123-1234567-1234567 have shipped.', 'en')).toEqual([]);
  });

  it('follows the data: order numbers off', () => {
    const policy = copyOfDefaults();
    policy.personalData.orderNumber = 'off';
    expect(rules('Your order #2077 has shipped.', 'en', context(), policy)).toEqual([]);
  });
});

describe('full card numbers', () => {
  it.each([
    ['visa', '4111 1111 1111 1111'],
    ['visa', '4012-8888-8888-1881'],
    ['mastercard', '5555555555554444'],
    ['mastercard', '2223 0031 2200 3222'],
    ['amex', '3782 822463 10005'],
    ['discover', '6011 1111 1111 1117'],
    ['jcb', '3530 1113 3330 0000'],
    ['jcb', '3530111333300000'],
    ['unionpay', '6212 3456 7890 1232'],
  ])('blocks a %s number (%s), masking it in the excerpt', (network, number) => {
    const [finding] = findings(`Your card ${number} was charged.`, 'en');
    expect(finding).toMatchObject({ rule: 'card_number', severity: 'block', params: { network, last4: number.replace(/\D/g, '').slice(-4) } });
    expect(finding!.excerpt).toHaveLength(number.length);
    expect(finding!.excerpt.replace(/\D/g, '')).toBe(number.replace(/\D/g, '').slice(-4));
  });

  it.each([
    ['a masked number', 'Charged to the card ending **** 1234.'],
    ['X-masked', 'Card XXXX XXXX XXXX 4242 was refunded.'],
    ['a failing Luhn check', 'Reference 4111 1111 1111 1112.'],
    ['an unknown issuer', 'Ticket 1234 5678 9012 3456 7.'],
    ['an Amazon order number', 'Order 402-1234567-1234563 has shipped.'],
    ['a long tracking number', 'USPS 9400 1000 0000 0000 0000 00'],
  ])('does not flag %s', (_name, text) => {
    expect(rules(text, 'en')).not.toContain('card_number');
  });

  it('knows an AliExpress order number for one on AliExpress', () => {
    const ctx = context({ marketplace: 'aliexpress' });
    expect(rules('Order 8123456789012347 is on its way.', 'en', ctx)).not.toContain('card_number');
  });

  it('checks Luhn, issuers and masks excerpts', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(cardNetwork('378282246310005')).toBe('amex');
    expect(cardNetwork('1234567890123')).toBeNull();
    expect(maskCard('4111 1111 1111 1111')).toBe('•••• •••• •••• 1111');
    expect(findCardNumbers('a 4111--1111 1111 1111 b')).toEqual([]);
  });
});

describe('competitors', () => {
  const policy = copyOfDefaults();
  policy.competitors.names = ['Shein', 'Amazon Basics', 'Temu'];

  it.each([
    ['en', 'Unlike Shein, which sells cheap junk, we check every item.'],
    ['en', 'Amazon Basics cables are a rip-off.'],
    ['de', 'Die Sachen von Shein sind doch Schrott.'],
    ['fr', 'Shein ne vend que de la camelote.'],
    ['es', 'Los productos de Temu son una estafa.'],
    ['zh', 'Shein卖的都是垃圾。'],
    ['ja', 'Sheinの商品は粗悪品です。'],
    ['ru', 'У Temu одни подделки.'],
    ['tr', 'Temu ürünleri tamamen çöp.'],
  ])('blocks disparaging a competitor: %s: %s', (language, text) => {
    expect(findings(text, language, context(), policy)).toMatchObject([{ rule: 'competitor.disparaging', severity: 'block' }]);
  });

  it('warns when a competitor is merely named', () => {
    expect(findings('You may have seen it cheaper on Temu.', 'en', context(), policy)).toMatchObject([
      { rule: 'competitor.mention', severity: 'warn', excerpt: 'Temu', params: { competitor: 'Temu' } },
    ]);
  });

  it('needs the disparaging word near the name', () => {
    const text = `Shein has a wide range. ${'We pack every order with care and ship it from our warehouse. '.repeat(2)}Sorry that the box was junk.`;
    expect(rules(text, 'en', context(), policy)).toEqual(['competitor.mention']);
  });

  it('names no competitor by default (the marketplaces the brand sells on are not competitors)', () => {
    expect(rules('Amazon will refund you if the parcel is lost.', 'en')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';

import { context, findings, rules } from './guard.fixtures.js';

// The fixture's sender may grant up to 50 USD.
describe('compensation above the sender’s limit', () => {
  it.each([
    ['en', 'We will refund $80 to your card.', 80, 'USD', 80],
    ['en', 'As a goodwill gesture we can offer a voucher worth £45.', 45, 'GBP', 57.15],
    ['de', 'Wir erstatten Ihnen 60 € zurück.', 60, 'EUR', 64.8],
    ['fr', 'Nous vous remboursons 55,00 € dès aujourd’hui.', 55, 'EUR', 59.4],
    ['es', 'Le ofrecemos un cupón de 70 € como compensación.', 70, 'EUR', 75.6],
    ['pt', 'Vamos fazer o reembolso de R$ 400,00 hoje.', 400, 'BRL', 72],
    ['pl', 'Zwrócimy Panu 300 zł.', 300, 'PLN', 75],
    ['sv', 'Vi återbetalar 800 kr till ditt kort.', 800, 'SEK', 75.2],
    ['ru', 'Мы компенсируем вам 6000 ₽.', 6000, 'RUB', 66],
    ['tr', 'Size 2.500 TL iade edeceğiz.', 2500, 'TRY', 72.5],
    ['zh', '我们将为您退款500元。', 500, 'CNY', 69],
    ['ja', '10,000円を返金いたします。', 10000, 'JPY', 66],
    ['ko', '100,000원을 환불해 드리겠습니다.', 100000, 'KRW', 72],
  ])('%s: %s', (language, text, amount, currency, amountInBase) => {
    expect(findings(text, language)).toMatchObject([
      {
        rule: 'compensation.over_limit',
        severity: 'block',
        params: { amount, currency, limit: 50, baseCurrency: 'USD', amountInBase },
      },
    ]);
  });

  it.each([
    ['en', 'You paid $120; we will refund $30.'],
    ['en', 'Your order total was $120 and we will refund $30 of it.'],
    ['en', 'Get 10% off orders over $100.'],
    ['en', 'Here is a 20% coupon for your next purchase.'],
    ['en', 'We will refund $50 today.'],
    ['en', 'The kettle costs $75 and ships for free.'],
    ['de', 'Der Artikel kostet 75 €; als Kulanz erstatten wir Ihnen 20 €.'],
    ['de', 'Gutscheine gelten ab einem Einkaufswert von 100 €.'],
    ['zh', '订单满200元可使用优惠券。'],
    ['zh', '您支付了999元，我们先退款100元。'],
    ['ja', '5,000円以上のご注文でクーポンをご利用いただけます。'],
    ['tr', '500 TL ve üzeri alışverişlerde indirim kuponu geçerlidir.'],
  ])('not: %s: %s', (language, text) => {
    expect(rules(text, language)).not.toContain('compensation.over_limit');
  });

  it('has no limit when the sender has none', () => {
    const ctx = context({ sender: { compensationLimit: null, baseCurrency: 'USD' } });
    expect(rules('We will refund $800 to your card.', 'en', ctx)).toEqual([]);
  });

  it('works in the sender’s base currency', () => {
    const ctx = context({ sender: { compensationLimit: 300, baseCurrency: 'CNY' }, fx: { USD: 7.2, EUR: 7.8 } });
    expect(findings('We will refund $50.', 'en', ctx)).toMatchObject([
      { rule: 'compensation.over_limit', params: { amount: 50, currency: 'USD', limit: 300, baseCurrency: 'CNY', amountInBase: 360 } },
    ]);
    expect(rules('我们将退款200元。', 'zh', ctx)).toEqual([]);
  });

  it('counts a currency without a rate 1:1 and says so', () => {
    const out = findings('Shop sẽ hoàn tiền 2.000.000₫ cho bạn.', 'vi');
    expect(out.map((f) => [f.rule, f.severity])).toEqual([
      ['compensation.fx_missing', 'warn'],
      ['compensation.over_limit', 'block'],
    ]);
    expect(out[0]!.params).toEqual({ currency: 'VND', baseCurrency: 'USD' });
  });

  it('checks each offered option on its own', () => {
    const out = findings('You can choose: 1. a refund of $20, 2. a $40 voucher, or 3. a refund of $60.', 'en');
    expect(out.map((f) => f.params?.amount)).toEqual([60]);
  });
});

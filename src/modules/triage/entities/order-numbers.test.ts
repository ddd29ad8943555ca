import { describe, expect, it } from 'vitest';

import { findOrderNumbers } from './order-numbers.js';

const referenceDate = new Date(Date.UTC(2026, 10, 25));
const orders = (text: string) => findOrderNumbers(text, [], { referenceDate }).map((f) => f.value);

describe('order numbers', () => {
  it.each([
    // Shopify: "#" + 3–8 digits, or a labelled number in any of the 25 languages (normalised with "#")
    ['Where is #1001?', ['#1001']],
    ['order 1047 still missing', ['#1047']],
    ['Order no. 1047', ['#1047']],
    ['my order number is 1047', ['#1047']],
    ['订单号：1047', ['#1047']],
    ['我的订单号是1047，谢谢', ['#1047']],
    ['注文番号は1047です', ['#1047']],
    ['주문번호 1047', ['#1047']],
    ['número de pedido 1047', ['#1047']],
    ['numéro de commande : 1047', ['#1047']],
    ['Bestellnummer: 1047', ['#1047']],
    ['Bestell-Nr. 1047', ['#1047']],
    ['numero d’ordine 1047', ['#1047']],
    ['bestelnummer 1047', ['#1047']],
    ['numer zamówienia 1047', ['#1047']],
    ['ordernummer 1047', ['#1047']],
    ['ordrenummer 1047', ['#1047']],
    ['tilausnumero 1047', ['#1047']],
    ['номер заказа 1047', ['#1047']],
    ['номер замовлення 1047', ['#1047']],
    ['sipariş numarası 1047', ['#1047']],
    ['رقم الطلب 1047', ['#1047']],
    ['מספר הזמנה 1047', ['#1047']],
    ['หมายเลขคำสั่งซื้อ 1047', ['#1047']],
    ['mã đơn hàng 1047', ['#1047']],
    ['nomor pesanan 1047', ['#1047']],
    ['číslo objednávky 1047', ['#1047']],
    // Amazon, eBay
    ['Amazon 123-1234567-1234567', ['123-1234567-1234567']],
    ['eBay 12-12345-12345', ['12-12345-12345']],
    // AliExpress: 15–19 digits after a label, or a lone 16-digit number starting with 8 or 3
    ['order 8123456789012345678', ['8123456789012345678']],
    ['订单号 312345678901234', ['312345678901234']],
    ['AliExpress 8123456789012345 and 3123456789012345', ['8123456789012345', '3123456789012345']],
    // Temu, Shopee
    ['Temu po-211-12345678901234567', ['PO-211-12345678901234567']],
    ['Shopee 240915ABCDE12F', ['240915ABCDE12F']],
  ])('%s → %o', (text, expected) => {
    expect(orders(text)).toEqual(expected);
  });

  it.each([
    ['a lone 16-digit number starting with 1', 'ref 1234567890123456'],
    ['a Shopee shape with an impossible date', '241345ABCDE12F 240230ABCDE12F'],
    ['a Shopee shape in the far future', '350101ABCDE12F'],
    ['a 14-character all-digit run', '24091512345678'],
    ['"ordered" is not a label', 'I ordered 1000 pieces'],
    ['an HTML entity', 'caf&#1234;'],
    ['a 9–14 digit labelled number', 'order 1234567890'],
    ['a date after the label', 'order on 2026-11-20'],
    ['a hash with too few digits', 'item #12'],
    ['an amount after the label', 'my order 129,99 € was charged twice, order 100 €'],
  ])('ignores %s', (_why, text) => {
    expect(orders(text)).toEqual([]);
  });

  it('skips spans taken by an earlier pass and keeps first-seen order', () => {
    expect(findOrderNumbers('#1001 then 123-1234567-1234567', [[0, 5]]).map((f) => f.value)).toEqual(['123-1234567-1234567']);
    expect(orders('order 1047, then #1002')).toEqual(['#1047', '#1002']);
  });
});

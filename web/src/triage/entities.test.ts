import { describe, expect, it } from 'vitest';
import { numberReadings, safeHttpUrl, segmentText, type Entities } from './entities';

const none: Entities = { orders: [], tracking: [], emails: [], phones: [], amounts: [], dates: [], skus: [] };
const marked = (text: string, entities: Partial<Entities>, language: string | null = null) =>
  segmentText(text, { ...none, ...entities }, language)
    .filter((s) => s.entity)
    .map((s) => [s.entity!.kind, s.text]);

describe('finding triage entities in a message', () => {
  it('keeps text without entities whole, and the pieces always add up to the text', () => {
    expect(segmentText('ok so', none)).toEqual([{ text: 'ok so' }]);
    const text = 'Order #4471: tracking LX123456785CN, mail me at a.b@example.com';
    const segments = segmentText(text, {
      ...none,
      orders: ['#4471'],
      tracking: [{ number: 'LX123456785CN', carrier: 'china-post', valid: true, url: 'https://t.17track.net/en#nums=LX123456785CN' }],
      emails: ['a.b@example.com'],
    });
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.entity).map((s) => s.entity!.kind)).toEqual(['order', 'tracking', 'email']);
  });

  it('finds tracking and order numbers as buyers write them', () => {
    const tracking = [{ number: 'LX123456785CN', carrier: 'china-post', valid: true, url: null }];
    expect(marked('Paket LX 123 456 785 CN kam nie an', { tracking })).toEqual([['tracking', 'LX 123 456 785 CN']]);
    expect(marked('tracking lx123456785cn?', { tracking })).toEqual([['tracking', 'lx123456785cn']]);
    expect(marked('order 4471 and # 4471, not 44710', { orders: ['#4471'] })).toEqual([['order', '4471'], ['order', '# 4471']]);
    expect(marked('订单号4471还没到', { orders: ['#4471'] })).toEqual([['order', '4471']]);
    expect(marked('Amazon 123-1234567-1234567', { orders: ['123-1234567-1234567'] })).toEqual([['order', '123-1234567-1234567']]);
  });

  it('finds phones written nationally or internationally', () => {
    expect(marked('call 0170 1234567 please', { phones: ['+491701234567'] })).toEqual([['phone', '0170 1234567']]);
    expect(marked('ring +49 (170) 123-4567', { phones: ['+491701234567'] })).toEqual([['phone', '+49 (170) 123-4567']]);
    expect(marked('my number 138 0013 8000', { phones: ['+8613800138000'] })).toEqual([['phone', '138 0013 8000']]);
    expect(marked('order 1234567', { phones: ['+491701234567'] })).toEqual([]);
  });

  it('finds amounts with their currency, in either decimal convention', () => {
    expect(marked('I paid €25,99 for 2 items', { amounts: [{ value: 25.99, currency: 'EUR' }] })).toEqual([['amount', '€25,99']]);
    expect(marked('refund 1.299,00 EUR now', { amounts: [{ value: 1299, currency: 'EUR' }] })).toEqual([['amount', '1.299,00 EUR']]);
    expect(marked('退我200元', { amounts: [{ value: 200, currency: 'CNY' }] })).toEqual([['amount', '200元']]);
    expect(marked('I ordered 2 items', { amounts: [{ value: 2, currency: 'USD' }] })).toEqual([]);
    expect(numberReadings('1.500')).toEqual([1500, 1.5]);
    expect(numberReadings('1,299.00')).toEqual([1299]);
  });

  it('finds dates in numeric, named-month and CJK forms', () => {
    const dates = ['2024-03-15'];
    expect(marked('shipped 2024-03-15', { dates })).toEqual([['date', '2024-03-15']]);
    expect(marked('on 15.03.2024 and 3/15', { dates })).toEqual([['date', '15.03.2024'], ['date', '3/15']]);
    expect(marked('since March 15th, 2024!', { dates })).toEqual([['date', 'March 15th, 2024']]);
    expect(marked('seit dem 15. März', { dates }, 'de')).toEqual([['date', '15. März']]);
    expect(marked('с 15 марта', { dates }, 'ru')).toEqual([['date', '15 марта']]);
    expect(marked('3月15日发货', { dates })).toEqual([['date', '3月15日']]);
  });

  it('finds e-mails and SKUs, and prefers the longer overlapping find', () => {
    expect(marked('write to Buyer@Example.com.', { emails: ['buyer@example.com'] })).toEqual([['email', 'Buyer@Example.com']]);
    expect(marked('model AB-100 broke, not AB-1000', { skus: ['AB-100'] })).toEqual([['sku', 'AB-100']]);
  });

  it('links only http(s) tracking pages', () => {
    expect(safeHttpUrl('https://www.ups.com/track?tracknum=1Z')).toBe('https://www.ups.com/track?tracknum=1Z');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});

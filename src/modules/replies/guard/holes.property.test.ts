import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { findHoles } from './holes.js';

/** Ordinary words of many scripts, as replies use them. */
const WORDS = [
  'order', 'parcel', 'thank', 'you', 'please', 'Hello', 'Anna', 'Bestellung', 'Paket', 'danke', 'Rückerstattung', 'commande', 'merci',
  'été', 'pedido', 'gracias', 'envío', 'encomenda', 'obrigado', 'ordine', 'grazie', 'bestelling', 'bedankt', 'zamówienie', 'dziękuję',
  'beställning', 'tack', 'ordre', 'tak', 'tilaus', 'kiitos', 'sipariş', 'teşekkürler', 'đơn', 'hàng', 'cảm', 'ơn', 'pesanan', 'terima',
  'kasih', 'заказ', 'посылка', 'спасибо', 'Здравствуйте', 'طلب', 'شكرا', 'الطرد', '订单', '包裹', '谢谢', '您好', '注文', '荷物',
  'ありがとうございます', '주문', '택배', '감사합니다', 'Today', 'Monday', 'X-ray', 'Xbox', 'Mexico', 'box', 'tax',
];

/** Real entities that look a little like holes but are not. */
const ENTITIES = [
  '#1042', '123-1234567-1234567', '12-12345-12345', 'PO-211-12345678901234', '8123456789012345', '$29.99', '29,99 €', '¥200', '2,000円',
  '₩30,000', 'R$ 50', 'XL', 'XXL', 'XXXL', '3XL', 'XS', 'size M', 'https://shop.example.com/track?id=123&lang=de', 'www.shop.de',
  'amazon.de/orders', 'anna@example.com', 'xxx@example.com', '<3', '50%', '100%', '[1]', '[here](https://x.example/faq)', '「注文番号」',
  '【重要】', '«Почта России»', '《用户协议》', '(size M)', 'XXXX XXXX XXXX 1234', '**** 1234', 'RR123456785CN', '1Z999AA10123456784',
  '20.11.2026', '2026-11-20', '11:30', '+49 151 23456789', '30 x 20 cm',
];

const SEPARATORS = [' ', ', ', '. ', '\n', ' - ', '! ', '? ', '：'];

const token = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...ENTITIES) });
const separator = fc.constantFrom(...SEPARATORS);
const ordinaryText = fc
  .array(fc.tuple(token, separator), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([t, s]) => t + s).join('').trim());

const IDENTIFIERS = ['customer.first_name', 'order.number', 'tracking.url', 'reply_by', 'coupon.code', 'name', 'ORDER_ID', 'first_name'];
const NOUNS = [
  'Order Number', 'Name', 'Customer Name', 'Tracking Link', 'Bestellnummer', 'Kundenname', 'numéro de commande', 'número de pedido',
  'código de rastreio', 'numero ordine', 'bestelnummer', 'numer zamówienia', 'ordernummer', 'tilausnumero', 'номер заказа',
  'sipariş numarası', 'nomor pesanan', 'mã đơn hàng', 'رقم الطلب', 'Date', 'Amount', 'Signature',
];
const CJK_NOUNS = ['订单号', '物流单号', '姓名', '注文番号', 'お名前', '追跡番号', '주문번호', '이름'];
const INSTRUCTIONS = ['insert', 'enter', 'add', 'einfügen:', 'insérer', 'inserte', 'insira', 'inserisci', 'wstaw', 'вставьте', 'masukkan'];

const identifier = fc.constantFrom(...IDENTIFIERS);
const placeholder: fc.Arbitrary<string> = fc.oneof(
  identifier.map((id) => `{{ ${id} }}`),
  identifier.map((id) => `{{${id}}}`),
  identifier.map((id) => `{% if ${id} %}`),
  identifier.map((id) => `{${id}}`),
  identifier.map((id) => `%${id.toUpperCase().replace(/\./g, '_')}%`),
  identifier.map((id) => `$${id.toUpperCase().replace(/\./g, '_')}`),
  identifier.map((id) => `\${${id}}`),
  identifier.map((id) => `<<${id}>>`),
  // In «…» a plain lower-case word is a quotation ("поле «имя»"): only identifiers and capitals are blanks.
  identifier.filter((id) => /[._]|^[A-Z]/.test(id)).map((id) => `«${id}»`),
  fc.constantFrom(...NOUNS).map((n) => `[${n}]`),
  fc.tuple(fc.constantFrom(...INSTRUCTIONS), fc.constantFrom(...NOUNS)).map(([i, n]) => `[${i} ${n.toLowerCase()}]`),
  fc.constantFrom(...CJK_NOUNS).map((n) => `【${n}】`),
  fc.constantFrom(...CJK_NOUNS).map((n) => `［${n}］`),
  fc.constantFrom('name', 'customer name', 'Nachname', 'order number').map((n) => `<${n}>`),
  fc.constantFrom('name', 'customer name').map((n) => `&lt;${n}&gt;`),
  fc.constantFrom('＜お名前＞', '＜注文番号＞'),
  // (Not "XXXX": before "XXXX XXXX XXXX 1234" it would only make the masked number longer.)
  fc.constantFrom('XXX', 'xxx', 'XX-XXXX', 'XXX-XXXXXXX', '$XX.XX', 'XX.XX €'),
  fc.constantFrom('___', '_____', '＿＿＿'),
  fc.constantFrom('TODO', 'FIXME', 'TBD'),
  fc.constantFrom('[]', '[ ]', '[...]', '[…]', '[X]'),
);

describe('findHoles (properties)', () => {
  it('finds no hole in ordinary words of many scripts with real order numbers, prices, sizes and links', () => {
    fc.assert(
      fc.property(ordinaryText, (text) => {
        expect(findHoles(text)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('always finds a placeholder inserted between words', () => {
    fc.assert(
      fc.property(ordinaryText, placeholder, fc.nat(), (text, hole, where) => {
        const cuts = [0, ...[...text.matchAll(/[ \n]/g)].map((m) => m.index + 1), text.length];
        const at = cuts[where % cuts.length]!;
        const before = text.slice(0, at);
        // 【…】 right before a value is a label ("【订单号】 #1042"), by design: end the sentence after it.
        const after = hole.startsWith('【') ? '。' : ' ';
        const inserted = `${before}${before && !/\s$/.test(before) ? ' ' : ''}${hole}${after}${text.slice(at)}`;
        const start = inserted.indexOf(hole, Math.max(0, at - 1));
        const found = findHoles(inserted);
        expect(
          found.some((h) => h.index < start + hole.length && start < h.index + h.text.length),
          `${JSON.stringify(hole)} in ${JSON.stringify(inserted)} → ${JSON.stringify(found)}`,
        ).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

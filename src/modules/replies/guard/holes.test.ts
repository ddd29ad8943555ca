import { describe, expect, it } from 'vitest';

import { describeHoles, findHoles, replyHolesError } from './holes.js';

const holes = (text: string) => findHoles(text).map((h) => `${h.kind}:${h.text}`);

describe('findHoles: unresolved variables', () => {
  it.each([
    ['Hi {{ customer.first_name }},', '{{ customer.first_name }}'],
    ['Order {{order.number}} shipped', '{{order.number}}'],
    ['{% if coupon %}Use {{ coupon.code }}{% endif %}', '{% if coupon %}'],
    ['Dear {first_name},', '{first_name}'],
    ['Hallo {Vorname}!', '{Vorname}'],
    ['Item {0} is back', '{0}'],
    ['Dear %NAME%,', '%NAME%'],
    ['Bonjour %prenom%,', '%prenom%'],
    ['Hello %s, your order', '%s'],
    ['Order $ORDER_ID is late', '$ORDER_ID'],
    ['Hi $first_name', '$first_name'],
    ['Total: ${total}', '${total}'],
    ['Hi <<name>>,', '<<name>>'],
    ['Track: https://t.17track.net/en#nums={{tracking.number}}', '{{tracking.number}}'],
  ])('%s', (text, expected) => {
    expect(holes(text)).toContain(`variable:${expected}`);
  });

  it('reports a stray {{ or }} left by a broken template', () => {
    expect(holes('Hi {{ customer.name, thanks')).toEqual(['variable:{{ customer.name']);
    expect(holes('Your code is coupon.code }} today')).toEqual(['variable:coupon.code }}']);
  });
});

describe('findHoles: placeholders in any language', () => {
  it.each([
    ['en', 'Your order [Order Number] has shipped.', '[Order Number]'],
    ['en', 'Please find the label here: [insert tracking link]', '[insert tracking link]'],
    ['en', 'Dear [Name],', '[Name]'],
    ['en', 'Best, [Your Name]', '[Your Name]'],
    ['en', 'See [Store Policy Link] for details.', '[Store Policy Link]'],
    ['en', 'Your refund of [amount] is on its way', '[amount]'],
    ['en', 'Order [order_id]', '[order_id]'],
    ['de', 'Ihre Bestellung [Bestellnummer] wurde versandt.', '[Bestellnummer]'],
    ['de', 'Sehr geehrte/r [Kundenname],', '[Kundenname]'],
    ['de', 'Sendungsnummer: [hier einfügen]', '[hier einfügen]'],
    ['fr', 'Votre [numéro de commande] a été expédié.', '[numéro de commande]'],
    ['es', 'Su pedido [número de pedido] está en camino.', '[número de pedido]'],
    ['pt', 'Seu pedido [código de rastreio] foi enviado.', '[código de rastreio]'],
    ['it', 'Il suo ordine [numero ordine] è partito.', '[numero ordine]'],
    ['nl', 'Uw bestelling [bestelnummer] is onderweg.', '[bestelnummer]'],
    ['pl', 'Zamówienie [numer zamówienia] zostało wysłane.', '[numer zamówienia]'],
    ['sv', 'Din order [ordernummer] har skickats.', '[ordernummer]'],
    ['fi', 'Tilauksesi [tilausnumero] on lähetetty.', '[tilausnumero]'],
    ['ru', 'Ваш заказ [номер заказа] отправлен.', '[номер заказа]'],
    ['tr', 'Siparişiniz [sipariş numarası] kargoya verildi.', '[sipariş numarası]'],
    ['ar', 'تم شحن طلبك [رقم الطلب].', '[رقم الطلب]'],
    ['vi', 'Đơn hàng [mã đơn hàng] đã được gửi.', '[mã đơn hàng]'],
    ['id', 'Pesanan [nomor pesanan] sudah dikirim.', '[nomor pesanan]'],
    ['zh', '您的订单【订单号】已发货。', '【订单号】'],
    ['zh', '请在此填写：【请填写物流单号】', '【请填写物流单号】'],
    ['ja', '［注文番号］の商品を発送しました。', '［注文番号］'],
    ['ja', '【お名前】様', '【お名前】'],
    ['ko', '주문 [주문번호] 이(가) 발송되었습니다.', '[주문번호]'],
    ['en', 'Hello <name>,', '<name>'],
    ['en', 'Dear <customer name>,', '<customer name>'],
    ['de', 'Sehr geehrte Frau Dr. <Nachname>,', '<Nachname>'],
    ['ja', '＜お名前＞様', '＜お名前＞'],
    ['en', 'Hi &lt;name&gt;,', '&lt;name&gt;'],
    ['fr', 'Bonjour «prénom_client»,', '«prénom_client»'],
    ['ru', 'Здравствуйте, «ИМЯ КЛИЕНТА»!', '«ИМЯ КЛИЕНТА»'],
    ['en', 'Your tracking number is XXX.', 'XXX'],
    ['en', 'Your tracking number is xxx.', 'xxx'],
    ['en', 'Call us at XX-XXXX.', 'XX-XXXX'],
    ['en', 'Order 123-XXXXXXX-XXXXXXX', '123-XXXXXXX-XXXXXXX'],
    ['en', 'We refunded $XX.XX to your card.', 'XX.XX'],
    ['en', 'It will arrive in X days.', 'X'],
    ['de', 'Wir erstatten Ihnen X € zurück.', 'X'],
    ['zh', '预计X天送达', 'X'],
    ['en', 'Please sign here: ___', '___'],
    ['ja', 'お名前：＿＿＿', '＿＿＿'],
    ['en', 'TODO: add the tracking link', 'TODO'],
    ['en', 'Ship date: TBD', 'TBD'],
    ['en', 'Please confirm [ ]', '[ ]'],
    ['en', 'You wrote [...]', '[...]'],
    ['en', 'Your parcel (insert tracking number here) is on the way', '(insert tracking number here)'],
  ])('%s: %s', (_language, text, expected) => {
    expect(holes(text)).toContain(`placeholder:${expected}`);
  });
});

describe('findHoles: ordinary text is not a hole', () => {
  it.each([
    ['footnotes', 'As stated in our policy [1], returns are free [2].'],
    ['a ticked box', '[x] Refund issued'],
    ['a Markdown link', 'Track it [here](https://t.17track.net/en) today.'],
    ['order numbers', 'Your order #1042 (123-1234567-1234567) has shipped.'],
    ['sizes', 'We have it in XL, XXL, XXXL and 3XL; XS is sold out.'],
    ['an e-mail address', 'Write to xxx@example.com or xx.yy@shop.de.'],
    ['a heart', 'Thank you <3'],
    ['comparisons', 'If the width is < 5 cm and > 3 cm it fits.'],
    ['HTML tags', '<p>Hello <b>Anna</b>,<br>thanks!</p> <a href="https://x.com">link</a>'],
    ['an autolink', 'Questions? <https://shop.example/faq> or <help@shop.example>'],
    ['Japanese quotes', '「注文番号」欄に番号を入力してください。『取扱説明書』もご確認ください。'],
    ['Chinese headings', '【重要】【温馨提示】您的包裹已发出。【注意】请查收。'],
    ['a labelled value', '【订单号】：8123456789012345 【金额】¥200'],
    ['Russian quotes', 'Посылку доставит «Почта России», статус в разделе «Мои заказы».'],
    ['French quotes', 'Cliquez sur « Confirmer la réception » dans votre compte.'],
    ['Chinese book titles', '请阅读《用户协议》和《隐私政策》。'],
    ['percentages', 'Get 15% off and another 20% on sale items, 100%cotton.'],
    ['currencies', 'It costs $USD 20 or 18 EUR; US$ 5 and R$ 30.'],
    ['masked card numbers', 'Charged to card XXXX XXXX XXXX 1234 (**** 1234).'],
    ['Spanish todo', 'Todo está listo. TODO INCLUIDO en el precio.'],
    ['a separator line', 'Thanks!\n________________________________\nFrom: Anna'],
    ['a URL with %20 and xxx', 'See https://shop.example/a%20b/%NAME%/xxx?q=XXX for it.'],
    ['a year', 'Season 2024 collection, model X-1 and Xbox controller.'],
    ['math', 'The box is 30 x 20 x 10 cm.'],
    ['kisses in a sign-off by a buyer quoted', 'Love, Sarah xx'],
    ['parentheses', 'Your order (placed on Monday) ships (type C cable included).'],
    ['a bracketed sentence', '[Translated by Meridian from German]'],
  ])('%s', (_name, text) => {
    expect(holes(text)).toEqual([]);
  });
});

describe('findHoles: reporting', () => {
  it('reports each hole once, in order, with its offset', () => {
    const text = 'Hi {{ name }}, order [Order Number] ships in X days.';
    expect(findHoles(text)).toEqual([
      { kind: 'variable', text: '{{ name }}', index: 3 },
      { kind: 'placeholder', text: '[Order Number]', index: 21 },
      { kind: 'placeholder', text: 'X', index: 45 },
    ]);
  });

  it('describes holes for an error message', () => {
    expect(describeHoles(findHoles('Hi {{ name }} [Name]'))).toEqual([
      'unresolved variable "{{ name }}" at 3',
      'placeholder "[Name]" at 14',
    ]);
  });
});

describe('replyHolesError: a reply with a hole cannot be sent (HTTP 422)', () => {
  it('is a 422 naming every hole of every text', () => {
    const error = replyHolesError([
      { text: 'Hallo {{ customer.first_name }}, Ihre Bestellung [Bestellnummer] ist unterwegs.', language: 'de' },
      { text: 'Hi {{ customer.first_name }}, your order is on its way.', language: 'en' },
    ]);
    expect(error).not.toBeNull();
    expect(error!.status).toBe(422);
    expect(error!.code).toBe('unprocessable');
    expect(error!.message).toContain('{{ customer.first_name }}');
    expect(error!.message).toContain('[Bestellnummer]');
    expect(error!.details).toEqual({
      holes: [
        { kind: 'variable', text: '{{ customer.first_name }}', index: 6, language: 'de' },
        { kind: 'placeholder', text: '[Bestellnummer]', index: 49, language: 'de' },
        { kind: 'variable', text: '{{ customer.first_name }}', index: 3, language: 'en' },
      ],
    });
  });

  it('is null for a reply without holes', () => {
    expect(replyHolesError([{ text: 'Your order #1042 ships today in size XL.', language: 'en' }])).toBeNull();
  });
});

// Not a test: prints the average cost of extractEntities over a few varied ~300-character messages.
//   npx tsx src/modules/triage/entities/entities.speed.ts

import { extractEntities, type ExtractEntitiesOptions } from './extract-entities.js';

const MESSAGES: ReadonlyArray<readonly [string, ExtractEntitiesOptions]> = [
  [
    'Hi, I ordered a blue jacket (order #1047) three weeks ago and it still has not arrived. The tracking number ' +
      'RR123456785CN has not moved since Nov 20. I paid $89.99 and would like a refund or a replacement. ' +
      'You can reach me at +1 415 555 2671 or john.doe@example.com. Thanks, John',
    { language: 'en', defaultCountry: 'US' },
  ],
  [
    'Hallo, meine Bestellung 123-1234567-1234567 vom 02.11.2026 ist immer noch nicht angekommen. Laut DHL ' +
      'Sendungsnummer 3318810025 liegt das Paket seit einer Woche im Verteilzentrum. Ich habe 129,99 € bezahlt. ' +
      'Art.-Nr. 55-100, Größe M. Bitte rufen Sie mich an: 030 1234567. Viele Grüße',
    { language: 'de', defaultCountry: 'DE' },
  ],
  [
    '您好，我在11月20日下的订单，订单号 8123456789012345，到现在还没有收到。物流单号 LP00724622449605 一直显示运输中。' +
      '我付了¥200，型号 XR-200，颜色是黑色，尺码L。我已经联系过快递公司，他们说包裹还在仓库里没有发出。' +
      '如果这周还收不到，请帮我退款或者重新发货。我的邮箱是 wang.lei@example.cn，请尽快帮我查一下，谢谢！',
    { language: 'zh', defaultCountry: 'CN' },
  ],
  [
    'Bonjour, le colis est arrivé abîmé : la boîte était écrasée et l’écran est fissuré. Je souhaite un ' +
      'remboursement ou un échange, s’il vous plaît. Je vous envoie des photos. Merci de me répondre rapidement, ' +
      'je suis très déçue de cette commande. Cordialement, Marie',
    { language: 'fr', defaultCountry: 'FR' },
  ],
  [
    'Hola, quiero cancelar mi pedido 1047 porque encontré el mismo producto más barato. Todavía no se ha enviado. ' +
      'Pagué 45,50 € el 20 de noviembre con tarjeta. Si ya salió, díganme cómo devolverlo y si me cobrarán el ' +
      'envío de vuelta. Prefiero el reembolso al método de pago original. Muchas gracias por su ayuda.',
    { language: 'es', defaultCountry: 'ES' },
  ],
  [
    'Здравствуйте! Заказ 1047 оплатил 20 ноября, 2 499 ₽. Трек-номер RR123456785CN не отслеживается уже две ' +
      'недели, на почте говорят, что посылки нет. Пожалуйста, проверьте, где она, или верните деньги. Мой телефон ' +
      '+7 912 345-67-89, почта ivan.petrov@mail.ru. Спасибо.',
    { language: 'ru', defaultCountry: 'RU' },
  ],
  [
    'こんにちは。注文番号は1047です。11月20日に2,980円で購入しましたが、まだ届いていません。追跡番号 ' +
      '1Z5R89390357567127 で確認すると、ずっと同じ状態のままです。品番 ABC-99 のサイズMです。至急確認をお願いします。',
    { language: 'ja', defaultCountry: 'JP' },
  ],
  [
    'Hi there — quick question before I buy: does the 65W charger (SKU: CHG-65W-EU) work with a MacBook Air, ' +
      'and do you ship to Canada? How long does delivery usually take and is there a tracking number? ' +
      'Also is there any discount code for first orders? I would order two of them if the price is right. ' +
      'Thanks a lot!',
    { language: 'en', defaultCountry: 'CA' },
  ],
];

const ROUNDS = 20_000;
let sink = 0;
for (let i = 0; i < 2_000; i++) for (const [text, options] of MESSAGES) sink += extractEntities(text, options).orders.length;

const perMessage: number[] = [];
for (const [text, options] of MESSAGES) {
  const t0 = performance.now();
  for (let i = 0; i < ROUNDS; i++) sink += extractEntities(text, options).dates.length;
  perMessage.push(((performance.now() - t0) * 1000) / ROUNDS);
}
const chars = MESSAGES.reduce((n, [text]) => n + text.length, 0) / MESSAGES.length;
const mean = perMessage.reduce((a, b) => a + b, 0) / perMessage.length;
console.log(`per message (µs): ${perMessage.map((us) => us.toFixed(1)).join('  ')}`);
console.log(`mean ${mean.toFixed(1)} µs/message over ${MESSAGES.length} messages of ~${Math.round(chars)} characters (${sink > 0 ? 'ok' : ''})`);

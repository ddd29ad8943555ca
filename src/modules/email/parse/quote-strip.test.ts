import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripQuotedText } from './quote-strip.js';

const quoted = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

const ourReply = quoted('Hello,\n\nyour parcel is on its way.\n\nNordlicht Support');

/** [client and language, what the buyer wrote, the history below it] */
const replies: Array<[string, string, string]> = [
  ['Gmail, English', 'Thanks, got it!', `On Tue, 3 Mar 2026 at 10:02, Anna Berg <anna@shop.example> wrote:\n\n${ourReply}`],
  ['Gmail, English, attribution wrapped over three lines', 'Thanks, got it!', `On Tue, Mar 3, 2026 at 10:02 AM Nordlicht Customer Support Team\n<support@shop.example>\nwrote:\n\n${ourReply}`],
  ['Apple Mail on a Mac', 'Great, thank you.', `On 3 Mar 2026, at 10:02, Anna Berg <anna@shop.example> wrote:\n\n${ourReply}`],
  ['Apple Mail on an iPhone', 'Great, thank you.', `Sent from my iPhone\n\n> On Mar 3, 2026, at 10:02 AM, Anna Berg <anna@shop.example> wrote:\n> \n${ourReply}`],
  ['Thunderbird', 'Received, thanks.', `On 03/03/2026 10:02, Nordlicht Support wrote:\n${ourReply}`],
  ['Outlook, Original Message', 'Please cancel it.', '-----Original Message-----\nFrom: Nordlicht Support <support@shop.example>\nSent: Tuesday, March 3, 2026 10:02 AM\nTo: Tim <tim@mail.example>\nSubject: RE: Order 1042\n\nHello Tim'],
  ['Outlook, header block under a rule', 'Please cancel it.', '________________________________\nFrom: Nordlicht Support <support@shop.example>\nSent: Tuesday, March 3, 2026 10:02 AM\nTo: Tim <tim@mail.example>\nSubject: RE: Order 1042\n\nHello Tim'],
  ['Outlook, bold labels', 'Please cancel it.', '*From:* Nordlicht Support <support@shop.example>\n*Sent:* Tuesday, March 3, 2026 10:02 AM\n*To:* Tim\n*Subject:* RE: Order 1042\n\nHello Tim'],
  ['Gmail, German', 'Danke, passt so.', `Am Di., 3. März 2026 um 10:02 Uhr schrieb Nordlicht Support <support@shop.example>:\n\n${ourReply}`],
  ['Outlook, German', 'Danke, passt so.', 'Von: Nordlicht Support <support@shop.example>\nGesendet: Dienstag, 3. März 2026 10:02\nAn: Jan Weber <jan@mail.example>\nBetreff: AW: Bestellung 1042\n\nHallo Jan'],
  ['iPhone, German', 'Danke, passt so.', `Von meinem iPhone gesendet\n\n> Am 03.03.2026 um 10:02 schrieb Nordlicht Support <support@shop.example>:\n${ourReply}`],
  ['Gmail, French', "Merci, c'est parfait.", `Le mar. 3 mars 2026 à 10:02, Nordlicht Support <support@shop.example> a écrit\u202f:\n\n${ourReply}`],
  ['Outlook, French', "Merci, c'est parfait.", 'De : Nordlicht Support <support@shop.example>\nEnvoyé : mardi 3 mars 2026 10:02\nÀ : Léa <lea@mail.example>\nObjet : RE: Commande 1042\n\nBonjour Léa'],
  ['iPhone, French', "Merci, c'est parfait.", `Envoyé de mon iPhone\n\n> Le 3 mars 2026 à 10:02, Nordlicht Support <support@shop.example> a écrit :\n${ourReply}`],
  ['Gmail, Spanish', 'Vale, gracias.', `El mar, 3 mar 2026 a las 10:02, Nordlicht Support (<support@shop.example>) escribió:\n\n${ourReply}`],
  ['Outlook, Spanish', 'Vale, gracias.', 'De: Nordlicht Support <support@shop.example>\nEnviado: martes, 3 de marzo de 2026 10:02\nPara: Luis <luis@mail.example>\nAsunto: RE: Pedido 1042\n\nHola Luis'],
  ['Gmail, Italian', 'Va bene, grazie.', `Il giorno mar 3 mar 2026 alle ore 10:02 Nordlicht Support <support@shop.example> ha scritto:\n\n${ourReply}`],
  ['Outlook, Italian', 'Va bene, grazie.', 'Da: Nordlicht Support <support@shop.example>\nInviato: martedì 3 marzo 2026 10:02\nA: Paolo <paolo@mail.example>\nOggetto: R: Ordine 1042\n\nCiao Paolo'],
  ['iPhone, Italian', 'Va bene, grazie.', `Inviato da iPhone\n\n> Il giorno 3 mar 2026, alle ore 10:02, Nordlicht Support <support@shop.example> ha scritto:\n${ourReply}`],
  ['Gmail, Portuguese', 'Certo, obrigado.', `Em ter., 3 de mar. de 2026 às 10:02, Nordlicht Support <support@shop.example> escreveu:\n\n${ourReply}`],
  ['Outlook, Portuguese', 'Certo, obrigado.', 'De: Nordlicht Support <support@shop.example>\nEnviado: terça-feira, 3 de março de 2026 10:02\nPara: João <joao@mail.example>\nAssunto: RE: Pedido 1042\n\nOlá João'],
  ['Gmail, Dutch', 'Prima, bedankt.', `Op di 3 mrt 2026 om 10:02 schreef Nordlicht Support <support@shop.example>:\n\n${ourReply}`],
  ['Apple Mail, Dutch', 'Prima, bedankt.', `Op 3 mrt. 2026 om 10:02 heeft Nordlicht Support <support@shop.example> het volgende geschreven:\n\n${ourReply}`],
  ['Outlook, Dutch', 'Prima, bedankt.', 'Van: Nordlicht Support <support@shop.example>\nVerzonden: dinsdag 3 maart 2026 10:02\nAan: Bram <bram@mail.example>\nOnderwerp: RE: Bestelling 1042\n\nBeste Bram'],
  ['Gmail, Chinese', '好的，谢谢！', `Nordlicht客服 <support@shop.example> 于2026年3月3日周二 10:02写道：\n\n${ourReply}`],
  ['Apple Mail, Chinese', '好的，谢谢！', `在 2026年3月3日，10:02，Nordlicht客服 <support@shop.example> 写道：\n\n${ourReply}`],
  ['Foxmail', '好的，谢谢！', '------------------ 原始邮件 ------------------\n发件人: "Nordlicht客服"<support@shop.example>;\n发送时间: 2026年3月3日(星期二) 上午10:02\n收件人: "李娜"<lina@qq.example>;\n主题: 回复：订单1042'],
  ['QQ Mail, text with the entity left in', '好的，谢谢！', '------------------&nbsp;Original&nbsp;------------------\nFrom: "Nordlicht客服"<support@shop.example>;\nDate: Tue, Mar 3, 2026 10:02 AM'],
  ['QQ Mail, HTML turned into text', '好的，谢谢！', '------------------\u00a0Original\u00a0------------------\nFrom: "Nordlicht客服"<support@shop.example>;'],
  ['Outlook, Chinese', '好的，谢谢！', '发件人: Nordlicht客服 <support@shop.example>\n发送时间: 2026年3月3日 10:02\n收件人: 李娜 <lina@qq.example>\n主题: 回复: 订单1042'],
  ['iPhone, Chinese', '好的，谢谢！', `发自我的iPhone\n\n> 在 2026年3月3日，10:02，Nordlicht客服 <support@shop.example> 写道：\n${ourReply}`],
  ['Gmail, traditional Chinese', '好的，謝謝！', `Nordlicht 客服 <support@shop.example> 於 2026年3月3日 週二 上午10:02寫道：\n\n${ourReply}`],
  ['Outlook, traditional Chinese', '好的，謝謝！', '寄件者: Nordlicht 客服 <support@shop.example>\n寄件日期: 2026年3月3日 上午 10:02\n收件者: 陳小姐 <chen@mail.example>\n主旨: 回覆: 訂單1042'],
  ['iPhone, traditional Chinese', '好的，謝謝！', `從我的 iPhone 傳送\n\n${ourReply}`],
  ['Gmail, Japanese', '承知しました。', `2026年3月3日(火) 10:02 Nordlicht サポート <support@shop.example>:\n\n${ourReply}`],
  ['Apple Mail, Japanese', '承知しました。', `2026/03/03 10:02、Nordlicht サポート <support@shop.example>のメール:\n\n${ourReply}`],
  ['Outlook, Japanese', '承知しました。', '差出人: Nordlicht サポート <support@shop.example>\n送信日時: 2026年3月3日 10:02\n宛先: 田中 <tanaka@mail.example>\n件名: RE: ご注文1042'],
  ['iPhone, Japanese', '承知しました。', `iPhoneから送信\n\n${ourReply}`],
  ['Gmail, Korean', '네, 감사합니다.', `2026년 3월 3일 (화) 오전 10:02, Nordlicht 고객센터 <support@shop.example>님이 작성:\n\n${ourReply}`],
  ['Outlook, Korean', '네, 감사합니다.', '보낸 사람: Nordlicht 고객센터 <support@shop.example>\n보낸 날짜: 2026년 3월 3일 화요일 오전 10:02\n받는 사람: 이지은 <jieun@mail.example>\n제목: RE: 주문 1042'],
  ['iPhone, Korean', '네, 감사합니다.', `나의 iPhone에서 보냄\n\n${ourReply}`],
  ['Gmail, Russian', 'Спасибо, понятно.', `вт, 3 мар. 2026 г. в 10:02, Nordlicht Поддержка <support@shop.example>:\n\n${ourReply}`],
  ['Yandex, Russian', 'Спасибо, понятно.', `03.03.2026, 10:02, "Nordlicht Поддержка" <support@shop.example> пишет:\n${ourReply}`],
  ['Outlook, Russian', 'Спасибо, понятно.', 'От: Nordlicht Поддержка <support@shop.example>\nОтправлено: 3 марта 2026 г. 10:02\nКому: Ольга <olga@mail.example>\nТема: RE: Заказ 1042'],
  ['iPhone, Russian', 'Спасибо, понятно.', `Отправлено с iPhone\n\n${ourReply}`],
  ['Gmail, Arabic', 'شكراً جزيلاً.', `\u202bفي الثلاثاء، ٣ مارس ٢٠٢٦ في ١٠:٠٢ ص، كتب Nordlicht <support@shop.example>:\u202c\n\n${ourReply}`],
  ['Outlook, Arabic', 'شكراً جزيلاً.', 'من: Nordlicht <support@shop.example>\nالمرسل: الثلاثاء، 3 مارس 2026 10:02 ص\nإلى: سارة <sara@mail.example>\nالموضوع: RE: الطلب 1042'],
  ['iPhone, Arabic', 'شكراً جزيلاً.', `أرسلت من الـ iPhone الخاص بي\n\n${ourReply}`],
  ['Polish', 'Dziękuję.', `W dniu 3.03.2026 o 10:02, Nordlicht Obsługa Klienta pisze:\n${ourReply}`],
  ['a quoted block without attribution', 'Yes, the blue one.', `${ourReply}\n`],
  ['a "-- " signature', 'See you,\nTim', '-- \nTim Becker\nHamburg'],
];

describe('stripQuotedText', () => {
  it.each(replies)('%s', (_name, written, history) => {
    const result = stripQuotedText(`${written}\n\n${history}\n`);
    expect(result).toEqual({ text: written, stripped: true });
  });

  it('works with CRLF line ends', () => {
    expect(stripQuotedText('Thanks!\r\n\r\nOn Tue, 3 Mar 2026 at 10:02, Anna <a@b.example> wrote:\r\n> hi\r\n').text).toBe('Thanks!');
  });

  it('returns text without history unchanged', () => {
    const text = 'Hello,\n\nwhere is my order 1042?\n\nFrom: Berlin, Germany\n';
    expect(stripQuotedText(text)).toEqual({ text, stripped: false });
  });

  it('keeps answers written between quotes', () => {
    const text = '> Which colour do you want?\nThe blue one.\n\n> And which size?\nLarge, please.';
    expect(stripQuotedText(text)).toEqual({ text, stripped: false });
  });

  it('cuts a quote that trails after answers written between quotes', () => {
    const text = '> Which colour?\nBlue.\n\n> Old history\n> more history\n';
    expect(stripQuotedText(text)).toEqual({ text: '> Which colour?\nBlue.', stripped: true });
  });

  it('returns the whole text when the reply is written below the quote', () => {
    const text = 'On Tue, 3 Mar 2026 at 10:02, Anna <a@b.example> wrote:\n> Which colour?\n\nBlue, please.';
    expect(stripQuotedText(text)).toEqual({ text, stripped: false });
  });

  it('returns the whole text when everything is quoted', () => {
    const text = '> only\n> quotes\n';
    expect(stripQuotedText(text)).toEqual({ text, stripped: false });
  });

  it('keeps a forwarded message: it is what the buyer wants us to read', () => {
    const text = 'See below.\n\n---------- Forwarded message ---------\nFrom: Courier <noreply@courier.example>\nDate: Mon, Mar 16, 2026 at 4:12 PM\nSubject: Delivery failed\nTo: <me@mail.example>\n\nWe could not deliver.';
    expect(stripQuotedText(text)).toEqual({ text, stripped: false });
  });

  it('still strips when a sentence merely mentions a forwarded message', () => {
    expect(stripQuotedText(`I forwarded message from the courier to you yesterday.\n\nOn Tue, 3 Mar 2026 at 10:02, Anna <a@b.example> wrote:\n> hi`).text).toBe('I forwarded message from the courier to you yesterday.');
  });

  it('does not take a sentence ending in "wrote:" without a date for an attribution', () => {
    const text = 'On the invoice you wrote:\nLamp, brass, 2 pcs';
    expect(stripQuotedText(text).stripped).toBe(false);
  });
});

/** Lines an adversary (or a long thread) might throw at the patterns. */
const markerish = fc.constantFrom(
  'On ',
  ' wrote:',
  'Am ',
  ' schrieb ',
  '写道：',
  '>',
  '> ',
  '-- ',
  '--',
  '-----',
  'Original Message',
  'From: ',
  'Sent: ',
  'Subject: ',
  '发件人: ',
  '2026年3月3日',
  ' 10:02 ',
  'г. в ',
  'في ',
  ' كتب',
  '&nbsp;',
  '\u00a0',
  '\u202b',
  ' ',
  '\n',
  '\r\n',
  'Sent from my iPhone',
  'a',
  'é',
  '1',
  ':',
);
const adversarialText = fc.array(fc.oneof(markerish, fc.string({ maxLength: 12 })), { maxLength: 3000 }).map((parts) => parts.join(''));

/** The output, trimmed, is the input's first lines, trimmed. */
function isLinePrefix(output: string, input: string): boolean {
  const trimmedInput = input.trimStart();
  const trimmedOutput = output.trim();
  if (!trimmedInput.startsWith(trimmedOutput)) return false;
  return /^[^\S\n]*(?:\n|$)/.test(trimmedInput.slice(trimmedOutput.length)) || trimmedOutput === input.trim();
}

describe('stripQuotedText on any input', () => {
  it('returns the leading lines of the input, never nothing when the input has text', () => {
    fc.assert(
      fc.property(adversarialText, (text) => {
        const { text: output } = stripQuotedText(text);
        expect(isLinePrefix(output, text)).toBe(true);
        if (text.trim()) expect(output.trim()).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });

  // Bounds are generous for loaded CI machines: the work is linear in the input, and catastrophic
  // backtracking on inputs this long would take minutes, not a second.
  it('stays fast on long random input (no catastrophic backtracking)', () => {
    fc.assert(
      fc.property(adversarialText, fc.integer({ min: 1, max: 40 }), (text, times) => {
        const long = text.repeat(times).slice(0, 200_000);
        const started = performance.now();
        stripQuotedText(long);
        expect(performance.now() - started).toBeLessThan(1500);
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['one long line of "On "', `${'On '.repeat(70_000)}wrote`],
    ['one long line of spaces ending in a colon', `On${' '.repeat(200_000)}:`],
    ['a long dash line', `${'-'.repeat(200_000)}x`],
    ['a long line of attribution fragments', `Am 3.3.2026 ${'schrieb '.repeat(25_000)}:`],
  ])('stays fast on %s', (_name, text) => {
    const started = performance.now();
    stripQuotedText(text);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  // Time grows with the number of lines, not with its square: four times the lines may take
  // about four times as long (twelve leaves room for noise; quadratic work would take sixteen).
  it.each([
    ['quote lines', '> a\n'],
    ['header-like lines', 'From: a\nTo: b\n'],
    ['attribution-like lines', 'On 3 Mar 2026 x\n'],
    ['prose', 'Hello, I ordered a lamp and it has not arrived yet, could you check please?\n'],
  ])('takes time linear in the number of %s', (_name, line) => {
    const fastest = (text: string) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        stripQuotedText(text);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const small = fastest(line.repeat(2_000));
    const large = fastest(line.repeat(8_000));
    expect(large).toBeLessThan(12 * small + 20);
  });
});

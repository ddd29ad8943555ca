import { describe, expect, it } from 'vitest';
import { composeReply } from './compose.js';
import { localePack } from './locale-pack.js';
import { closingLine, salutation, signOff } from './salutation.js';

const de = localePack('de-DE');

describe('composeReply', () => {
  it('lays out salutation, paragraphs, closing and sign-off, dropping empty paragraphs', () => {
    const { text } = composeReply(de, {
      salutation: 'Sehr geehrte Frau Dr. Weber,',
      paragraphs: ['Ihr Paket ist unterwegs.', '', '   \n ', 'Die Sendungsnummer lautet 123.\nSie finden sie auch im Kundenkonto.'],
      closing: 'Bei Fragen sind wir gern für Sie da.',
      signOff: ['Mit freundlichen Grüßen', 'Lena', 'Nordlicht'],
      channel: 'email',
    });
    expect(text).toBe(
      [
        'Sehr geehrte Frau Dr. Weber,',
        '',
        'Ihr Paket ist unterwegs.',
        '',
        'Die Sendungsnummer lautet 123.\nSie finden sie auch im Kundenkonto.',
        '',
        'Bei Fragen sind wir gern für Sie da.',
        '',
        'Mit freundlichen Grüßen\nLena\nNordlicht',
      ].join('\n'),
    );
  });

  it('splits a paragraph that holds blank lines and tidies line ends', () => {
    const { text, html } = composeReply(de, { salutation: 'Hallo,', paragraphs: ['Eins.  \r\n\r\n\r\nZwei.'], closing: null, signOff: [], channel: 'email' });
    expect(text).toBe('Hallo,\n\nEins.\n\nZwei.');
    expect(html).toBe('<div dir="ltr" lang="de-DE"><p>Hallo,</p><p>Eins.</p><p>Zwei.</p></div>');
  });

  it('escapes every text in the HTML and turns line breaks into <br>', () => {
    const { html, text } = composeReply(de, {
      salutation: 'Hallo <b>Anna</b> & "Co",',
      paragraphs: ["<script>alert('x')</script>\nzweite Zeile"],
      closing: null,
      signOff: ['Lena <lena@example.com>'],
      channel: 'email',
    });
    expect(html).toBe(
      '<div dir="ltr" lang="de-DE"><p>Hallo &lt;b&gt;Anna&lt;/b&gt; &amp; &quot;Co&quot;,</p>' +
        '<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<br>zweite Zeile</p><p>Lena &lt;lena@example.com&gt;</p></div>',
    );
    expect(text).toContain("<script>alert('x')</script>");
  });

  it('writes right to left for Arabic and Hebrew, with the salutation courtesy line as <br>', () => {
    const ar = localePack('ar-SA');
    const greeting = salutation(ar, { firstName: 'فاطمة', lastName: 'الحربي', title: 'Mrs' }, { channel: 'email' });
    const { html } = composeReply(ar, { salutation: greeting, paragraphs: ['تم شحن طلبك.'], closing: closingLine(ar, { channel: 'email' }), signOff: [], channel: 'email' });
    expect(html.startsWith('<div dir="rtl" lang="ar-SA"><p>السيدة فاطمة الحربي المحترمة،<br>تحية طيبة وبعد،</p>')).toBe(true);
    expect(ar.direction).toBe('rtl');
    expect(localePack('he-IL').direction).toBe('rtl');
    expect(composeReply(localePack('he-IL'), { salutation: 'שלום,', paragraphs: [], closing: null, signOff: [], channel: 'email' }).html).toBe(
      '<div dir="rtl" lang="he-IL"><p>שלום,</p></div>',
    );
    expect(localePack('ja-JP').direction).toBe('ltr');
  });

  it('puts a short Swedish chat reply on one line and never signs a chat', () => {
    const sv = localePack('sv-SE');
    const reply = composeReply(sv, {
      salutation: salutation(sv, { firstName: 'Anna' }, { channel: 'chat' }),
      paragraphs: ['Paketet skickades i dag och är framme på torsdag.', ''],
      closing: closingLine(sv, { channel: 'chat' }),
      signOff: signOff(sv, { agentName: 'Lena', brandName: 'Nordlicht', channel: 'email' }),
      channel: 'chat',
    });
    expect(reply.text).toBe('Hej Anna! Paketet skickades i dag och är framme på torsdag.');
    expect(reply.html).toBe('<div dir="ltr" lang="sv-SE"><p>Hej Anna! Paketet skickades i dag och är framme på torsdag.</p></div>');
  });

  it('keeps chat replies in blocks when the body is long or the pack is not brief', () => {
    const sv = localePack('sv-SE');
    const two = composeReply(sv, { salutation: 'Hej Anna!', paragraphs: ['Ett.', 'Två.'], closing: null, signOff: [], channel: 'chat' });
    expect(two.text).toBe('Hej Anna!\n\nEtt.\n\nTvå.');
    const ptBR = localePack('pt-BR');
    const warm = composeReply(ptBR, { salutation: 'Oi, Ana!', paragraphs: ['Seu pedido já saiu.'], closing: null, signOff: ['Abraços,'], channel: 'chat' });
    expect(warm.text).toBe('Oi, Ana!\n\nSeu pedido já saiu.');
    const long = composeReply(sv, { salutation: 'Hej!', paragraphs: ['x'.repeat(200)], closing: null, signOff: [], channel: 'chat' });
    expect(long.text).toBe(`Hej!\n\n${'x'.repeat(200)}`);
  });
});

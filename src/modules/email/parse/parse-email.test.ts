import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { applyAttachmentLimits, formatSize } from './attachment-limits.js';
import { MalformedEmailError, parseEmail, type Attachment } from './index.js';

const LIMITS = { maxAttachmentBytes: 1024 * 1024, maxAttachmentsTotalBytes: 4 * 1024 * 1024 };

/** A message from header lines and a body; lines joined with CRLF. */
function raw(headers: string[], body: string | Buffer = 'Hello'): Buffer {
  return Buffer.concat([Buffer.from(`${headers.join('\r\n')}\r\n\r\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body.replace(/\r?\n/g, '\r\n'), 'utf8') : body]);
}

const FROM = 'From: Anna <anna@example.com>';

async function rejection(input: Buffer): Promise<MalformedEmailError> {
  const error = await parseEmail(input, LIMITS).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MalformedEmailError);
  return error as MalformedEmailError;
}

describe('parseEmail: headers', () => {
  it('reads identities, addresses and dates', async () => {
    const email = await parseEmail(
      raw([
        'From: "Anna Berg" <Anna.Berg@Example.COM>',
        'To: support@Shop.Example, Team <team@shop.example>',
        'Cc: undisclosed-recipients:;',
        'Reply-To: orders@example.com',
        'Delivered-To: support@shop.example',
        'X-Original-To: hello@shop.example',
        'Subject: =?UTF-8?B?V28gaXN0IG1laW5lIEJlc3RlbGx1bmc/?=',
        'Date: Tue, 3 Mar 2026 10:02:00 +0100 (CET)',
        'Message-ID: <m1@example.com>',
        'In-Reply-To: <meridian.1.2.abc@shop.example> (our reply)',
        'References: <a@x> <b@x>',
        ' <a@x> <c@x>',
      ]),
      LIMITS,
    );
    expect(email.from).toEqual({ address: 'Anna.Berg@example.com', name: 'Anna Berg' });
    expect(email.to.map((a) => a.address)).toEqual(['support@shop.example', 'team@shop.example']);
    expect(email.cc).toEqual([]);
    expect(email.replyTo).toEqual([{ address: 'orders@example.com', name: '' }]);
    expect(email.deliveredTo.map((a) => a.address)).toEqual(['support@shop.example', 'hello@shop.example']);
    expect(email.subject).toBe('Wo ist meine Bestellung?');
    expect(email.date?.toISOString()).toBe('2026-03-03T09:02:00.000Z');
    expect(email.messageId).toBe('m1@example.com');
    expect(email.inReplyTo).toBe('meridian.1.2.abc@shop.example');
    expect(email.references).toEqual(['a@x', 'b@x', 'c@x']);
    expect(email.contentType).toBe('text/plain');
  });

  it('lists every header decoded and in order, folding undone', async () => {
    const email = await parseEmail(raw([FROM, 'X-Note: =?ISO-8859-1?Q?caf=E9?=', 'Subject: long', '  folded', 'Received: by mx; Tue, 3 Mar 2026']), LIMITS);
    expect(email.headers).toEqual([
      { name: 'From', value: 'Anna <anna@example.com>' },
      { name: 'X-Note', value: 'café' },
      { name: 'Subject', value: 'long  folded' },
      { name: 'Received', value: 'by mx; Tue, 3 Mar 2026' },
    ]);
  });

  it('gives null for a missing or unreadable date, empty subject and no ids when absent', async () => {
    const missing = await parseEmail(raw([FROM]), LIMITS);
    expect(missing).toMatchObject({ date: null, subject: '', messageId: null, inReplyTo: null, references: [] });
    expect((await parseEmail(raw([FROM, 'Date: Di, 3 Mär 2026 kurz nach zehn']), LIMITS)).date).toBeNull();
  });

  it('reads 8-bit headers as UTF-8, else in the charset of the body', async () => {
    const utf8 = Buffer.concat([Buffer.from('From: '), Buffer.from('Åsa <asa@example.se>\r\nSubject: Fråga\r\n\r\nHej', 'utf8')]);
    expect(await parseEmail(utf8, LIMITS)).toMatchObject({ subject: 'Fråga', from: { name: 'Åsa' } });
    const cp1251 = Buffer.concat([Buffer.from(`${FROM}\r\nSubject: `), iconv.encode('Вопрос', 'windows-1251'), Buffer.from('\r\nContent-Type: text/plain; charset=windows-1251\r\n\r\n'), iconv.encode('Привет', 'windows-1251')]);
    expect(await parseEmail(cp1251, LIMITS)).toMatchObject({ subject: 'Вопрос', text: 'Привет' });
  });

  it('collects the auto-reply headers', async () => {
    const email = await parseEmail(
      raw([FROM, 'Auto-Submitted: auto-replied', 'Precedence: bulk', 'X-Autoreply: yes', 'X-Auto-Response-Suppress: All', 'List-Id: <news.example.com>', 'Return-Path: <>']),
      LIMITS,
    );
    expect(email.autoHeaders).toEqual({ autoSubmitted: 'auto-replied', precedence: 'bulk', xAutoreply: true, xAutoResponseSuppress: 'All', listId: '<news.example.com>', returnPath: '' });
    expect((await parseEmail(raw([FROM, 'Return-Path: <Bounce@Example.COM>', 'X-Autoreply: no']), LIMITS)).autoHeaders).toMatchObject({ returnPath: 'Bounce@example.com', xAutoreply: false });
  });
});

describe('parseEmail: charsets and bodies', () => {
  // The bytes senders really write under each label.
  const writtenAs: Record<string, string> = { gb2312: 'gb18030', GBK: 'gb18030', 'ks_c_5601-1987': 'cp949', 'x-sjis': 'cp932', 'iso-8859-1': 'windows-1252' };
  const body = (charset: string, text: string, encoding = 'base64') => {
    const bytes = iconv.encode(text, writtenAs[charset] ?? charset);
    const content = encoding === 'base64' ? bytes.toString('base64') : bytes.toString('latin1');
    return Buffer.concat([Buffer.from(`${FROM}\r\nContent-Type: text/plain; charset="${charset}"\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n`, 'latin1'), Buffer.from(content, 'latin1')]);
  };

  it.each([
    ['gb2312', '订单 😭 到了吗'],
    ['GBK', '訂單 😀 镕'],
    ['ks_c_5601-1987', '똠방각하 주문'],
    ['x-sjis', '注文①㈱髙'],
    ['cp1252', 'Grüße – „Salbei“ €'],
    ['iso-8859-1', 'Caf\u00e9 € (windows-1252 bytes under a latin-1 label)'],
    ['koi8-u', 'Ґудзик і їжак'],
  ])('decodes a body labelled %s', async (charset, text) => {
    expect((await parseEmail(body(charset, text), LIMITS)).text).toBe(text);
  });

  it('decodes GB18030 four-byte sequences in encoded words labelled gb2312', async () => {
    const word = `=?gb2312?B?${iconv.encode('台灯 😭', 'gb18030').toString('base64')}?=`;
    expect((await parseEmail(raw([FROM, `Subject: ${word}`]), LIMITS)).subject).toBe('台灯 😭');
  });

  it('prefers the text part of multipart/alternative and keeps the HTML sanitised', async () => {
    const email = await parseEmail(
      raw(
        [FROM, 'Content-Type: multipart/alternative; boundary=b'],
        '--b\nContent-Type: text/plain; charset=utf-8\n\nPlain words\n--b\nContent-Type: text/html; charset=utf-8\n\n<p onclick="x()">Rich <b>words</b></p><script>alert(1)</script><img src="https://tracker.example/p.gif">\n--b--\n',
      ),
      LIMITS,
    );
    expect(email.text).toBe('Plain words');
    expect(email.html).toBe('<p>Rich <b>words</b></p><img />');
  });

  it('derives the text from HTML when there is no text part', async () => {
    const email = await parseEmail(raw([FROM, 'Content-Type: text/html; charset=utf-8'], '<div>Hello&nbsp;there</div><div>line two</div><style>p{}</style>'), LIMITS);
    expect(email.text).toBe('Hello\u00a0there\nline two');
  });

  it('normalises text and subject to NFC', async () => {
    const email = await parseEmail(raw([FROM, 'Subject: =?UTF-8?Q?Cafe=CC=81?=', 'Content-Type: text/plain; charset=utf-8'], 'Cafe\u0301'), LIMITS);
    expect([email.subject, email.text]).toEqual(['Café', 'Café']);
  });
});

describe('parseEmail: attachments', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  const message = raw(
    [FROM, 'Content-Type: multipart/mixed; boundary=m'],
    [
      '--m',
      'Content-Type: multipart/related; boundary=r',
      '',
      '--r',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Look: <img src="cid:photo1@x"></p>',
      '--r',
      'Content-Type: image/png',
      'Content-ID: <photo1@x>',
      'Content-Transfer-Encoding: base64',
      '',
      png.toString('base64'),
      '--r--',
      '--m',
      'Content-Type: application/pdf; name="=?UTF-8?Q?Rechnung_M=C3=A4rz.pdf?="',
      'Content-Disposition: attachment; filename*=UTF-8\'\'Rechnung%20M%C3%A4rz.pdf',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.alloc(3000, 7).toString('base64'),
      '--m',
      'Content-Type: application/octet-stream',
      'Content-Disposition: attachment',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.alloc(500, 1).toString('base64'),
      '--m--',
      '',
    ].join('\n'),
  );

  it('keeps attachments and inline images with their Content-ID', async () => {
    const email = await parseEmail(message, LIMITS);
    expect(email.attachments.map(({ filename, contentType, contentId, inline, sizeBytes }) => ({ filename, contentType, contentId, inline, sizeBytes }))).toEqual([
      { filename: 'inline-1.png', contentType: 'image/png', contentId: 'photo1@x', inline: true, sizeBytes: png.length },
      { filename: 'Rechnung März.pdf', contentType: 'application/pdf', contentId: null, inline: false, sizeBytes: 3000 },
      { filename: 'attachment-3.bin', contentType: 'application/octet-stream', contentId: null, inline: false, sizeBytes: 500 },
    ]);
    expect(email.html).toContain('src="cid:photo1@x"');
    expect(email.text).toBe('Look:');
  });

  it('leaves out an attachment over the per-attachment limit and says so in the text', async () => {
    const email = await parseEmail(message, { maxAttachmentBytes: 2048, maxAttachmentsTotalBytes: 1_000_000 });
    expect(email.attachments.map((a) => a.filename)).toEqual(['inline-1.png', 'attachment-3.bin']);
    expect(email.omittedAttachments).toEqual([{ filename: 'Rechnung März.pdf', sizeBytes: 3000, reason: 'larger than the 2 KB limit' }]);
    expect(email.text).toBe('Look:\n\n[Attachment Rechnung März.pdf (2.9 KB) was not kept: larger than the 2 KB limit]');
  });

  it('leaves out what does not fit in the total limit', async () => {
    const email = await parseEmail(message, { maxAttachmentBytes: 10_000, maxAttachmentsTotalBytes: 3100 });
    expect(email.attachments.map((a) => a.filename)).toEqual(['inline-1.png', 'Rechnung März.pdf']);
    expect(email.omittedAttachments.map((o) => [o.filename, o.reason])).toEqual([['attachment-3.bin', 'the attachments of this message together exceed the 3 KB limit']]);
  });

  it('formats sizes the way the notice reads', () => {
    expect([formatSize(12), formatSize(2048), formatSize(31.2 * 1024 * 1024), formatSize(25 * 1024 * 1024)]).toEqual(['12 bytes', '2 KB', '31.2 MB', '25 MB']);
    const file = (sizeBytes: number): Attachment => ({ filename: `${sizeBytes}.bin`, contentType: 'application/octet-stream', content: Buffer.alloc(0), contentId: null, inline: false, sizeBytes });
    const { kept, omitted } = applyAttachmentLimits([file(10), file(30), file(15), file(5)], { maxAttachmentBytes: 20, maxAttachmentsTotalBytes: 28 });
    expect(kept.map((a) => a.sizeBytes)).toEqual([10, 15]);
    expect(omitted.map((o) => o.sizeBytes)).toEqual([30, 5]);
  });
});

describe('parseEmail: delivery reports', () => {
  it('separates the delivery status and the returned headers from attachments', async () => {
    const email = await parseEmail(
      raw(
        ['From: MAILER-DAEMON@mx.example.com', 'Content-Type: multipart/report; report-type=delivery-status; boundary=r'],
        [
          '--r',
          'Content-Type: text/plain',
          '',
          'Delivery failed.',
          '--r',
          'Content-Type: message/delivery-status',
          '',
          'Reporting-MTA: dns; mx.example.com',
          '',
          'Final-Recipient: rfc822; gone@example.com',
          'Action: failed',
          'Status: 5.1.1',
          '--r',
          'Content-Type: message/rfc822',
          '',
          'From: support@shop.example',
          'Message-ID: <meridian.9.1.x@shop.example>',
          '',
          'Hello',
          '--r--',
          '',
        ].join('\n'),
      ),
      LIMITS,
    );
    expect(email).toMatchObject({ contentType: 'multipart/report', text: 'Delivery failed.', attachments: [] });
    expect(email.deliveryStatus).toContain('Status: 5.1.1');
    expect(email.embeddedMessageHeaders).toBe('From: support@shop.example\nMessage-ID: <meridian.9.1.x@shop.example>');
  });
});

describe('parseEmail: what goes to quarantine', () => {
  it.each([
    ['empty input', Buffer.alloc(0), /empty/],
    ['only blank lines', Buffer.from('\r\n\r\n  \r\n'), /empty/],
    ['text without headers', Buffer.from('hello, where is my order?\r\n'), /no header lines/],
    ['a header block without From', raw(['To: support@shop.example', 'Subject: hi']), /no From header/],
    ['a From without an address', raw(['From: Anna Schmidt']), /no usable address/],
    ['a From with a group only', raw(['From: undisclosed-recipients:;']), /no usable address/],
  ])('%s', async (_name, input, reason) => {
    expect((await rejection(input)).reason).toMatch(reason);
  });

  it('accepts an mbox "From " line in front of the headers', async () => {
    expect((await parseEmail(Buffer.from(`From anna@example.com Tue Mar  3 10:02:00 2026\r\n${FROM}\r\n\r\nHi`), LIMITS)).text).toBe('Hi');
  });

  it('rejects parts nested more than 20 deep and more than 500 parts', async () => {
    let body = 'Content-Type: text/plain\r\n\r\nbottom\r\n';
    for (let level = 0; level < 22; level++) body = `Content-Type: multipart/mixed; boundary="n${level}"\r\n\r\n--n${level}\r\n${body}--n${level}--\r\n`;
    expect((await rejection(Buffer.from(`${FROM}\r\n${body}`))).reason).toMatch(/22 levels/);
    const parts = Array.from({ length: 520 }, (_, index) => `--p\r\nContent-Type: text/plain\r\n\r\npart ${index}\r\n`).join('');
    expect((await rejection(raw([FROM, 'Content-Type: multipart/mixed; boundary=p'], `${parts}--p--\r\n`))).reason).toMatch(/more than 500 MIME parts/);
  });

  it('accepts broken but readable messages instead of throwing', async () => {
    const cases = [
      raw([FROM, 'Content-Type: multipart/mixed; boundary=x'], '--x\nContent-Type: text/plain\n\nno closing boundary'),
      raw([FROM, 'Content-Type: text/plain; charset=x-unknown-charset'], 'Hello'),
      raw([FROM, 'Content-Transfer-Encoding: base64'], '!!!not base64!!!'),
      raw([FROM, 'Content-Type: text/plain; charset=utf-7'], '+ADw-script+AD4-'),
      raw([FROM, `X-Long: ${'a'.repeat(100_000)}`]),
    ];
    for (const input of cases) await expect(parseEmail(input, LIMITS)).resolves.toBeTruthy();
  });
});

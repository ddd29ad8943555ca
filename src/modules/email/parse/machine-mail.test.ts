import { describe, expect, it } from 'vitest';
import { parsedEmailStub } from '../../../../test/fixtures/email/parsed-email-stub.js';
import { classifyMachineMail, extractBounce, loopKey } from './index.js';

const kind = (overrides: Parameters<typeof parsedEmailStub>[0]) => classifyMachineMail(parsedEmailStub(overrides)).kind;

describe('classifyMachineMail', () => {
  it('leaves a person’s mail alone', () => {
    expect(classifyMachineMail(parsedEmailStub())).toEqual({ kind: null, reason: null });
  });

  it('takes a delivery status report for a bounce', () => {
    expect(kind({ contentType: 'multipart/report', deliveryStatus: 'Action: failed', from: { address: 'MAILER-DAEMON@mx.example', name: '' } })).toBe('bounce');
  });

  it.each(['MAILER-DAEMON@mx.example.com', 'postmaster@example.org', 'Mailer-Daemon@mail.example'])('takes other mail from %s for mailer_daemon', (address) => {
    expect(kind({ from: { address, name: '' }, subject: 'failure notice' })).toBe('mailer_daemon');
  });

  it('takes a failure notice with the null sender for mailer_daemon', () => {
    expect(kind({ subject: 'Undeliverable: Your order', autoHeaders: { returnPath: '' } })).toBe('mailer_daemon');
    expect(kind({ subject: 'Your order', autoHeaders: { returnPath: '' } })).toBeNull();
  });

  it.each([
    'Out of Office: Your order',
    'Automatic reply: Your order #1170',
    'Abwesenheitsnotiz: Ihre Bestellung',
    'Réponse automatique : Votre commande',
    'Respuesta automática: Su pedido',
    'Risposta automatica: Il suo ordine',
    'Resposta automática: Seu pedido',
    'Automatisch antwoord: Uw bestelling',
    '自动回复: 您的订单',
    '自動回覆：您的訂單',
    '自動応答: ご注文',
    '不在通知',
    '자동 응답: 주문',
    'Автоответ: Ваш заказ',
    'رد تلقائي: طلبك',
    '[Northwind] Out of the office until Monday',
  ])('takes the subject "%s" for out of office', (subject) => {
    expect(kind({ subject })).toBe('out_of_office');
  });

  it.each([
    ['Auto-Submitted: auto-replied', { autoSubmitted: 'auto-replied' }],
    ['Auto-Submitted: auto-generated', { autoSubmitted: 'auto-generated' }],
    ['X-Autoreply', { xAutoreply: true }],
    ['Precedence: bulk', { precedence: 'bulk' }],
    ['Precedence: junk', { precedence: 'junk' }],
    ['Precedence: auto_reply', { precedence: 'auto_reply' }],
  ])('takes %s for an auto reply', (_name, autoHeaders) => {
    expect(kind({ subject: 'Re: Your order', autoHeaders })).toBe('auto_reply');
  });

  it('takes an absence subject with auto headers for out of office, with the header as the reason', () => {
    expect(classifyMachineMail(parsedEmailStub({ subject: 'Automatic reply: order', autoHeaders: { autoSubmitted: 'auto-replied' } }))).toEqual({ kind: 'out_of_office', reason: 'Auto-Submitted: auto-replied' });
  });

  it.each([
    ['Auto-Submitted: no', { autoSubmitted: 'no' }],
    ['Precedence: list', { precedence: 'list' }],
    ['List-Id alone', { listId: '<buyers.example.com>' }],
    ['X-Auto-Response-Suppress alone', { xAutoResponseSuppress: 'All' }],
  ])('does not take %s for a machine', (_name, autoHeaders) => {
    expect(kind({ autoHeaders })).toBeNull();
  });

  it.each(['不在票が入っていました', '休假期间能发货吗？', '부재중 배송 문의', 'Afwezig bij bezorging, pakket terug?'])('does not take the buyer subject "%s" for an absence notice', (subject) => {
    expect(kind({ subject })).toBeNull();
  });

  it('takes acknowledgement subjects for auto replies', () => {
    expect(kind({ subject: '[#48213] We received your request: quote' })).toBe('auto_reply');
    expect(kind({ subject: 'Auto-Reply: Re: order' })).toBe('auto_reply');
  });

  it('does not let a marketplace’s own headers make a relayed buyer message a machine reply', () => {
    const relayed = { from: { address: 'k7x2mq9vb4ltr3p@marketplace.amazon.de', name: 'Markus' }, subject: 'Anfrage von Amazon-Kunde Markus', autoHeaders: { precedence: 'bulk' } };
    expect(kind(relayed)).toBeNull();
    expect(kind({ ...relayed, subject: 'Abwesenheitsnotiz: Anfrage' })).toBe('out_of_office');
  });
});

describe('extractBounce', () => {
  const report = `Reporting-MTA: dns; mx1.example.net
Arrival-Date: Tue, 10 Mar 2026 09:14:03 +0100

Final-Recipient: rfc822; kept@example.net
Action: delivered
Status: 2.0.0

Final-Recipient: rfc822; Gone@Example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <gone@example.net>: no such
    mailbox`;

  it('reads the failed recipient of a DSN and the Message-ID of the returned headers', () => {
    const email = parsedEmailStub({
      contentType: 'multipart/report',
      deliveryStatus: report,
      embeddedMessageHeaders: 'From: support@shop.example\nMessage-ID:\n <meridian.1.2.abc@shop.example>\nSubject: Hi',
      from: { address: 'MAILER-DAEMON@mx1.example.net', name: '' },
    });
    expect(extractBounce(email)).toEqual({ originalMessageId: 'meridian.1.2.abc@shop.example', recipient: 'gone@example.net', status: '5.1.1', diagnostic: '550 5.1.1 <gone@example.net>: no such mailbox' });
  });

  it('reads a plain mailer-daemon notice from its text', () => {
    const email = parsedEmailStub({
      from: { address: 'MAILER-DAEMON@mail.example.org', name: '' },
      text: 'I could not deliver your message.\n\n<anna@example.org>:\n550 5.1.1 user unknown\n\n--- copy\nMessage-ID: <meridian.7.3.q@shop.example>\nSubject: Hi',
    });
    expect(extractBounce(email)).toEqual({ originalMessageId: 'meridian.7.3.q@shop.example', recipient: 'anna@example.org', status: '5.1.1', diagnostic: '550 5.1.1 user unknown' });
  });

  it('says nothing about mail that is no bounce, even with a message attached', () => {
    expect(extractBounce(parsedEmailStub())).toBeNull();
    expect(extractBounce(parsedEmailStub({ embeddedMessageHeaders: 'Message-ID: <forwarded@shop.example>' }))).toBeNull();
  });
});

describe('loopKey', () => {
  it('is the same for the same sender and text, whatever the case of the address and the spacing', () => {
    const key = loopKey('Robot@Example.com', 'Thank you for your message.\n\nWe will reply soon.');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(loopKey(' robot@example.com', 'Thank you for your message. We will\treply soon.  ')).toBe(key);
    expect(loopKey('robot@example.com', 'Thank you for your message. We will reply later.')).not.toBe(key);
    expect(loopKey('other@example.com', 'Thank you for your message. We will reply soon.')).not.toBe(key);
  });
});

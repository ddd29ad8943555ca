import { describe, expect, it } from 'vitest';
import { parsedEmailStub } from '../../../../test/fixtures/email/parsed-email-stub.js';
import { recognizeMarketplace } from './index.js';

const from = (address: string, extra: Parameters<typeof parsedEmailStub>[0] = {}) => recognizeMarketplace(parsedEmailStub({ from: { address, name: '' }, ...extra }));

describe('recognizeMarketplace: Amazon buyer-seller messaging', () => {
  it.each([
    ['com', 'US'], ['co.uk', 'GB'], ['de', 'DE'], ['fr', 'FR'], ['it', 'IT'], ['es', 'ES'], ['nl', 'NL'], ['se', 'SE'], ['pl', 'PL'], ['com.tr', 'TR'],
    ['com.be', 'BE'], ['ae', 'AE'], ['sa', 'SA'], ['eg', 'EG'], ['in', 'IN'], ['co.jp', 'JP'], ['com.au', 'AU'], ['sg', 'SG'], ['ca', 'CA'], ['com.mx', 'MX'], ['com.br', 'BR'],
  ])('recognises the relay of amazon.%s', (site, region) => {
    expect(from(`K7X2MQ9VB4LTR3P@marketplace.amazon.${site}`, { subject: 'Inquiry from Amazon customer (Order: 302-4417385-2290716)' })).toEqual({
      marketplace: 'amazon',
      region,
      buyerAlias: 'k7x2mq9vb4ltr3p',
      orderNumber: '302-4417385-2290716',
      threadKey: 'amazon:302-4417385-2290716',
    });
  });

  it('finds the order number in the body, and keys the thread by the buyer without one', () => {
    expect(from('abc123@marketplace.amazon.de', { subject: 'Anfrage', text: 'Bestellnummer: 028-1234567-7654321' })?.orderNumber).toBe('028-1234567-7654321');
    expect(from('abc123@marketplace.amazon.de', { subject: 'Frage zum Artikel', text: 'Ist die Lampe dimmbar?' })).toMatchObject({ orderNumber: null, threadKey: 'amazon:abc123' });
  });

  it('also sees the relay in Reply-To', () => {
    expect(recognizeMarketplace(parsedEmailStub({ replyTo: [{ address: 'xyz@marketplace.amazon.co.uk', name: '' }] }))?.marketplace).toBe('amazon');
  });

  it('does not take other Amazon mail or look-alike domains for the relay', () => {
    expect(from('no-reply@amazon.de')).toBeNull();
    expect(from('someone@marketplace.amazon.de.evil.example')).toBeNull();
    expect(from('someone@marketplace.amazon.xyz')).toBeNull();
  });
});

describe('recognizeMarketplace: eBay', () => {
  it.each([
    ['members.ebay.com', 'US'], ['members.ebay.co.uk', 'GB'], ['members.ebay.de', 'DE'], ['members.ebay.fr', 'FR'], ['members.ebay.it', 'IT'],
    ['members.ebay.es', 'ES'], ['members.ebay.com.au', 'AU'], ['members.ebay.ca', 'CA'], ['members.ebay.at', 'AT'],
  ])('recognises the relay address at %s', (domain, region) => {
    expect(from(`a7f3k2m9q1x@${domain}`, { subject: 'buyer sent a message about Lamp #115638920417' })).toEqual({
      marketplace: 'ebay',
      region,
      buyerAlias: 'a7f3k2m9q1x',
      orderNumber: null,
      threadKey: 'ebay:a7f3k2m9q1x:115638920417',
    });
  });

  it('prefers the order number for the thread', () => {
    expect(from('a7f3k2m9q1x@members.ebay.com', { text: 'Just bought it, order 14-11802-53317.' })).toMatchObject({ orderNumber: '14-11802-53317', threadKey: 'ebay:14-11802-53317' });
  });

  it('recognises eBay notifications that carry a buyer message, and names the buyer', () => {
    expect(from('ebay@ebay.co.uk', { subject: 'New message from: tidy_home_uk', text: 'Zip is broken. Order 27-11932-40418.' })).toEqual({
      marketplace: 'ebay',
      region: 'GB',
      buyerAlias: 'tidy_home_uk',
      orderNumber: '27-11932-40418',
      threadKey: 'ebay:27-11932-40418',
    });
    expect(from('ebay@ebay.de', { subject: 'moebelfan_hh hat Ihnen eine Frage gestellt', text: 'Hallo, ist der Teppich für Kunde ware?' })).toMatchObject({ marketplace: 'ebay', region: 'DE', buyerAlias: 'moebelfan_hh' });
  });

  it('ignores eBay’s own announcements', () => {
    expect(from('ebay@ebay.com', { subject: 'Your weekly deals are here', text: 'Save up to 40% on home and garden.' })).toBeNull();
  });
});

describe('recognizeMarketplace: AliExpress', () => {
  it('recognises message notifications and their 16-digit order numbers', () => {
    expect(from('transaction@notice.aliexpress.com', { subject: 'You have a new message', text: 'Buyer: Carlos M.\nOrder ID: 8187342290416635\n\nhello' })).toEqual({
      marketplace: 'aliexpress',
      region: null,
      buyerAlias: 'Carlos M.',
      orderNumber: '8187342290416635',
      threadKey: 'aliexpress:8187342290416635',
    });
    expect(from('notice@ru.aliexpress.com', { subject: 'Новое сообщение', text: 'Номер заказа: 8190527734481926' })).toMatchObject({ region: 'RU', orderNumber: '8190527734481926' });
  });

  it.each([
    ['Order ID: 8187342290416635', '8187342290416635'],
    ['Bestellnummer: 3021877469112050', '3021877469112050'],
    ['Numéro de commande : 8187342290416635', '8187342290416635'],
    ['注文番号：8187342290416635', '8187342290416635'],
    ['订单号：8187342290416635', '8187342290416635'],
    ['Número do pedido 81873422904166351', '81873422904166351'],
    ['your parcel LX123456789CN, phone 13800138000, order 8187342290416635', '8187342290416635'],
  ])('reads the order number in "%s"', (text, orderNumber) => {
    expect(from('service@aliexpress.com', { text })?.orderNumber).toBe(orderNumber);
  });

  it('finds no order number in shorter numbers', () => {
    expect(from('service@aliexpress.com', { subject: 'Message', text: 'call me at 13800138000' })).toMatchObject({ orderNumber: null, threadKey: null });
  });
});

describe('recognizeMarketplace: ordinary mail', () => {
  it('is null for a buyer writing directly', () => {
    expect(recognizeMarketplace(parsedEmailStub({ text: 'My Amazon order 302-4417385-2290716 never came' }))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';

import { context, findings, rules } from './guard.fixtures.js';

const on = (marketplace: string | null) => context({ marketplace, channel: marketplace ? 'marketplace' : 'email' });

describe('marketplace messaging rules: links', () => {
  it('blocks links off Amazon, allowing Amazon and carrier links', () => {
    expect(findings('Instructions: https://brightshop.example/manuals/kettle.pdf', 'en', on('amazon'))).toMatchObject([
      { rule: 'marketplace.external_link', severity: 'block', excerpt: 'https://brightshop.example/manuals/kettle.pdf', params: { host: 'brightshop.example' } },
    ]);
    expect(rules('See www.other-shop.com or mystore.de/sale.', 'en', on('amazon'))).toEqual(['marketplace.external_link', 'marketplace.external_link']);
    expect(
      rules('Track it at https://www.ups.com/track?tracknum=1Z999AA10123456784 or amazon.de/gp/css/order-history and amzn.to/3xYz.', 'en', on('amazon')),
    ).toEqual([]);
  });

  it('applies each marketplace’s own list', () => {
    expect(rules('https://www.ebay.co.uk/mesh/ord/details', 'en', on('ebay'))).toEqual([]);
    expect(rules('https://www.ebay.co.uk/mesh/ord/details', 'en', on('amazon'))).toEqual(['marketplace.external_link']);
    expect(rules('Details: https://brightshop.example/faq', 'en', on('etsy'))).toEqual([]);
    expect(rules('Details: https://brightshop.example/faq', 'en', on(null))).toEqual([]);
  });
});

describe('marketplace messaging rules: marketing', () => {
  it.each([
    ['en', 'Follow us on Instagram for 20% off your next order!'],
    ['de', 'Folgen Sie uns auf Instagram und abonnieren Sie unseren Newsletter.'],
    ['fr', 'Abonnez-vous à notre newsletter pour découvrir nos nouveautés.'],
    ['es', 'Síganos en Instagram y descubra nuestra nueva colección.'],
    ['it', 'Si iscriva alla nostra newsletter: offerta speciale per lei.'],
    ['ja', '次回のご注文で使えるクーポンもございます。'],
    ['zh', '欢迎关注店铺，新品上市享受限时优惠。'],
  ])('blocks it on Amazon: %s: %s', (language, text) => {
    expect(rules(text, language, on('amazon'))).toContain('marketplace.marketing');
  });

  it('is allowed in the own shop and only warned about on eBay', () => {
    expect(rules('Follow us on Instagram!', 'en', on(null))).toEqual([]);
    expect(findings('Follow us on Instagram!', 'en', on('ebay'))).toMatchObject([{ rule: 'marketplace.marketing', severity: 'warn' }]);
  });
});

describe('marketplace messaging rules: off the platform', () => {
  it.each([
    ['amazon', 'en', 'Add us on WhatsApp and we sort it out.', 'marketplace.off_platform_contact'],
    ['amazon', 'en', 'It is cheaper on our website.', 'marketplace.off_platform_sale'],
    ['ebay', 'de', 'Sie können auch direkt per Banküberweisung bezahlen.', 'marketplace.off_platform_sale'],
    ['aliexpress', 'zh', '您可以加我微信，我们私下交易。', 'marketplace.off_platform_contact'],
    ['aliexpress', 'ru', 'Напишите нам в Telegram, так быстрее.', 'marketplace.off_platform_contact'],
    ['shopee', 'vi', 'Bạn chuyển khoản trực tiếp cho shop nhé.', 'marketplace.off_platform_sale'],
    ['shopee', 'id', 'Silakan transfer ke rekening kami.', 'marketplace.off_platform_sale'],
    ['etsy', 'en', 'Pay us directly and we will skip the fees.', 'marketplace.off_platform_sale'],
    ['walmart', 'es', 'Escríbanos directamente por WhatsApp.', 'marketplace.off_platform_contact'],
    ['temu', 'pt', 'Compre diretamente no nosso site.', 'marketplace.off_platform_sale'],
  ])('%s (%s): %s', (marketplace, language, text, rule) => {
    expect(findings(text, language, on(marketplace)).find((f) => f.rule === rule)).toMatchObject({ severity: 'block' });
  });

  it('is fine in the own shop', () => {
    expect(rules('Add us on WhatsApp or order directly on our website.', 'en', on(null))).toEqual([]);
  });

  it("blocks the brand's own e-mail address and phone number on a marketplace, not in the own shop", () => {
    const text = 'Write to help@brightshop.example or call +1 415 555 2671.';
    expect(findings(text, 'en', on('amazon'))).toMatchObject([
      { rule: 'marketplace.seller_contact', severity: 'block', excerpt: 'help@brightshop.example', params: { kind: 'email' } },
      { rule: 'marketplace.seller_contact', severity: 'block', excerpt: '+1 415 555 2671', params: { kind: 'phone' } },
    ]);
    expect(findings(text, 'en', on('etsy')).map((f) => f.severity)).toEqual(['warn', 'warn']);
    expect(rules(text, 'en', on(null))).toEqual([]);
  });
});

describe('reviews', () => {
  it.each([
    ['en', "We'll send you a free gift if you leave a 5-star review."],
    ['en', 'If you remove your negative review, we will refund you in full.'],
    ['de', 'Für eine 5-Sterne-Bewertung erhalten Sie einen Gutschein.'],
    ['fr', 'Nous vous offrons un bon d’achat en échange d’un avis 5 étoiles.'],
    ['es', 'Le damos un cupón de descuento a cambio de una reseña de 5 estrellas.'],
    ['pt', 'Ganhe um cupom de desconto ao deixar uma avaliação 5 estrelas.'],
    ['ru', 'За отзыв 5 звёзд дарим скидку 10%.'],
    ['pl', 'W zamian za pozytywną opinię otrzymasz rabat 10%.'],
    ['tr', 'Olumlu yorum karşılığında size hediye çeki gönderiyoruz.'],
    ['zh', '给五星好评返现5元。'],
    ['ja', 'レビュー投稿でクーポンをプレゼントします。'],
    ['ko', '포토 리뷰 작성 시 적립금을 드립니다.'],
    ['id', 'Berikan ulasan bintang 5 dan dapatkan voucher gratis.'],
  ])('blocks an incentive for a review everywhere: %s: %s', (language, text) => {
    expect(findings(text, language, on(null)).find((f) => f.rule === 'review.incentive')).toMatchObject({ severity: 'block' });
    expect(rules(text, language, on('amazon'))).toContain('review.incentive');
  });

  it.each([
    ['en', 'Please leave us a 5-star review.'],
    ['en', 'Could you update your review now that the issue is fixed?'],
    ['de', 'Wir würden uns über eine 5-Sterne-Bewertung freuen.'],
    ['es', 'Por favor, déjenos una reseña de 5 estrellas.'],
    ['zh', '麻烦给个好评哦。'],
    ['ja', '星5をつけていただけると嬉しいです。'],
  ])('asking for a positive or changed review: block on Amazon, warn in the own shop: %s', (language, text) => {
    expect(findings(text, language, on('amazon')).find((f) => f.rule === 'review.positive_request')).toMatchObject({ severity: 'block' });
    expect(findings(text, language, on(null)).find((f) => f.rule === 'review.positive_request')).toMatchObject({ severity: 'warn' });
  });

  it.each([
    ['en', 'If you have a moment, we would appreciate your feedback on the order.'],
    ['en', 'Thank you for your 5-star review!'],
    ['de', 'Vielen Dank für Ihre positive Bewertung!'],
    ['zh', '感谢您的好评！'],
  ])('allows a neutral request or a thank-you: %s', (language, text) => {
    expect(rules(text, language, on('amazon'))).toEqual([]);
  });
});

describe('attachments', () => {
  const files = (...list: [string, number][]) => list.map(([filename, sizeBytes]) => ({ filename, sizeBytes }));
  const MB = 1024 * 1024;

  it('checks size, type and total on Amazon', () => {
    const ctx = context({ marketplace: 'amazon', attachments: files(['manual.pdf', 12 * MB], ['setup.exe', 1 * MB]) });
    expect(findings('Please see the attachments.', 'en', ctx).map((f) => [f.rule, f.excerpt, f.index])).toEqual([
      ['marketplace.attachment_size', 'manual.pdf', -1],
      ['marketplace.attachment_type', 'setup.exe', -1],
      ['marketplace.attachment_total', 'manual.pdf, setup.exe', -1],
    ]);
    const fine = context({ marketplace: 'amazon', attachments: files(['photo.JPG', 3 * MB], ['label.pdf', 2 * MB]) });
    expect(rules('Please see the attachments.', 'en', fine)).toEqual([]);
  });

  it('uses each marketplace’s own limits and nothing in the own shop', () => {
    expect(rules('Photo attached.', 'en', context({ marketplace: 'ebay', attachments: files(['label.pdf', MB]) }))).toEqual([
      'marketplace.attachment_type',
    ]);
    expect(rules('Attached.', 'en', context({ marketplace: null, attachments: files(['setup.exe', 50 * MB]) }))).toEqual([]);
  });
});

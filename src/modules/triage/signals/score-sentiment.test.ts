import { describe, expect, it } from 'vitest';
import { scoreSentiment } from './score-sentiment.js';

describe('scoreSentiment: the reference examples', () => {
  it('a neutral question is about 0', () => {
    const s = scoreSentiment('where is my order?', 'en');
    expect(s).toBeGreaterThanOrEqual(-0.2);
    expect(s).toBeLessThanOrEqual(0);
  });

  it('"this is a SCAM, worst seller ever!!!" ≤ −0.6', () => {
    expect(scoreSentiment('this is a SCAM, worst seller ever!!!', 'en')).toBeLessThanOrEqual(-0.6);
  });

  it('"thank you so much, love it 😊" ≥ 0.5', () => {
    expect(scoreSentiment('thank you so much, love it 😊', 'en')).toBeGreaterThanOrEqual(0.5);
  });
});

/** [language, clearly positive, clearly negative, neutral question] */
const EXAMPLES: [string, string, string, string][] = [
  ['en', 'Great service, the earbuds are perfect. Highly recommend!', 'Terrible quality, the case arrived broken. Very disappointed.', 'Do you ship to Canada?'],
  ['de', 'Super schnelle Lieferung, ich bin sehr zufrieden. Vielen herzlichen Dank!', 'Die Ware ist kaputt angekommen, ich bin total enttäuscht. Eine Frechheit!', 'Wann wird meine Bestellung verschickt?'],
  ['fr', 'Merci beaucoup, la robe est magnifique, je suis ravie !', "C'est inadmissible, le colis est arrivé cassé. Très déçue.", 'Quand ma commande sera-t-elle expédiée ?'],
  ['es', '¡Me encanta! Excelente calidad, muy contenta con la compra.', 'Pésimo servicio, el producto llegó roto. Estoy muy molesta.', '¿Hacen envíos a Chile?'],
  ['pt', 'Amei! Chegou rapidinho, produto ótimo, super recomendo.', 'Péssimo, veio quebrado e ninguém resolve. Um absurdo!', 'Vocês entregam em Portugal?'],
  ['it', 'Ottimo prodotto, sono molto soddisfatta. Grazie di cuore!', 'Pessimo servizio, è arrivato rotto. Sono molto delusa.', 'Spedite anche in Svizzera?'],
  ['nl', 'Heel goed product, ik ben erg tevreden. Top!', 'Waardeloos, het kwam kapot aan. Ik ben erg teleurgesteld.', 'Wanneer wordt mijn bestelling verzonden?'],
  ['pl', 'Świetny produkt, jestem bardzo zadowolona. Polecam!', 'Fatalna jakość, przyszło uszkodzone. Jestem bardzo rozczarowany.', 'Kiedy wyślecie moje zamówienie?'],
  ['sv', 'Jättebra produkt, jag är mycket nöjd. Tusen tack!', 'Väldigt dålig kvalitet, den kom trasig. Jag är besviken.', 'När skickas min beställning?'],
  ['ru', 'Отличный товар, очень доволен. Спасибо большое!', 'Ужасное качество, пришло сломанным. Очень разочарована.', 'Когда отправите мой заказ?'],
  ['uk', 'Чудовий товар, дуже задоволена. Щиро дякую!', 'Жахлива якість, прийшло пошкодженим. Я розчарована.', 'Коли відправите моє замовлення?'],
  ['tr', 'Harika ürün, çok memnunum. Çok teşekkürler!', 'Berbat kalite, ürün kırık geldi. Rezalet!', 'Siparişim ne zaman kargoya verilir?'],
  ['zh', '质量很好，非常满意，物流也快，太感谢了！', '太失望了，收到就坏了，质量太差！', '请问什么时候发货？'],
  ['ja', '素晴らしい商品で大変満足しています。本当にありがとうございます！', '届いた商品が壊れていました。最悪です。がっかりしました。', 'いつ発送されますか？'],
  ['ko', '제품 너무 좋아요! 정말 감사합니다. 최고예요', '최악이에요. 물건이 파손되어 왔어요. 정말 실망입니다.', '언제 배송되나요?'],
  ['ar', 'المنتج ممتاز وأنا راضي جدا، شكرا جزيلا!', 'خدمة سيئة جدا، المنتج وصل مكسور. للأسف محبط.', 'متى يتم شحن طلبي؟'],
  ['he', 'מוצר מעולה, אני מאוד מרוצה. תודה רבה!', 'שירות גרוע, המוצר הגיע שבור. אני מאוכזבת.', 'מתי ההזמנה תישלח?'],
  ['th', 'สินค้าดีมาก ประทับใจสุดๆ ขอบคุณมากๆ ค่ะ', 'แย่มาก ของมาแตก ผิดหวังมาก', 'จะส่งของเมื่อไหร่คะ'],
  ['vi', 'Hàng đẹp lắm, rất hài lòng, cảm ơn nhiều!', 'Chất lượng kém, hàng bị vỡ, thất vọng quá.', 'Khi nào shop giao hàng ạ?'],
  ['id', 'Barangnya bagus banget, puas sekali. Terima kasih banyak!', 'Kecewa banget, barangnya rusak. Parah!', 'Kapan pesanan saya dikirim?'],
  ['ms', 'Barang cantik, sangat bagus. Puas hati!', 'Teruk betul, barang sampai rosak. Sangat kecewa.', 'Bila pesanan saya akan dihantar?'],
  ['cs', 'Skvělý produkt, jsem moc spokojená. Doporučuji!', 'Hrozná kvalita, přišlo to rozbité. Jsem zklamaný.', 'Kdy odešlete moji objednávku?'],
  ['fi', 'Loistava tuote, olen erittäin tyytyväinen. Kiitos paljon!', 'Surkea laatu, tuote tuli rikki. Olen pettynyt.', 'Milloin tilaukseni lähetetään?'],
  ['da', 'Fantastisk produkt, jeg er meget tilfreds. Tusind tak!', 'Elendig kvalitet, varen kom i stykker. Jeg er skuffet.', 'Hvornår bliver min ordre sendt?'],
  ['no', 'Kjempebra produkt, jeg er veldig fornøyd. Tusen takk!', 'Elendig kvalitet, varen kom ødelagt. Jeg er skuffet.', 'Når blir bestillingen min sendt?'],
];

describe('scoreSentiment: sign in every language', () => {
  for (const [language, positive, negative, neutral] of EXAMPLES) {
    it(`${language}: positive > 0.3, negative < −0.3, neutral question ≈ 0`, () => {
      expect(scoreSentiment(positive, language), positive).toBeGreaterThan(0.3);
      expect(scoreSentiment(negative, language), negative).toBeLessThan(-0.3);
      expect(Math.abs(scoreSentiment(neutral, language)), neutral).toBeLessThanOrEqual(0.2);
    });
  }

  it('covers every triage language but one or two', () => {
    expect(new Set(EXAMPLES.map(([l]) => l)).size).toBeGreaterThanOrEqual(23);
  });
});

describe('scoreSentiment: modifiers', () => {
  it('negation flips: "not good" is negative, "not bad" mildly positive', () => {
    expect(scoreSentiment('The quality is not good.', 'en')).toBeLessThan(0);
    expect(scoreSentiment('Honestly not bad for the price.', 'en')).toBeGreaterThan(0);
    expect(scoreSentiment('Die Qualität ist nicht gut.', 'de')).toBeLessThan(0);
    expect(scoreSentiment('No estoy satisfecho.', 'es')).toBeLessThan(0);
    expect(scoreSentiment('我不满意', 'zh')).toBeLessThan(0);
    expect(scoreSentiment('全然満足していません', 'ja')).toBeLessThan(0);
    expect(scoreSentiment('별로 좋지 않아요', 'ko')).toBeLessThan(0);
    expect(scoreSentiment('ไม่ดีเลย', 'th')).toBeLessThan(0);
    expect(scoreSentiment('Üründen memnun değilim', 'tr')).toBeLessThan(0);
    expect(scoreSentiment('No problem at all, thanks!', 'en')).toBeGreaterThan(0);
  });

  it('intensifiers strengthen', () => {
    expect(scoreSentiment('very good', 'en')).toBeGreaterThan(scoreSentiment('good', 'en'));
    expect(scoreSentiment('sehr schlecht', 'de')).toBeLessThan(scoreSentiment('schlecht', 'de'));
    expect(scoreSentiment('非常失望', 'zh')).toBeLessThan(scoreSentiment('失望', 'zh'));
    expect(scoreSentiment('แย่มาก', 'th')).toBeLessThanOrEqual(scoreSentiment('แย่', 'th'));
  });

  it('CAPITALS and "!!!" / "？？" strengthen; a bare "???" is slightly negative', () => {
    expect(scoreSentiment('this is TERRIBLE', 'en')).toBeLessThan(scoreSentiment('this is terrible', 'en'));
    expect(scoreSentiment('this is terrible!!!', 'en')).toBeLessThan(scoreSentiment('this is terrible', 'en'));
    expect(scoreSentiment('太差了！！！', 'zh')).toBeLessThan(scoreSentiment('太差了', 'zh'));
    const shout = scoreSentiment('WHERE IS MY ORDER???', 'en');
    expect(shout).toBeLessThan(0);
    expect(shout).toBeGreaterThan(-0.4);
    expect(scoreSentiment('どこですか？？', 'ja')).toBeLessThan(0);
    expect(scoreSentiment('Where is it?', 'en')).toBe(0);
  });

  it('acronyms in capitals do not shout', () => {
    expect(scoreSentiment('I ordered the USB-C cable via DHL, is it shipped?', 'en')).toBe(0);
  });

  it('emoji count on their own', () => {
    expect(scoreSentiment('😡😡', 'en')).toBeLessThan(-0.5);
    expect(scoreSentiment('🤬', 'de')).toBeLessThan(0);
    expect(scoreSentiment('👎', 'zh')).toBeLessThan(0);
    expect(scoreSentiment('👍', 'ja')).toBeGreaterThan(0);
    expect(scoreSentiment('❤️🙏', 'ar')).toBeGreaterThan(0.5);
    expect(scoreSentiment('Merci 😊', 'fr')).toBeGreaterThan(0.5);
  });

  it('risk language weighs on sentiment', () => {
    expect(scoreSentiment('I will call my lawyer.', 'en')).toBeLessThan(-0.3);
    expect(scoreSentiment('你们是骗子', 'zh')).toBeLessThan(-0.5);
  });

  it('politeness alone is only mildly positive', () => {
    const s = scoreSentiment('When will my order ship? Thanks!', 'en');
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThan(0.4);
  });

  it('questions with evaluative words stay neutral', () => {
    expect(scoreSentiment('What kind of battery does it use? Is it eco-friendly?', 'en')).toBe(0);
    expect(scoreSentiment('Can you recommend a size for me? Do you offer fast delivery?', 'en')).toBe(0);
    expect(scoreSentiment('Est-ce efficace contre les moustiques ?', 'fr')).toBe(0);
    expect(scoreSentiment('能推荐一下吗？我有问题想咨询', 'zh')).toBe(0);
    expect(scoreSentiment('この色でも良いですか？', 'ja')).toBe(0);
  });

  it('greetings and sign-offs are not sentiment', () => {
    expect(scoreSentiment('Good morning, is the blue one in stock? Best regards, Ana', 'en')).toBe(0);
    expect(scoreSentiment('Dzień dobry, czy jest rozmiar M?', 'pl')).toBe(0);
    expect(scoreSentiment('สวัสดีค่ะ มีสีดำไหมคะ', 'th')).toBe(0);
    expect(scoreSentiment('Merhaba, M beden var mı? İyi çalışmalar', 'tr')).toBe(0);
  });
});

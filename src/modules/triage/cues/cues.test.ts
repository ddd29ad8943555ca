import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRIAGE_LANGUAGES } from '../intents.js';
import { normalizeForFeatures } from '../model/hashed-features.js';
import { CUE_CONCEPTS } from './concepts.js';
import { foldText } from './fold.js';
import { CUE_LEXICONS } from './lexicon/index.js';
import { CUE_PHRASE_COUNT, matchCueIds, matchCues } from './match-cues.js';

/** As triage calls it: the text through normalizeForFeatures (NFKC, lower case, digits → 0). */
const cues = (text: string, language: string | null) => matchCueIds(normalizeForFeatures(text), language);

describe('cue phrases in realistic buyer messages', () => {
  const table: [language: string, text: string, expected: string[]][] = [
    ['en', "Where's my parcel?? tracking says delivered but I didn't receive anything", ['where_parcel', 'marked_delivered', 'not_received']],
    ['en', 'my kettle stopped heating after 3 weeks, can it be repaired under warranty?', ['stopped_working', 'repair']],
    ['en', 'Do you ship to Canada and how much is shipping?', ['ship_to_country', 'shipping_cost']],
    ['de', 'Ich möchte die Bestellung stornieren und mein Geld zurück.', ['cancel', 'refund']],
    ['de', 'Die Tasse kam zerbrochen an, beim Auspacken waren Scherben im Karton.', ['broken_damaged', 'on_arrival']],
    ['de', 'Wo bleibt meine Rückerstattung? Die Retoure ist seit zwei Wochen bei Ihnen.', ['refund_status', 'return_shipped']],
    ['fr', "Bonjour, mon colis est bloqué en douane et on me demande de payer des frais de douane.", ['customs']],
    ['fr', 'Je voudrais échanger la robe contre une taille au-dessus svp', ['exchange']],
    ['es', 'no me llegó el código de verificación y no puedo iniciar sesión', ['verification_code', 'login_problem']],
    ['es', 'Hola, ¿tienen cupón de descuento para la primera compra?', ['discount']],
    ['pt', 'cadê meu pedido? o rastreio não atualiza faz uma semana', ['where_parcel', 'tracking', 'late']],
    ['pt', 'quero falar com um atendente humano, me liguem por favor', ['human_agent', 'phone_call']],
    ['it', 'Il codice sconto non funziona al checkout', ['discount', 'checkout_problem']],
    ['nl', 'Kan ik mijn account verwijderen? Ik wil ook geen nieuwsbrief meer.', ['delete_account', 'unsubscribe']],
    ['pl', 'Paczka przyszła uszkodzona, brakuje ładowarki', ['on_arrival', 'broken_damaged', 'missing_part']],
    ['ru', 'где моя посылка? трек не обновляется уже неделю', ['where_parcel', 'tracking', 'late']],
    ['ru', 'хочу оформить возврат денег за куртку, размер не подошел', ['refund', 'want_return']],
    ['uk', 'Прийшов не той колір, я замовляла чорний', ['wrong_item']],
    ['zh', '亲，我的快递到哪了？物流一直没更新', ['where_parcel', 'tracking', 'late']],
    ['zh', '收到的杯子碎了，我要退款', ['broken_damaged', 'refund']],
    ['ja', '届いた商品が破損していました。返金をお願いします。', ['on_arrival', 'broken_damaged', 'refund']],
    ['ja', 'パスワードを忘れてログインできません', ['password_reset', 'login_problem']],
    ['ko', '환불 언제 되나요? 반품 보냈는데 아직 환불이 안 됐어요', ['refund_status', 'return_shipped']],
    ['ko', '배송비 얼마예요? 해외배송 되나요?', ['shipping_cost', 'ship_to_country']],
    ['tr', 'Siparişimi iptal etmek istiyorum, ücret iadesi ne zaman olur?', ['cancel', 'refund']],
    ['ar', 'وين طلبي؟ رقم التتبع ما يشتغل', ['where_parcel', 'tracking']],
    ['ar', 'ابي استرداد المبلغ لان المنتج مكسور', ['refund', 'broken_damaged']],
    ['he', 'החבילה הגיעה שבורה, אני רוצה החזר כספי', ['broken_damaged', 'refund']],
    ['th', 'ของยังไม่ถึงเลยค่ะ สั่งไปสองอาทิตย์แล้ว เลขพัสดุอะไรคะ', ['late', 'tracking']],
    ['vi', 'shop ơi hàng bị vỡ rồi, mình muốn hoàn tiền', ['broken_damaged', 'refund']],
    ['vi', 'shop oi hang bi vo roi, minh muon hoan tien', ['broken_damaged', 'refund']],
    ['id', 'kak paket saya dimana ya? resi gak update dari kemarin', ['where_parcel', 'tracking', 'late']],
    ['ms', 'barang sampai rosak, nak refund boleh?', ['broken_damaged', 'refund']],
    ['sv', 'Hej! Jag har glömt mitt lösenord och kommer inte in på mitt konto.', ['password_reset', 'login_problem']],
    ['da', 'Pakken står som leveret, men jeg har ikke modtaget den. Måske hos naboen?', ['marked_delivered', 'not_received', 'neighbour_locker']],
    ['no', 'Hvor lang tid tar levering til Norge, og er det fri frakt?', ['delivery_time', 'shipping_cost']],
    ['fi', 'Tilaus ei ole vieläkään tullut, missä pakettini on?', ['late', 'where_parcel']],
    ['cs', 'Dobrý den, chtěla bych fakturu na firmu, IČO 12345678.', ['invoice']],
  ];

  it.each(table)('%s: %s', (language, text, expected) => {
    const found = cues(text, language);
    for (const concept of expected) expect(found, `${concept} in ${JSON.stringify(found)}`).toContain(concept);
  });

  it('covers at least twelve languages', () => {
    expect(new Set(table.map(([language]) => language)).size).toBeGreaterThanOrEqual(12);
  });

  it('maps the same concept from different languages to one id', () => {
    const refund = ['refund please', 'Erstattung bitte', '我要退款', '返金してください', '환불해 주세요', 'верните деньги', 'hoàn tiền giúp em'];
    const languages = ['en', 'de', 'zh', 'ja', 'ko', 'ru', 'vi'];
    refund.forEach((text, i) => expect(cues(text, languages[i]!)).toContain('refund'));
  });
});

describe('the lexicons', () => {
  it('give every concept phrases in every one of the 25 languages', () => {
    const missing: string[] = [];
    for (const language of TRIAGE_LANGUAGES) {
      const lexicon = CUE_LEXICONS[language];
      for (const concept of CUE_CONCEPTS) {
        const phrases = lexicon?.[concept] ?? [];
        if (phrases.filter((p) => foldText(p.replace(/\*$/, '')).length > 0).length === 0) missing.push(`${language}.${concept}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('have no lexicon for a language outside the 25', () => {
    expect(Object.keys(CUE_LEXICONS).sort()).toEqual([...TRIAGE_LANGUAGES].sort());
  });

  it('write phrases in lower case, without stray spaces', () => {
    const bad: string[] = [];
    for (const [language, lexicon] of Object.entries(CUE_LEXICONS)) {
      for (const concept of CUE_CONCEPTS) {
        for (const p of lexicon[concept]) {
          if (p !== p.toLowerCase() || p !== p.trim() || /\s{2}/.test(p) || /\*./.test(p)) bad.push(`${language}.${concept}: ${JSON.stringify(p)}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('keep the concept ids unique and stable in number', () => {
    expect(new Set(CUE_CONCEPTS).size).toBe(CUE_CONCEPTS.length);
    expect(CUE_CONCEPTS.length).toBeGreaterThanOrEqual(40);
    expect(CUE_CONCEPTS.length).toBeLessThanOrEqual(70);
    expect(CUE_PHRASE_COUNT).toBeGreaterThan(10_000);
  });
});

describe('matching', () => {
  it('matches whole words only in space-delimited scripts', () => {
    expect(cues('I had scampi for dinner', 'en')).not.toContain('threat');
    expect(cues('this shop is a scam', 'en')).toContain('threat');
    expect(cues('a sizeable parcel', 'en')).not.toContain('size_fit');
    expect(cues('what size should I take', 'en')).toContain('size_fit');
    expect(cues('Rückerstattungsformular', 'de')).not.toContain('refund');
    expect(cues('возвратить', 'ru')).not.toContain('want_return'); // "возврат" is a whole word; no `*`
    expect(cues('поцарапанный экран', 'ru')).toContain('broken_damaged'); // "поцарапан*" lets the word go on
  });

  it('matches Han, kana, Hangul and Thai phrases inside longer runs', () => {
    expect(cues('我要求退款谢谢', 'zh')).toContain('refund');
    expect(cues('환불해주세요', 'ko')).toContain('refund');
    expect(cues('คืนเงินด้วยค่ะ', 'th')).toContain('refund');
  });

  it('ignores accents, keyboard spellings, whitespace and digit runs', () => {
    expect(cues('Rueckerstattung bitte', 'de')).toContain('refund');
    expect(cues('ruckerstattung bitte', 'de')).toContain('refund');
    expect(cues('nie dziala', 'pl')).toContain('not_working');
    expect(cues('iade istiyorum, urun kirik', 'tr')).toEqual(expect.arrayContaining(['want_return', 'broken_damaged']));
    expect(cues('where is\n  my   parcel', 'en')).toContain('where_parcel');
    expect(cues('it broke after 12 weeks', 'en')).toContain('stopped_working');
  });

  it('finds Arabic and Hebrew phrases after a clitic prefix', () => {
    expect(cues('والاسترداد متى؟', 'ar')).toContain('refund');
    expect(cues('ובהחזר הכספי', 'he')).toContain('refund');
  });

  it('uses the message language plus English, or every language when the language is unknown', () => {
    expect(cues('bitte Erstattung, refund asap', 'de')).toContain('refund');
    expect(cues('wo ist mein paket', 'fr')).not.toContain('where_parcel');
    expect(cues('wo ist mein paket', null)).toContain('where_parcel');
    expect(cues('wo ist mein paket', 'xx')).toContain('where_parcel');
  });

  it('lets a longer phrase win over the words inside it', () => {
    const found = cues('what is your return policy?', 'en');
    expect(found).toContain('return_policy');
    expect(found).not.toContain('want_return');
  });

  it('returns ascending indexes without repeats', () => {
    const found = matchCues(normalizeForFeatures('refund refund REFUND, where is my parcel, refund'), 'en');
    expect(found).toEqual([...new Set(found)].sort((a, b) => a - b));
  });

  it('never throws and returns valid, unique, ascending indexes for arbitrary text', () => {
    const languages = fc.constantFrom<string | null>(null, 'xx', ...TRIAGE_LANGUAGES);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), languages, (text, language) => {
        const found = matchCues(text, language);
        for (let i = 0; i < found.length; i++) {
          expect(Number.isInteger(found[i])).toBe(true);
          expect(found[i]).toBeGreaterThanOrEqual(0);
          expect(found[i]).toBeLessThan(CUE_CONCEPTS.length);
          if (i > 0) expect(found[i]).toBeGreaterThan(found[i - 1]!);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('handles a message longer than its buffer, and then a short one', () => {
    const long = 'where is my parcel '.repeat(2000);
    expect(matchCueIds(long, 'en')).toContain('where_parcel');
    expect(matchCueIds('refund', 'en')).toEqual(['refund']);
  });
});

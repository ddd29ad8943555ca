import { describe, expect, it } from 'vitest';
import type { RiskSignal } from '../triage.types.js';
import { detectRisks } from './detect-risks.js';

/** Sentences a buyer would write, per signal: [language, text]. */
const SAID: Record<RiskSignal, [string, string][]> = {
  chargeback: [
    ['en', "If I don't get my money back by Friday I'll do a chargeback with my credit card company."],
    ['en', 'Fine, I will call my bank and have them reverse the charge.'],
    ['de', 'Wenn bis Montag nichts passiert, veranlasse ich eine Rückbuchung über meine Bank.'],
    ['de', 'Ich lasse die Lastschrift zurückgehen, das ist mir jetzt zu blöd.'],
    ['zh', '再不退款我就申请信用卡拒付了'],
    ['ja', '返金していただけない場合はカード会社に連絡してチャージバックします。'],
    ['es', 'Si no me devuelven el dinero voy a pedir un contracargo a mi banco.'],
    ['es', 'Voy a desconocer el cargo con mi tarjeta, ya me cansé.'],
    ['ar', 'إذا ما رجعتوا فلوسي راح اكلم البنك واسوي اعتراض على العملية'],
    ['ru', 'Если не вернете деньги, я обращусь в банк и оспорю платеж.'],
    ['fr', "Sans remboursement je fais opposition bancaire dès demain."],
    ['pt', 'Vou contestar a compra no cartão se não resolverem hoje.'],
    ['it', 'Se non ricevo il rimborso chiederò lo storno dell\'addebito alla mia banca.'],
    ['ko', '환불 안 해주시면 카드사에 이의 제기하겠습니다.'],
    ['nl', 'Ik laat de betaling terugboeken via mijn bank.'],
    ['tr', 'Param iade edilmezse bankama harcama itirazı yapacağım.'],
  ],
  payment_dispute: [
    ['en', 'I have opened a PayPal dispute for order #4471.'],
    ['en', "I'm going to open a dispute with my card company."],
    ['de', 'Ich habe einen PayPal-Konflikt eröffnet, da die Ware nie ankam.'],
    ['de', 'Ich werde den Käuferschutz beantragen.'],
    ['zh', '我已经在PayPal开纠纷了'],
    ['ja', 'PayPalに申し立てをしました。異議申し立て中です。'],
    ['es', 'Abrí una disputa en PayPal porque nunca llegó el pedido.'],
    ['ar', 'فتحت نزاع في باي بال لأن الطلب ما وصل'],
    ['ru', 'Я открыла спор в PayPal, посылка так и не пришла.'],
    ['fr', "J'ai ouvert un litige PayPal pour cette commande."],
    ['it', 'Ho aperto una contestazione su PayPal.'],
    ['pl', 'Otworzyłam spór w PayPal, bo paczka nie dotarła.'],
    ['ko', '페이팔에 분쟁 신청했습니다.'],
    ['he', 'פתחתי מחלוקת בפייפאל על ההזמנה'],
    // English terms count in every language.
    ['de', 'Sonst mache ich einen PayPal claim auf.'],
  ],
  atoz_claim: [
    ['en', "I'll file an A-to-z claim if this isn't sorted by tomorrow."],
    ['en', 'Opening an A to Z guarantee claim with Amazon now.'],
    ['de', 'Ich stelle einen Antrag auf die A-bis-z-Garantie bei Amazon.'],
    ['zh', '不处理我就去申请亚马逊A-to-z保障'],
    ['ja', 'Amazonマーケットプレイス保証を申請します。'],
    ['es', 'Voy a reclamar la Garantía de la A a la Z de Amazon.'],
    ['ar', 'راح اقدم مطالبة ضمان من الألف إلى الياء في أمازون'],
    ['ru', 'Подам претензию в Амазон по гарантии от А до Я.'],
    ['fr', 'Je vais faire une réclamation garantie A à Z auprès d\'Amazon.'],
    ['it', 'Aprirò una richiesta di garanzia dalla A alla Z di Amazon.'],
    ['pt', 'Vou acionar a Garantia de A a Z da Amazon.'],
    ['nl', 'Ik dien een claim in via de A-tot-Z-garantie.'],
  ],
  legal_threat: [
    ['en', 'My lawyer will be in touch.'],
    ['en', "I'll see you in small claims court."],
    ['de', 'Ich werde meinen Anwalt einschalten und die Verbraucherzentrale informieren.'],
    ['zh', '再不退款我就去12315投诉，还要找律师起诉你们'],
    ['ja', '弁護士に相談して、消費者センターにも報告します。'],
    ['es', 'Los voy a denunciar en PROFECO y hablaré con mi abogado.'],
    ['ar', 'سأرفع قضية في المحكمة وأشتكي لحماية المستهلك'],
    ['ar', 'راح اكلم المحامي حقي'],
    ['ru', 'Подам в суд и напишу жалобу в Роспотребнадзор.'],
    ['fr', 'Je vais porter plainte et saisir un avocat.'],
    ['pt', 'Vou abrir reclamação no Procon e falar com meu advogado.'],
    ['it', 'Mi rivolgerò a un avvocato e farò denuncia alla polizia postale.'],
    ['ko', '변호사를 선임해서 소송하겠습니다.'],
    ['tr', 'Tüketici hakem heyetine başvuracağım, avukatım ilgilenecek.'],
    ['pl', 'Sprawa trafi do sądu, mój prawnik już o tym wie.'],
    ['he', 'אני אגיש תביעה קטנה נגדכם'],
  ],
  scam_accusation: [
    ['en', 'You are a bunch of scammers.'],
    ['en', 'This shop is a total rip-off.'],
    ['de', 'Das ist Betrug! Ihr seid Betrüger.'],
    ['de', 'Reine Abzocke, nie wieder.'],
    ['zh', '你们就是骗子！'],
    ['ja', 'これは詐欺ですか？騙されました。'],
    ['es', 'Esto es una estafa, son unos ladrones.'],
    ['ar', 'انتم نصابين وحرامية'],
    ['ru', 'Вы мошенники, это развод на деньги.'],
    ['fr', "C'est une arnaque, vous êtes des escrocs."],
    ['pt', 'Isso é golpe, loja de picaretas.'],
    ['it', 'È una truffa, siete dei ladri.'],
    ['ko', '이거 완전 사기꾼들이네요'],
    ['th', 'ร้านนี้โกงเงินลูกค้า'],
    ['vi', 'Shop lừa đảo, tôi bị lừa rồi.'],
    ['id', 'Dasar penipu, saya kena tipu.'],
    ['tr', 'Dolandırıcısınız!'],
  ],
  bad_review_threat: [
    ['en', "I'm leaving a 1-star review on every site I can find."],
    ['en', 'I will post this on social media and warn everyone.'],
    ['de', 'Ich werde eine schlechte Bewertung hinterlassen.'],
    ['zh', '不退款就给差评'],
    ['ja', '対応が悪ければ低評価をつけます。'],
    ['es', 'Les voy a dejar una reseña negativa.'],
    ['ar', 'راح اعطيكم تقييم سيء'],
    ['ru', 'Оставлю плохой отзыв и расскажу всем.'],
    ['fr', 'Je vais laisser un avis négatif.'],
    ['pt', 'Vou deixar uma avaliação negativa e reclamar no Reclame Aqui.'],
    ['it', 'Lascerò una recensione negativa.'],
    ['ko', '별점 1개 드리겠습니다'],
    ['pl', 'Wystawię negatywną opinię.'],
  ],
  repeated_contact: [
    ['en', "This is the third time I'm writing about this order."],
    ['en', 'I already emailed you twice and still no answer.'],
    ['de', 'Ich schreibe Ihnen zum dritten Mal!'],
    ['zh', '这是我第三次问了，一直没人回复'],
    ['ja', '何度も問い合わせていますが、返信がありません。'],
    ['es', 'Ya les escribí hace una semana y nadie me contesta.'],
    ['ar', 'هذي للمرة الثالثة اراسلكم ولا رد'],
    ['ru', 'Пишу уже третий раз, никто не отвечает.'],
    ['fr', 'Je vous ai déjà écrit la semaine dernière, toujours pas de réponse.'],
    ['pt', 'Já mandei mensagem ontem e ninguém responde.'],
    ['it', 'Vi ho già scritto due volte, questo è un sollecito.'],
    ['ko', '벌써 몇 번째 문의인지 모르겠어요.'],
    ['tr', 'Üçüncü kez yazıyorum, hala cevap yok.'],
  ],
};

describe('detectRisks: each signal in the languages buyers write it', () => {
  for (const [signal, sentences] of Object.entries(SAID) as [RiskSignal, [string, string][]][]) {
    it(`${signal} in ${new Set(sentences.map(([l]) => l)).size} languages`, () => {
      for (const [language, text] of sentences) {
        expect(detectRisks(text, language), `${language}: ${text}`).toContain(signal);
      }
    });
    it(`${signal} with language unknown (null)`, () => {
      for (const [language, text] of sentences) expect(detectRisks(text, null), `${language}: ${text}`).toContain(signal);
    });
  }

  it('covers zh, ja, de, es, ar and ru for every signal', () => {
    for (const sentences of Object.values(SAID)) {
      const languages = new Set(sentences.map(([l]) => l));
      for (const l of ['zh', 'ja', 'de', 'es', 'ar', 'ru']) expect(languages).toContain(l);
    }
  });
});

describe('detectRisks: no false alarm on ordinary messages', () => {
  const NEUTRAL: [string, string][] = [
    ['en', 'Can I pay with PayPal?'],
    ['en', 'Do you accept PayPal and Klarna? Is there PayPal buyer protection on this?'],
    ['en', 'Where is my order? Tracking LX123456789CN has not moved since Monday.'],
    ['en', 'Hi Sue, thanks for the quick reply. Best regards, Tom'],
    ['en', 'Do the scampi forks come in a set of six?'],
    ['en', 'Is the lock tamper- and scam-proof?'],
    ['en', 'My card was declined, can I use another card? Or should I call my bank to approve it?'],
    ['en', 'I washed the yoga mat several times and it still smells.'],
    ['en', 'My parcel is held by the customs authorities, what documents do they need?'],
    ['en', 'I paid through my bank, did the transfer arrive? The touch screen shows no response.'],
    ['en', 'I saw your shop on TikTok, do you have the LED strips in 5 m?'],
    ['cs', 'Dobrý den, našel jsem vás na Heurece. Můžu zaplatit převodem přes banku?'],
    ['pl', 'Dostałem zawiadomienie o wysyłce, ale paczka nie dotarła. Płatność przez bank.'],
    ['ru', 'Нужен счёт на юридическое лицо, пожалуйста.'],
    ['id', 'Botol anti spill ini ready kak? Bayar lewat bank bisa?'],
    ['ms', 'Polis insurans untuk penghantaran ada tak?'],
    ['fr', "Quelle police d'écriture utilisez-vous pour la gravure ?"],
    ['de', 'Wo ist meine Bestellung? Der Rechnungsbetrag betrug 89,99 €.'],
    ['de', 'Kann ich mit PayPal oder per Lastschrift bezahlen?'],
    ['fr', "Bonjour, pouvez-vous me faire savoir quand ma commande sera expédiée ? Le délai est court."],
    ['es', '¿Cuándo llega mi pedido? Quiero comprar de nuevo la misma talla.'],
    ['pt', 'Vocês aceitam PayPal? Quero comprar de novo, adorei.'],
    ['it', 'Buongiorno, la sede legale è a Milano? Mi serve la fattura.'],
    ['zh', '我的包裹到哪里了？快递一星期了还没到。'],
    ['zh', '可以用PayPal付款吗？'],
    ['ja', '注文した商品はいつ届きますか？PayPalは使えますか？'],
    ['ko', '사기 전에 문의드립니다. 사이즈가 어떻게 되나요?'],
    ['ar', 'متى يصل طلبي؟ هل يمكن الدفع عن طريق البنك؟'],
    ['ar', 'كيف طريقة نصب الخيمة؟'],
    ['ru', 'Когда придёт посылка? Можно оплатить картой?'],
    ['th', 'สวัสดีค่ะ สินค้าจะส่งเมื่อไหร่คะ'],
    ['vi', 'Shop ơi, bao giờ giao hàng quốc tế ạ? Dép size 40 còn không?'],
    ['tr', 'Merhaba, siparişim ne zaman kargoya verilir? İyi çalışmalar.'],
    ['pl', 'Dzień dobry, kiedy wyślecie paczkę?'],
    ['nl', 'Kan ik met iDEAL betalen? Nogmaals bedankt!'],
    ['he', 'בוקר טוב, מתי ההזמנה תגיע?'],
  ];
  for (const [language, text] of NEUTRAL) {
    it(`${language}: ${text}`, () => {
      expect(detectRisks(text, language)).toEqual([]);
    });
  }
});

describe('detectRisks: negation', () => {
  it('"not a scam" is not a scam accusation, in several languages', () => {
    expect(detectRisks('I know this is not a scam, just worried.', 'en')).toEqual([]);
    expect(detectRisks('Ich hoffe, das ist kein Betrug.', 'de')).toEqual([]);
    expect(detectRisks('No es una estafa, solo quiero saber dónde está.', 'es')).toEqual([]);
    expect(detectRisks('我知道你们不是骗子', 'zh')).toEqual([]);
    expect(detectRisks('Надеюсь, это не обман.', 'ru')).toEqual([]);
    expect(detectRisks('詐欺ではないと思いますが', 'ja')).toEqual([]);
  });

  it('an accusation phrased as a question still counts ("詐欺じゃないですか", "是不是骗子")', () => {
    expect(detectRisks('これって詐欺じゃないですか？', 'ja')).toContain('scam_accusation');
    expect(detectRisks('你们是不是骗子？', 'zh')).toContain('scam_accusation');
    expect(detectRisks('Is this a scam?', 'en')).toContain('scam_accusation');
  });

  it('a negated threat is still a threat (veiled)', () => {
    expect(detectRisks("I don't want to leave a bad review, but…", 'en')).toContain('bad_review_threat');
    expect(detectRisks("I'm not going to get a lawyer involved yet.", 'en')).toContain('legal_threat');
    expect(detectRisks('Ich will eigentlich keinen Anwalt einschalten.', 'de')).toContain('legal_threat');
    expect(detectRisks('No quiero dejar una reseña negativa, pero…', 'es')).toContain('bad_review_threat');
    expect(detectRisks('不想给差评，但是…', 'zh')).toContain('bad_review_threat');
  });
});

describe('detectRisks: matching', () => {
  it('respects word boundaries in space-delimited scripts', () => {
    expect(detectRisks('Sue here, quick question about sizes', 'en')).toEqual([]);
    expect(detectRisks('The courtyard lights arrived', 'en')).toEqual([]);
    expect(detectRisks('Wie hoch ist der Betrag?', 'de')).toEqual([]);
    expect(detectRisks('Gibt es eine Anzeige am Display?', 'de')).toEqual([]);
  });

  it('matches inside words where the script has no spaces (ko particles, zh, th)', () => {
    expect(detectRisks('변호사를 통해 연락드리겠습니다', 'ko')).toContain('legal_threat');
    expect(detectRisks('这家店是骗子吧', 'zh')).toContain('scam_accusation');
    expect(detectRisks('จะไปแจ้งความที่โรงพัก', 'th')).toContain('legal_threat');
  });

  it('ignores case and accents where the language allows', () => {
    expect(detectRisks('C’EST UNE ARNAQUE', 'fr')).toContain('scam_accusation');
    expect(detectRisks('Ich mache eine Rueckbuchung', 'de')).toContain('chargeback');
    expect(detectRisks('ESTAFADORES, voy a ir a la policia', 'es')).toEqual(['legal_threat', 'scam_accusation']);
    expect(detectRisks('Bạn là lua dao', 'vi')).toContain('scam_accusation');
    expect(detectRisks('Bu bir DOLANDIRICILIK', 'tr')).toContain('scam_accusation');
    expect(detectRisks('Это ОБМАН', 'ru')).toContain('scam_accusation');
  });

  it('reads Arabic words after a clitic (بال، وال، لل)', () => {
    expect(detectRisks('راح اشتكي بالمحكمة', 'ar')).toContain('legal_threat');
    expect(detectRisks('والمحامي حقي يعرف', 'ar')).toContain('legal_threat');
    expect(detectRisks('إنه منصب مهم', 'ar')).toEqual([]);
  });

  it('checks English terms in every language, and every language when none is known', () => {
    expect(detectRisks('Das ist ein scam, ich mache einen chargeback', 'de')).toEqual(['chargeback', 'scam_accusation']);
    expect(detectRisks('骗子', null)).toEqual(['scam_accusation']);
    expect(detectRisks('骗子', 'xx')).toEqual(['scam_accusation']);
    expect(detectRisks('Betrüger', 'de-AT')).toEqual(['scam_accusation']);
    // Another language's terms are not checked once the language is known.
    expect(detectRisks('骗子', 'de')).toEqual([]);
  });

  it('deduplicates and keeps RISK_SIGNALS order', () => {
    const risks = detectRisks(
      'Third time writing! Scam, scam, SCAM. My lawyer will sue, I filed a chargeback and a PayPal dispute and a 1-star review.',
      'en',
    );
    expect(risks).toEqual(['chargeback', 'payment_dispute', 'legal_threat', 'scam_accusation', 'bad_review_threat', 'repeated_contact']);
  });

  it('returns a new array each time (callers may push to it)', () => {
    const first = detectRisks('this is a scam', 'en');
    first.push('repeated_contact');
    expect(detectRisks('this is a scam', 'en')).toEqual(['scam_accusation']);
  });

  it('handles empty and odd input', () => {
    expect(detectRisks('', 'en')).toEqual([]);
    expect(detectRisks('   \n\t ', null)).toEqual([]);
    expect(detectRisks('😡😡😡', 'en')).toEqual([]);
  });
});

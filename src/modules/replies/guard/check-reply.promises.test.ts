import { describe, expect, it } from 'vitest';

import { checkReply } from './check-reply.js';
import { context, copyOfDefaults, findings, rules } from './guard.fixtures.js';

describe('forbidden promise: unconditional or guaranteed refund', () => {
  it.each([
    ['en', 'We guarantee a full refund, no matter what.'],
    ['en', 'You will get 100% of your money back, guaranteed.'],
    ['de', 'Wir garantieren Ihnen eine vollständige Rückerstattung.'],
    ['de', 'Sie bekommen Ihr Geld auf jeden Fall zurück.'],
    ['fr', "Nous vous garantissons un remboursement intégral, quoi qu'il arrive."],
    ['es', 'Le garantizamos el reembolso completo pase lo que pase.'],
    ['pt', 'Garantimos o reembolso total, aconteça o que acontecer.'],
    ['it', 'Le garantiamo il rimborso completo in ogni caso.'],
    ['nl', 'Wij garanderen u een volledige terugbetaling.'],
    ['pl', 'Gwarantujemy pełny zwrot pieniędzy bez względu na wszystko.'],
    ['sv', 'Vi garanterar full återbetalning oavsett vad.'],
    ['da', 'Vi garanterer fuld refundering uanset hvad.'],
    ['no', 'Vi garanterer full refusjon uansett hva.'],
    ['fi', 'Takaamme täyden hyvityksen joka tapauksessa.'],
    ['ru', 'Мы гарантируем полный возврат денег в любом случае.'],
    ['tr', 'Ne olursa olsun tam para iadesi garanti ediyoruz.'],
    ['ar', 'نضمن لك استرداد المبلغ بالكامل مهما حدث.'],
    ['vi', 'Chúng tôi cam kết hoàn tiền 100% trong mọi trường hợp.'],
    ['id', 'Kami menjamin pengembalian dana penuh apa pun yang terjadi.'],
    ['zh', '我们保证无条件全额退款。'],
    ['ja', '何があっても全額返金をお約束します。'],
    ['ko', '어떤 경우에도 전액 환불을 보장합니다.'],
  ])('%s: %s', (language, text) => {
    expect(rules(text, language)).toContain('promise.unconditional_refund');
  });

  it.each([
    ['en', 'We will refund you once the item is back with us.'],
    ['en', 'If the mug arrived broken, we guarantee a full refund after you send us a photo.'],
    ['en', "We can't guarantee a refund before the return has arrived."],
    ['en', 'Refunds are issued according to our return policy.'],
    ['en', 'As promised, we have refunded $20 to your card.'],
    ['de', 'Wie versprochen haben wir Ihnen 20 € erstattet.'],
    ['fr', 'Comme promis, nous vous avons remboursé 20 €.'],
    ['de', 'Sobald die Rücksendung bei uns eingegangen ist, erstatten wir Ihnen den Betrag.'],
    ['de', 'Eine Rückerstattung können wir leider nicht garantieren.'],
    ['fr', 'Nous vous rembourserons dès réception du colis retourné.'],
    ['es', 'Le reembolsaremos en cuanto recibamos la devolución.'],
    ['pt', 'Faremos o reembolso assim que recebermos a devolução.'],
    ['it', 'La rimborseremo non appena riceveremo il reso.'],
    ['pl', 'Zwrot pieniędzy nastąpi po otrzymaniu paczki zwrotnej.'],
    ['ru', 'Мы вернём деньги после получения возврата.'],
    ['tr', 'Ürün bize ulaştıktan sonra para iadesi yapılacaktır.'],
    ['zh', '收到退货后我们会为您退款。'],
    ['ja', '返品を確認次第、返金いたします。'],
    ['ko', '반품이 확인되면 환불해 드리겠습니다.'],
    ['vi', 'Sau khi nhận được hàng hoàn, shop sẽ hoàn tiền cho bạn.'],
  ])('not: %s: %s', (language, text) => {
    expect(rules(text, language)).not.toContain('promise.unconditional_refund');
  });

  it('names the promise in the excerpt, at its offset', () => {
    const [finding] = findings('Hello Anna. We guarantee a full refund.', 'en');
    expect(finding).toMatchObject({
      rule: 'promise.unconditional_refund',
      severity: 'block',
      excerpt: 'guarantee a full refund',
      index: 15,
      language: 'en',
    });
    expect(finding!.message).toMatch(/refund/);
  });
});

describe('forbidden promise: guaranteed delivery date or time', () => {
  it.each([
    ['en', 'Your parcel is guaranteed to arrive by Friday.'],
    ['en', 'It will definitely arrive tomorrow.'],
    ['de', 'Ihr Paket kommt garantiert morgen an.'],
    ['fr', 'Votre colis arrivera à coup sûr demain.'],
    ['es', 'Su pedido llegará sin falta el viernes.'],
    ['pt', 'Seu pedido vai chegar amanhã com certeza.'],
    ['it', 'Il pacco arriverà sicuramente domani.'],
    ['nl', 'Uw pakket wordt gegarandeerd morgen bezorgd.'],
    ['pl', 'Paczka na pewno dotrze jutro.'],
    ['sv', 'Paketet kommer garanterat fram i morgon.'],
    ['da', 'Pakken bliver helt sikkert leveret i morgen.'],
    ['no', 'Pakken blir garantert levert i morgen.'],
    ['fi', 'Paketti saapuu varmasti huomenna.'],
    ['ru', 'Посылка точно придёт завтра.'],
    ['tr', 'Kargonuz kesinlikle yarın elinize ulaşacak.'],
    ['ar', 'نضمن أن يصل طلبك غدا.'],
    ['vi', 'Chúng tôi cam kết giao hàng đến bạn vào ngày mai.'],
    ['id', 'Paket Anda pasti sampai besok.'],
    ['zh', '保证明天送达。'],
    ['ja', '必ず明日お届けします。'],
    ['ko', '내일 반드시 도착합니다.'],
  ])('%s: %s', (language, text) => {
    expect(rules(text, language)).toContain('promise.guaranteed_delivery');
  });

  it.each([
    ['en', "We can't guarantee a delivery date."],
    ['en', 'It should arrive by Friday.'],
    ['en', 'Estimated delivery is 3-5 business days.'],
    ['de', 'Einen genauen Liefertermin können wir leider nicht garantieren.'],
    ['de', 'Das Paket kommt voraussichtlich am Freitag an.'],
    ['fr', 'Nous ne pouvons pas garantir une date de livraison.'],
    ['es', 'No podemos garantizar la fecha de entrega.'],
    ['pt', 'Não podemos garantir a data de entrega.'],
    ['pl', 'Nie możemy zagwarantować terminu dostawy.'],
    ['ru', 'Мы не можем гарантировать дату доставки.'],
    ['tr', 'Teslim tarihini garanti edemiyoruz.'],
    ['zh', '我们无法保证具体的送达日期。'],
    ['zh', '预计3-5个工作日送达。'],
    ['ja', 'お届け日はお約束できません。'],
    ['ko', '배송 날짜는 보장할 수 없습니다.'],
  ])('not: %s: %s', (language, text) => {
    expect(rules(text, language)).not.toContain('promise.guaranteed_delivery');
  });
});

describe('forbidden promise: "no questions asked"', () => {
  it.each([
    ['en', 'Send it back, no questions asked.'],
    ['de', 'Sie können es ohne Wenn und Aber zurückschicken.'],
    ['fr', 'Retour accepté sans poser de questions.'],
    ['es', 'Puede devolverlo sin preguntas.'],
    ['pt', 'Aceitamos a devolução sem perguntas.'],
    ['nl', 'U kunt het zonder vragen retourneren.'],
    ['ru', 'Примем возврат без лишних вопросов.'],
    ['tr', 'Soru sormadan iade alıyoruz.'],
    ['zh', '支持无条件退货。'],
    ['ja', '理由を問わず返品を承ります。'],
    ['ko', '이유 불문 반품해 드립니다.'],
  ])('%s: %s', (language, text) => {
    expect(rules(text, language)).toContain('promise.no_questions_asked');
  });

  it('is allowed when the brand really takes returns with no questions asked', () => {
    const policy = copyOfDefaults();
    policy.policy.noQuestionsAskedReturns = true;
    expect(rules('Send it back, no questions asked.', 'en', context(), policy)).toEqual([]);
  });

  it('does not take an ordinary question for it', () => {
    expect(rules('If you have any questions, just ask.', 'en')).toEqual([]);
    expect(rules('Haben Sie noch Fragen? Wir helfen gern.', 'de')).toEqual([]);
  });
});

describe('forbidden promise: compensation "for sure"', () => {
  it.each([
    ['en', 'We will definitely send you a voucher.'],
    ['de', 'Sie erhalten auf jeden Fall einen Gutschein.'],
    ['es', 'Le garantizamos una compensación.'],
    ['zh', '我们保证给您补偿。'],
    ['ja', '必ずクーポンを差し上げます。'],
  ])('%s: %s', (language, text) => {
    expect(rules(text, language)).toContain('promise.certain_compensation');
  });

  it.each([
    ['en', 'If the delay continues, we can offer you a voucher.'],
    ['en', "We can't promise any compensation yet."],
    ['de', 'Falls sich die Lieferung weiter verzögert, können wir Ihnen einen Gutschein anbieten.'],
  ])('not: %s: %s', (language, text) => {
    expect(rules(text, language)).not.toContain('promise.certain_compensation');
  });
});

describe('rules are data', () => {
  it('takes a severity from the data: warn or off', () => {
    const policy = copyOfDefaults();
    policy.phraseRules.find((r) => r.id === 'promise.unconditional_refund')!.severity = 'warn';
    expect(findings('We guarantee a full refund.', 'en', context(), policy)).toMatchObject([
      { rule: 'promise.unconditional_refund', severity: 'warn' },
    ]);
    policy.phraseRules.find((r) => r.id === 'promise.unconditional_refund')!.severity = 'off';
    expect(findings('We guarantee a full refund.', 'en', context(), policy)).toEqual([]);
  });

  it('takes a brand rule of its own, with its own phrases', () => {
    const policy = copyOfDefaults();
    policy.lexicon.en!.lifetime = ['lifetime warranty', 'lifetime guarantee'];
    policy.lexicon.de!.lifetime = ['lebenslange garantie'];
    policy.phraseRules.push({ id: 'brand.lifetime_warranty', severity: 'warn', message: 'We give two years, not a lifetime.', when: [['lifetime']] });
    expect(rules('All our kettles come with a lifetime warranty.', 'en', context(), policy)).toEqual(['brand.lifetime_warranty']);
    expect(rules('Alle Wasserkocher haben eine lebenslange Garantie.', 'de', context(), policy)).toEqual(['brand.lifetime_warranty']);
  });
});

describe('both languages are checked', () => {
  it("checks the agent's original with its own phrases and the buyer's text with theirs", () => {
    const out = checkReply(
      [
        { text: 'Wir garantieren Ihnen eine volle Rückerstattung.', language: 'de' },
        { text: '我们保证全额退款。', language: 'zh' },
      ],
      copyOfDefaults(),
      context(),
    );
    expect(out.map((f) => [f.rule, f.language])).toEqual([
      ['promise.unconditional_refund', 'de'],
      ['promise.unconditional_refund', 'zh'],
    ]);
  });

  it('reports a finding once for the same rule and excerpt', () => {
    const out = checkReply(
      [
        { text: 'We guarantee a full refund.', language: 'en' },
        { text: 'We guarantee a full refund.', language: 'en-GB' },
      ],
      copyOfDefaults(),
      context(),
    );
    expect(out).toHaveLength(1);
  });

  it('also checks English phrases in a text of another language', () => {
    expect(rules('Hallo Anna, no questions asked, Sie bekommen alles zurück.', 'de')).toContain('promise.no_questions_asked');
  });
});

/**
 * Speed of the sentiment and risk signals (not a test): `npx tsx src/modules/triage/signals/signals.speed.ts`.
 * Prints µs per message for detectRisks + scoreSentiment as the triage engine calls them (the
 * second call reuses the first's analysis), for ~300-character buyer messages in 12 languages.
 */
import { performance } from 'node:perf_hooks';

const loadStart = performance.now();
const { analyzeSignals, TERM_COUNT } = await import('./analyze.js');
const { detectRisks } = await import('./detect-risks.js');
const { scoreSentiment } = await import('./score-sentiment.js');
const loadMs = performance.now() - loadStart;

const MESSAGES: [string, string][] = [
  ['en', "Hi, I ordered the wireless earbuds (order #4471) on the 3rd and tracking LX123456789CN hasn't moved for 12 days. This is the third time I'm writing and still no answer. If I don't hear back by Friday I will open a PayPal dispute and leave a 1-star review. Very disappointed!! Please just refund me."],
  ['en', 'Hello, could you tell me whether the yoga mat comes in dark green and if you ship to Canada? I would also like to know how long delivery usually takes and whether there are customs fees for orders under $50. I would like to order two of them for my sister as well. Thanks in advance, Sarah from Toronto'],
  ['de', 'Sehr geehrte Damen und Herren, ich habe am 12.03. eine LED-Lichterkette bestellt (Bestellnr. 1047) und bis heute nichts erhalten. Ich habe Ihnen bereits zweimal geschrieben, aber keine Antwort bekommen. Wenn ich bis Freitag nichts höre, veranlasse ich eine Rückbuchung über meine Bank. Mit freundlichen Grüßen, Anna'],
  ['fr', "Bonjour, j'ai commandé une robe taille M le 5 mars et j'ai reçu une taille S. Je vous ai déjà écrit deux fois sans réponse. C'est inadmissible, si vous ne me remboursez pas je vais ouvrir un litige PayPal et laisser un avis négatif sur Trustpilot. Merci de faire vite. Cordialement, Marie"],
  ['es', 'Hola, hace tres semanas compré unas fundas para iPhone 15 y todavía no llegan. Ya les escribí varias veces y nadie me contesta. Esto parece una estafa, si no me devuelven el dinero voy a poner una denuncia en PROFECO y dejar una reseña negativa. Espero su respuesta hoy. Saludos, Carlos de Guadalajara'],
  ['pt', 'Oi, comprei um carregador veicular no dia 02/04 e até agora nada. Já mandei mensagem três vezes e ninguém responde. Se não resolverem vou abrir reclamação no Reclame Aqui e no Procon, e pedir o estorno pelo banco. Muito decepcionada com a loja, nunca mais compro aqui. Pedido 240915ABCDE.'],
  ['it', "Buongiorno, ho ordinato delle tazzine da espresso il 10 marzo (ordine 8178273649102938) e sono arrivate rotte. Vi ho già scritto due volte senza risposta. Se non ricevo un rimborso entro venerdì aprirò una contestazione su PayPal e lascerò una recensione negativa. Grazie, Giulia da Torino"],
  ['ru', 'Здравствуйте, заказала кроссовки для ребенка 2 недели назад, трек не обновляется уже 10 дней. Пишу уже третий раз, никто не отвечает. Если не вернете деньги, открою спор и напишу плохой отзыв везде. Очень разочарована вашим магазином, это просто издевательство. Заказ 8178273649102938, жду ответа.'],
  ['zh', '亲，在吗？我上个月买的无线耳机到现在还没收到，物流信息一直没有更新。已经问过好几次了，一直没人回复。再不处理我就给差评，还要去PayPal开纠纷，太失望了！订单号8178273649102938，请尽快回复，谢谢。麻烦你们查一下到底怎么回事，我真的很着急，这是送给朋友的生日礼物。如果这周还收不到，我只能申请退款了。另外上次买的手机壳质量还不错，本来还想再买几个送人的，现在真的很犹豫。希望你们认真对待，尽快给我一个答复，不要再让我等了，拜托了。物流单号是LX123456789CN，麻烦核实一下包裹现在到底在哪里，是不是丢件了。'],
  ['ja', 'お世話になっております。3月5日に注文したスマホケースがまだ届いておりません。先日もお問い合わせしましたが、返信がありません。このままでは、カード会社に連絡してチャージバックを申請するしかありません。大変残念です。至急ご確認いただけますでしょうか。よろしくお願いいたします。注文番号は114-3941689-8276232です。追跡番号はLX123456789CNですが、二週間以上更新されていません。以前購入したイヤホンはとても良かったので、今回の対応には本当にがっかりしています。誠実な対応をお願いします。返金か再送のどちらかで早急にご対応ください。'],
  ['ar', 'السلام عليكم، طلبت سماعات لاسلكية قبل ثلاثة أسابيع ولم تصل حتى الآن. راسلتكم أكثر من مرة ولا يوجد رد. إذا لم يتم حل المشكلة سأفتح نزاع في باي بال وأكتب تقييم سلبي، وسأشتكي لحماية المستهلك. للأسف خدمة سيئة جدا. رقم الطلب 4471، أرجو الرد بسرعة. رقم التتبع LX123456789CN ولم يتحدث منذ أسبوعين.'],
  ['ko', '안녕하세요. 3월 5일에 주문한 블루투스 이어폰이 아직도 도착하지 않았습니다. 벌써 몇 번째 문의하는지 모르겠네요. 답변이 없으시면 카드사에 이의 신청하고 별점 1개 리뷰 남기겠습니다. 정말 실망입니다. 주문번호는 240915ABCDE12F입니다. 빠른 답변 부탁드립니다. 감사합니다. 확인 부탁드려요. 송장번호는 LX123456789CN인데 2주째 조회가 안 됩니다. 지난번에 산 케이스는 좋았는데 이번에는 너무 실망스럽네요. 환불이든 재발송이든 빨리 처리해 주세요. 계속 기다리게 하시면 소비자원에 신고하겠습니다. 부탁드립니다.'],
];

// Warm up (JIT), then measure. Every iteration is a new message for the analysis: the texts are
// made distinct so the one-entry memo only serves the second call, as in the engine.
const variants = MESSAGES.map(([language, text]) => Array.from({ length: 64 }, (_, i) => [language, `${text} ${i}`] as const)).flat();
for (let round = 0; round < 20; round++) for (const [language, text] of variants) scoreSentiment(text, language) + detectRisks(text, language).length;

// CPU time of this process, not wall time: other processes on a shared machine do not count.
// The best of five runs.
const ROUNDS = 40;
let sink = 0;
let perMessage = Infinity;
let wallPerMessage = Infinity;
for (let run = 0; run < 5; run++) {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [language, text] of variants) {
      sink += detectRisks(text, language).length;
      sink += scoreSentiment(text, language);
    }
  }
  const used = process.cpuUsage(cpu);
  perMessage = Math.min(perMessage, (used.user + used.system) / (ROUNDS * variants.length));
  wallPerMessage = Math.min(wallPerMessage, ((performance.now() - wall) * 1000) / (ROUNDS * variants.length));
}

const averageLength = MESSAGES.reduce((sum, [, text]) => sum + text.length, 0) / MESSAGES.length;
console.log(`lexicons: ${TERM_COUNT} terms compiled in ${loadMs.toFixed(1)} ms (module load, incl. TypeScript transform)`);
console.log(`messages: ${MESSAGES.length} languages, ${averageLength.toFixed(0)} characters on average`);
console.log(`detectRisks + scoreSentiment: ${perMessage.toFixed(2)} µs/message CPU (${wallPerMessage.toFixed(2)} µs wall; budget 25 µs)`);
for (const [language, text] of MESSAGES) {
  const other = `${text}.`;
  const cpu = process.cpuUsage();
  for (let i = 0; i < 4000; i++) analyzeSignals(i % 2 === 0 ? text : other, language);
  const used = process.cpuUsage(cpu);
  const us = (used.user + used.system) / 4000;
  console.log(`  ${language}  ${us.toFixed(2)} µs  ${JSON.stringify(analyzeSignals(text, language))}`);
}
if (Number.isNaN(sink)) console.log('');

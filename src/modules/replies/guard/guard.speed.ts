// Not a test: prints the average cost of checkReply and findHoles on ~1,500-character replies.
//   npx tsx src/modules/replies/guard/guard.speed.ts
// Target (issue): checkReply ≤ 0.2 ms a reply on average.

import { checkReply, type GuardContext } from './check-reply.js';
import { findHoles } from './holes.js';
import { DEFAULT_POLICY_RULES } from './policy-rules.js';

/** `text` repeated to about `to` characters (whole repetitions: no number cut in half). */
function pad(text: string, to = 1500): string {
  let out = text;
  while (out.length + text.length + 2 <= to) out += `\n\n${text}`;
  return JSON.parse(JSON.stringify(out)) as string; // a flat string, as a request body gives

}

const REPLIES: ReadonlyArray<readonly [string, string]> = [
  [
    'en',
    pad(
      'Hi Anna, thank you for getting in touch and sorry to hear that your order #1042 has not arrived yet. I checked the tracking ' +
        'number RR123456785CN and the parcel is with the local carrier; it should reach you within 3-5 business days. If it has not ' +
        'arrived by Friday, please let us know and we will send a replacement or refund $29.99 to your original payment method. ' +
        'You can follow the parcel at https://t.17track.net/en. We appreciate your patience.',
    ),
  ],
  [
    'de',
    pad(
      'Sehr geehrte Frau Weber, vielen Dank für Ihre Nachricht. Es tut uns leid, dass die Tasse beschädigt angekommen ist. Wir ' +
        'erstatten Ihnen gern 12,50 € als Teilerstattung, oder wir senden Ihnen kostenlos Ersatz. Bitte schicken Sie uns ein Foto ' +
        'der Verpackung; sobald wir es erhalten haben, veranlassen wir die Erstattung innerhalb von 2 Werktagen. Ihre Bestellung ' +
        '123-1234567-1234567 bleibt davon unberührt.',
    ),
  ],
  [
    'zh',
    pad(
      '您好，非常抱歉给您带来不便。我们已经查询了您的订单号 8123456789012345，包裹目前在目的国清关，预计5-7个工作日内送达。' +
        '如果下周五之前仍未收到，请随时联系我们，我们会为您重新发货或退款¥200。感谢您的耐心等待，祝您生活愉快！',
    ),
  ],
  [
    'ja',
    pad(
      'この度はご不便をおかけして誠に申し訳ございません。ご注文番号 #1042 の商品は現在配送中で、通常3〜5営業日でお届けの予定です。' +
        '万が一届かない場合は、再送または2,000円の返金にて対応させていただきます。何卒よろしくお願い申し上げます。',
    ),
  ],
];

const ctx: GuardContext = {
  channel: 'marketplace',
  marketplace: 'amazon',
  customer: { emails: ['anna@example.com'], phones: ['+49 151 23456789'], orderNumbers: ['#1042', '123-1234567-1234567'] },
  brand: { emails: ['help@shop.example'], domains: ['shop.example'] },
  sender: { compensationLimit: 50, baseCurrency: 'USD' },
  fx: { EUR: 1.08, CNY: 0.138, JPY: 0.0066 },
};

/**
 * CPU time of this process a call, in batches: the best batch is the figure on a quiet machine, the
 * median what a busy one (other processes on the same cores) gives.
 */
function time(label: string, rounds: number, run: () => void): void {
  for (let i = 0; i < 500; i++) run(); // warm up
  const batches: number[] = [];
  for (let b = 0; b < 7; b++) {
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < rounds; i++) run();
    const used = process.cpuUsage(cpu0);
    batches.push((used.user + used.system) / rounds);
  }
  batches.sort((a, b) => a - b);
  console.log(`${label}: best ${batches[0]!.toFixed(1)} µs, median ${batches[3]!.toFixed(1)} µs (CPU a call)`);
}

console.log(`reply lengths: ${REPLIES.map(([language, text]) => `${language} ${text.length}`).join(', ')}`);

let i = 0;
const next = (): readonly [string, string] => REPLIES[i++ % REPLIES.length]!;
time('checkReply, one text of 1,500 chars', 1000, () => {
  const [language, text] = next();
  checkReply([{ text, language }], DEFAULT_POLICY_RULES, ctx);
});
time('checkReply, buyer text + agent original (2 × 1,500 chars)', 500, () => {
  const [language, text] = next();
  checkReply([{ text, language }, { text: REPLIES[0]![1], language: 'en' }], DEFAULT_POLICY_RULES, ctx);
});
time('findHoles, 1,500 chars', 1000, () => {
  findHoles(next()[1]);
});

/**
 * Buyer messages for bulk-loaded tickets, in many languages. Each carries a word the search
 * measurement looks for; written for this benchmark.
 */
export const BENCH_MESSAGES: { language: string; subject: string; text: string }[] = [
  { language: 'en', subject: 'Where is my order?', text: 'Hi, I ordered a desk lamp two weeks ago and the tracking has not moved since Monday. Can you check?' },
  { language: 'en', subject: 'Refund for broken mug', text: 'The ceramic mug arrived cracked. I would like a refund or a replacement please.' },
  { language: 'en', subject: 'Charger not working', text: 'The USB-C charger stopped working after three days. Is it covered by warranty?' },
  { language: 'de', subject: 'Lieferung verspätet', text: 'Guten Tag, meine Lieferung ist seit zehn Tagen unterwegs. Wann kommt sie an?' },
  { language: 'de', subject: 'Falsche Farbe', text: 'Ich habe Bettwäsche in Grau bestellt, aber Blau bekommen. Bitte um Umtausch.' },
  { language: 'fr', subject: 'Colis non reçu', text: "Bonjour, le suivi indique livré mais je n'ai rien reçu. Pouvez-vous vérifier ?" },
  { language: 'es', subject: 'Pedido incompleto', text: 'Hola, en mi pedido faltaba el cable del humidificador. ¿Me lo pueden enviar?' },
  { language: 'it', subject: 'Fattura', text: 'Buongiorno, mi servirebbe la fattura con partita IVA per il mio ordine.' },
  { language: 'pt', subject: 'Rastreamento parado', text: 'Olá, meu rastreamento está parado na alfândega faz uma semana. O que faço?' },
  { language: 'nl', subject: 'Retour aanvragen', text: 'Hallo, ik wil de lamp graag retourneren. Hoe gaat dat precies?' },
  { language: 'zh', subject: '物流一直没有更新', text: '你好，我的订单物流已经一个星期没有更新了，请帮我查一下包裹在哪里。' },
  { language: 'zh', subject: '收到的杯子是坏的', text: '杯子收到的时候已经碎了，希望可以退款或者重新寄一个。' },
  { language: 'ja', subject: '荷物が届きません', text: '注文した加湿器がまだ届いていません。追跡番号を教えていただけますか。' },
  { language: 'ja', subject: '色違いの商品', text: '届いたシーツの色が注文と違いました。交換をお願いできますか。' },
  { language: 'ko', subject: '배송 문의', text: '주문한 상품이 아직 도착하지 않았어요. 언제 받을 수 있을까요?' },
  { language: 'th', subject: 'ยังไม่ได้รับสินค้า', text: 'สวัสดีครับ สินค้ายังไม่มาถึงเลย ช่วยตรวจสอบให้หน่อยครับ' },
  { language: 'ar', subject: 'تأخر الشحنة', text: 'السلام عليكم، طلبي تأخر كثيراً، متى سيصل؟' },
  { language: 'ru', subject: 'Где мой заказ', text: 'Здравствуйте, заказ не пришёл уже три недели. Помогите разобраться.' },
  { language: 'pl', subject: 'Uszkodzona lampa', text: 'Dzień dobry, lampa przyszła uszkodzona. Proszę o zwrot pieniędzy.' },
  { language: 'tr', subject: 'Kargo nerede', text: 'Merhaba, siparişim hâlâ gelmedi. Kargo takip numarası çalışmıyor.' },
];

/** Searches measured over HTTP, with at least one hit each in the loaded data. */
export const BENCH_SEARCHES = ['tracking', 'lieferung', 'refund', '物流', '届いて', 'ยังไม่', '상품', 'livré', 'lamp', 'alfândega'];

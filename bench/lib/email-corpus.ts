/**
 * Inbound e-mail for `bench:ingest`: a realistic, reproducible mix of buyer mail built once with
 * nodemailer's MailComposer (the code real mail clients and relays use). Buyers write in many
 * languages (the texts of BENCH_MESSAGES), from one line to long mails with quoted history; about
 * 30% are follow-ups in a thread (In-Reply-To/References to an earlier message of the set, or the
 * same Amazon order), about 10% carry an attachment (10–300 KB of random bytes, PDF or JPEG),
 * some are HTML (multipart/alternative), some come through Amazon's buyer-seller relay with an
 * order number in the subject. Every Message-ID is unique, and no sender repeats a text, so mail
 * loop detection never applies: every message should become (part of) a ticket.
 */
import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import { BENCH_MESSAGES } from './corpus.js';

export interface CorpusEmail {
  index: number;
  raw: Buffer;
  /** Without angle brackets, as inbound_emails.message_id_header stores it. */
  messageId: string;
  /** Envelope sender (SMTP MAIL FROM). */
  from: string;
  /** Index of the first message of its thread (itself for a new conversation). */
  threadRoot: number;
  language: string;
  reply: boolean;
  html: boolean;
  attachment: boolean;
  marketplace: boolean;
  size: 'short' | 'medium' | 'long';
}

export interface EmailCorpus {
  emails: CorpusEmail[];
  /** Conversations (first messages): the tickets the set should end up as. */
  threads: number;
  totalBytes: number;
  /** One line describing the mix, for the report. */
  describe(): string;
}

export interface EmailCorpusOptions {
  /** The support address every message is sent to (a mailbox of the bench brand). */
  to: string;
  /** Same seed, same texts, threads and sizes (Message-IDs still differ per build). */
  seed?: number;
  /** Share of follow-ups in a thread (default 0.3). */
  replyShare?: number;
  attachmentShare?: number;
  htmlShare?: number;
  /** Share of new conversations that come through the Amazon relay. */
  marketplaceShare?: number;
}

/** mulberry32: small, fast, good enough for picking texts. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Per language: buyer names, a mail domain, a greeting, follow-up lines, closing, attribution. */
interface Locale {
  names: string[];
  domain: string;
  greeting: string;
  followUps: string[];
  closing: string;
  /** "On <date>, <name> wrote:" in the buyer's mail client language. */
  wrote: (date: string, name: string) => string;
  replyPrefix: string;
  /** A longer paragraph for medium and long mails. */
  detail: string;
}

const EN_WROTE = (date: string, name: string) => `On ${date}, ${name} wrote:`;

const LOCALES: Record<string, Locale> = {
  en: {
    names: ['Emily Carter', 'James Walker', 'Olivia Brown', 'Noah Wilson'],
    domain: 'gmail.com',
    greeting: 'Hi,',
    followUps: ['Any update on this?', 'I still have not heard back, could you please look into it?', 'Sorry to chase, but this is getting urgent.', 'Thanks for the reply. One more question about the same order.'],
    closing: 'Thanks,',
    wrote: EN_WROTE,
    replyPrefix: 'Re: ',
    detail:
      'I paid with PayPal and the confirmation e-mail says it shipped with DHL Express. The tracking page only shows "label created" and nothing since. I need it before the weekend because it is a birthday present, so please let me know whether it is worth waiting or whether I should ask for a refund.',
  },
  de: {
    names: ['Lukas Müller', 'Anna Schröder', 'Jonas Weiß', 'Lea Hoffmann'],
    domain: 'web.de',
    greeting: 'Guten Tag,',
    followUps: ['Gibt es schon Neuigkeiten?', 'Ich habe noch keine Antwort erhalten, bitte melden Sie sich.', 'Entschuldigung, dass ich nachfrage, aber es eilt inzwischen.', 'Danke für die Antwort. Noch eine Frage zur selben Bestellung.'],
    closing: 'Mit freundlichen Grüßen',
    wrote: (date, name) => `Am ${date} schrieb ${name}:`,
    replyPrefix: 'AW: ',
    detail:
      'Ich habe mit Kreditkarte bezahlt und laut Bestätigung wurde das Paket mit DHL verschickt. Die Sendungsverfolgung zeigt seit Tagen nur „Sendung angekündigt“. Ich brauche die Ware bis Freitag, bitte teilen Sie mir mit, ob sich das Warten lohnt oder ob ich stornieren soll.',
  },
  fr: {
    names: ['Camille Dubois', 'Louis Martin', 'Chloé Lefèvre', 'Hugo Bernard'],
    domain: 'orange.fr',
    greeting: 'Bonjour,',
    followUps: ['Avez-vous du nouveau ?', "Je n'ai toujours pas de réponse, pouvez-vous regarder ?", "Désolé d'insister, mais c'est urgent.", 'Merci pour votre réponse. Encore une question sur la même commande.'],
    closing: 'Cordialement,',
    wrote: (date, name) => `Le ${date}, ${name} a écrit :`,
    replyPrefix: 'RE : ',
    detail:
      "J'ai payé par carte bancaire et le mail de confirmation indique un envoi par Colissimo. Le suivi n'a pas bougé depuis cinq jours. C'est un cadeau, j'en ai besoin avant samedi : dites-moi s'il vaut mieux attendre ou demander un remboursement.",
  },
  es: {
    names: ['Lucía García', 'Mateo López', 'Sofía Martínez', 'Pablo Sánchez'],
    domain: 'hotmail.es',
    greeting: 'Hola,',
    followUps: ['¿Hay alguna novedad?', 'Todavía no he recibido respuesta, ¿pueden revisarlo?', 'Perdón por insistir, pero ya es urgente.', 'Gracias por la respuesta. Otra pregunta sobre el mismo pedido.'],
    closing: 'Un saludo,',
    wrote: (date, name) => `El ${date}, ${name} escribió:`,
    replyPrefix: 'RE: ',
    detail:
      'Pagué con tarjeta y el correo de confirmación dice que se envió por SEUR. El seguimiento no se actualiza desde hace días. Lo necesito antes del viernes, ¿me pueden decir si merece la pena esperar o si es mejor cancelar?',
  },
  it: {
    names: ['Giulia Rossi', 'Marco Bianchi', 'Chiara Ferrari', 'Luca Romano'],
    domain: 'libero.it',
    greeting: 'Buongiorno,',
    followUps: ['Ci sono novità?', 'Non ho ancora ricevuto risposta, potete controllare?', "Scusate se insisto, ma ormai è urgente.", 'Grazie della risposta. Un’altra domanda sullo stesso ordine.'],
    closing: 'Cordiali saluti,',
    wrote: (date, name) => `Il giorno ${date} ${name} ha scritto:`,
    replyPrefix: 'R: ',
    detail:
      'Ho pagato con carta e la mail di conferma dice che il pacco è partito con BRT. Il tracciamento è fermo da giorni. Mi serve entro venerdì: fatemi sapere se conviene aspettare o chiedere il rimborso.',
  },
  pt: {
    names: ['Ana Souza', 'João Pereira', 'Mariana Costa', 'Pedro Almeida'],
    domain: 'uol.com.br',
    greeting: 'Olá,',
    followUps: ['Alguma novidade?', 'Ainda não recebi resposta, podem verificar?', 'Desculpe insistir, mas já é urgente.', 'Obrigado pela resposta. Mais uma pergunta sobre o mesmo pedido.'],
    closing: 'Atenciosamente,',
    wrote: (date, name) => `Em ${date}, ${name} escreveu:`,
    replyPrefix: 'RE: ',
    detail:
      'Paguei com cartão e o e-mail de confirmação diz que foi enviado pelos Correios. O rastreamento não muda há dias. Preciso até sexta-feira; vale a pena esperar ou devo pedir reembolso?',
  },
  nl: {
    names: ['Sanne de Vries', 'Daan Jansen', 'Emma Bakker', 'Lars Visser'],
    domain: 'ziggo.nl',
    greeting: 'Hallo,',
    followUps: ['Is er al nieuws?', 'Ik heb nog geen antwoord gekregen, kunt u kijken?', 'Sorry dat ik aandring, maar het wordt dringend.', 'Bedankt voor uw antwoord. Nog een vraag over dezelfde bestelling.'],
    closing: 'Met vriendelijke groet,',
    wrote: (date, name) => `Op ${date} schreef ${name}:`,
    replyPrefix: 'Re: ',
    detail:
      'Ik heb met iDEAL betaald en volgens de bevestiging is het pakket met PostNL verstuurd. De track-and-trace staat al dagen stil. Ik heb het voor vrijdag nodig; is wachten zinvol of kan ik beter annuleren?',
  },
  zh: {
    names: ['王芳', '李伟', '张敏', '刘洋'],
    domain: 'qq.com',
    greeting: '您好，',
    followUps: ['请问有进展了吗？', '我还没有收到回复，麻烦帮我看一下。', '不好意思再次打扰，这件事比较急。', '谢谢回复。关于同一个订单我还有一个问题。'],
    closing: '谢谢！',
    wrote: (date, name) => `${name} 在 ${date} 写道：`,
    replyPrefix: '回复: ',
    detail: '我是用支付宝付款的，确认邮件上说已经通过顺丰发货，但是物流信息好几天都没有更新。这是送人的礼物，周五之前一定要收到，请告诉我是继续等还是申请退款比较好。',
  },
  ja: {
    names: ['佐藤 花子', '鈴木 太郎', '高橋 美咲', '田中 翔'],
    domain: 'yahoo.co.jp',
    greeting: 'お世話になっております。',
    followUps: ['その後いかがでしょうか。', 'まだご返信をいただいておりません。ご確認をお願いします。', '度々すみませんが、急ぎでお願いいたします。', 'ご回答ありがとうございます。同じ注文についてもう一つ質問があります。'],
    closing: 'よろしくお願いいたします。',
    wrote: (date, name) => `${date} ${name} <buyer@example.jp>のメール:`,
    replyPrefix: 'Re: ',
    detail: 'クレジットカードで支払い、確認メールではヤマト運輸で発送済みとなっていますが、追跡情報が数日間更新されていません。金曜日までに必要なので、待つべきか返金を依頼すべきか教えてください。',
  },
  ko: {
    names: ['김민준', '이서연', '박지훈', '최수아'],
    domain: 'naver.com',
    greeting: '안녕하세요,',
    followUps: ['혹시 진행 상황이 있나요?', '아직 답변을 받지 못했습니다. 확인 부탁드립니다.', '재촉해서 죄송하지만 급한 일입니다.', '답변 감사합니다. 같은 주문에 대해 하나 더 여쭤봅니다.'],
    closing: '감사합니다.',
    wrote: (date, name) => `${date}, ${name}님이 작성:`,
    replyPrefix: 'RE: ',
    detail: '카드로 결제했고 확인 메일에는 CJ대한통운으로 발송되었다고 되어 있는데 배송 조회가 며칠째 그대로입니다. 금요일까지 꼭 필요해서 기다려야 할지 환불을 요청해야 할지 알려 주세요.',
  },
  th: {
    names: ['สมชาย ใจดี', 'สุดา แสงทอง', 'อนันต์ ศรีสุข', 'มาลี บุญมา'],
    domain: 'hotmail.co.th',
    greeting: 'สวัสดีครับ',
    followUps: ['มีความคืบหน้าไหมครับ', 'ยังไม่ได้รับคำตอบเลย ช่วยตรวจสอบด้วยครับ', 'ขอโทษที่ถามซ้ำ แต่เรื่องนี้ด่วนครับ', 'ขอบคุณสำหรับคำตอบ มีอีกคำถามเกี่ยวกับคำสั่งซื้อเดิมครับ'],
    closing: 'ขอบคุณครับ',
    wrote: EN_WROTE,
    replyPrefix: 'Re: ',
    detail: 'ผมจ่ายด้วยบัตรเครดิต อีเมลยืนยันบอกว่าส่งทาง Kerry Express แล้ว แต่สถานะพัสดุไม่เปลี่ยนมาหลายวัน ต้องการของก่อนวันศุกร์ ควรรอต่อหรือขอคืนเงินดีครับ',
  },
  ar: {
    names: ['محمد العلي', 'فاطمة حسن', 'أحمد الكعبي', 'سارة يوسف'],
    domain: 'yahoo.com',
    greeting: 'مرحباً،',
    followUps: ['هل من جديد؟', 'لم أتلق أي رد حتى الآن، أرجو المتابعة.', 'آسف على الإلحاح، لكن الأمر أصبح عاجلاً.', 'شكراً على الرد. لدي سؤال آخر عن الطلب نفسه.'],
    closing: 'مع الشكر،',
    wrote: (date, name) => `في ${date}، كتب ${name}:`,
    replyPrefix: 'رد: ',
    detail: 'دفعت بالبطاقة، ورسالة التأكيد تقول إن الشحنة أُرسلت عبر أرامكس، لكن التتبع لم يتغير منذ أيام. أحتاجها قبل يوم الجمعة، فهل أنتظر أم أطلب استرداد المبلغ؟',
  },
  ru: {
    names: ['Иван Петров', 'Мария Смирнова', 'Алексей Волков', 'Ольга Козлова'],
    domain: 'yandex.ru',
    greeting: 'Здравствуйте,',
    followUps: ['Есть ли новости?', 'Я до сих пор не получил ответа, проверьте, пожалуйста.', 'Извините за настойчивость, но это уже срочно.', 'Спасибо за ответ. Ещё один вопрос по тому же заказу.'],
    closing: 'С уважением,',
    wrote: (date, name) => `${date}, ${name} пишет:`,
    replyPrefix: 'RE: ',
    detail: 'Я оплатил картой, в письме-подтверждении указано, что посылка отправлена СДЭКом, но отслеживание не обновляется уже несколько дней. Мне нужно до пятницы: стоит ли ждать или лучше оформить возврат?',
  },
  pl: {
    names: ['Katarzyna Nowak', 'Piotr Kowalski', 'Agnieszka Wiśniewska', 'Tomasz Wójcik'],
    domain: 'wp.pl',
    greeting: 'Dzień dobry,',
    followUps: ['Czy są jakieś nowości?', 'Nadal nie dostałem odpowiedzi, proszę sprawdzić.', 'Przepraszam, że ponaglam, ale sprawa jest pilna.', 'Dziękuję za odpowiedź. Jeszcze jedno pytanie o to samo zamówienie.'],
    closing: 'Pozdrawiam,',
    wrote: (date, name) => `W dniu ${date} ${name} pisze:`,
    replyPrefix: 'Odp: ',
    detail: 'Zapłaciłem kartą, a w potwierdzeniu jest informacja o wysyłce przez InPost. Śledzenie nie zmienia się od kilku dni. Potrzebuję paczki do piątku — czy warto czekać, czy lepiej poprosić o zwrot?',
  },
  tr: {
    names: ['Ayşe Yılmaz', 'Mehmet Kaya', 'Elif Demir', 'Can Şahin'],
    domain: 'hotmail.com.tr',
    greeting: 'Merhaba,',
    followUps: ['Bir gelişme var mı?', 'Hâlâ yanıt alamadım, kontrol eder misiniz?', 'Israr ettiğim için kusura bakmayın ama acil.', 'Yanıtınız için teşekkürler. Aynı siparişle ilgili bir sorum daha var.'],
    closing: 'Teşekkürler,',
    wrote: (date, name) => `${date} tarihinde ${name} şunu yazdı:`,
    replyPrefix: 'YNT: ',
    detail: 'Kredi kartıyla ödedim, onay e-postasında Yurtiçi Kargo ile gönderildiği yazıyor ama takip birkaç gündür güncellenmiyor. Cumaya kadar lazım; beklemeli miyim yoksa iade mi istemeliyim?',
  },
};

const AMAZON_SITES: { site: string; language: string; subject: (name: string, order: string) => string }[] = [
  { site: 'de', language: 'de', subject: (name, order) => `Anfrage von Amazon-Kunde ${name} (Bestellung: ${order})` },
  { site: 'fr', language: 'fr', subject: (name, order) => `Demande de renseignements de la part du client Amazon ${name} (Commande : ${order})` },
  { site: 'co.uk', language: 'en', subject: (name, order) => `Inquiry from Amazon customer ${name} (Order: ${order})` },
  { site: 'com', language: 'en', subject: (name, order) => `Inquiry from Amazon customer ${name} (Order: ${order})` },
  { site: 'it', language: 'it', subject: (name, order) => `Richiesta dal cliente Amazon ${name} (Ordine: ${order})` },
  { site: 'es', language: 'es', subject: (name, order) => `Consulta del cliente de Amazon ${name} (Pedido: ${order})` },
  { site: 'co.jp', language: 'ja', subject: (name, order) => `Amazonのお客様 ${name} からの問い合わせ（注文番号: ${order}）` },
];

const CHARGER_LINES = [
  'Product: LED desk lamp, model DL-20, colour black.',
  'Artikel: Bettwäsche-Set 155×220, Farbe Grau.',
  'Produit : humidificateur à ultrasons 3 L.',
  '商品：陶瓷马克杯 350ml，白色。',
  '商品：加湿器 HM-300（ホワイト）',
];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

const int = (rand: () => number, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text to the simple HTML a webmail client writes (quoted history as a blockquote). */
function toHtml(text: string): string {
  const blocks = text.split(/\n{2,}/).map((block) => {
    if (/^>/.test(block)) {
      const inner = block.replace(/^> ?/gm, '');
      return `<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">${escapeHtml(inner).replace(/\n/g, '<br>')}</blockquote>`;
    }
    return `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`;
  });
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">${blocks.join('\n')}</div></body></html>`;
}

interface ThreadState {
  root: number;
  language: string;
  fromName: string;
  fromAddress: string;
  subject: string;
  /** Message-IDs of the thread so far (References). */
  ids: string[];
  /** What the buyer wrote so far, newest last (quoted in follow-ups). */
  texts: { date: string; text: string }[];
  marketplace: boolean;
  order: string;
}

/**
 * Builds `count` raw messages addressed to `options.to`. Follow-ups always come after their
 * thread's first message in the array (the order messages are sent in).
 */
export async function buildEmailCorpus(count: number, options: EmailCorpusOptions): Promise<EmailCorpus> {
  const rand = rng(options.seed ?? 20261120);
  const replyShare = options.replyShare ?? 0.3;
  const attachmentShare = options.attachmentShare ?? 0.1;
  const htmlShare = options.htmlShare ?? 0.2;
  const marketplaceShare = options.marketplaceShare ?? 0.12;
  const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const threads: ThreadState[] = [];
  const emails: CorpusEmail[] = [];
  // Repeat buyers: a pool of senders smaller than the number of conversations.
  const senders = new Map<string, { name: string; address: string }[]>();
  const start = Date.now() - count * 30_000;

  for (let index = 0; index < count; index++) {
    const date = new Date(start + index * 30_000);
    const dateText = date.toUTCString();
    const reply = threads.length > 0 && rand() < replyShare;
    let thread: ThreadState;
    let sample: (typeof BENCH_MESSAGES)[number];
    if (reply) {
      // Follow-ups mostly continue a recent conversation, as in a real inbox.
      const recent = threads.slice(-300);
      thread = pick(rand, recent);
      sample = BENCH_MESSAGES.find((m) => m.language === thread.language) ?? BENCH_MESSAGES[0]!;
    } else {
      sample = pick(rand, BENCH_MESSAGES);
      const marketplace = rand() < marketplaceShare;
      const order = marketplace
        ? `${int(rand, 100, 999)}-${String(int(rand, 0, 9_999_999)).padStart(7, '0')}-${String(index).padStart(7, '0')}`
        : `${100_000 + index}`;
      let language = sample.language;
      let fromName: string;
      let fromAddress: string;
      let subject: string;
      if (marketplace) {
        const site = pick(rand, AMAZON_SITES);
        language = site.language;
        sample = BENCH_MESSAGES.find((m) => m.language === language) ?? sample;
        fromName = pick(rand, LOCALES[language]!.names);
        // Amazon's relay alias: 13 random lower-case letters and digits, one per buyer and order.
        fromAddress = `${randomBytes(8).toString('hex').slice(0, 13)}@marketplace.amazon.${site.site}`;
        subject = site.subject(fromName.split(' ')[0]!, order);
      } else {
        const locale = LOCALES[language]!;
        const pool = senders.get(language) ?? [];
        senders.set(language, pool);
        if (pool.length < 3 + Math.floor(index / 60) && (pool.length === 0 || rand() < 0.7)) {
          const name = pick(rand, locale.names);
          pool.push({ name, address: `buyer${index}.${pool.length}@${locale.domain}` });
        }
        const sender = pick(rand, pool);
        fromName = sender.name;
        fromAddress = sender.address;
        subject = `${sample.subject} #${order}`;
      }
      thread = { root: index, language, fromName, fromAddress, subject, ids: [], texts: [], marketplace, order };
      threads.push(thread);
    }
    const locale = LOCALES[thread.language] ?? LOCALES.en!;

    // What the buyer writes now: one line, a few paragraphs, or a long mail.
    const roll = rand();
    const size: CorpusEmail['size'] = roll < 0.35 ? 'short' : roll < 0.82 ? 'medium' : 'long';
    const lead = reply ? pick(rand, locale.followUps) : sample.text;
    // Unique per message, so no sender ever repeats a text (that would be a mail loop).
    const orderLine = thread.marketplace ? `Order ${thread.order}, message ${index}.` : `#${thread.order} / ${index}`;
    const paragraphs: string[] = [];
    if (size === 'short') {
      paragraphs.push(`${lead} (${orderLine})`);
    } else {
      paragraphs.push(locale.greeting, lead);
      const extra = size === 'medium' ? int(rand, 1, 3) : int(rand, 8, 30);
      for (let p = 0; p < extra; p++) paragraphs.push(p % 3 === 2 ? pick(rand, CHARGER_LINES) : locale.detail);
      paragraphs.push(orderLine, `${locale.closing}\n${thread.fromName}`);
    }
    let text = paragraphs.join('\n\n');
    const ownText = text;
    // A follow-up quotes the conversation so far (mail clients quote everything below).
    if (reply && !thread.marketplace && thread.texts.length > 0) {
      let quoted = '';
      for (const earlier of thread.texts) {
        quoted = `${locale.wrote(earlier.date, thread.fromName)}\n${`${earlier.text}\n${quoted}`.trimEnd().replace(/^/gm, '> ')}`;
      }
      text = `${text}\n\n${quoted}\n`;
    }

    const messageId = `bench-${run}-${index}@${thread.marketplace ? 'marketplace.amazon.com' : thread.fromAddress.split('@')[1]}`;
    const html = !thread.marketplace && rand() < htmlShare;
    const attachment = rand() < attachmentShare;
    const mail: Mail.Options & { messageId: string; date: Date } = {
      from: { name: thread.fromName, address: thread.fromAddress },
      to: options.to,
      subject: reply ? `${locale.replyPrefix}${thread.subject}` : thread.subject,
      text,
      messageId: `<${messageId}>`,
      date,
      headers: { 'X-Mailer': pick(rand, ['Apple Mail (2.3774)', 'Microsoft Outlook 16.0', 'Thunderbird 128.4', 'Gmail', 'Foxmail 7.2']) },
    };
    if (reply && !thread.marketplace) {
      const parent = thread.ids[thread.ids.length - 1]!;
      mail.inReplyTo = `<${parent}>`;
      mail.references = thread.ids.slice(-10).map((id) => `<${id}>`);
    }
    if (html) mail.html = toHtml(text);
    if (attachment) {
      const bytes = int(rand, 10_000, 300_000);
      const pdf = rand() < 0.5;
      const body = randomBytes(bytes);
      (pdf ? Buffer.from('%PDF-1.4\n') : Buffer.from([0xff, 0xd8, 0xff, 0xe0])).copy(body);
      mail.attachments = [{ filename: pdf ? `invoice-${thread.order}.pdf` : `photo-${index}.jpg`, content: body, contentType: pdf ? 'application/pdf' : 'image/jpeg' }];
    }
    const raw = await new MailComposer(mail).compile().build();

    thread.ids.push(messageId);
    thread.texts.push({ date: dateText, text: ownText });
    if (thread.texts.length > 6) thread.texts.shift();
    emails.push({ index, raw, messageId, from: thread.fromAddress, threadRoot: thread.root, language: thread.language, reply, html, attachment, marketplace: thread.marketplace, size });
  }

  const totalBytes = emails.reduce((sum, e) => sum + e.raw.length, 0);
  return {
    emails,
    threads: threads.length,
    totalBytes,
    describe() {
      const share = (f: (e: CorpusEmail) => boolean) => `${Math.round((100 * emails.filter(f).length) / Math.max(1, emails.length))}%`;
      const sizes = emails.map((e) => e.raw.length).sort((a, b) => a - b);
      const at = (q: number) => sizes[Math.min(sizes.length - 1, Math.floor(q * sizes.length))] ?? 0;
      const languages = new Set(emails.map((e) => e.language)).size;
      return (
        `${emails.length.toLocaleString('en')} messages in ${threads.length.toLocaleString('en')} conversations, ${languages} languages; ` +
        `replies ${share((e) => e.reply)}, HTML ${share((e) => e.html)}, attachments ${share((e) => e.attachment)}, Amazon relay ${share((e) => e.marketplace)}; ` +
        `size median ${(at(0.5) / 1024).toFixed(1)} KB, p90 ${(at(0.9) / 1024).toFixed(1)} KB, max ${(at(1) / 1024).toFixed(0)} KB, total ${(totalBytes / 1048576).toFixed(1)} MB`
      );
    },
  };
}

import type { ReplyChannel } from '../locale/salutation.js';
import type { ReplyFacts } from './reply-facts.js';

/** A buyer of each market for previews: the name and country a salutation is shaped by. */
const SAMPLE_BUYERS: Record<string, { firstName: string; lastName: string; title: string | null; country: string }> = {
  en: { firstName: 'Emily', lastName: 'Carter', title: 'Ms', country: 'GB' },
  de: { firstName: 'Anna', lastName: 'Weber', title: 'Frau Dr.', country: 'DE' },
  fr: { firstName: 'Claire', lastName: 'Dubois', title: 'Madame', country: 'FR' },
  es: { firstName: 'Lucía', lastName: 'García', title: 'Sra.', country: 'ES' },
  pt: { firstName: 'Ana', lastName: 'Souza', title: 'Sra.', country: 'BR' },
  it: { firstName: 'Giulia', lastName: 'Rossi', title: 'Sig.ra', country: 'IT' },
  nl: { firstName: 'Sanne', lastName: 'de Vries', title: 'Mevrouw', country: 'NL' },
  pl: { firstName: 'Katarzyna', lastName: 'Nowak', title: 'Pani', country: 'PL' },
  sv: { firstName: 'Elin', lastName: 'Lindqvist', title: null, country: 'SE' },
  da: { firstName: 'Mette', lastName: 'Jensen', title: null, country: 'DK' },
  fi: { firstName: 'Aino', lastName: 'Virtanen', title: null, country: 'FI' },
  no: { firstName: 'Ingrid', lastName: 'Hansen', title: null, country: 'NO' },
  ru: { firstName: 'Ольга', lastName: 'Смирнова', title: null, country: 'RU' },
  uk: { firstName: 'Оксана', lastName: 'Коваленко', title: null, country: 'UA' },
  tr: { firstName: 'Ayşe', lastName: 'Yılmaz', title: 'Hanım', country: 'TR' },
  ar: { firstName: 'ليلى', lastName: 'الحربي', title: null, country: 'SA' },
  he: { firstName: 'נועה', lastName: 'כהן', title: null, country: 'IL' },
  zh: { firstName: '芳', lastName: '王', title: '女士', country: 'CN' },
  ja: { firstName: '花子', lastName: '山田', title: null, country: 'JP' },
  ko: { firstName: '민지', lastName: '김', title: null, country: 'KR' },
  vi: { firstName: 'Lan', lastName: 'Nguyễn', title: null, country: 'VN' },
  id: { firstName: 'Dewi', lastName: 'Santoso', title: 'Ibu', country: 'ID' },
  ms: { firstName: 'Siti', lastName: 'Aminah', title: 'Puan', country: 'MY' },
  th: { firstName: 'สมศรี', lastName: 'ใจดี', title: null, country: 'TH' },
  cs: { firstName: 'Jana', lastName: 'Nováková', title: 'paní', country: 'CZ' },
};

/** A complete, realistic ticket for a template preview (and the starter library's tests). */
export function sampleReplyFacts(language: string, channel: ReplyChannel = 'email', now = new Date()): ReplyFacts {
  const buyer = SAMPLE_BUYERS[language] ?? SAMPLE_BUYERS.en!;
  return {
    ticket: { id: 4821, subject: 'Order 1042', channel, intent: null, language },
    customer: {
      firstName: buyer.firstName,
      lastName: buyer.lastName,
      name: null,
      title: buyer.title,
      language,
      country: buyer.country,
      timezone: null,
    },
    brand: { name: 'Nordlicht Home', kind: 'shopify' },
    agent: { name: 'Lena Vogt' },
    order: {
      number: '#1042',
      currency: 'EUR',
      total: 89.9,
      items: [{ title: 'Linen duvet cover 200×220', sku: 'LDC-200', quantity: 1 }],
    },
    tracking: { number: 'LX123456785CN', carrier: 'China Post', url: 'https://t.17track.net/en#nums=LX123456785CN', status: 'in_transit' },
    replyBy: nextWeekdayMorning(now),
    compensation: { amount: 12, currency: 'EUR' },
    coupon: { code: 'SORRY10', percent: 10 },
    payment: { amount: 89.9, currency: 'EUR', dueDate: new Date(now.getTime() + 3 * 86_400_000), url: 'https://nordlicht.example/pay/1042' },
    surveyUrl: 'https://nordlicht.example/survey/4821',
    emergencyContact: '+49 30 1234 5678',
    returnUrl: 'https://nordlicht.example/returns/1042',
  };
}

function nextWeekdayMorning(now: Date): Date {
  const d = new Date(now.getTime() + 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  d.setUTCHours(8, 0, 0, 0);
  return d;
}

// Order numbers as the marketplaces write them: Shopify #1001, Amazon 123-1234567-1234567, eBay
// 12-12345-12345, AliExpress (15–19 digits after an order label, or a lone 16-digit 8…/3…), Temu PO-211-…,
// Shopee YYMMDD + 8 upper-case alphanumerics.

import { type Found, type Span, letterBefore, overlapsAny } from './spans.js';

/** "order", "order no.", "Bestellnummer", "订单号", … in the 25 triage languages. */
const ORDER_LABEL_LATIN = [
  'order(?:\\s*(?:no|nr|number|num|id|ref))?',
  'ordernummer', 'ordernr', 'ordre(?:nummer|nr)?',
  'pedido', 'orden', 'encomenda',
  'commande',
  'bestell(?:nummer|-?nr|ung)', 'auftrags?(?:nummer|-?nr)?',
  'ordine',
  'bestelnummer', 'bestelling',
  'zam[óo]wieni\\p{L}*',
  'beställning(?:snummer|snr)?', 'bestilling(?:snummer|snr)?',
  'tilau[sk]\\p{L}*',
  'sipari[şs]\\p{L}*',
  'đơn\\s+hàng', '(?:mã|số)\\s+đơn',
  'pesanan',
  'objedn[áa]v\\p{L}*',
];
const ORDER_LABEL_OTHER = [
  '(?:номер\\s+)?заказ\\p{L}*', '(?:номер\\s+)?замовлен\\p{L}*',
  '(?:رقم\\s+)?(?:ال)?طلب(?:ي|ية|ك)?',
  '(?:מספר\\s+)?[הלבמש]?הזמנ\\p{L}*',
  '订单(?:编号|号码|号)?', '訂單(?:編號|號碼|號)?', 'ご?注文(?:番号)?', 'オーダー(?:番号)?', '주문\\s?번호', '주문',
  '(?:หมายเลข|เลขที่)?(?:คำสั่งซื้อ|ออเดอร์)',
];

/** Between the label and the number: "no.", "#", ":", "number", "is", … (a bounded run). */
const FILLER =
  '(?:[\\s:：#№.\\-–=]|n[°º]|(?:no|nr|num|number|nummer|numero|número|numéro|numaras[ıi]|nomor|nombor|id|is|ist|est|es|er|är|je|jest|номер)(?![\\p{L}])|[是为為はが는은:])*?';

/** After the digits: not more of a code ("1047abc", "1047-2"), a decimal part ("129,99") or a currency ("100 €"). */
const NOT_AN_AMOUNT = '(?![A-Za-z0-9]|[-.,]\\d|\\s?[€$£¥￥₩₽₴₪฿₫元円원])';

// Group 1 is a Latin-script label: the caller checks it starts a word (no costly look-behind in the scan).
const LABELLED = new RegExp(
  `(?:((?:${ORDER_LABEL_LATIN.join('|')})(?![\\p{L}]))|(?:${ORDER_LABEL_OTHER.join('|')}))` +
    `${FILLER}(\\d{15,19}|\\d{3,8})${NOT_AN_AMOUNT}`,
  'giu',
);

const SHOPIFY_HASH = new RegExp(`(?<![&A-Za-z0-9])#(\\d{3,8})(?!;)${NOT_AN_AMOUNT}`, 'g');
const AMAZON = /(?<![A-Za-z0-9-])\d{3}-\d{7}-\d{7}(?![A-Za-z0-9]|-\d)/g;
const EBAY = /(?<![A-Za-z0-9-])\d{2}-\d{5}-\d{5}(?![A-Za-z0-9]|-\d)/g;
const ALIEXPRESS_LONE = /(?<![A-Za-z0-9-])[38]\d{15}(?![A-Za-z0-9]|-\d)/g;
const TEMU = /(?<![A-Za-z0-9])PO-211-\d{6,20}(?![A-Za-z0-9])/gi;
const DIGIT_RUN_3 = /\d{3}/;
const SHOPEE = /(?<![A-Za-z0-9])(\d\d)(\d\d)(\d\d)([0-9A-Z]{8})(?![A-Za-z0-9])/g;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A Shopee order's YYMMDD: a real calendar day from 2015 to next year. */
function plausibleShopeeDate(yy: number, mm: number, dd: number, referenceYear: number): boolean {
  const year = 2000 + yy;
  if (year < 2015 || year > referenceYear + 1 || mm < 1 || mm > 12 || dd < 1) return false;
  if (mm === 2 && dd === 29) return year % 4 === 0;
  return dd <= DAYS_IN_MONTH[mm - 1]!;
}

const HAS_LETTER = /[A-Z]/;

export interface OrderOptions {
  /** Bounds the year of a Shopee order date (default: now). */
  referenceDate?: Date;
}

/**
 * Order numbers, normalised: Shopify keeps its `#` (`#1047`, also for "order 1047"), Temu upper case,
 * the rest as written. Matches overlapping `taken` are skipped.
 */
export function findOrderNumbers(text: string, taken: readonly Span[] = [], options: OrderOptions = {}): Found<string>[] {
  const out: Found<string>[] = [];
  const push = (value: string, start: number, end: number): void => {
    if (!overlapsAny(taken, start, end) && !overlapsAny(outSpans, start, end)) {
      out.push({ value, start, end });
      outSpans.push([start, end]);
    }
  };
  const outSpans: Span[] = [];

  for (const re of [AMAZON, EBAY]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) push(m[0], m.index, m.index + m[0].length);
  }
  TEMU.lastIndex = 0;
  for (let m = TEMU.exec(text); m; m = TEMU.exec(text)) push(m[0].toUpperCase(), m.index, m.index + m[0].length);

  if (text.indexOf('#') >= 0) {
    SHOPIFY_HASH.lastIndex = 0;
    for (let m = SHOPIFY_HASH.exec(text); m; m = SHOPIFY_HASH.exec(text)) push(m[0], m.index, m.index + m[0].length);
  }

  LABELLED.lastIndex = 0;
  if (DIGIT_RUN_3.test(text)) for (let m = LABELLED.exec(text); m; m = LABELLED.exec(text)) {
    if (m[1] && letterBefore(text, m.index)) {
      LABELLED.lastIndex = m.index + 1;
      continue;
    }
    const digits = m[2]!;
    const end = m.index + m[0].length;
    push(digits.length <= 8 ? `#${digits}` : digits, end - digits.length, end);
  }

  ALIEXPRESS_LONE.lastIndex = 0;
  for (let m = ALIEXPRESS_LONE.exec(text); m; m = ALIEXPRESS_LONE.exec(text)) push(m[0], m.index, m.index + m[0].length);

  SHOPEE.lastIndex = 0;
  const referenceYear = (options.referenceDate ?? new Date()).getUTCFullYear();
  for (let m = SHOPEE.exec(text); m; m = SHOPEE.exec(text)) {
    if (!HAS_LETTER.test(m[4]!)) continue;
    if (!plausibleShopeeDate(Number(m[1]), Number(m[2]), Number(m[3]), referenceYear)) continue;
    push(m[0], m.index, m.index + m[0].length);
  }

  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

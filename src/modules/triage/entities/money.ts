// Amounts with their currency: "$29.99", "29,99 €", "1.299,00 €", "1 299,00 kr", "30,000원", "¥200", …
// A number without a currency marker is not an amount.

import type { MoneyEntity } from '../triage.types.js';
import { type Found, type Span, overlapsAny } from './spans.js';

export interface MoneyOptions {
  /** Resolves "¥" (ja → JPY, else CNY) and "kr" (sv → SEK, da → DKK, no → NOK; else SEK). */
  language?: string | null;
}

/** Marker → ISO 4217; `¥` and `kr` depend on the language. Keys are as written (codes upper case). */
const MARKERS: Readonly<Record<string, string>> = {
  'US$': 'USD', 'U$S': 'USD', '$': 'USD', 'MX$': 'MXN', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD',
  'NZ$': 'NZD', 'HK$': 'HKD', 'S$': 'SGD', 'R$': 'BRL', '€': 'EUR', '£': 'GBP', '₩': 'KRW', '₹': 'INR',
  '₺': 'TRY', '₽': 'RUB', '₴': 'UAH', '₪': 'ILS', '฿': 'THB', '₫': 'VND', 'Rp': 'IDR', 'RM': 'MYR',
  'Kč': 'CZK', 'zł': 'PLN', 'zl': 'PLN', 'TL': 'TRY', '元': 'CNY', '块': 'CNY', '塊': 'CNY', '圆': 'CNY',
  '人民币': 'CNY', '円': 'JPY', '원': 'KRW', 'บาท': 'THB', 'đ': 'VND', 'ر.س': 'SAR', 'د.إ': 'AED',
  'ج.م': 'EGP', 'ש"ח': 'ILS', 'ש״ח': 'ILS', 'RMB': 'CNY',
};

/** Currency words (lower case); `*kr` is the krona/krone of the message's language. */
const WORDS: ReadonlyMap<string, string> = new Map([
  ['euro', 'EUR'], ['euros', 'EUR'], ['dollar', 'USD'], ['dollars', 'USD'], ['dólares', 'USD'], ['dolares', 'USD'],
  ['dolar', 'USD'], ['pound', 'GBP'], ['pounds', 'GBP'], ['yuan', 'CNY'], ['rmb', 'CNY'], ['yen', 'JPY'],
  ['won', 'KRW'], ['reais', 'BRL'], ['real', 'BRL'], ['lira', 'TRY'], ['liras', 'TRY'], ['ringgit', 'MYR'],
  ['rupiah', 'IDR'], ['koruna', 'CZK'], ['đồng', 'VND'], ['dong', 'VND'], ['baht', 'THB'], ['kronor', 'SEK'],
  ['kronur', 'SEK'], ['kroner', '*kr'], ['kr', '*kr'], ['р', 'RUB'], ['грн', 'UAH'], ['zł', 'PLN'], ['zl', 'PLN'],
]);
/** Stems of declined currency words ("złotych", "рублей", "гривень", "korun", "שקלים", …). */
const STEMS: ReadonlyArray<readonly [string, string]> = [
  ['złot', 'PLN'], ['zlot', 'PLN'], ['руб', 'RUB'], ['гривн', 'UAH'], ['гривен', 'UAH'], ['korun', 'CZK'],
  ['שקל', 'ILS'], ['ريال', 'SAR'], ['درهم', 'AED'], ['جنيه', 'EGP'],
];

const ISO_CODES = new Set(
  'USD EUR GBP CNY JPY KRW BRL MXN AUD CAD NZD HKD SGD CHF PLN SEK DKK NOK TRY RUB UAH ILS THB VND IDR MYR CZK SAR AED EGP INR'.split(
    ' ',
  ),
);

// The number: grouped thousands (one separator throughout) with optional decimals, or plain digits.
// Scanning starts on a digit, so the scan is cheap; the markers are then looked for right around it.
const NUMBER =
  /\d{1,3}([.,'’\u00A0\u202F\u2009 ])\d{3}(?:\1\d{3})*(?:[.,]\d{1,2})?(?![0-9]|[.,'’]\d)|\d+(?:[.,]\d{1,2})?(?![0-9]|[.,'’]\d)/g;

// A marker ending right before the number (tested on the few characters before it). Latin-letter
// markers must start a word; symbols may follow anything.
const PREFIX_BEFORE =
  /(?<![A-Za-z])(US\$|U\$S|MX\$|AU?\$|CA?\$|NZ\$|HK\$|S\$|R\$|[A-Z]{3}|Rp\.?|RM|Kč|kr\.?|TL|RMB|人民币|[$€£¥￥₩₹₺₽₴₪฿₫])\s?$/;

// A marker right after the number: symbols and CJK/Thai units first (text may follow them directly),
// then words, which must end there.
const SUFFIX_AT =
  /\s?(?:([$€£¥￥₩₹₺₽₴₪฿₫元块塊圆円원]|บาท)|(US\$|ש["״]ח|ر\.س|د\.إ|ج\.م|[A-Z]{3}|\p{L}[\p{L}.]*?)(?![\p{L}]))/uy;

const LATIN_LETTER = /[A-Za-z]/;
/** Last characters of the prefix markers: the regex runs only after one of them. */
const PREFIX_END = /[$€£¥￥₩₹₺₽₴₪฿₫A-Zpr.č币]/;

function charBeforeSpace(text: string, at: number): string {
  let k = at - 1;
  if (k >= 0 && (text[k] === ' ' || text[k] === '\u00A0' || text[k] === '\u202F')) k--;
  return k >= 0 ? text[k]! : '';
}

function resolve(marker: string, language: string | null | undefined): string | null {
  if (marker === '¥' || marker === '￥') return language === 'ja' ? 'JPY' : 'CNY';
  const direct = MARKERS[marker] ?? MARKERS[marker.replace(/\.$/, '')];
  if (direct) return direct;
  if (ISO_CODES.has(marker)) return marker;
  if (marker.length === 3 && marker !== 'try' && ISO_CODES.has(marker.toUpperCase()) && marker === marker.toLowerCase()) {
    return marker.toUpperCase();
  }
  const word = marker.toLowerCase().replace(/\.$/, '');
  const code = WORDS.get(word);
  if (code) return code === '*kr' ? kronaFor(language) : code;
  for (const [stem, stemCode] of STEMS) if (word.startsWith(stem)) return stemCode;
  return null;
}

function kronaFor(language: string | null | undefined): string {
  return language === 'da' ? 'DKK' : language === 'no' || language === 'nb' || language === 'nn' ? 'NOK' : 'SEK';
}

/** "1.299,00" → 1299, "1,299.00" → 1299, "29,99" → 29.99, "1 299" → 1299, "1.299" → 1299. */
export function parseAmount(raw: string): number {
  let lastSep = -1;
  for (let i = raw.length - 1; i >= 0; i--) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) {
      lastSep = i;
      break;
    }
  }
  if (lastSep < 0) return Number(raw);
  const sep = raw[lastSep]!;
  const decimals = raw.length - lastSep - 1;
  const isDecimal = (sep === '.' || sep === ',') && decimals <= 2;
  const intPart = (isDecimal ? raw.slice(0, lastSep) : raw).replace(/\D/g, '');
  return isDecimal ? Number(`${intPart}.${raw.slice(lastSep + 1)}`) : Number(intPart);
}

function toEntity(raw: string, marker: string, language: string | null | undefined): MoneyEntity | null {
  const currency = resolve(marker, language);
  if (!currency) return null;
  const value = parseAmount(raw);
  if (!Number.isFinite(value)) return null;
  return { value, currency };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Amounts with a currency marker before or after the number. Matches overlapping `taken` are skipped. */
export function findAmounts(text: string, taken: readonly Span[] = [], options: MoneyOptions = {}): Found<MoneyEntity>[] {
  const out: Found<MoneyEntity>[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const raw = m[0];
    const at = m.index;
    const numberEnd = at + raw.length;
    // The tail of a longer number ("10.505" → "505") is not a number of its own.
    const before = at > 0 ? text.charCodeAt(at - 1) : 0;
    if (isDigit(before) || ((before === 46 || before === 44) && at > 1 && isDigit(text.charCodeAt(at - 2)))) continue;

    let value: MoneyEntity | null = null;
    let start = at;
    let end = numberEnd;
    const prefix = PREFIX_END.test(charBeforeSpace(text, at)) ? PREFIX_BEFORE.exec(text.slice(Math.max(0, at - 8), at)) : null;
    if (prefix) {
      value = toEntity(raw, prefix[1]!, options.language);
      if (value) start = at - prefix[0].length;
    }
    if (!value && !LATIN_LETTER.test(text[at - 1] ?? '')) {
      SUFFIX_AT.lastIndex = numberEnd;
      const suffix = SUFFIX_AT.exec(text);
      if (suffix) {
        value = toEntity(raw, suffix[1] ?? suffix[2]!, options.language);
        if (value) end = numberEnd + suffix[0].length;
      }
    }
    if (value && !overlapsAny(taken, start, end)) out.push({ value, start, end });
  }
  return out;
}

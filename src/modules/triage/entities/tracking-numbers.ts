// Tracking numbers: the carrier, whether the check digit holds, and where to follow the parcel.
//
// Formats with letters or a fixed prefix are distinctive: they are reported even with a bad check digit
// (valid: false, so an agent sees the buyer mistyped it). Purely numeric formats (DHL Express 10, FedEx
// 12/15/96…22, USPS 20) look like phone and order numbers: they are reported only when the check digit
// holds and a carrier name or a tracking word stands near.

import type { TrackingEntity } from '../triage.types.js';
import {
  isValidDhlExpress,
  isValidFedexExpress,
  isValidGs1Mod10,
  isValidS10,
  isValidUps,
} from './check-digits.js';
import { isS10Country, s10Operator } from './s10-operators.js';
import { type Found, type Span, overlapsAny } from './spans.js';

/** Universal tracker for postal (S10) items: one page follows every operator's part of the route. */
const POSTAL_TRACKER = 'https://t.17track.net/en#nums=';

const CARRIER_URL: Readonly<Record<string, string>> = {
  ups: 'https://www.ups.com/track?tracknum=',
  fedex: 'https://www.fedex.com/fedextrack/?trknbr=',
  dhl: 'https://www.dhl.com/global-en/home/tracking.html?submit=1&tracking-id=',
  usps: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=',
  yanwen: 'https://track.yw56.com.cn/en/querydel?nums=',
  '4px': 'https://track.4px.com/#/result/0/',
  yunexpress: 'https://www.yuntrack.com/parcelTracking?id=',
  cainiao: 'https://global.cainiao.com/newDetail.htm?mailNoList=',
};

/** The public tracking page of `number` at `carrier`; postal operators get the universal tracker. */
export function trackingUrl(carrier: string, number: string): string | null {
  const base = CARRIER_URL[carrier];
  if (base) return base + encodeURIComponent(number);
  if (carrier.startsWith('upu-') || isPostalSlug(carrier)) return POSTAL_TRACKER + encodeURIComponent(number);
  return null;
}

const POSTAL_SLUGS = new Set([
  'china-post', 'royal-mail', 'deutsche-post', 'la-poste', 'japan-post', 'korea-post', 'postnl', 'correos',
  'poste-italiane', 'russian-post', 'ukrposhta', 'poczta-polska', 'postnord', 'posti', 'posten', 'ptt',
  'israel-post', 'thailand-post', 'vnpost', 'pos-indonesia', 'pos-malaysia', 'ceska-posta', 'australia-post',
  'canada-post', 'swiss-post', 'austrian-post', 'bpost', 'ct-correios',
]);
function isPostalSlug(carrier: string): boolean {
  return POSTAL_SLUGS.has(carrier);
}

function entity(number: string, carrier: string, valid: boolean): TrackingEntity {
  return { number, carrier, valid, url: trackingUrl(carrier, number) };
}

// Case-sensitive: S10 with optional single spaces only in upper case ("RR 123 456 785 CN"), lower case
// only unspaced, so "at 123 456 789 to" is not read as a parcel. UPS likewise.
const UPS_S10 =
  /(?<![A-Za-z0-9])(?:(1Z(?: ?[0-9A-Z]){16}|1z[0-9a-z]{16})|([A-Z]{2} ?\d{3} ?\d{3} ?\d{3} ?[A-Z]{2}|[a-z]{2}\d{9}[a-z]{2}))(?![A-Za-z0-9])/g;

// Fixed-prefix formats, any case. USPS IMpb 22 (or 26) digits starting 91–95, also as printed in groups of 4.
const PREFIXED =
  /(?<![A-Za-z0-9])(?:(YT\d{16})|(4PX\d{10,16}CN)|(LP\d{14}|CAINIAO\d{8,20}|CNG\d{8,20}|AE\d{12,16}|CN[A-Z]{4}\d{8,12})|(GM\d{16,22}|JJD\d{10,20}|JVGL\d{9,20})|(9[1-5]\d{20}(?:\d{4})?|9[1-5]\d\d(?: \d{4}){4} \d\d))(?![A-Za-z0-9])/gi;

const NUMERIC = /(?<![A-Za-z0-9.,\-#])\d{10,22}(?![A-Za-z0-9]|[.,\-]\d)/g;

const SPACES = /\s+/g;

/**
 * Carrier names and "tracking number" in the 25 languages (stems: Polish, Russian, Czech decline them).
 * Latin-script words must start a word ("ems" is not inside "problems"); CJK and Thai need no boundary.
 */
const TRACKING_CONTEXT = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      'track', 'trace', 'waybill', 'consignment', 'shipment', 'shipping', 'parcel', 'package', 'courier',
      'carrier', 'fedex', 'fed ex', 'usps', 'yanwen', '4px', 'yunexpress', 'yun express', 'cainiao',
      '(?:ups|dhl|ems|awb|post)(?![\\p{L}])',
      'sendung', 'paket', 'versand', 'suivi', 'colis', 'lettre de transport', 'seguimiento', 'rastreo',
      'gu[íi]a', 'env[íi]o', 'paquete', 'rastreio', 'rastreamento', 'encomenda', 'tracciamento', 'spedizion',
      'pacco', 'volgnummer', 'zending', 'pakket', 'przesy[łl]k', '[śs]ledzeni', 'list przewozowy',
      'numer nadania', 'sp[åa]rning', 'kolli', 'f[öo]rs[äa]ndelse', 'sporing', 'forsendelse', 'pakke',
      'seuranta', 'l[äa]hetys', 'takip', 'kargo', 'g[öo]nderi', 'трек', 'отслежива', 'посылк', 'почт',
      'накладн', 'відстеж', 'посилк', 'пошт', 'تتبع', 'التتبع', 'شحن', 'الشحن', 'بوليصة', 'מעקב', 'משלוח',
      'חבילה', 'vận đơn', 'theo dõi', 'bưu', 'kiện hàng', 'resi', 'lacak', 'pelacakan', 'penjejakan',
      'jejak', 'bungkusan', 'sledovac', 'z[áa]silk', 'sledov[áa]n', 'correos', 'poste', 'posti', 'posten',
      'postnord', 'ptt',
    ].join('|') +
    ')|' +
    [
      '运单', '單號', '单号', '快递', '快遞', '物流', '追踪', '跟踪', '包裹', '追跡', '伝票', 'お問い合わせ番号',
      '配送', '荷物', '송장', '운송장', '배송', '추적', '택배', 'พัสดุ', 'ติดตาม',
    ].join('|'),
  'iu',
);

function nearTrackingWords(text: string, start: number, end: number): boolean {
  return TRACKING_CONTEXT.test(text.slice(Math.max(0, start - 80), Math.min(text.length, end + 40)));
}

function s10Entity(code: string): TrackingEntity | null {
  const cc = code.slice(11, 13);
  if (cc === 'YP') return entity(code, 'yanwen', isValidS10(code)); // Yanwen's own S10-shaped numbers
  if (!isS10Country(cc)) return null;
  const carrier = s10Operator(cc);
  return { number: code, carrier, valid: isValidS10(code), url: trackingUrl(carrier, code) };
}

/**
 * Tracking numbers whose shape names the carrier: UPU S10, UPS 1Z, USPS IMpb 22/26, YunExpress, 4PX,
 * Cainiao, DHL eCommerce/Parcel. `valid` is false when the format's check digit does not hold.
 */
export function findDistinctiveTrackingNumbers(text: string, taken: readonly Span[] = []): Found<TrackingEntity>[] {
  const out: Found<TrackingEntity>[] = [];
  UPS_S10.lastIndex = 0;
  for (let m = UPS_S10.exec(text); m; m = UPS_S10.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(taken, start, end)) continue;
    const code = m[0].replace(SPACES, '').toUpperCase();
    const value = m[1] ? entity(code, 'ups', isValidUps(code)) : s10Entity(code);
    if (value) out.push({ value, start, end });
  }
  PREFIXED.lastIndex = 0;
  for (let m = PREFIXED.exec(text); m; m = PREFIXED.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(taken, start, end)) continue;
    const code = m[0].replace(SPACES, '').toUpperCase();
    let value: TrackingEntity;
    if (m[1]) value = entity(code, 'yunexpress', true);
    else if (m[2]) value = entity(code, '4px', true);
    else if (m[3]) value = entity(code, 'cainiao', true);
    else if (m[4]) value = entity(code, 'dhl', true);
    else value = entity(code, 'usps', isValidGs1Mod10(code));
    out.push({ value, start, end });
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

/** What a bare digit run is, if its check digit holds for a numeric format of that length. */
function numericCarrier(digits: string): string | null {
  switch (digits.length) {
    case 10:
      return isValidDhlExpress(digits) ? 'dhl' : null;
    case 12:
      return isValidFedexExpress(digits) ? 'fedex' : null;
    case 15:
      return isValidGs1Mod10(digits) ? 'fedex' : null; // FedEx Ground
    case 20:
      return isValidGs1Mod10(digits) ? 'usps' : null;
    case 22: // FedEx Ground 96: the check covers the 15 digits after the application and service codes
      return digits.startsWith('96') && isValidGs1Mod10(digits.slice(7)) ? 'fedex' : null;
    default:
      return null;
  }
}

/**
 * Purely numeric tracking numbers (DHL Express 10, FedEx 12 / 15 / 96…22, USPS 20): only with a valid
 * check digit and a carrier name or tracking word within a few words.
 */
export function findNumericTrackingNumbers(text: string, taken: readonly Span[] = []): Found<TrackingEntity>[] {
  const out: Found<TrackingEntity>[] = [];
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const carrier = numericCarrier(m[0]);
    if (!carrier || overlapsAny(taken, start, end) || !nearTrackingWords(text, start, end)) continue;
    out.push({ value: entity(m[0], carrier, true), start, end });
  }
  return out;
}

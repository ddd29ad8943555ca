/**
 * Full payment card numbers: 13–19 digits, in groups separated by single spaces or dashes, passing
 * the Luhn check, with an issuer prefix (IIN) and length of a card network. Masked numbers
 * ("**** 1234", "XXXX XXXX XXXX 1234") are not numbers at all here.
 */

export interface CardNumber {
  start: number;
  end: number;
  digits: string;
  network: string;
}

const CANDIDATE = /(?<!\d[ -]?)\d(?:[ -]?\d){12,18}(?![ -]?\d)/g;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** The card network of a number, by issuer prefix and length; null when none fits. */
export function cardNetwork(digits: string): string | null {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  if (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) && n >= 16) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16) return 'jcb';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14) return 'diners';
  if (p2 === 62 && n >= 16) return 'unionpay';
  if (p4 >= 2200 && p4 <= 2204 && n === 16) return 'mir';
  if ([5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763].includes(p4)) return 'maestro';
  if (p4 === 9792 && n === 16) return 'troy';
  return null;
}

/** Card numbers in `text` (digits already ASCII). */
export function findCardNumbers(text: string): CardNumber[] {
  const out: CardNumber[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const raw = m[0];
    if (/[ -][ -]/.test(raw)) continue;
    const digits = raw.replace(/[ -]/g, '');
    if (digits.length < 13 || digits.length > 19 || !luhnValid(digits)) continue;
    const network = cardNetwork(digits);
    if (network) out.push({ start: m.index, end: m.index + raw.length, digits, network });
  }
  return out;
}

/** The number with every digit but the last four replaced by "•" (same length, for excerpts). */
export function maskCard(raw: string): string {
  let seen = 0;
  const total = raw.replace(/\D/g, '').length;
  let out = '';
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') {
      seen++;
      out += seen > total - 4 ? ch : '•';
    } else out += ch;
  }
  return out;
}

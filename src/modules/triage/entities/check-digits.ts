// Check digits of the tracking-number formats that carry one. Each takes the digits *before* the check
// digit and returns the expected check digit; the `is…` helpers take the whole number.

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/** UPU S10: weights 8 6 4 2 3 5 9 7 over the 8 serial digits; 11 − (sum mod 11), 10 → 0, 11 → 5. */
export function s10CheckDigit(serial: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += digitAt(serial, i) * S10_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}

/** `AA123456785CN`-shaped (spaces removed, upper case). */
export function isValidS10(code: string): boolean {
  return s10CheckDigit(code.slice(2, 10)) === digitAt(code, 10);
}

/**
 * UPS 1Z: over the 15 characters after `1Z`, letters map to (char code − 3) mod 10 (A→2 … I→0 …),
 * odd positions (from 0) doubled; the check digit brings the sum to a multiple of 10.
 */
export function upsCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    let v = c >= 48 && c <= 57 ? c - 48 : (c - 3) % 10;
    if (i & 1) v *= 2;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

/** `1Z…` (18 characters, upper case). */
export function isValidUps(code: string): boolean {
  return upsCheckDigit(code.slice(2, 17)) === digitAt(code, 17);
}

/** FedEx Express 12 digits: weights 3 1 7 repeating from the left over the first 11, sum mod 11 mod 10. */
export function fedexExpressCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += digitAt(body, i) * (i % 3 === 0 ? 3 : i % 3 === 1 ? 1 : 7);
  return (sum % 11) % 10;
}

export function isValidFedexExpress(code: string): boolean {
  return code.length === 12 && fedexExpressCheckDigit(code.slice(0, 11)) === digitAt(code, 11);
}

/** DHL Express waybill (10 digits): the first nine mod 7. */
export function dhlExpressCheckDigit(body: string): number {
  return Number(body) % 7;
}

export function isValidDhlExpress(code: string): boolean {
  return dhlExpressCheckDigit(code.slice(0, -1)) === digitAt(code, code.length - 1);
}

/**
 * GS1 mod 10 (USPS IMpb, FedEx Ground): weight 3 on the rightmost data digit, then 1, 3, 1 …;
 * the check digit brings the sum to a multiple of 10.
 */
export function gs1Mod10CheckDigit(body: string): number {
  let sum = 0;
  for (let i = body.length - 1, w = 3; i >= 0; i--, w = 4 - w) sum += digitAt(body, i) * w;
  return (10 - (sum % 10)) % 10;
}

export function isValidGs1Mod10(code: string): boolean {
  return gs1Mod10CheckDigit(code.slice(0, -1)) === digitAt(code, code.length - 1);
}

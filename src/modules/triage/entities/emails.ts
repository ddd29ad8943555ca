// E-mail addresses, lower-cased. The look-behind makes each run of address characters a single attempt,
// so a long run without an "@" stays linear.

import type { Found } from './spans.js';

const EMAIL =
  /(?<![A-Za-z0-9._%+\-])[A-Za-z0-9_%+\-](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_%+\-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-])/g;

export function findEmails(text: string): Found<string>[] {
  if (text.indexOf('@') < 0) return [];
  const out: Found<string>[] = [];
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m; m = EMAIL.exec(text)) {
    out.push({ value: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Parts of a text no translation may touch — template variables, URLs, e-mail addresses, order and
// tracking numbers, amounts, people's names — swapped for opaque tokens before the text goes to a
// provider and put back afterwards. A token the provider lost, repeated or invented is reported, never
// silently dropped: a reply without its order number is worse than no translation.

import { findEmails } from '../../triage/entities/emails.js';
import { findAmounts } from '../../triage/entities/money.js';
import { findOrderNumbers } from '../../triage/entities/order-numbers.js';
import { type Found, type Span, overlapsAny } from '../../triage/entities/spans.js';
import { findDistinctiveTrackingNumbers, findNumericTrackingNumbers } from '../../triage/entities/tracking-numbers.js';

/** `⟦1⟧` for LLMs and LibreTranslate; `<x id="1"/>` for DeepL with tag_handling=xml (the rest XML-escaped). */
export type TokenStyle = 'brackets' | 'xml';

export type ProtectedKind = 'variable' | 'url' | 'email' | 'tracking' | 'order' | 'amount' | 'name' | 'marker';

export interface ProtectedSpan {
  kind: ProtectedKind;
  /** The text as written. */
  value: string;
}

export interface ProtectedText {
  /** What the provider gets. */
  text: string;
  style: TokenStyle;
  /** Token n stands for spans[n - 1]. */
  spans: ProtectedSpan[];
}

export interface ProtectOptions {
  style?: TokenStyle;
  /** People's names to keep as written (the buyer's, the agent's); matched case-sensitively as whole words. */
  names?: readonly string[];
  /** ISO 639-1 of the text: resolves "¥" and "kr" for amounts. */
  language?: string | null;
}

export interface RestoreResult {
  text: string;
  /** True when every token came back exactly once and none was invented. */
  ok: boolean;
  missing: ProtectedSpan[];
  duplicated: ProtectedSpan[];
  /** Token numbers the provider made up. */
  unknown: number[];
}

const VARIABLE = /\{\{[^]{0,300}?\}\}|\{%[^]{0,300}?%\}/g;
/** ASCII URL characters only, so a link running straight into Chinese text stops where the link does. */
const URL_LIKE = /\b(?:https?:\/\/|www\.)[\w\-.~:/?#[\]@!$&()*+,;=%]+/gi;
const URL_TRAILING = /[.,;:!?'")\]}»]+$/;
const MARKER = /[⟦⟧]/g;
/** Digits of any script: an LLM writing Arabic may well renumber ⟦1⟧ as ⟦١⟧. */
const BRACKET_TOKEN = /⟦\s*(\p{Nd}+)\s*⟧/gu;
const XML_TOKEN = /<x\s+id\s*=\s*["'](\p{Nd}+)["']\s*(?:\/>|>\s*<\/x\s*>)/gu;
const XML_ENTITY = /&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi;
const CLOSE_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Swaps the protected parts of `text` for tokens.
 *
 * @example protectText('Order #1047 ships to {{customer.first_name}}')
 *   // → { text: 'Order ⟦1⟧ ships to ⟦2⟧', spans: [{kind:'order', value:'#1047'}, {kind:'variable', …}] }
 */
export function protectText(text: string, options: ProtectOptions = {}): ProtectedText {
  const style = options.style ?? 'brackets';
  const found: Found<ProtectedKind>[] = [];
  const taken: Span[] = [];
  const keep = (items: readonly Found<unknown>[], kind: ProtectedKind) => {
    for (const f of items) {
      if (f.end <= f.start || overlapsAny(taken, f.start, f.end)) continue;
      found.push({ value: kind, start: f.start, end: f.end });
      taken.push([f.start, f.end]);
    }
  };
  // Our own token brackets in the input become tokens too, so every bracket in the output is ours.
  if (style === 'brackets') keep(matches(text, MARKER), 'marker');
  keep(matches(text, VARIABLE), 'variable');
  keep(urls(text), 'url');
  keep(safely(() => findEmails(text)), 'email');
  if (/\d/.test(text)) {
    keep(safely(() => findDistinctiveTrackingNumbers(text, taken)), 'tracking');
    keep(safely(() => findOrderNumbers(text, taken)), 'order');
    keep(safely(() => findNumericTrackingNumbers(text, taken)), 'tracking');
    keep(safely(() => findAmounts(text, taken, { language: options.language ?? null })), 'amount');
  }
  keep(nameSpans(text, options.names ?? []), 'name');

  found.sort((a, b) => a.start - b.start);
  const spans: ProtectedSpan[] = [];
  let out = '';
  let at = 0;
  for (const f of found) {
    out += plain(text.slice(at, f.start), style);
    spans.push({ kind: f.value, value: text.slice(f.start, f.end) });
    out += token(spans.length, style);
    at = f.end;
  }
  out += plain(text.slice(at), style);
  return { text: out, style, spans };
}

/** Puts the protected parts back into a provider's translation and says whether each came back once. */
export function restoreText(translated: string, protectedText: ProtectedText): RestoreResult {
  const { spans, style } = protectedText;
  const seen = new Array<number>(spans.length).fill(0);
  const unknown: number[] = [];
  const pattern = style === 'xml' ? XML_TOKEN : BRACKET_TOKEN;
  let text = '';
  let at = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(translated); m; m = pattern.exec(translated)) {
    const n = Number(asciiDigits(m[1]!));
    const span = spans[n - 1];
    text += unplain(translated.slice(at, m.index), style);
    if (span) {
      seen[n - 1]!++;
      text += span.value;
    } else {
      unknown.push(n);
      text += m[0];
    }
    at = m.index + m[0].length;
  }
  text += unplain(translated.slice(at), style);
  const missing = spans.filter((_, i) => seen[i] === 0);
  const duplicated = spans.filter((_, i) => seen[i]! > 1);
  return { text, ok: missing.length === 0 && duplicated.length === 0 && unknown.length === 0, missing, duplicated, unknown };
}

function token(n: number, style: TokenStyle): string {
  return style === 'xml' ? `<x id="${n}"/>` : `⟦${n}⟧`;
}

function plain(text: string, style: TokenStyle): string {
  return style === 'xml' ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
}

function unplain(text: string, style: TokenStyle): string {
  if (style !== 'xml') return text;
  return text.replace(XML_ENTITY, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Zeros of the decimal digit runs a provider might write a token number in (ASCII, Arabic-Indic, Devanagari, Thai, full-width, …). */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0xff10];

function asciiDigits(digits: string): string {
  return digits.replace(/\p{Nd}/gu, (d) => {
    const c = d.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => c >= z && c < z + 10);
    return zero === undefined ? 'x' : String(c - zero);
  });
}

function matches(text: string, pattern: RegExp): Found<string>[] {
  const out: Found<string>[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push({ value: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function urls(text: string): Found<string>[] {
  return matches(text, URL_LIKE).map((f) => {
    const trimmed = f.value.replace(URL_TRAILING, '');
    return { value: trimmed, start: f.start, end: f.start + trimmed.length };
  });
}

function nameSpans(text: string, names: readonly string[]): Found<string>[] {
  const out: Found<string>[] = [];
  // Longest first, so "Anna Maria" wins over "Anna".
  const sorted = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  for (const name of sorted) {
    const wordBound = !CLOSE_SCRIPT.test(name);
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const end = i + name.length;
      if (wordBound && (WORD_CHAR.test(text[i - 1] ?? '') || WORD_CHAR.test(text[end] ?? ''))) continue;
      out.push({ value: name, start: i, end });
    }
  }
  return out;
}

/** The triage extractors never throw on a message; if one ever did, the text is just less protected. */
function safely<T>(find: () => T[]): T[] {
  try {
    return find();
  } catch {
    return [];
  }
}

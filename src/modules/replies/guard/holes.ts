/**
 * Holes: what a reply must not be sent with. A `variable` is template syntax left unrendered
 * (`{{ order.number }}`, `{% if … %}`, `{first_name}`, `%NAME%`, `%s`, `$ORDER_ID`, `${x}`, `<<name>>`);
 * a `placeholder` is a blank a person was meant to fill (`[Order Number]`, `[insert …]`, `【订单号】`,
 * `［注文番号］`, `<name>`, `&lt;name&gt;`, `XXX`, `XX-XXXX`, `$XX.XX`, `X days`, `___`, `TODO`,
 * `(insert tracking number here)`, `«first_name»`).
 *
 * Decisions (each has a test):
 * - `[1]`, `[12]` (footnotes), `[x]` (a ticked box), `[here](https://…)` (a Markdown link) are not holes.
 *   `[]`, `[ ]`, `[...]`, `[…]`, `[X]`, `[___]` are.
 * - Square brackets hold a hole when the content names a thing to fill (a noun of the 20 languages:
 *   "Name", "Bestellnummer", "numéro de commande"), opens with an instruction ("insert …", "hier
 *   einfügen", "请填写"), is an identifier (`order_id`, `customer.name`), or is two to six
 *   Title-Case words ("[Store Policy Link]"). A bracketed sentence or a value with digits is not a hole.
 * - 【…】 and 〖…〗 are headings in Chinese and Japanese writing: 【重要】, 【お知らせ】 are not holes;
 *   【订单号】 is, unless a value follows it ("【订单号】：1042", "【单号】 #1042", "【单号】 LP0072…" — a label).
 * - 「…」 and 『…』 (Japanese quotes) are never holes. «…», 《…》, 〈…〉, ‹…› are quotes and titles in
 *   French, Russian and Chinese ("«Почта России»", "《用户协议》"); they hold a hole only when the content
 *   is empty, an identifier, an instruction, X's, or an ALL-CAPS noun ("«NOM»", "«ИМЯ КЛИЕНТА»").
 * - `<name>`, `<customer name>`, `<Nachname>`, `＜お名前＞`: any word(s) in angle brackets except HTML
 *   tags (`<br>`, `<p>`, `</p>`, `<a href=…>`), autolinks (`<https://…>`, `<a@b.com>`), `<3` and "a < b".
 * - X runs: three X's or more as a token of their own (`XXX`, `xxx`, `XX-XXXX`, `123-XXXXXXX-XXXXXXX`,
 *   `XX.XX`); one or two uppercase X's only next to a currency or a unit (`$XX`, `X €`, `X days`, `X天`).
 *   Not: sizes (`XL`, `XXL`, `XXXL`, `3XL`), words (`Xbox`), `xxx@…`, masked numbers (`XXXX XXXX XXXX 1234`).
 * - `___`: three underscores or more inside a line; a line of only underscores is a separator.
 * - `TODO`, `FIXME`, `TBD` in capitals, unless the words around are capitals too ("TODO INCLUIDO").
 *   The heuristics (X runs, `%…%`, `$…`, underscores, TODO) skip URLs and e-mail addresses; template
 *   syntax (`{{ }}`) is found everywhere, URLs included.
 */

import { AppError } from '../../../shared/errors.js';
import { findEmails } from '../../triage/entities/emails.js';
import { isInstruction, namesPlaceholderNoun } from './placeholder-words.js';

export interface Hole {
  kind: 'variable' | 'placeholder';
  text: string;
  index: number;
}

interface Candidate {
  kind: Hole['kind'];
  start: number;
  end: number;
}

const TEMPLATE =
  /\{\{(?:(?!\{\{|\}\})[^\n]){0,200}\}\}|\{%(?:(?!%\})[^\n]){0,200}%\}|\{#(?:(?!#\})[^\n]){0,200}#\}|\$\{[^{}\n]{0,100}\}|#\{[^{}\n]{0,100}\}/g;
const STRAY_TEMPLATE = /\{\{|\}\}|\{%|%\}/g;
const BRACE_IDENTIFIER = /\{\s{0,2}(?:[\p{L}_][\p{L}\p{N}_.-]{0,40}|\d{1,2})?\s{0,2}\}/gu;
const PERCENT = /%(?:[\p{L}_][\p{L}\p{N}_.-]{0,40}%|(?:\d\$)?[sd@](?![\p{L}\p{N}]))/gu;
const DOLLAR = /\$([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)/g;
const DOUBLE_ANGLE = /<<[^<>\n]{1,60}>>|&lt;&lt;(?:(?!&gt;)[^\n]){1,60}&gt;&gt;|≪[^≪≫\n]{1,60}≫/g;
const QUOTES = /[«《〈‹]([^«»《》〈〉‹›\n]{0,60})[»》〉›]/g;
const ANGLE = /<([\p{L}][\p{L}\p{M}\p{N} _.'’-]{0,40})>|&lt;([\p{L}][\p{L}\p{M}\p{N} _.'’-]{0,40})&gt;|＜([^＜＞\n]{1,40})＞/gu;
const SQUARE = /\[([^[\]\n]{0,60})\](?!\()|［([^［］\n]{0,60})］|【([^【】\n]{0,60})】|〔([^〔〕\n]{0,60})〕|〖([^〖〗\n]{0,60})〗/g;
const PAREN = /[(（]([^()（）\n]{1,60})[)）]/g;
const X_TOKEN = /(?:[Xx]+|\d+)(?:(?:[-./,:]|(?<=[Xx]{4})\s(?=[Xx]{4}|\d{4}))(?:[Xx]+|\d+))*/g;
const UNDERSCORES = /_{3,}|＿{2,}/g;
const TODO = /\b(?:TODO|FIXME|TBD)\b/g;
const HERE = /(?<![\p{L}])(?:here|hier|ici|aquí|aqui|qui|hierher|tutaj|här|her|tähän|здесь|buraya|hena|di sini|ở đây)(?![\p{L}])|此处|这里|ここ|여기/iu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;

const ALNUM = /[\p{L}\p{N}]/u;
/** Letters and digits of Latin script: an X next to one is part of a word ("Xbox", "3XL"); next to Han or kana it is not. */
const LATIN_ALNUM = /[A-Za-z0-9\u00C0-\u024F]/;
const WORD_OR_AT = /[\p{L}\p{N}@_]/u;
const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*(?:[._-][\p{L}\p{N}_]+)+$/u;
const SNAKE_OR_CAPS = /^(?:[\p{L}\p{N}]*_[\p{L}\p{N}_]*|[A-Z][A-Z0-9_]*_[A-Z0-9_]+)$/u;
const BLANK = /^(?:\s*|\.{2,}|…+|_+|-{2,}|\?+|\*+|X+|XX?[-./]?X*)$/;
const FOOTNOTE = /^[\d\s,;–-]+$|^[a-z]$|^\d+[a-z]?$|^x$/;
const TITLE_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}'’-]*|\p{Lu}{2,}|#)$/u;
const HAS_DIGIT = /\d/;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const ISO =
  'USD|EUR|GBP|CNY|RMB|JPY|KRW|BRL|MXN|AUD|CAD|NZD|HKD|SGD|CHF|PLN|SEK|DKK|NOK|TRY|RUB|UAH|ILS|THB|VND|IDR|MYR|CZK|SAR|AED|EGP|INR|PHP|TWD|HUF|RON|ZAR';
const CURRENCY_BEFORE = new RegExp(`(?:[$€£¥￥₩₹₽₺₫₴₪฿]|\\b(?:${ISO}))\\s?$`);
const CURRENCY_AFTER = new RegExp(`^\\s?(?:[$€£¥￥₩₹₽₺₫₴₪฿%円元원]|(?:${ISO})\\b)`);
const UNIT_AFTER =
  /^(?:\s(?:business |working )?(?:days?|hours?|hrs|weeks?|minutes?|mins?|months?|werktage|tage|stunden|wochen|jours|heures|semaines|d[ií]as|horas|semanas|giorni|ore|settimane|dagen|uur|weken|dni|godzin|tygodni|dagar|timmar|veckor|dage|timer|uger|dager|uker|päivää|tuntia|viikkoa|дн[еяй]\p{L}*|час\p{L}*|недел\p{L}*|gün|saat|hafta|ngày|giờ|tuần|hari|jam|minggu)\b|(?:天|日|営業日|个工作日|個工作日|小时|時間|일|시간))/u;

/** HTML elements that are never placeholders; ambiguous names (`time`, `title`, `address`, …) only with their closing tag. */
const HTML_TAGS = new Set(
  ('a abbr b big blockquote body br caption center cite code col colgroup dd del div dl dt em figcaption figure font footer h1 h2 h3 ' +
    'h4 h5 h6 head header hr html i img ins kbd li main mark nav nobr ol p pre q s section small span strike strong style sub sup ' +
    'table tbody td tfoot th thead tr tt u ul wbr article aside meta link').split(' '),
);
const AMBIGUOUS_TAGS = new Set(
  'address audio button data details dialog form input label menu option output picture select source summary template textarea time title video'.split(
    ' ',
  ),
);

function inside(spans: readonly (readonly [number, number])[], start: number, end: number): boolean {
  for (const [s, e] of spans) if (start < e && s < end) return true;
  return false;
}

function protectedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m; m = URL.exec(text)) spans.push([m.index, m.index + m[0].length]);
  for (const e of findEmails(text)) spans.push([e.start, e.end]);
  return spans;
}

/** Whether bracketed content reads as a blank. `strict`: quotes and titles (only unmistakable forms). */
export function looksLikePlaceholder(content: string, strict: boolean): boolean {
  const c = content.trim();
  if (BLANK.test(c)) return c !== 'x';
  if (c.length > 60) return false;
  if (IDENTIFIER.test(c) && (c.includes('_') || c.includes('.'))) return true;
  if (SNAKE_OR_CAPS.test(c)) return true;
  if (!strict && FOOTNOTE.test(c)) return false;
  const wordList = c.split(/\s+/);
  if (wordList.length > 7) return false;
  if (isInstruction(c)) return true;
  if (HAS_DIGIT.test(c)) return false;
  // A noun makes a blank of a short content only: "[numéro de commande]", not "[Translated by … from German]".
  if (wordList.length <= 4 && namesPlaceholderNoun(c)) return strict ? HAS_UPPER.test(c) && !HAS_LOWER.test(c) : true;
  if (strict) return false;
  return wordList.length >= 2 && wordList.length <= 6 && wordList.every((w) => TITLE_WORD.test(w)) && wordList.some((w) => HAS_LOWER.test(w));
}

function previousWord(text: string, at: number): string {
  const m = /([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)[^\p{L}\p{N}\n]{0,3}$/u.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1]! : '';
}

function nextWord(text: string, at: number): string {
  const m = /^[^\p{L}\p{N}\n]{0,3}([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)/u.exec(text.slice(at, at + 40));
  return m ? m[1]! : '';
}

const SIZE = /^(?:X{0,3}[SML]|\d?XL)$/;
/** A word in capitals (not a clothing size): the text around is shouted, so TODO is a word of it ("TODO INCLUIDO"). */
const isShouted = (word: string): boolean =>
  word.length >= 2 && HAS_UPPER.test(word) && !HAS_LOWER.test(word) && !HAS_DIGIT.test(word) && !SIZE.test(word) && !/^X+$/.test(word);

/** Masked card/account numbers: X groups then the last digits ("XXXX XXXX XXXX 1234", "xxxx-1234"). */
const MASKED = /^(?:[Xx]{4}[\s-]?){1,4}\d{4}$|^[Xx]{4,}\d{4}$|^[Xx]{2,}-\d{2,4}$/;

function xHoles(text: string, guard: readonly (readonly [number, number])[], out: Candidate[]): void {
  X_TOKEN.lastIndex = 0;
  for (let m = X_TOKEN.exec(text); m; m = X_TOKEN.exec(text)) {
    let token = m[0];
    const start = m.index;
    // A separator the regex took at the end (“XX-” before a letter) is not part of the token.
    while (/[-./,:\s]$/.test(token)) token = token.slice(0, -1);
    const end = start + token.length;
    let xs = 0;
    for (let i = 0; i < token.length; i++) if (token[i] === 'X' || token[i] === 'x') xs++;
    if (xs === 0) continue;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    if (before && (LATIN_ALNUM.test(before) || '@_.-/\'’'.includes(before))) continue;
    if (after === '-' && ALNUM.test(text[end + 1] ?? '') && !/[Xx\d]/.test(text[end + 1]!)) continue; // "X-ray"
    if (after && (WORD_OR_AT.test(after) || (after === '.' && ALNUM.test(text[end + 1] ?? '')))) {
      // "X天", "X日": a CJK unit written right after the X.
      if (!(xs <= 2 && /^X+$/.test(token) && UNIT_AFTER.test(text.slice(end, end + 6)) && !/[A-Za-z]/.test(after))) continue;
    }
    if (inside(guard, start, end)) continue;
    if (MASKED.test(token)) continue;
    if (xs >= 3) {
      out.push({ kind: 'placeholder', start, end });
      continue;
    }
    if (!/^X{1,2}$/.test(token)) continue;
    const head = text.slice(Math.max(0, start - 4), start);
    const tail = text.slice(end, end + 24);
    if (CURRENCY_BEFORE.test(head) || CURRENCY_AFTER.test(tail) || UNIT_AFTER.test(tail)) out.push({ kind: 'placeholder', start, end });
  }
}

function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to < 0 ? text.length : to);
}

/** The holes of `text`, in order of appearance; overlapping finds are reported once (the earliest, longest). */
export function findHoles(text: string): Hole[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const out: Candidate[] = [];
  const guard = protectedSpans(text);
  const push = (kind: Hole['kind'], start: number, end: number): void => {
    out.push({ kind, start, end });
  };

  TEMPLATE.lastIndex = 0;
  for (let m = TEMPLATE.exec(text); m; m = TEMPLATE.exec(text)) push('variable', m.index, m.index + m[0].length);
  const templates = out.map((c) => [c.start, c.end] as const);
  STRAY_TEMPLATE.lastIndex = 0;
  for (let m = STRAY_TEMPLATE.exec(text); m; m = STRAY_TEMPLATE.exec(text)) {
    if (inside(templates, m.index, m.index + 2)) continue;
    const opening = m[0][0] === '{';
    const tail = opening ? /^(?: ?[\w.]{1,30})?/.exec(text.slice(m.index + 2))![0] : '';
    const head = opening ? '' : /(?:[\w.]{1,30} ?)?$/.exec(text.slice(Math.max(0, m.index - 31), m.index))![0];
    push('variable', m.index - head.length, m.index + 2 + tail.length);
  }

  BRACE_IDENTIFIER.lastIndex = 0;
  for (let m = BRACE_IDENTIFIER.exec(text); m; m = BRACE_IDENTIFIER.exec(text)) push('variable', m.index, m.index + m[0].length);

  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    if ((before && (ALNUM.test(before) || before === '%')) || inside(guard, start, end)) continue;
    if (m[0].endsWith('%') && ALNUM.test(text[end] ?? '')) continue;
    push('variable', start, end);
  }

  DOLLAR.lastIndex = 0;
  for (let m = DOLLAR.exec(text); m; m = DOLLAR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    const name = m[1]!;
    if ((before && (ALNUM.test(before) || before === '$' || before === '\\')) || inside(guard, start, end)) continue;
    if (/^[A-Z]{1,3}$/.test(name)) continue; // "$USD", "$CAD": a currency, not a variable
    if (/^[Xx.]+$/.test(name)) continue; // "$XX.XX": a placeholder, found by the X pass
    push('variable', start, end);
  }

  DOUBLE_ANGLE.lastIndex = 0;
  for (let m = DOUBLE_ANGLE.exec(text); m; m = DOUBLE_ANGLE.exec(text)) push('variable', m.index, m.index + m[0].length);

  QUOTES.lastIndex = 0;
  for (let m = QUOTES.exec(text); m; m = QUOTES.exec(text)) {
    if (looksLikePlaceholder(m[1]!, true)) push('placeholder', m.index, m.index + m[0].length);
  }

  ANGLE.lastIndex = 0;
  for (let m = ANGLE.exec(text); m; m = ANGLE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    if (before && ALNUM.test(before)) continue;
    const content = (m[1] ?? m[2] ?? m[3]!).trim();
    if (!content || /\s$/.test(m[1] ?? m[2] ?? m[3]!)) continue;
    if (m[3] === undefined) {
      const tag = content.split(/\s/)[0]!.toLowerCase();
      if (HTML_TAGS.has(tag)) continue;
      if (AMBIGUOUS_TAGS.has(tag) && text.toLowerCase().includes(`</${tag}`)) continue;
    }
    push('placeholder', start, end);
  }

  SQUARE.lastIndex = 0;
  for (let m = SQUARE.exec(text); m; m = SQUARE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const heading = m[3] !== undefined || m[5] !== undefined;
    const content = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;
    if (heading && /^[:：]|^\s*(?:[#$€£¥￥₩₹₽+\p{N}]|[A-Za-z]{1,4}\d)/u.test(text.slice(end, end + 6))) continue; // a label with its value
    if (looksLikePlaceholder(content, false)) push('placeholder', start, end);
  }

  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(text); m; m = PAREN.exec(text)) {
    const content = m[1]!;
    if (isInstruction(content) && (namesPlaceholderNoun(content) || HERE.test(content))) {
      push('placeholder', m.index, m.index + m[0].length);
    }
  }

  xHoles(text, guard, out);

  UNDERSCORES.lastIndex = 0;
  for (let m = UNDERSCORES.exec(text); m; m = UNDERSCORES.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inside(guard, start, end)) continue;
    if (/^[\s_＿—–-]*$/.test(lineAround(text, start, end))) continue; // a separator line
    push('placeholder', start, end);
  }

  TODO.lastIndex = 0;
  for (let m = TODO.exec(text); m; m = TODO.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inside(guard, start, end)) continue;
    if (isShouted(previousWord(text, start)) || isShouted(nextWord(text, end))) continue;
    push('placeholder', start, end);
  }

  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const holes: Hole[] = [];
  let reach = -1;
  for (const c of out) {
    if (c.start < reach) continue;
    holes.push({ kind: c.kind, text: text.slice(c.start, c.end), index: c.start });
    reach = c.end;
  }
  return holes;
}

/** One line per hole, for an error message: `unresolved variable "{{ order.number }}"`, `placeholder "[Name]"`. */
export function describeHoles(holes: readonly Hole[]): string[] {
  return holes.map((h) => `${h.kind === 'variable' ? 'unresolved variable' : 'placeholder'} "${h.text}" at ${h.index}`);
}

export interface LocatedHole extends Hole {
  language: string;
}

/**
 * The error for POST /api/tickets/:id/reply when a text of the reply has a hole: 422 `unprocessable`,
 * naming each hole (message) and listing them (`details.holes`, with the language of their text).
 * Null when there is none. Unlike a policy finding, a hole cannot be overridden.
 */
export function replyHolesError(texts: readonly { text: string; language: string }[]): AppError | null {
  const located: LocatedHole[] = [];
  for (const { text, language } of texts) for (const hole of findHoles(text)) located.push({ ...hole, language });
  if (located.length === 0) return null;
  const named = [...new Set(describeHoles(located).map((d) => d.replace(/ at \d+$/, '')))];
  return new AppError(
    'unprocessable',
    `The reply cannot be sent with ${located.length === 1 ? 'a hole' : `${located.length} holes`}: ${named.join(', ')}. Fill them in first.`,
    { holes: located },
  );
}

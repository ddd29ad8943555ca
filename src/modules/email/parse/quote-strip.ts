import { ATTRIBUTION_LINES, FORWARD_INTRODUCTION, HEADER_LABELS, MOBILE_SIGNATURES, ORIGINAL_MESSAGE_TITLES } from './reply-markers.js';

interface Line {
  /** Offset of the line's first character in the text. */
  start: number;
  raw: string;
  /** Trimmed, with non-breaking spaces as spaces and bidi and zero-width marks removed. */
  norm: string;
  quoted: boolean;
  /** Which header label the line starts with (Outlook-style blocks); computed when first needed. */
  label?: HeaderLabel | null;
}

type HeaderLabel = keyof typeof HEADER_LABELS;
const LABEL_NAMES = Object.keys(HEADER_LABELS) as HeaderLabel[];

const LONGEST_MARKER_LINE = 500;
const HEADER_BLOCK_REACH = 8;
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

/**
 * What the sender newly wrote: the text above the first reply header, original-message
 * separator, quoted block that runs to the end, mobile signature or `-- ` signature line. The
 * result is always the leading lines of the input, trimmed. When nothing is recognised, or when
 * cutting would leave nothing (a reply written below the quote), the text comes back unchanged.
 */
export function stripQuotedText(text: string): { text: string; stripped: boolean } {
  const lines = splitLines(text);
  const cut = firstCut(lines);
  if (cut === null) return { text, stripped: false };
  let keep = cut;
  while (keep > 0 && isFiller(lines[keep - 1]!)) keep--;
  const kept = text.slice(0, lines[keep]!.start).trim();
  return kept ? { text: kept, stripped: true } : { text, stripped: false };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const raw = text.slice(start, end).replace(/\r$/, '');
    lines.push({ start, raw, norm: normalizeLine(raw), quoted: /^[ \t]{0,3}>/.test(raw) });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

function normalizeLine(raw: string): string {
  if (!/[^\x20-\x7e\t]|&/.test(raw)) return raw.trim();
  return raw
    .replace(/&nbsp;/gi, ' ')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .trim();
}

function firstCut(lines: Line[]): number | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.quoted) {
      const afterQuote = endOfQuote(lines, i);
      if (afterQuote === null) return i;
      i = afterQuote - 1;
      continue;
    }
    if (isForwardIntroduction(line)) return null;
    if (isCut(lines, i)) return i;
  }
  return null;
}

/**
 * A quoted block is history only if nothing but blank lines, more quotes or another cut follows
 * it; otherwise the sender answered between the quotes and the block stays. Returns null for a
 * block that can be cut, else the index of the first line written after it.
 */
function endOfQuote(lines: Line[], from: number): number | null {
  for (let j = from + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.quoted || line.norm === '') continue;
    return isCut(lines, j) ? null : j;
  }
  return null;
}

function isCut(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  if (line.norm === '' || line.norm.length > LONGEST_MARKER_LINE) return false;
  return isSignatureDelimiter(line) || isMobileSignature(line) || isOriginalMessageSeparator(line) || isAttribution(lines, i) || isHeaderBlock(lines, i);
}

function isSignatureDelimiter(line: Line): boolean {
  return line.raw === '-- ' || line.raw === '--';
}

function isMobileSignature(line: Line): boolean {
  return line.norm.length <= 80 && MOBILE_SIGNATURES.some((pattern) => pattern.test(line.norm));
}

function separatorTitle(line: Line): string | null {
  if (!/^[-=_]{2}/.test(line.norm)) return null;
  const match = /^[-=_]{2,}\s*([^-=_].{0,60}?)\s*[-=_]{2,}$/.exec(line.norm);
  return match ? match[1]!.replace(/\s+/g, ' ').toLowerCase() : null;
}

function isOriginalMessageSeparator(line: Line): boolean {
  const title = separatorTitle(line);
  return title !== null && ORIGINAL_MESSAGE_TITLES.has(title);
}

function isForwardIntroduction(line: Line): boolean {
  return line.norm.length <= 80 && FORWARD_INTRODUCTION.test(line.norm);
}

/** "On … wrote:" on one line, or wrapped over two or three. */
function isAttribution(lines: Line[], i: number): boolean {
  let length = -1;
  for (let j = i; j < Math.min(i + 3, lines.length); j++) {
    const line = lines[j]!;
    if (line.quoted || line.norm === '') return false;
    length += line.norm.length + 1;
    if (length > LONGEST_MARKER_LINE) return false;
    if (!/[:：]$/.test(line.norm)) continue;
    const joined = lines
      .slice(i, j + 1)
      .map((part) => part.norm)
      .join(' ');
    if (DIGIT.test(joined) && ATTRIBUTION_LINES.some((pattern) => pattern.test(joined))) return true;
  }
  return false;
}

/** "From: … Sent: … To: … Subject: …" as Outlook and others write it, in any of our languages. */
function isHeaderBlock(lines: Line[], i: number): boolean {
  if (labelOf(lines[i]!) !== 'from') return false;
  const previous = lines.slice(Math.max(0, i - 3), i).reverse().find((line) => line.norm !== '');
  if (previous && FORWARD_INTRODUCTION.test(previous.norm)) return false;
  const seen = new Set<HeaderLabel>();
  let looked = 0;
  for (let j = i + 1; j < lines.length && looked < HEADER_BLOCK_REACH; j++) {
    const line = lines[j]!;
    if (line.norm === '') continue;
    looked++;
    const label = labelOf(line);
    if (label && label !== 'from') seen.add(label);
  }
  return seen.size >= 2 && (seen.has('sent') || seen.has('subject'));
}

/** The header label a line starts with; Outlook's plain text sometimes marks them bold: `*From:* …`. */
function labelOf(line: Line): HeaderLabel | null {
  if (line.label !== undefined) return line.label;
  let label: HeaderLabel | null = null;
  const colon = line.norm.search(/[:：]/);
  if (colon > 0 && colon <= 24) {
    const text = line.norm.replace(/^\*+\s?/, '').replace(/^([^*:：]{1,20})\*+(?=\s?[:：])/, '$1');
    label = LABEL_NAMES.find((name) => HEADER_LABELS[name].test(text)) ?? null;
  }
  line.label = label;
  return label;
}

function isFiller(line: Line): boolean {
  return line.norm === '' || /^[-_=*~—–]{3,}$/.test(line.norm);
}

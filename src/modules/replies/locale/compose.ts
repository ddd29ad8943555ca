import type { LocalePack } from './locale-pack.types.js';
import { writingStyle, type ReplyChannel } from './salutation.js';

/** Longest body that a short-brevity chat reply keeps on the greeting's line. */
export const ONE_LINE_MAX_CHARS = 160;

export interface ReplyParts {
  salutation: string;
  paragraphs: string[];
  closing: string | null;
  signOff: string[];
  channel: ReplyChannel;
}

function normalize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');
}

/** Salutation and closing stay one block: blank lines inside them shrink to one line break. */
function oneBlock(text: string): string {
  return normalize(text).replace(/\n\s*\n/g, '\n').trim();
}

/** Paragraphs without the empty ones; a paragraph holding blank lines becomes several. */
function bodyParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((p) => normalize(p).split(/\n\s*\n/)).map(normalize).filter((p) => p.trim() !== '');
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/**
 * The reply as plain text and HTML. Blocks, separated by a blank line: salutation, each
 * non-empty paragraph, closing, sign-off lines. Chat and social replies are not signed, and a
 * short-brevity pack (Swedish, German…) puts a chat reply of one short paragraph on one line.
 * The HTML is `<div dir lang>` with a `<p>` per block, every text escaped, line breaks as `<br>`.
 * @example composeReply(sv, { salutation: 'Hej Anna!', paragraphs: ['Paketet är på väg.'], closing: null, signOff: [], channel: 'chat' }).text
 *          // 'Hej Anna! Paketet är på väg.'
 */
export function composeReply(pack: LocalePack, parts: ReplyParts): { text: string; html: string } {
  const chat = writingStyle(parts.channel) === 'chat';
  const salutation = oneBlock(parts.salutation);
  const paragraphs = bodyParagraphs(parts.paragraphs);
  const closing = oneBlock(parts.closing ?? '');
  const signOff = chat ? [] : parts.signOff.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);

  const only = paragraphs.length === 1 ? paragraphs[0]! : null;
  const oneLine = chat && pack.brevity === 'short' && only !== null && !only.includes('\n') && only.length <= ONE_LINE_MAX_CHARS;
  const blocks = oneLine
    ? [[salutation, only, closing].filter(Boolean).join(' ').replace(/\n/g, ' ')]
    : [salutation, ...paragraphs, closing, signOff.join('\n')].filter((block) => block.trim() !== '');

  const open = `<div dir="${escapeHtml(pack.direction)}" lang="${escapeHtml(pack.locale)}">`;
  const html = open + blocks.map((block) => `<p>${block.split('\n').map(escapeHtml).join('<br>')}</p>`).join('') + '</div>';
  return { text: blocks.join('\n\n'), html };
}

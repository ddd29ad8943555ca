/**
 * Marking what must not go out in a reply: `{{ variables }}` still open and the holes the guard
 * found (placeholders such as `[Order Number]`). A textarea cannot highlight, so the composer shows
 * a read-only preview built from these pieces. Pure: no React.
 */
import type { Hole } from './types';

export type MarkKind = 'variable' | 'placeholder';

export interface Range {
  start: number;
  end: number;
  kind: MarkKind;
}

export interface Piece {
  text: string;
  mark: MarkKind | null;
}

/** `{{ order.number }}`, `{{customer.first_name}}`: Liquid output left in the text. */
const VARIABLE = /\{\{[^{}\n]*\}\}/g;

/** Where `{{…}}` occurs in the text. */
export function variableRanges(text: string): Range[] {
  return [...text.matchAll(VARIABLE)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'variable' as const }));
}

/** The variable names still open in the text, in order, each once: `order.number`. */
export function openVariables(text: string): string[] {
  const names = [...text.matchAll(VARIABLE)].map((m) => m[0].slice(2, -2).trim()).filter(Boolean);
  return [...new Set(names)];
}

/**
 * Where the guard's holes are in the text as it is now. The check ran on an earlier text when the
 * agent kept typing: a hole whose index no longer points at its text is looked up by its text.
 */
export function holeRanges(text: string, holes: readonly Hole[]): Range[] {
  const ranges: Range[] = [];
  for (const hole of holes) {
    if (!hole.text) continue;
    const kind: MarkKind = hole.kind === 'variable' ? 'variable' : 'placeholder';
    if (text.startsWith(hole.text, hole.index)) {
      ranges.push({ start: hole.index, end: hole.index + hole.text.length, kind });
      continue;
    }
    for (let at = text.indexOf(hole.text); at >= 0; at = text.indexOf(hole.text, at + hole.text.length)) {
      ranges.push({ start: at, end: at + hole.text.length, kind });
    }
  }
  return ranges;
}

/** Sorted, overlaps joined (a joined range is a placeholder if either part was one). */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const range of sorted) {
    const last = out.at(-1);
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      if (range.kind === 'placeholder') last.kind = 'placeholder';
    } else {
      out.push({ ...range });
    }
  }
  return out;
}

/** The text cut into plain and marked pieces; joined again they give the text back. */
export function splitMarked(text: string, ranges: readonly Range[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const range of mergeRanges(ranges)) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, text.length);
    if (start >= end) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), mark: null });
    pieces.push({ text: text.slice(start, end), mark: range.kind });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: null });
  return pieces;
}

/** Everything to mark in a reply: its open variables and the guard's holes. */
export function markReply(text: string, holes: readonly Hole[] = []): Piece[] {
  return splitMarked(text, [...variableRanges(text), ...holeRanges(text, holes)]);
}

/** Where a variable first occurs, to select it in the textarea: [start, end] or null. */
export function findVariable(text: string, name: string): [number, number] | null {
  for (const range of variableRanges(text)) {
    if (text.slice(range.start + 2, range.end - 2).trim() === name) return [range.start, range.end];
  }
  return null;
}

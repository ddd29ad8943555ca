/** A piece of the message an extractor claimed: [start, end) in UTF-16 code units. */
export type Span = readonly [start: number, end: number];

/** What an extractor found, with where it found it (so later passes can leave it alone). */
export interface Found<T> {
  value: T;
  start: number;
  end: number;
}

export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const [s, e] of spans) if (start < e && s < end) return true;
  return false;
}

/** Appends the spans of `found` to `taken` (the orchestrator's bookkeeping). */
export function take(taken: Span[], found: readonly Found<unknown>[]): void {
  for (const f of found) taken.push([f.start, f.end]);
}

/** First-seen order, one entry per key. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  if (items.length < 2) return items.slice();
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}

const LETTER = /\p{L}/u;

/**
 * Whether a letter (any script) ends right before `index`. Cheaper than a `(?<!\p{L})` look-behind,
 * which V8 evaluates at every position of a scan.
 */
export function letterBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const c = text.charCodeAt(index - 1);
  if (c < 0x41) return false;
  if (c >= 0xdc00 && c <= 0xdfff && index >= 2) return LETTER.test(text.slice(index - 2, index));
  return LETTER.test(text[index - 1]!);
}

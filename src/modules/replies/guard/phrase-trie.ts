/**
 * All phrases of a rule set in one character trie over folded text (fold.ts), each phrase end
 * carrying its list and a bit mask of its language. One scan of a text finds every phrase of the
 * languages asked for: the trie is tried at every word start of a space-separated script and at every
 * other character (Han, kana, Hangul, Arabic, symbols). Every phrase end reached is reported, so
 * overlapping phrases of different lists ("full refund" and "refund") are all seen. A combined
 * regular expression would be far slower (see triage's match-cues.ts for the measurements).
 *
 * Tokens besides characters: `*` (the rest of the word), `#` (a number), `...` (a gap of up to 40
 * characters inside the sentence).
 */

import { SPACED as SPACED_TABLE, foldPhrase } from './fold.js';

/** Local copy: a module binding read in a hot loop may go through a getter under some loaders (tsx, vitest). */
const SPACED: Uint8Array = SPACED_TABLE;

interface End {
  mask: number;
  list: number;
}

/** A node while building. */
interface Node {
  next: Map<number, Node> | null;
  wild: Node | null;
  num: Node | null;
  gap: Node | null;
  ends: End[] | null;
  /** Entered by a letter or digit of a space-separated script: a phrase ending here must end a word. */
  boundary: boolean;
  id: number;
}

const WILD = -1;
const NUM = -2;
const GAP = -3;

const newNode = (boundary: boolean): Node => ({ next: null, wild: null, num: null, gap: null, ends: null, boundary, id: -1 });

/**
 * The trie in typed arrays (node 0 is the root). A node's children are a run of `childCode`/`childNode`
 * sorted by code; `wild`/`num`/`gap` are its special children (-1: none); its phrase ends are a run of
 * `endMask`/`endList`; `nodeMask` is the union of the languages of every phrase through it, so a scan
 * never walks into another language's branches.
 */
export interface PhraseTrie {
  /** Child of the root by code unit (-1: none). */
  rootChild: Int32Array;
  /** The root's number branch (phrases starting with `#`): -1 if none. */
  rootNumber: number;
  /**
   * 1 where the first two code units of a phrase hash (`pairHash`); a position whose pair is not here
   * cannot start a phrase (unless `anyNext` for its first unit): most words are skipped without a walk.
   */
  pairs: Uint8Array;
  /** 1 for a first code unit after which anything may follow (a phrase of one unit, or `*`, `#`, `...`). */
  anyNext: Uint8Array;
  childStart: Int32Array;
  childCount: Uint16Array;
  childCode: Uint16Array;
  childNode: Int32Array;
  wild: Int32Array;
  num: Int32Array;
  gap: Int32Array;
  boundary: Uint8Array;
  nodeMask: Int32Array;
  endStart: Int32Array;
  endCount: Uint8Array;
  endMask: Int32Array;
  endList: Int32Array;
  phraseCount: number;
}

/** Phrase → tokens (code units or WILD/NUM/GAP), or null when it folds to nothing matchable. */
export function tokenize(phrase: string): number[] | null {
  const folded = foldPhrase(phrase.replace(/…/g, '...'));
  const tokens: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (folded.startsWith('...', i)) {
      while (tokens.length > 0 && tokens[tokens.length - 1] === 0x20) tokens.pop();
      tokens.push(GAP);
      i += 2;
      while (folded.charCodeAt(i + 1) === 0x20) i++;
      continue;
    }
    if (c === 0x2a /* * */) {
      const previous = tokens[tokens.length - 1];
      if (previous !== undefined && previous >= 0 && SPACED[previous] === 1) tokens.push(WILD);
      continue;
    }
    if (c === 0x23 /* # */) {
      tokens.push(NUM);
      continue;
    }
    tokens.push(c === 0x0a ? 0x20 : c);
  }
  while (tokens.length > 0 && (tokens[0] === GAP || tokens[0] === WILD)) tokens.shift();
  while (tokens.length > 0 && tokens[tokens.length - 1] === GAP) tokens.pop();
  return tokens.length > 0 ? tokens : null;
}

/** Keyboard spellings: "rückerstattung" also as "rueckerstattung" (de, sv, da, no). */
export function spellings(phrase: string, language: string): string[] {
  const out = [phrase];
  const lower = phrase.toLowerCase();
  if (language === 'de' && /[äöü]/.test(lower)) out.push(lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));
  if (language === 'sv' && /[åäö]/.test(lower)) out.push(lower.replace(/å/g, 'aa').replace(/ä/g, 'ae').replace(/ö/g, 'oe'));
  if ((language === 'da' || language === 'no') && /[øå]/.test(lower)) out.push(lower.replace(/ø/g, 'oe').replace(/å/g, 'aa'));
  return out;
}

function flatten(root: Node, phraseCount: number): PhraseTrie {
  const order: Node[] = [];
  const queue = [root];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    node.id = order.length;
    order.push(node);
    if (node.next) for (const key of [...node.next.keys()].sort((a, b) => a - b)) queue.push(node.next.get(key)!);
    for (const special of [node.wild, node.num, node.gap]) if (special) queue.push(special);
  }
  const count = order.length;
  let children = 0;
  let ends = 0;
  for (const node of order) {
    children += node.next?.size ?? 0;
    ends += node.ends?.length ?? 0;
  }
  const t: PhraseTrie = {
    rootChild: new Int32Array(0x10000).fill(-1),
    rootNumber: root.num ? root.num.id : -1,
    pairs: new Uint8Array(0x10000),
    anyNext: new Uint8Array(0x10000),
    childStart: new Int32Array(count),
    childCount: new Uint16Array(count),
    childCode: new Uint16Array(children),
    childNode: new Int32Array(children),
    wild: new Int32Array(count).fill(-1),
    num: new Int32Array(count).fill(-1),
    gap: new Int32Array(count).fill(-1),
    boundary: new Uint8Array(count),
    nodeMask: new Int32Array(count),
    endStart: new Int32Array(count),
    endCount: new Uint8Array(count),
    endMask: new Int32Array(ends),
    endList: new Int32Array(ends),
    phraseCount,
  };
  let c = 0;
  let e = 0;
  for (const node of order) {
    const id = node.id;
    t.boundary[id] = node.boundary ? 1 : 0;
    t.childStart[id] = c;
    if (node.next) {
      t.childCount[id] = node.next.size;
      for (const key of [...node.next.keys()].sort((a, b) => a - b)) {
        const child = node.next.get(key)!;
        if (id === 0) t.rootChild[key] = child.id;
        t.childCode[c] = key;
        t.childNode[c++] = child.id;
      }
    }
    if (node.wild) t.wild[id] = node.wild.id;
    if (node.num) t.num[id] = node.num.id;
    if (node.gap) t.gap[id] = node.gap.id;
    t.endStart[id] = e;
    t.endCount[id] = node.ends?.length ?? 0;
    for (const end of node.ends ?? []) {
      t.endMask[e] = end.mask;
      t.endList[e++] = end.list;
    }
  }
  for (const [first, node] of root.next ?? []) {
    if (node.ends || node.wild || node.num || node.gap) t.anyNext[first] = 1;
    for (const second of node.next?.keys() ?? []) t.pairs[pairHash(first, second)] = 1;
  }
  // Subtree masks, children before parents (breadth-first order reversed).
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k]!;
    let mask = 0;
    for (const end of node.ends ?? []) mask |= end.mask;
    if (node.next) for (const child of node.next.values()) mask |= t.nodeMask[child.id]!;
    for (const special of [node.wild, node.num, node.gap]) if (special) mask |= t.nodeMask[special.id]!;
    t.nodeMask[node.id] = mask;
  }
  return t;
}

const pairHash = (a: number, b: number): number => (a * 31 + b) & 0xffff;

export class PhraseTrieBuilder {
  private readonly root = newNode(false);
  private count = 0;

  add(phrase: string, list: number, mask: number): boolean {
    const tokens = tokenize(phrase);
    if (!tokens) return false;
    let node = this.root;
    for (const token of tokens) {
      if (token === WILD) node = node.wild ??= newNode(false);
      else if (token === NUM) node = node.num ??= newNode(false);
      else if (token === GAP) node = node.gap ??= newNode(false);
      else {
        node.next ??= new Map();
        let child = node.next.get(token);
        if (!child) {
          child = newNode(SPACED[token] === 1);
          node.next.set(token, child);
        }
        node = child;
      }
    }
    node.ends ??= [];
    const existing = node.ends.find((e) => e.list === list);
    if (existing) existing.mask |= mask;
    else node.ends.push({ list, mask });
    this.count++;
    return true;
  }

  build(): PhraseTrie {
    return flatten(this.root, this.count);
  }
}

/** Found phrases, flat: start, end (folded offsets) and list, three numbers a phrase. */
export type PhraseHits = number[];

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3b || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

// The scan's state, module-level so the recursive visit needs no closure.
let TRIE: PhraseTrie | null = null;
let T: Uint16Array = new Uint16Array(0);
let N = 0;
let MASK = 0;
let OUT: PhraseHits = [];
let START = 0;

function visit(node: number, j: number): void {
  const t = TRIE!;
  if ((t.nodeMask[node]! & MASK) === 0) return;
  const endCount = t.endCount[node]!;
  if (endCount > 0 && (t.boundary[node] === 0 || j >= N || SPACED[T[j]!] !== 1)) {
    const from = t.endStart[node]!;
    for (let e = from; e < from + endCount; e++) if ((t.endMask[e]! & MASK) !== 0) OUT.push(START, j, t.endList[e]!);
  }
  const count = t.childCount[node]!;
  if (count > 0 && j < N) {
    const c = T[j]!;
    let lo = t.childStart[node]!;
    let hi = lo + count - 1;
    const codes = t.childCode;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const code = codes[mid]!;
      if (code === c) {
        visit(t.childNode[mid]!, j + 1);
        break;
      }
      if (code < c) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  const wild = t.wild[node]!;
  if (wild >= 0) {
    let k = j;
    while (k < N && SPACED[T[k]!] === 1) k++;
    visit(wild, k);
  }
  const num = t.num[node]!;
  if (num >= 0 && j < N && isDigit(T[j]!)) visitNumber(num, j);
  const gap = t.gap[node]!;
  if (gap >= 0) {
    const limit = Math.min(N - 1, j + 41);
    for (let k = j; k <= limit; k++) {
      if (k > j && isTerminator(T[k - 1]!)) break;
      const c = T[k]!;
      if (c === 0x20) continue;
      if (SPACED[c] === 1 && k > 0 && SPACED[T[k - 1]!] === 1) continue; // inside a word
      visit(gap, k);
    }
  }
}

/** A number (digits, optionally a decimal part) from `j`, then on to `node`. */
function visitNumber(node: number, j: number): void {
  let k = j + 1;
  while (k < N && isDigit(T[k]!)) k++;
  const sep = T[k];
  if ((sep === 0x2e || sep === 0x2c) && k + 1 < N && isDigit(T[k + 1]!)) {
    k += 2;
    while (k < N && isDigit(T[k]!)) k++;
  }
  visit(node, k);
}

/**
 * Every phrase of the languages in `mask` in the folded text `codes[0 .. length)`, in order of start,
 * as flat triples (start, end, list).
 */
export function scanPhrases(trie: PhraseTrie, codes: Uint16Array, length: number, mask: number): PhraseHits {
  const hits: PhraseHits = [];
  TRIE = trie;
  T = codes;
  N = length;
  MASK = mask;
  OUT = hits;
  const rootChild = trie.rootChild;
  const rootNumber = trie.rootNumber;
  const pairs = trie.pairs;
  const anyNext = trie.anyNext;
  let previousSpaced = false;
  for (let i = 0; i < length; i++) {
    const c = codes[i]!;
    const spaced = SPACED[c] === 1;
    if (spaced && previousSpaced) continue;
    previousSpaced = spaced;
    START = i;
    if (rootNumber >= 0 && isDigit(c)) visitNumber(rootNumber, i);
    const child = rootChild[c]!;
    if (child < 0) continue;
    if (anyNext[c] === 0 && (i + 1 >= length || pairs[pairHash(c, codes[i + 1]!)] === 0)) continue;
    visit(child, i + 1);
  }
  TRIE = null;
  T = new Uint16Array(0);
  OUT = [];
  return hits;
}

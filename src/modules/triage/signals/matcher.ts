import { TRIAGE_LANGUAGES } from '../intents.js';
import { RISK_SIGNALS } from '../triage.types.js';
import type { Lexicon } from './lexicon/types.js';
import { CLAUSE_BREAK, foldTerm, IDEO, WORD } from './normalize.js';

/**
 * All lexicons compiled into one character trie. Every entry carries a bit mask of the languages
 * it belongs to; a scan only accepts entries whose mask meets the languages in force, and takes
 * the longest accepted term at each start position. Start positions are word starts in
 * space-delimited scripts and every character in Han, kana, Hangul and Thai.
 */

export const KIND_RISK = 0;
export const KIND_POSITIVE = 1;
export const KIND_NEGATIVE = 2;
export const KIND_POLITE = 3;
export const KIND_NEGATOR = 4;
export const KIND_POST_NEGATOR = 5;
export const KIND_INTENSIFIER = 6;
export const KIND_POST_INTENSIFIER = 7;
export const KIND_NEUTRAL = 8;

interface Entry {
  mask: number;
  kind: number;
  /** Index in RISK_SIGNALS for KIND_RISK. */
  signal: number;
  /** Trailing `*`: the last word may go on. */
  prefix: boolean;
  /** Emoji carry their own weight: no negation, no intensifier. */
  emoji: boolean;
}

/** A trie node. Most nodes have one child: it is kept inline (code, node); more go to a Map. */
interface Node {
  code: number;
  only: Node | undefined;
  next: Map<number, Node> | undefined;
  entries: Entry[] | undefined;
}

function child(node: Node, code: number): Node | undefined {
  if (node.code === code) return node.only;
  return node.next === undefined ? undefined : node.next.get(code);
}

function addChild(node: Node, code: number): Node {
  const existing = child(node, code);
  if (existing !== undefined) return existing;
  const created = newNode();
  if (node.only === undefined && node.next === undefined) {
    node.code = code;
    node.only = created;
  } else {
    node.next ??= new Map();
    node.next.set(code, created);
  }
  return created;
}

export interface Hit {
  start: number;
  end: number;
  /** Units (words; single Han/kana/Hangul/Thai characters) before `start` and before `end`. */
  unitStart: number;
  unitEnd: number;
  /** Clause-breaking punctuation marks before `start`. */
  clause: number;
  kind: number;
  signal: number;
  emoji: boolean;
}

/** Bit of each language in an entry's mask; GLOBAL entries are in force for every language. */
export const LANGUAGE_BIT: ReadonlyMap<string, number> = new Map(TRIAGE_LANGUAGES.map((code, i) => [code, 1 << i]));
export const GLOBAL_BIT = 1 << TRIAGE_LANGUAGES.length;
export const ALL_LANGUAGES = (GLOBAL_BIT << 1) - 1;

const newNode = (): Node => ({ code: -1, only: undefined, next: undefined, entries: undefined });

export class Matcher {
  private readonly root = newNode();
  private readonly cliticRoot = newNode();
  /** Number of distinct (term, kind) pairs, for tests and the speed script. */
  termCount = 0;

  /** Adds a lexicon; `riskMask` for its risk and neutral terms (English ones are global), `mask` for the rest. */
  add(lexicon: Lexicon, mask: number, riskMask: number, language: string): void {
    const add = (terms: readonly string[] | undefined, kind: number, m: number, signal = -1) => {
      for (const raw of terms ?? []) for (const variant of spellings(raw, language)) this.insert(variant, kind, signal, m);
    };
    RISK_SIGNALS.forEach((signal, index) => add(lexicon.risk[signal], KIND_RISK, riskMask, index));
    add(lexicon.neutral, KIND_NEUTRAL, riskMask);
    add(lexicon.positive, KIND_POSITIVE, mask);
    add(lexicon.negative, KIND_NEGATIVE, mask);
    add(lexicon.polite, KIND_POLITE, mask);
    add(lexicon.negators, KIND_NEGATOR, mask);
    add(lexicon.postNegators, KIND_POST_NEGATOR, mask);
    add(lexicon.intensifiers, KIND_INTENSIFIER, mask);
    add(lexicon.postIntensifiers, KIND_POST_INTENSIFIER, mask);
    for (const clitic of lexicon.clitics ?? []) this.insertInto(this.cliticRoot, foldTerm(clitic), { mask, kind: -1, signal: -1, prefix: true, emoji: false });
  }

  private insert(raw: string, kind: number, signal: number, mask: number): void {
    this.rootNext = null;
    const trimmed = raw.trim();
    const prefix = trimmed.endsWith('*');
    const term = foldTerm(prefix ? trimmed.slice(0, -1) : trimmed);
    if (term.length === 0) throw new Error(`empty lexicon term: ${JSON.stringify(raw)}`);
    const first = term.charCodeAt(0);
    const emoji = (first >= 0xd800 && first <= 0xdbff) || (first >= 0x2600 && first <= 0x27bf) || (first >= 0x2b00 && first <= 0x2bff);
    if (this.insertInto(this.root, term, { mask, kind, signal, prefix, emoji })) this.termCount++;
  }

  private insertInto(root: Node, term: string, entry: Entry): boolean {
    let node = root;
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      node = addChild(node, c);
    }
    node.entries ??= [];
    const same = node.entries.find((e) => e.kind === entry.kind && e.signal === entry.signal && e.prefix === entry.prefix);
    if (same) {
      same.mask |= entry.mask;
      return false;
    }
    node.entries.push(entry);
    return true;
  }

  /** Children of the root by code unit: the one lookup made at every start position. */
  private rootNext: (Node | undefined)[] | null = null;
  /** Node of the last successful `longest`/`longestWithClitics` (no allocation per match). */
  private matchNode: Node | null = null;

  private root0(): (Node | undefined)[] {
    const table: (Node | undefined)[] = new Array<Node | undefined>(0x10000).fill(undefined);
    if (this.root.only !== undefined) table[this.root.code] = this.root.only;
    for (const [code, node] of this.root.next ?? []) table[code] = node;
    this.rootNext = table;
    return table;
  }

  /** End of the longest term in force starting at `from` and ending properly (its node in matchNode), or -1. */
  private longest(s: string, from: number, allowed: number): number {
    const n = s.length;
    let node = (this.rootNext ?? this.root0())[s.charCodeAt(from)];
    let bestEnd = -1;
    let bestNode: Node | null = null;
    let j = from + 1;
    while (node !== undefined) {
      const entries = node.entries;
      if (entries !== undefined) {
        const boundary = j === n || WORD[s.charCodeAt(j)] === 0 || WORD[s.charCodeAt(j - 1)] === 0;
        for (let k = 0; k < entries.length; k++) {
          const e = entries[k]!;
          if ((e.mask & allowed) !== 0 && (boundary || e.prefix)) {
            bestEnd = j;
            bestNode = node;
            break;
          }
        }
      }
      if (j === n) break;
      const code = s.charCodeAt(j++);
      node = node.code === code ? node.only : node.next === undefined ? undefined : node.next.get(code);
    }
    if (bestNode !== null) this.matchNode = bestNode;
    return bestEnd;
  }

  /** Longest match at a word start, also after a clitic prefix (Arabic, Hebrew). */
  private longestWithClitics(s: string, from: number, allowed: number): number {
    let bestEnd = this.longest(s, from, allowed);
    let bestNode = this.matchNode;
    let node: Node | undefined = this.cliticRoot;
    for (let j = from; j < s.length; ) {
      node = child(node, s.charCodeAt(j));
      if (node === undefined) break;
      j++;
      if (node.entries !== undefined && (node.entries[0]!.mask & allowed) !== 0 && j < s.length && WORD[s.charCodeAt(j)] === 1) {
        const end = this.longest(s, j, allowed);
        if (end > bestEnd) {
          bestEnd = end;
          bestNode = this.matchNode;
        }
      }
    }
    this.matchNode = bestNode;
    return bestEnd;
  }

  /** All terms in force in folded text `s`, left to right, non-overlapping (longest first). */
  scan(s: string, allowed: number): Hit[] {
    const hits: Hit[] = [];
    const rootNext = this.rootNext ?? this.root0();
    const n = s.length;
    let units = 0;
    let clause = 0;
    let prevWord = 0;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      const word = WORD[c]!;
      const semitic = word === 1 && c >= 0x5d0 && c <= 0x6ff;
      if ((word === 0 || prevWord === 0) && (rootNext[c] !== undefined || semitic)) {
        const end = semitic ? this.longestWithClitics(s, i, allowed) : this.longest(s, i, allowed);
        if (end > 0) {
          const unitStart = units;
          const hitClause = clause;
          for (let p = i; p < end; p++) {
            const cp = s.charCodeAt(p);
            const w = WORD[cp]!;
            if (IDEO[cp] === 1 || (w === 1 && prevWord === 0)) units++;
            if (CLAUSE_BREAK[cp] === 1) clause++;
            prevWord = w;
          }
          const boundary = end === n || WORD[s.charCodeAt(end)] === 0 || WORD[s.charCodeAt(end - 1)] === 0;
          const entries = this.matchNode!.entries!;
          let neutral = false;
          for (let k = 0; k < entries.length; k++) {
            const e = entries[k]!;
            if (e.kind === KIND_NEUTRAL && (e.mask & allowed) !== 0) neutral = true;
          }
          if (!neutral) {
            for (let k = 0; k < entries.length; k++) {
              const e = entries[k]!;
              if ((e.mask & allowed) === 0 || !(boundary || e.prefix)) continue;
              hits.push({ start: i, end, unitStart, unitEnd: units, clause: hitClause, kind: e.kind, signal: e.signal, emoji: e.emoji });
            }
          }
          i = end;
          continue;
        }
      }
      if (IDEO[c] === 1 || (word === 1 && prevWord === 0)) units++;
      if (CLAUSE_BREAK[c] === 1) clause++;
      prevWord = word;
      i++;
    }
    return hits;
  }
}

/** A term and the spellings buyers use when their keyboard lacks a letter (Rückbuchung → Rueckbuchung). */
function spellings(term: string, language: string): string[] {
  const out = [term];
  if (language === 'de' && /[äöüÄÖÜ]/.test(term)) {
    out.push(term.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue'));
  } else if ((language === 'da' || language === 'no') && /[øåØÅ]/.test(term)) {
    out.push(term.replace(/[øØ]/g, 'oe').replace(/[åÅ]/g, 'aa'));
  } else if (language === 'sv' && /[åÅ]/.test(term)) {
    out.push(term.replace(/[åÅ]/g, 'aa'));
  }
  return out;
}

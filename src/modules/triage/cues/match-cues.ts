import { TRIAGE_LANGUAGES } from '../intents.js';
import { CUE_CONCEPTS, type CueLexicon } from './concepts.js';
import { foldedText, foldInto, foldText, WORD as WORD_TABLE } from './fold.js';
import { CUE_LEXICONS } from './lexicon/index.js';

export { CUE_CONCEPTS, type CueConcept } from './concepts.js';

/**
 * Finds cue concepts in a message. Every language's phrases are compiled once, at module load,
 * into one character trie over folded text (see fold.ts), flattened into typed arrays; each phrase
 * end carries the concepts it signals and a bit mask of the languages it belongs to. A scan tries
 * the trie at every word start of a space-delimited script and at every other character (Han,
 * kana, Hangul, Thai, punctuation) and keeps the longest phrase in force there that reaches past
 * the phrases already found.
 *
 * Why a trie and not one combined regex per language: V8 tries a 3,000-branch alternation with
 * lookaround boundaries branch by branch at each position. Measured by cues.speed.ts on German
 * messages of 300 characters: ~6 µs with the trie, ~0.5 s with the regex; and compiling such a
 * regex for all 25 languages exhausts V8's heap.
 */

/** Local copy: a module binding read in a hot loop may go through a getter under some loaders (tsx, vitest). */
const WORD: Uint8Array = WORD_TABLE;

const LANGUAGE_BIT: ReadonlyMap<string, number> = new Map(TRIAGE_LANGUAGES.map((code, i) => [code, 1 << i]));
const ENGLISH_BIT = LANGUAGE_BIT.get('en')!;
const ALL_LANGUAGES = (1 << TRIAGE_LANGUAGES.length) - 1;
/** Prefixes written together with the next word; a phrase may follow them. */
const ARABIC_CLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'وب', 'ول', 'فب', 'فل', 'وبال', 'س', 'وس'];
const HEBREW_CLITICS = ['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ', 'וה', 'וב', 'ול', 'ומ', 'וש', 'שה', 'שב', 'של', 'שמ', 'מה', 'כש', 'וכש', 'לה', 'בה'];

// ---- Building: a Map trie first, flattened below. ----

interface BuildNode {
  next: Map<number, BuildNode>;
  /** Phrase ends here: one entry per (language mask, prefix) with its concepts. */
  ends: { mask: number; prefix: boolean; concepts: number[] }[];
  id: number;
}

const newNode = (): BuildNode => ({ next: new Map(), ends: [], id: -1 });

function insert(root: BuildNode, term: string, concept: number, mask: number, prefix: boolean): void {
  let node = root;
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    let child = node.next.get(code);
    if (child === undefined) {
      child = newNode();
      node.next.set(code, child);
    }
    node = child;
  }
  let end = node.ends.find((e) => e.mask === mask && e.prefix === prefix);
  if (end === undefined) {
    end = { mask, prefix, concepts: [] };
    node.ends.push(end);
  }
  if (concept >= 0 && !end.concepts.includes(concept)) end.concepts.push(concept);
}

/** A phrase and the spellings buyers use when their keyboard lacks a letter (rückerstattung → rueckerstattung). */
export function spellings(phrase: string, language: string): string[] {
  const out = [phrase];
  if (language === 'de' && /[äöü]/.test(phrase)) out.push(phrase.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));
  else if ((language === 'da' || language === 'no') && /[øå]/.test(phrase)) out.push(phrase.replace(/ø/g, 'oe').replace(/å/g, 'aa'));
  else if (language === 'sv' && /[åäö]/.test(phrase)) out.push(phrase.replace(/å/g, 'aa').replace(/ä/g, 'ae').replace(/ö/g, 'oe'));
  return out;
}

/**
 * A trie in typed arrays. Node 0 is the root; its children are found through ROOT_CHILD (a
 * direct table by code unit), every other node's through a run of CHILD_CODE/CHILD_NODE
 * (sorted by code). Phrase ends of a node are a run of END_MASK/END_PREFIX/END_CONCEPTS.
 */
interface FlatTrie {
  rootChild: Int32Array;
  childStart: Int32Array;
  childCount: Uint16Array;
  childCode: Uint16Array;
  childNode: Int32Array;
  endStart: Int32Array;
  endCount: Uint8Array;
  endMask: Int32Array;
  endPrefix: Uint8Array;
  endConceptStart: Int32Array;
  endConceptCount: Uint8Array;
  concepts: Uint8Array;
  /** Union of the masks of the node's ends, for a quick "anything in force here?" test. */
  nodeMask: Int32Array;
  /** Nodes with many children also get a small open-addressing table (code & mask, linear probing): start, or -1. */
  hashStart: Int32Array;
  hashMask: Uint16Array;
  hashCode: Uint16Array;
  hashNode: Int32Array;
}

/** A node with more children than this is looked up through its hash table. */
const LINEAR_LIMIT = 6;

/** Folded text never holds U+FFFF (fold.ts maps it to a space), so it marks an empty slot. */
const EMPTY = 0xffff;

function tableSize(children: number): number {
  let size = 8;
  while (size < children * 2) size *= 2;
  return size;
}

function flatten(root: BuildNode): FlatTrie {
  const order: BuildNode[] = [];
  const queue = [root];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    node.id = order.length;
    order.push(node);
    for (const code of [...node.next.keys()].sort((a, b) => a - b)) queue.push(node.next.get(code)!);
  }
  const count = order.length;
  let children = 0;
  let ends = 0;
  let conceptTotal = 0;
  for (const node of order) {
    children += node.next.size;
    ends += node.ends.length;
    for (const e of node.ends) conceptTotal += e.concepts.length;
  }
  let hashSize = 0;
  for (const node of order) if (node.next.size > LINEAR_LIMIT) hashSize += tableSize(node.next.size);
  const t: FlatTrie = {
    hashStart: new Int32Array(count).fill(-1),
    hashMask: new Uint16Array(count),
    hashCode: new Uint16Array(hashSize).fill(EMPTY),
    hashNode: new Int32Array(hashSize),
    rootChild: new Int32Array(0x10000).fill(-1),
    childStart: new Int32Array(count),
    childCount: new Uint16Array(count),
    childCode: new Uint16Array(children),
    childNode: new Int32Array(children),
    endStart: new Int32Array(count),
    endCount: new Uint8Array(count),
    endMask: new Int32Array(ends),
    endPrefix: new Uint8Array(ends),
    endConceptStart: new Int32Array(ends),
    endConceptCount: new Uint8Array(ends),
    concepts: new Uint8Array(conceptTotal),
    nodeMask: new Int32Array(count),
  };
  let c = 0;
  let e = 0;
  let k = 0;
  let h = 0;
  for (const node of order) {
    const id = node.id;
    if (node.next.size > LINEAR_LIMIT) {
      const size = tableSize(node.next.size);
      t.hashStart[id] = h;
      t.hashMask[id] = size - 1;
      for (const [code, child] of node.next) {
        let slot = code & (size - 1);
        while (t.hashCode[h + slot] !== EMPTY) slot = (slot + 1) & (size - 1);
        t.hashCode[h + slot] = code;
        t.hashNode[h + slot] = child.id;
      }
      h += size;
    }
    t.childStart[id] = c;
    t.childCount[id] = node.next.size;
    for (const code of [...node.next.keys()].sort((a, b) => a - b)) {
      const child = node.next.get(code)!;
      if (id === 0) t.rootChild[code] = child.id;
      t.childCode[c] = code;
      t.childNode[c++] = child.id;
    }
    t.endStart[id] = e;
    t.endCount[id] = node.ends.length;
    for (const end of node.ends) {
      t.endMask[e] = end.mask;
      t.endPrefix[e] = end.prefix ? 1 : 0;
      t.endConceptStart[e] = k;
      t.endConceptCount[e++] = end.concepts.length;
      for (const concept of end.concepts) t.concepts[k++] = concept;
      t.nodeMask[id]! |= end.mask;
    }
  }
  return t;
}

function compile(lexicons: Readonly<Record<string, CueLexicon>>): { phrases: FlatTrie; clitics: FlatTrie; count: number } {
  const root = newNode();
  const seen = new Set<string>();
  for (const [language, lexicon] of Object.entries(lexicons)) {
    const mask = LANGUAGE_BIT.get(language);
    if (mask === undefined) throw new Error(`cue lexicon for unknown language ${language}`);
    CUE_CONCEPTS.forEach((concept, index) => {
      for (const raw of lexicon[concept]) {
        const trimmed = raw.trim();
        const prefix = trimmed.endsWith('*');
        for (const variant of spellings(prefix ? trimmed.slice(0, -1) : trimmed, language)) {
          const term = foldText(variant);
          if (term.length === 0) throw new Error(`empty cue phrase in ${language}.${concept}: ${JSON.stringify(raw)}`);
          insert(root, term, index, mask, prefix);
          seen.add(`${language}\0${term}`);
        }
      }
    });
  }
  const cliticRoot = newNode();
  for (const c of ARABIC_CLITICS) insert(cliticRoot, foldText(c), -1, LANGUAGE_BIT.get('ar')!, false);
  for (const c of HEBREW_CLITICS) insert(cliticRoot, foldText(c), -1, LANGUAGE_BIT.get('he')!, false);
  return { phrases: flatten(root), clitics: flatten(cliticRoot), count: seen.size };
}

const compiled = compile(CUE_LEXICONS);
/** Number of distinct (language, folded phrase) pairs compiled, for tests and the speed script. */
export const CUE_PHRASE_COUNT = compiled.count;

const T = compiled.phrases;
const ROOT_CHILD = T.rootChild;
const CHILD_START = T.childStart;
const CHILD_COUNT = T.childCount;
const CHILD_CODE = T.childCode;
const CHILD_NODE = T.childNode;
const END_START = T.endStart;
const END_COUNT = T.endCount;
const END_MASK = T.endMask;
const END_PREFIX = T.endPrefix;
const END_CONCEPT_START = T.endConceptStart;
const END_CONCEPT_COUNT = T.endConceptCount;
const CONCEPTS = T.concepts;
const NODE_MASK = T.nodeMask;
const HASH_START = T.hashStart;
const HASH_MASK = T.hashMask;
const HASH_CODE = T.hashCode;
const HASH_NODE = T.hashNode;
const C = compiled.clitics;

// ---- Scanning. ----

function childOf(node: number, code: number): number {
  const count = CHILD_COUNT[node]!;
  if (count > LINEAR_LIMIT) {
    const start = HASH_START[node]!;
    const mask = HASH_MASK[node]!;
    for (let slot = code & mask; ; slot = (slot + 1) & mask) {
      const c = HASH_CODE[start + slot]!;
      if (c === code) return HASH_NODE[start + slot]!;
      if (c === EMPTY) return -1;
    }
  }
  for (let i = CHILD_START[node]!, end = i + count; i < end; i++) {
    const c = CHILD_CODE[i]!;
    if (c === code) return CHILD_NODE[i]!;
    if (c > code) return -1;
  }
  return -1;
}

/** Does an end of `node` in force accept the match ending at `j`? */
function accepts(node: number, allowed: number, s: Uint16Array, n: number, j: number): boolean {
  if ((NODE_MASK[node]! & allowed) === 0) return false;
  const boundary = j === n || WORD[s[j]!] === 0 || WORD[s[j - 1]!] === 0;
  for (let e = END_START[node]!, end = e + END_COUNT[node]!; e < end; e++) {
    if ((END_MASK[e]! & allowed) !== 0 && (boundary || END_PREFIX[e] === 1)) return true;
  }
  return false;
}

// The longest phrase found at the current start: its end and node (module state: no allocation per match).
let bestEnd = -1;
let bestNode = -1;

/** Walks the trie from `first` (the node of s[from]) and records the longest accepted phrase, if longer than bestEnd. */
function longest(s: Uint16Array, n: number, from: number, allowed: number, first: number): void {
  let node = first;
  let j = from + 1;
  for (;;) {
    if (j > bestEnd && END_COUNT[node] !== 0 && accepts(node, allowed, s, n, j)) {
      bestEnd = j;
      bestNode = node;
    }
    if (j >= n || CHILD_COUNT[node] === 0) return;
    node = childOf(node, s[j]!);
    if (node < 0) return;
    j++;
  }
}

/** After a clitic prefix (Arabic و ب ل ال, Hebrew ו ה ב ל), the rest of the word may be a phrase. */
function afterClitics(s: Uint16Array, n: number, from: number, allowed: number): void {
  let node = C.rootChild[s[from]!]!;
  let j = from + 1;
  while (node >= 0 && j < n) {
    if (C.endCount[node] !== 0 && (C.nodeMask[node]! & allowed) !== 0 && WORD[s[j]!] === 1) {
      const first = ROOT_CHILD[s[j]!]!;
      if (first >= 0) longest(s, n, j, allowed, first);
    }
    const start = C.childStart[node]!;
    let next = -1;
    for (let i = start, end = start + C.childCount[node]!; i < end; i++) if (C.childCode[i] === s[j]) next = C.childNode[i]!;
    node = next;
    j++;
  }
}

const stamps = new Uint32Array(CUE_CONCEPTS.length);
let generation = 0;

/**
 * The cue concepts (indexes into CUE_CONCEPTS, ascending, without repeats) in a message that is
 * already NFKC-normalised, lower-cased and has its digits replaced by `0` (normalizeForFeatures).
 * Checks the phrases of `language` and of English (buyers mix English words into any language);
 * all languages' when `language` is null or has no lexicon.
 */
export function matchCues(normalizedLowerText: string, language: string | null): number[] {
  const bit = language === null ? undefined : LANGUAGE_BIT.get(language);
  const allowed = bit === undefined ? ALL_LANGUAGES : bit | ENGLISH_BIT;
  const n = foldInto(normalizedLowerText);
  const s = foldedText();
  const found: number[] = [];
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    stamps.fill(0);
    generation = 1;
  }
  // Each start keeps its longest phrase, but only if it reaches past every phrase found before:
  // a phrase inside a longer one ("return" in "return policy", 运费 in 退货运费) adds nothing,
  // while one that overlaps and goes on (退款 after 我要退 in 我要退款) still counts.
  let covered = 0;
  let prevWord = 0;
  for (let i = 0; i < n; i++) {
    const c = s[i]!;
    const word = WORD[c]!;
    if (word === 0 || prevWord === 0) {
      bestEnd = covered;
      bestNode = -1;
      const first = ROOT_CHILD[c]!;
      if (first >= 0) longest(s, n, i, allowed, first);
      if (word === 1 && ((c >= 0x5d0 && c <= 0x5ea) || (c >= 0x620 && c <= 0x64a))) afterClitics(s, n, i, allowed);
      if (bestNode >= 0) {
        const end = bestEnd;
        covered = end;
        const boundary = end === n || WORD[s[end]!] === 0 || WORD[s[end - 1]!] === 0;
        for (let e = END_START[bestNode]!, last = e + END_COUNT[bestNode]!; e < last; e++) {
          if ((END_MASK[e]! & allowed) === 0 || !(boundary || END_PREFIX[e] === 1)) continue;
          for (let k = END_CONCEPT_START[e]!, kEnd = k + END_CONCEPT_COUNT[e]!; k < kEnd; k++) {
            const concept = CONCEPTS[k]!;
            if (stamps[concept] !== generation) {
              stamps[concept] = generation;
              found.push(concept);
            }
          }
        }
      }
    }
    prevWord = word;
  }
  return found.length > 1 ? found.sort((a, b) => a - b) : found;
}

/** The concept ids found, for logs and tests. */
export function matchCueIds(normalizedLowerText: string, language: string | null): string[] {
  return matchCues(normalizedLowerText, language).map((i) => CUE_CONCEPTS[i]!);
}

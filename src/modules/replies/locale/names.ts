import type { LocalePack } from './locale-pack.types.js';
import { hasTitle, parseTitle, type ParsedTitle } from './parse-title.js';

export interface Addressee {
  firstName?: string | null;
  lastName?: string | null;
  /** Full name as one string, when that is all we have (marketplaces). */
  name?: string | null;
  /** Free text as typed by the customer: "Frau Dr.", "Mrs", "Sra.", "女士"… */
  title?: string | null;
}

/** The name pieces a salutation can use; null when unknown. */
export interface NameParts {
  given: string | null;
  family: string | null;
  /** The full name in the locale's order, or whatever single part is known. */
  name: string | null;
  title: ParsedTitle;
}

const MAX_PART = 80;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Lower-case name particles that stay lower-case inside a name ("Ana de la Cruz", "Jan van Dijk"). */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'das', 'dos', 'do', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'y', 'e', 'bin', 'binti', 'bint', 'ibn', 'al', 'el']);

/** Trims, drops control and zero-width characters, and rejects what is not a name (e-mails, "-", digits only). */
export function cleanNamePart(value: string | null | undefined, language: string): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text || text.length > MAX_PART || !/\p{L}/u.test(text) || /@|:\/\//.test(text)) return null;
  return fixCase(text, language);
}

/** "ANNA WEBER" or "anna weber" (as marketplaces and forms deliver them) → "Anna Weber"; mixed case is left alone. */
function fixCase(text: string, language: string): string {
  const upper = text.toLocaleUpperCase(language);
  const lower = text.toLocaleLowerCase(language);
  if (upper === lower || (text !== upper && text !== lower)) return text;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (text === upper && letters.length < 2) return text;
  return lower
    .split(' ')
    .map((word, i) => (i > 0 && PARTICLES.has(word) ? word : word.replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toLocaleUpperCase(language))))
    .join(' ');
}

function joinName(pack: LocalePack, given: string, family: string): string {
  const cjk = CJK.test(given) || CJK.test(family);
  const order = cjk ? pack.nameOrder : (pack.names?.latinOrder ?? pack.nameOrder);
  const separator = CJK.test(given) && CJK.test(family) ? '' : ' ';
  return order === 'family-given' ? family + separator + given : given + separator + family;
}

function callName(pack: LocalePack, given: string): string {
  const words = given.split(' ');
  if (pack.names?.call === 'last-word') return words[words.length - 1]!;
  if (pack.names?.call === 'first-word') return words[0]!;
  return given;
}

/** A plausible given name from a full name: not an initial ("J."), at least two letters. */
function plausibleGiven(word: string | undefined): string | null {
  return word && !/\.$/.test(word) && word.replace(/[^\p{L}]/gu, '').length >= 2 ? word : null;
}

/**
 * The addressee's name pieces as this locale uses them. A title typed into the name field
 * ("Dr. Anna Weber") counts as the title when the title field is empty. Given names are derived
 * from a full name only where the order is certain (first word in given-family locales, last in
 * family-given ones, never for unspaced CJK names); family names are never guessed.
 */
export function nameParts(pack: LocalePack, who: Addressee): NameParts {
  let title = parseTitle(who.title);
  let full = cleanNamePart(who.name, pack.language);
  if (full && !hasTitle(title)) {
    const words = full.split(' ');
    let lead = 0;
    while (lead < words.length - 1 && hasTitle(parseTitle(words[lead]))) lead++;
    if (lead > 0) {
      title = parseTitle(words.slice(0, lead).join(' '));
      full = words.slice(lead).join(' ');
    }
  }
  let given = cleanNamePart(who.firstName, pack.language);
  const family = cleanNamePart(who.lastName, pack.language);
  if (!given && !family && full && full.includes(' ') && !CJK.test(full)) {
    const words = full.split(' ');
    const order = pack.names?.latinOrder ?? pack.nameOrder;
    given = plausibleGiven(order === 'family-given' ? words[words.length - 1] : words[0]);
  }
  const name = given && family ? joinName(pack, given, family) : (full ?? given ?? family);
  return { given: given ? callName(pack, given) : null, family, name, title };
}

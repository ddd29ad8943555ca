import type { Academic, Gender } from './locale-pack.types.js';

/** What a customer's free-text title says, whatever language it was typed in. */
export interface ParsedTitle {
  gender: Gender;
  /** Highest first: ['prof', 'dr'] for "Prof. Dr."; "Dr.-Ing." is a doctorate → ['dr']. */
  academic: Academic[];
}

type Meaning = { gender?: 'female' | 'male' | 'neutral'; academic?: Academic };

const F: Meaning = { gender: 'female' };
const M: Meaning = { gender: 'male' };
const N: Meaning = { gender: 'neutral' };
const DR: Meaning = { academic: 'dr' };
const PROF: Meaning = { academic: 'prof' };
const DR_F: Meaning = { academic: 'dr', gender: 'female' };
const DR_M: Meaning = { academic: 'dr', gender: 'male' };
const PROF_F: Meaning = { academic: 'prof', gender: 'female' };
const MAG: Meaning = { academic: 'mag' };
const MAG_F: Meaning = { academic: 'mag', gender: 'female' };
const ING: Meaning = { academic: 'ing' };

function words(meaning: Meaning, list: string): Array<[string, Meaning]> {
  return list.split(' ').map((w) => [w, meaning]);
}

/**
 * Title words, lower-case and without dots, from every language of the packs (and a few more
 * that buyers type). "Mx", "Sayın", "様" say nothing about gender and are kept as neutral.
 */
const WORDS = new Map<string, Meaning>([
  ...words(F, 'frau fr mrs ms miss mme madame mlle mademoiselle sra señora senora srta señorita senorita dona'),
  ...words(F, 'signora sigra signa signorina mevrouw mevr mw mej juffrouw pani fru fröken frk frøken rouva neiti'),
  ...words(F, 'paní slečna госпожа г-жа пані hanım hanim bayan bayanlar lady dame'),
  ...words(F, 'bà chị cô ibu bu puan cik nyonya nona'),
  ...words(M, 'herr hr mr mister sir m monsieur sr señor senor don dom signor sig sigr meneer dhr heer'),
  ...words(M, 'pan herra господин г-н пан bey bay ông anh bapak pak bpk encik tuan'),
  ...words(N, 'mx sayın sayin kak'),
  ...words(DR, 'dr doctor doktor docteur doutor dott phd dr-ing dring mudr phdr judr rndr'),
  ...words(DR_F, 'dra doctora doutora dottoressa dottssa doktorka'),
  ...words(DR_M, 'dottore'),
  ...words(PROF, 'prof professor professeur profesor'),
  ...words(PROF_F, 'profa profesora professora professoressa profssa profesorka'),
  ...words(MAG, 'mag magister mgr mga'),
  ...words(MAG_F, 'maga magistra'),
  ...words(ING, 'ing dipl-ing dipling di ingenieur inženýr'),
]);

/** Words in scripts without spaces, found anywhere in the title ("王女士" → female). Longest first. */
const EMBEDDED: Array<[string, Meaning]> = [
  ['女士', F], ['小姐', F], ['夫人', F], ['太太', F], ['先生', M], ['博士', DR], ['教授', PROF],
  ['様', N], ['さま', N], ['さん', N], ['殿', N],
  ['씨', N], ['님', N], ['고객님', N], ['여사', F], ['박사', DR], ['교수', PROF],
  ['นางสาว', F], ['น.ส.', F], ['นาง', F], ['นาย', M], ['คุณ', N], ['ดร.', DR], ['ศ.', PROF],
  ['السيدة', F], ['سيدة', F], ['الآنسة', F], ['السيد', M], ['سيد', M], ['الدكتورة', DR_F], ['دكتورة', DR_F],
  ['الدكتور', DR_M], ['دكتور', DR_M], ['د.', DR], ['أ.د.', PROF], ['البروفيسور', PROF], ['الأستاذة', F], ['الأستاذ', M],
  ['גברת', F], ["גב'", F], ['גב׳', F], ['מר', M], ['ד"ר', DR], ['ד״ר', DR], ["פרופ'", PROF], ['פרופ׳', PROF], ['פרופסור', PROF],
];
EMBEDDED.sort((a, b) => b[0].length - a[0].length);

const NO_TITLE: ParsedTitle = Object.freeze({ gender: 'unknown', academic: Object.freeze([]) as unknown as Academic[] });

function lookup(token: string): Meaning[] {
  const bare = token.replace(/[.]/g, '');
  const whole = WORDS.get(bare);
  if (whole) return [whole];
  // "Prof.Dr.", "Dott.ssa" typed without spaces: try the dotted pieces.
  const pieces = token.split('.').filter(Boolean).map((p) => WORDS.get(p));
  if (pieces.length > 1 && pieces.every(Boolean)) return pieces as Meaning[];
  return [];
}

/**
 * Parses a free-text title into gender and academic titles; unknown words are ignored and
 * contradicting genders ("Mr & Mrs") give 'unknown'. Pure.
 * @example parseTitle('Frau Prof. Dr.') // { gender: 'female', academic: ['prof', 'dr'] }
 * @example parseTitle('Sra.')           // { gender: 'female', academic: [] }
 */
export function parseTitle(title: string | null | undefined): ParsedTitle {
  if (!title) return NO_TITLE;
  let rest = title.normalize('NFKC').toLowerCase().slice(0, 80);
  const meanings: Meaning[] = [];
  for (const [word, meaning] of EMBEDDED) {
    if (rest.includes(word)) {
      meanings.push(meaning);
      rest = rest.split(word).join(' ');
    }
  }
  for (const token of rest.split(/[\s,;/&+()]+/)) if (token) meanings.push(...lookup(token));
  const genders = new Set(meanings.map((m) => m.gender).filter((g) => g === 'female' || g === 'male'));
  const academic = new Set(meanings.map((m) => m.academic).filter((a): a is Academic => a !== undefined));
  const gender: Gender = genders.size === 1 ? [...genders][0]! : 'unknown';
  return { gender, academic: (['prof', 'dr', 'mag', 'ing'] as const).filter((a) => academic.has(a)) };
}

/** True when the title told us anything worth saying back. */
export function hasTitle(parsed: ParsedTitle): boolean {
  return parsed.gender !== 'unknown' || parsed.academic.length > 0;
}

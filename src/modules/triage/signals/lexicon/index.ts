import type { TriageLanguage } from '../../intents.js';
import { ar } from './ar.js';
import { cs } from './cs.js';
import { da } from './da.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { he } from './he.js';
import { id } from './id.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { ms } from './ms.js';
import { nl } from './nl.js';
import { no } from './no.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { sv } from './sv.js';
import { th } from './th.js';
import { tr } from './tr.js';
import type { Lexicon } from './types.js';
import { uk } from './uk.js';
import { vi } from './vi.js';
import { zh } from './zh.js';

export type { Lexicon } from './types.js';
export { UNIVERSAL } from './universal.js';

/** One lexicon per triage language (SPEC N3). */
export const LEXICONS: Readonly<Record<TriageLanguage, Lexicon>> = {
  en, zh, ja, ko, es, pt, fr, de, it, nl, pl, sv, da, fi, no, ru, uk, tr, ar, he, th, vi, id, ms, cs,
};

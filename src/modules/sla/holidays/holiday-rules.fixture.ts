import { addDays, daysInMonth, isoDate, weekday, type IsoDate } from './civil-date.js';
import { easterSunday } from './easter.js';

/**
 * Independent rules for the shipped data, keyed by set country and local name: each gives the
 * date the holiday must fall on in a year. The tests compare every shipped entry they cover.
 */
type Rule = (year: number) => IsoDate;

const MON = 1;
const WED = 3;
const THU = 4;

const fixed = (month: number, day: number): Rule => (y) => isoDate(y, month, day);
const easter = (offset: number): Rule => (y) => addDays(easterSunday(y), offset);
/** The n-th given weekday of a month; n = -1 is the last. */
const nth = (month: number, dow: number, n: number): Rule => (y) => {
  const days = Array.from({ length: daysInMonth(y, month) }, (_, i) => isoDate(y, month, i + 1)).filter((d) => weekday(d) === dow);
  return days.at(n > 0 ? n - 1 : n)!;
};

export const RULES: Readonly<Record<string, Readonly<Record<string, Rule>>>> = {
  US: {
    "New Year's Day": fixed(1, 1),
    'Birthday of Martin Luther King, Jr.': nth(1, MON, 3),
    "Washington's Birthday": nth(2, MON, 3),
    'Memorial Day': nth(5, MON, -1),
    'Juneteenth National Independence Day': fixed(6, 19),
    'Independence Day': fixed(7, 4),
    'Labor Day': nth(9, MON, 1),
    'Columbus Day': nth(10, MON, 2),
    'Veterans Day': fixed(11, 11),
    'Thanksgiving Day': nth(11, THU, 4),
    'Black Friday': (y) => addDays(nth(11, THU, 4)(y), 1),
    'Cyber Monday': (y) => addDays(nth(11, THU, 4)(y), 4),
    'Christmas Day': fixed(12, 25),
  },
  GB: {
    "New Year's Day": fixed(1, 1),
    'Good Friday': easter(-2),
    'Easter Monday': easter(1),
    'Early May bank holiday': nth(5, MON, 1),
    'Spring bank holiday': nth(5, MON, -1),
    'Summer bank holiday': nth(8, MON, -1),
    'Christmas Day': fixed(12, 25),
    'Boxing Day': fixed(12, 26),
  },
  'GB-SCT': {
    "New Year's Day": fixed(1, 1),
    '2nd January': fixed(1, 2),
    'Good Friday': easter(-2),
    'Early May bank holiday': nth(5, MON, 1),
    'Spring bank holiday': nth(5, MON, -1),
    'Summer bank holiday': nth(8, MON, 1),
    "St Andrew's Day": fixed(11, 30),
    'Christmas Day': fixed(12, 25),
    'Boxing Day': fixed(12, 26),
  },
  'GB-NIR': {
    "New Year's Day": fixed(1, 1),
    "St Patrick's Day": fixed(3, 17),
    'Good Friday': easter(-2),
    'Easter Monday': easter(1),
    'Early May bank holiday': nth(5, MON, 1),
    'Spring bank holiday': nth(5, MON, -1),
    'Battle of the Boyne (Orangemen\'s Day)': fixed(7, 12),
    'Summer bank holiday': nth(8, MON, -1),
    'Christmas Day': fixed(12, 25),
    'Boxing Day': fixed(12, 26),
  },
  DE: {
    Neujahr: fixed(1, 1),
    'Heilige Drei Könige': fixed(1, 6),
    'Internationaler Frauentag': fixed(3, 8),
    Karfreitag: easter(-2),
    Ostersonntag: easter(0),
    Ostermontag: easter(1),
    'Tag der Arbeit': fixed(5, 1),
    'Christi Himmelfahrt': easter(39),
    Pfingstsonntag: easter(49),
    Pfingstmontag: easter(50),
    Fronleichnam: easter(60),
    'Mariä Himmelfahrt': fixed(8, 15),
    Weltkindertag: fixed(9, 20),
    'Tag der Deutschen Einheit': fixed(10, 3),
    Reformationstag: fixed(10, 31),
    Allerheiligen: fixed(11, 1),
    // The Wednesday before 23 November (the last Wednesday before the last Sunday of the church year).
    'Buß- und Bettag': (y) => [16, 17, 18, 19, 20, 21, 22].map((d) => isoDate(y, 11, d)).find((d) => weekday(d) === WED)!,
    Heiligabend: fixed(12, 24),
    '1. Weihnachtstag': fixed(12, 25),
    '2. Weihnachtstag': fixed(12, 26),
    Silvester: fixed(12, 31),
  },
  FR: {
    "Jour de l'an": fixed(1, 1),
    'Vendredi saint': easter(-2),
    'Lundi de Pâques': easter(1),
    'Fête du Travail': fixed(5, 1),
    'Victoire 1945': fixed(5, 8),
    Ascension: easter(39),
    'Lundi de Pentecôte': easter(50),
    'Fête nationale': fixed(7, 14),
    Assomption: fixed(8, 15),
    Toussaint: fixed(11, 1),
    'Armistice 1918': fixed(11, 11),
    Noël: fixed(12, 25),
    'Saint-Étienne': fixed(12, 26),
  },
  JP: {
    元日: fixed(1, 1),
    成人の日: nth(1, MON, 2),
    建国記念の日: fixed(2, 11),
    天皇誕生日: fixed(2, 23),
    昭和の日: fixed(4, 29),
    憲法記念日: fixed(5, 3),
    みどりの日: fixed(5, 4),
    こどもの日: fixed(5, 5),
    海の日: nth(7, MON, 3),
    山の日: fixed(8, 11),
    敬老の日: nth(9, MON, 3),
    スポーツの日: nth(10, MON, 2),
    文化の日: fixed(11, 3),
    勤労感謝の日: fixed(11, 23),
  },
};

/** Holidays every set of a country must contain (by local name), in every year. */
export const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  US: Object.keys(RULES.US!),
  GB: Object.keys(RULES.GB!),
  'GB-SCT': Object.keys(RULES['GB-SCT']!),
  'GB-NIR': Object.keys(RULES['GB-NIR']!).filter((n) => !n.startsWith('Battle')), // on a Sunday only its substitute is listed
  DE: Object.keys(RULES.DE!),
  FR: Object.keys(RULES.FR!),
  JP: [...Object.keys(RULES.JP!), '春分の日', '秋分の日'],
  CN: ['元旦', '春节（除夕）', '春节（正月初一）', '春节（正月初二）', '春节（正月初三）', '清明节', '劳动节', '端午节', '中秋节', '国庆节'],
};

/** Dates that need a lunar calendar or an astronomical almanac, as published. */
export const PUBLISHED: ReadonlyArray<[country: string, localName: string, date: IsoDate]> = [
  ['CN', '春节（正月初一）', '2026-02-17'],
  ['CN', '春节（正月初一）', '2027-02-06'],
  ['CN', '清明节', '2026-04-05'],
  ['CN', '清明节', '2027-04-05'],
  ['CN', '端午节', '2026-06-19'],
  ['CN', '端午节', '2027-06-09'],
  ['CN', '中秋节', '2026-09-25'],
  ['CN', '中秋节', '2027-09-15'],
  ['JP', '春分の日', '2026-03-20'],
  ['JP', '秋分の日', '2026-09-23'],
  ['JP', '春分の日', '2027-03-21'],
  ['JP', '秋分の日', '2027-09-23'],
];

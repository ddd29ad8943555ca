// Month names and abbreviations in the 25 triage languages (lower case, no trailing dot), with the
// declined forms dates use ("20 ноября", "20 listopada", "20. marraskuuta", "20 de noviembre").
// Abbreviations that are everyday words elsewhere ("ago", "set", "out", "gen", "lip", "sie", "des") are left out.

const MONTHS: ReadonlyArray<readonly [number, string]> = [
  // en
  [1, 'january jan'], [2, 'february feb'], [3, 'march mar'], [4, 'april apr'], [5, 'may'], [6, 'june jun'],
  [7, 'july jul'], [8, 'august aug'], [9, 'september sep sept'], [10, 'october oct'], [11, 'november nov'],
  [12, 'december dec'],
  // de
  [1, 'januar jänner jän'], [2, 'februar'], [3, 'märz mär mrz maerz'], [5, 'mai'], [6, 'juni'], [7, 'juli'],
  [10, 'oktober okt'], [12, 'dezember dez'],
  // fr
  [1, 'janvier janv'], [2, 'février fevrier févr fevr'], [3, 'mars'], [4, 'avril avr'], [6, 'juin'],
  [7, 'juillet juil'], [8, 'août aout'], [9, 'septembre'], [10, 'octobre'], [11, 'novembre'],
  [12, 'décembre decembre déc'],
  // es
  [1, 'enero ene'], [2, 'febrero'], [3, 'marzo'], [4, 'abril abr'], [5, 'mayo'], [6, 'junio'], [7, 'julio'],
  [8, 'agosto'], [9, 'septiembre setiembre'], [10, 'octubre'], [11, 'noviembre'], [12, 'diciembre dic'],
  // pt
  [1, 'janeiro'], [2, 'fevereiro fev'], [3, 'março marco'], [5, 'maio'], [6, 'junho'], [7, 'julho'],
  [9, 'setembro'], [10, 'outubro'], [11, 'novembro'], [12, 'dezembro'],
  // it
  [1, 'gennaio'], [2, 'febbraio'], [4, 'aprile'], [5, 'maggio mag'], [6, 'giugno giu'], [7, 'luglio lug'],
  [9, 'settembre'], [10, 'ottobre ott'], [12, 'dicembre'],
  // nl
  [1, 'januari'], [2, 'februari'], [3, 'maart mrt'], [5, 'mei'], [8, 'augustus'],
  // pl (nominative and genitive)
  [1, 'styczeń stycznia sty'], [2, 'luty lutego lut'], [3, 'marzec marca'], [4, 'kwiecień kwietnia kwi'],
  [5, 'maj maja'], [6, 'czerwiec czerwca cze'], [7, 'lipiec lipca'], [8, 'sierpień sierpnia'],
  [9, 'wrzesień września wrz'], [10, 'październik października paź'], [11, 'listopad listopada lis'],
  [12, 'grudzień grudnia gru'],
  // sv, da, no
  [3, 'marts'], [8, 'augusti'], [12, 'desember'],
  // fi (nominative and partitive)
  [1, 'tammikuu tammikuuta'], [2, 'helmikuu helmikuuta'], [3, 'maaliskuu maaliskuuta'],
  [4, 'huhtikuu huhtikuuta'], [5, 'toukokuu toukokuuta'], [6, 'kesäkuu kesäkuuta'], [7, 'heinäkuu heinäkuuta'],
  [8, 'elokuu elokuuta'], [9, 'syyskuu syyskuuta'], [10, 'lokakuu lokakuuta'], [11, 'marraskuu marraskuuta'],
  [12, 'joulukuu joulukuuta'],
  // ru (genitive, nominative, abbreviations)
  [1, 'января январь янв'], [2, 'февраля февраль фев'], [3, 'марта март мар'], [4, 'апреля апрель апр'],
  [5, 'мая май'], [6, 'июня июнь июн'], [7, 'июля июль июл'], [8, 'августа август авг'],
  [9, 'сентября сентябрь сен сент'], [10, 'октября октябрь окт'], [11, 'ноября ноябрь ноя нояб'],
  [12, 'декабря декабрь дек'],
  // uk
  [1, 'січня січень'], [2, 'лютого лютий'], [3, 'березня березень'], [4, 'квітня квітень'], [5, 'травня травень'],
  [6, 'червня червень'], [7, 'липня липень'], [8, 'серпня серпень'], [9, 'вересня вересень'],
  [10, 'жовтня жовтень'], [11, 'листопада листопад'], [12, 'грудня грудень'],
  // tr
  [1, 'ocak'], [2, 'şubat subat'], [3, 'mart'], [4, 'nisan'], [5, 'mayıs mayis'], [6, 'haziran'],
  [7, 'temmuz'], [8, 'ağustos agustos'], [9, 'eylül eylul'], [10, 'ekim'], [11, 'kasım kasim'],
  [12, 'aralık aralik'],
  // ar (Gregorian names as in Egypt and the Gulf, and the Levantine ones)
  [1, 'يناير كانون_الثاني'], [2, 'فبراير شباط'], [3, 'مارس آذار'], [4, 'أبريل ابريل إبريل نيسان'],
  [5, 'مايو أيار'], [6, 'يونيو حزيران'], [7, 'يوليو تموز'], [8, 'أغسطس اغسطس آب'], [9, 'سبتمبر أيلول'],
  [10, 'أكتوبر اكتوبر تشرين_الأول تشرين_الاول'], [11, 'نوفمبر تشرين_الثاني'],
  [12, 'ديسمبر كانون_الأول كانون_الاول'],
  // he (a leading ב, "in", is stripped before the look-up)
  [1, 'ינואר'], [2, 'פברואר'], [3, 'מרץ מרס'], [4, 'אפריל'], [5, 'מאי'], [6, 'יוני'], [7, 'יולי'],
  [8, 'אוגוסט'], [9, 'ספטמבר'], [10, 'אוקטובר'], [11, 'נובמבר'], [12, 'דצמבר'],
  // th (full names and the dotted abbreviations)
  [1, 'มกราคม ม.ค'], [2, 'กุมภาพันธ์ ก.พ'], [3, 'มีนาคม มี.ค'], [4, 'เมษายน เม.ย'], [5, 'พฤษภาคม พ.ค'],
  [6, 'มิถุนายน มิ.ย'], [7, 'กรกฎาคม ก.ค'], [8, 'สิงหาคม ส.ค'], [9, 'กันยายน ก.ย'], [10, 'ตุลาคม ต.ค'],
  [11, 'พฤศจิกายน พ.ย'], [12, 'ธันวาคม ธ.ค'],
  // id, ms
  [3, 'maret mac'], [7, 'julai'], [8, 'agustus agu agt ogos'], [12, 'desember disember'],
  // cs (genitive and nominative)
  [1, 'ledna leden'], [2, 'února únor'], [3, 'března březen'], [4, 'dubna duben'], [5, 'května květen'],
  [6, 'června červen'], [7, 'července červenec'], [8, 'srpna srpen'], [9, 'září'], [10, 'října říjen'],
  [11, 'listopadu'], [12, 'prosince prosinec'],
];

const BY_NAME = new Map<string, number>();
for (const [month, names] of MONTHS) {
  for (const name of names.split(' ')) BY_NAME.set(name.replace('_', ' '), month);
}

/** English words that are month names only when capitalised ("I may 5 times", "march 3 miles"). */
const CAPITALISED_ONLY = new Set(['may', 'march', 'mar']);

/**
 * 1–12 for a month name or abbreviation in any triage language (any case, trailing dots ignored), else 0.
 * "may", "march" and "mar" count only when capitalised.
 */
export function monthFromName(word: string): number {
  let w = word.toLowerCase();
  if (CAPITALISED_ONLY.has(w.replace(/\.$/, '')) && word[0] === w[0]) return 0;
  while (w.endsWith('.')) w = w.slice(0, -1);
  const hit = BY_NAME.get(w);
  if (hit) return hit;
  if (w.length > 3 && w.charCodeAt(0) === 0x05d1) return BY_NAME.get(w.slice(1)) ?? 0; // Hebrew ב־
  return 0;
}

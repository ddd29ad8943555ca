// The postal operator behind a UPU S10 identifier's country suffix, and the suffixes that are countries.

const OPERATORS: Readonly<Record<string, string>> = {
  CN: 'china-post',
  US: 'usps',
  GB: 'royal-mail',
  DE: 'deutsche-post',
  FR: 'la-poste',
  JP: 'japan-post',
  KR: 'korea-post',
  NL: 'postnl',
  ES: 'correos',
  IT: 'poste-italiane',
  RU: 'russian-post',
  UA: 'ukrposhta',
  PL: 'poczta-polska',
  SE: 'postnord',
  DK: 'postnord',
  FI: 'posti',
  NO: 'posten',
  TR: 'ptt',
  IL: 'israel-post',
  TH: 'thailand-post',
  VN: 'vnpost',
  ID: 'pos-indonesia',
  MY: 'pos-malaysia',
  CZ: 'ceska-posta',
  AU: 'australia-post',
  CA: 'canada-post',
  CH: 'swiss-post',
  AT: 'austrian-post',
  BE: 'bpost',
  PT: 'ct-correios',
};

/** ISO 3166-1 alpha-2 (plus XK): an S10 suffix outside this set is not an S10 identifier. */
const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
    'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
    'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
    'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
    'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

export function isS10Country(cc: string): boolean {
  return COUNTRIES.has(cc);
}

/** `china-post`, `usps`, … or `upu-<cc>` for operators without a slug of their own. */
export function s10Operator(cc: string): string {
  return OPERATORS[cc] ?? `upu-${cc.toLowerCase()}`;
}

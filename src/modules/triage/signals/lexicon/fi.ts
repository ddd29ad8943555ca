import type { Lexicon } from './types.js';

/** Finnish (stems with `*` cover the case endings). */
export const fi: Lexicon = {
  risk: {
    chargeback: [
      'chargeback', 'takaisinveloit*', 'takaisinperin*', 'maksun peruutus pankin kautta', 'pankin kautta takaisin',
      'soitan pankkiin', 'soitan pankkiini', 'otan yhteyttä pankkiin', 'otan yhteyttä pankkiini', 'yhteyttä pankkiini',
      'reklamoin pankkiin', 'reklamaatio pankkiin', 'reklamaation pankkiin', 'korttiyhtiö*', 'luottokorttiyhtiö*',
      'pankki palauttaa', 'kiistän maksun', 'kiistää maksun', 'kiistän veloituksen',
    ],
    payment_dispute: [
      'riita*', 'riidan', 'paypal-riita*', 'kiista*', 'kiistan', 'paypal-kiista*', 'avaan riidan', 'avasin riidan',
      'riidan paypalissa', 'valitus paypaliin', 'valituksen paypaliin', 'reklamaatio paypaliin', 'reklamoin paypaliin',
      'tapaus paypalissa', 'paypal-tapaus', 'vaatimus paypalissa', 'paypal-vaatimus', 'haen ostajansuojaa', 'ostajansuojan kautta', 'ostajansuojavaatimu*',
    ],
    atoz_claim: [
      'a-z-takuu*', 'a-to-z-takuu*', 'a:sta z:aan', 'a:sta ö:hön', 'a-ö-takuu*', 'amazonin takuu*', 'amazonin a-z',
      'vaatimus amazonille', 'valitus amazonille', 'amazonin kautta vaatimus',
    ],
    legal_threat: [
      'asianajaja*', 'lakimie*', 'juristi*', 'oikeuteen', 'oikeudessa', 'oikeusteitse', 'käräjä*', 'haastan oikeuteen',
      'haastehakemu*', 'kuluttajaneuvonta*', 'kuluttajaneuvontaan', 'kuluttajariitalautakunta*', 'kuluttajaviranomai*',
      'kilpailu- ja kuluttajavirasto*', 'kkv', 'kuluttaja-asiamie*', 'poliisi*', 'rikosilmoitu*', 'oikeustoim*',
      'oikeudellisiin toimiin', 'oikeudelliset toimet', 'kuluttajansuoja*',
    ],
    scam_accusation: [
      'huijau*', 'huijari*', 'huijattu*', 'huijasitte', 'huijaatte', 'huijaus*', 'petos*', 'petturi*', 'valeverkkokauppa*',
      'feikkikauppa*', 'huijauskauppa*', 'huijaussivu*', 'varkaat', 'varas', 'varkaita', 'varastitte', 'ryöstö*',
      'kusetus', 'kusettaa', 'kusetettu', 'epärehellinen*', 'rosvo*',
    ],
    bad_review_threat: [
      'huono arvostelu', 'huonon arvostelun', 'negatiivinen arvostelu', 'negatiivisen arvostelun', 'huonon palautteen',
      'huono palaute', 'negatiivinen palaute', 'negatiivista palautetta', 'yksi tähti', 'yhden tähden', 'nolla tähteä',
      'trustpilotiin', 'sosiaalinen media', 'sosiaalisessa mediassa', 'somessa', 'someen', 'varoitan muita',
      'varoittaa muita', 'kerron kaikille', 'huonoa mainosta',
    ],
    repeated_contact: [
      'kolmannen kerran', 'jo toisen kerran', 'kirjoitan toisen kerran', 'neljännen kerran', 'jo monta kertaa',
      'kirjoittanut monta kertaa', 'kysynyt monta kertaa', 'jo useita kertoja', 'jo useamman kerran', 'jo monesti', 'jo kahdesti', 'jo kolmesti', 'kirjoitan uudelleen', 'kirjoitan taas', 'kysyn uudelleen', 'kysyn taas',
      'olen jo kirjoittanut', 'jo kirjoittanut', 'jo lähettänyt', 'jo kysynyt', 'jo ottanut yhteyttä', 'edelleen ei vastausta', 'vieläkään vastausta', 'eikä vastausta',
      'ei vastausta', 'ei ole vastattu', 'kukaan ei vastaa', 'ei kukaan vastaa', 'ette vastaa', 'kuinka monta kertaa',
      'muistutus', 'edelliseen viestiini',
    ],
  },
  neutral: ['hyvää päivää', 'hyvää huomenta', 'hyvää iltaa'],
  positive: [
    'kiitos paljon', 'suuret kiitokset', 'hyvä', 'hyvin', 'todella hyvä', 'loistava', 'loistavaa', 'erinomainen',
    'erinomaista', 'mahtava', 'mahtavaa', 'upea', 'upeaa', 'täydellinen', 'tyytyväinen', 'iloinen', 'nopea toimitus',
    'suosittelen', 'kiva', 'kivaa', 'ihana', 'ihanaa', 'huippu', 'super', 'hieno', 'hienoa',
  ],
  negative: [
    'huono', 'huonoa', 'huonosti', 'surkea', 'surkeaa', 'kamala', 'kamalaa', 'hirveä', 'hirveää', 'pettynyt',
    'pettymys', 'vihainen', 'suuttunut', 'ärsyttävää', 'ärsyttää', 'törkeää', 'törkeä', 'skandaali', 'rikki',
    'rikkinäinen', 'viallinen', 'vaurioitunut', 'myöhässä', 'ongelma', 'ongelmia', 'paska', 'roskaa', 'turha',
    'tyytymätön', 'ei ikinä enää', 'naurettava', 'naurettavaa', 'katastrofi', 'kelvoton', 'ala-arvoinen', 'ala-arvoista',
  ],
  negators: ['ei', 'en', 'et', 'emme', 'ette', 'eivät', 'eikä', 'ilman'],
  intensifiers: [
    'todella', 'tosi', 'erittäin', 'aivan', 'ihan', 'täysin', 'niin', 'liian', 'äärimmäisen', 'uskomattoman', 'super',
  ],
  polite: ['kiitos', 'kiitoksia', 'kiitos etukäteen', 'kiitti', 'kiitos jo etukäteen'],
};

import type { Lexicon } from './types.js';

/** Swedish. */
export const sv: Lexicon = {
  risk: {
    chargeback: [
      'chargeback', 'bestrida köpet', 'bestrider köpet', 'bestrida betalningen', 'bestrida debiteringen',
      'bestrida transaktionen', 'reklamera köpet hos banken', 'reklamera hos banken', 'reklamation hos banken',
      'reklamera via banken', 'reklamera via kortet', 'reklamera kortköpet', 'kortutgivaren', 'kontakta min bank',
      'ringa min bank', 'ringer min bank', 'kontaktar min bank', 'återkräva pengarna', 'spärra betalningen',
    ],
    payment_dispute: [
      'tvist*', 'paypal-tvist', 'öppna en tvist', 'öppnat en tvist', 'tvist hos paypal', 'tvist via paypal',
      'ärende hos paypal', 'ärende i paypal', 'paypal-ärende', 'anmälan till paypal', 'krav hos paypal',
      'bestrida fakturan', 'bestrider fakturan', 'ärende hos klarna', 'klarna-ärende', 'bestrida köpet', 'bestrida betalningen',
    ],
    atoz_claim: [
      'a-till-ö-garanti*', 'a till ö-garanti*', 'a-till-ö garanti*', 'a till ö garanti*', 'a-till-ö', 'a-till-z-garanti*',
      'a-z-garanti*', 'amazon-garantin', 'amazons garanti', 'krav hos amazon', 'anmäla till amazon',
    ],
    legal_threat: [
      'advokat*', 'jurist*', 'stämma er', 'stämma dig', 'stämma företaget', 'stämmer er', 'stämning', 'domstol*',
      'tingsrätt*', 'rättsliga åtgärder', 'rättsligt', 'juridiska åtgärder', 'polisanmälan', 'polisanmäla', 'polisanmäler',
      'polisen', 'konsumentverket', 'arn', 'allmänna reklamationsnämnden', 'reklamationsnämnden', 'konsumentvägledare*',
      'konsument europa', 'kronofogden', 'hallå konsument', 'konsumentköplagen',
    ],
    scam_accusation: [
      'bedrägeri*', 'bedragare', 'bedragen', 'bedra', 'lurad', 'lurade', 'lurendrejare', 'lurendrejeri', 'blev blåst',
      'blåst på pengar', 'svindel*', 'svindlare', 'tjuvar', 'tjuv', 'stöld', 'bluff*', 'falsk butik', 'fejkbutik',
      'oseriös*', 'skojare', 'skurkar',
    ],
    bad_review_threat: [
      'dålig recension', 'dåliga recensioner', 'negativ recension', 'dåligt omdöme', 'negativt omdöme', 'dåligt betyg',
      'en stjärna', '1 stjärna', 'noll stjärnor', 'på trustpilot', 'sociala medier', 'varna andra', 'varna alla', 'hänga ut',
      'dålig reklam', 'på reco',
    ],
    repeated_contact: [
      'tredje gången', 'andra gången jag', 'för andra gången', 'fjärde gången', 'mejlat flera gånger',
      'skrivit flera gånger', 'frågat flera gånger', 'redan flera gånger', 'upprepade gånger', 'ännu en gång',
      'skriver igen', 'mejlar igen', 'frågar igen', 'redan mejlat', 'redan skrivit', 'redan skickat', 'redan kontaktat',
      'redan frågat', 'fortfarande inget svar', 'inget svar', 'inga svar', 'ingen svarar', 'inget svar än',
      'hur många gånger', 'påminnelse', 'mitt förra mejl', 'mitt tidigare mejl',
    ],
  },
  positive: [
    'tack så mycket', 'tusen tack', 'stort tack', 'bra', 'jättebra', 'toppen', 'super', 'perfekt', 'utmärkt', 'fantastisk*',
    'underbar*', 'nöjd', 'nöjda', 'glad', 'glada', 'snabb leverans', 'rekommenderar', 'grym', 'grymt', 'härlig', 'härligt',
    'fin', 'fint', 'älskar', 'kanon', 'kanonbra',
  ],
  negative: [
    'dålig', 'dåligt', 'dåliga', 'sämst', 'sämsta', 'hemsk', 'hemskt', 'fruktansvärd*', 'besviken', 'besvikna',
    'besvikelse', 'arg', 'förbannad', 'irriterad', 'oacceptabelt', 'oacceptabel', 'skandal*', 'pinsamt', 'trasig',
    'trasigt', 'trasiga', 'skadad', 'skadat', 'defekt', 'försenad', 'försening', 'problem', 'skit', 'skräp', 'värdelös*',
    'missnöjd', 'aldrig mer', 'löjligt', 'katastrof',
  ],
  negators: ['inte', 'ej', 'ingen', 'inget', 'inga', 'aldrig', 'utan', 'varken'],
  intensifiers: ['mycket', 'väldigt', 'jätte', 'riktigt', 'otroligt', 'extremt', 'så', 'helt', 'totalt', 'verkligen', 'för'],
  polite: ['tack', 'tack på förhand', 'tackar'],
};

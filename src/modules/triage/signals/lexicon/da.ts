import type { Lexicon } from './types.js';

/** Danish. */
export const da: Lexicon = {
  risk: {
    chargeback: [
      'chargeback', 'tilbageførsel', 'tilbageføre betalingen', 'tilbageføre beløbet', 'tilbageføre', 'gøre indsigelse',
      'indsigelse hos banken', 'indsigelse mod betalingen', 'indsigelse på kortet', 'indsigelse via banken', 'kortudsteder*',
      'kontakte min bank', 'ringe til min bank', 'ringer til min bank', 'pengene tilbage via banken',
    ],
    payment_dispute: [
      'tvist', 'paypal-tvist', 'åbne en tvist', 'åbnet en tvist', 'sag hos paypal', 'sag via paypal', 'krav hos paypal',
      'klage hos paypal', 'klage til paypal', 'indsigelse hos paypal', 'løsningscenter', 'sag i paypal',
    ],
    atoz_claim: [
      'a-til-z-garanti*', 'a til z garanti*', 'a-til-z garanti*', 'a-til-å-garanti*', 'a-z-garanti*', 'amazons garanti',
      'krav hos amazon', 'klage til amazon',
    ],
    legal_threat: [
      'advokat*', 'jurist', 'sagsøge', 'sagsøger', 'retssag', 'gå til retten', 'i retten', 'for retten', 'domstol*', 'retslige skridt', 'juridiske skridt',
      'politiet', 'politianmeldelse', 'politianmelde', 'anmelde jer', 'forbrugerrådet', 'forbrugerombudsmanden',
      'forbrugerklagenævnet', 'nævnenes hus', 'forbrug europa', 'forbrugerstyrelsen', 'småsag', 'fogedretten',
    ],
    scam_accusation: [
      'svindel', 'svindlere', 'svindler', 'snyd', 'snydt', 'snyder', 'fupbutik', 'fup', 'falsk butik', 'bedrageri',
      'bedragere', 'tyveri', 'plattenslagere', 'lurendrejeri', 'svindelbutik', 'uærlig*', 'røveri',
    ],
    bad_review_threat: [
      'dårlig anmeldelse', 'negativ anmeldelse', 'dårlige anmeldelser', 'dårlig omtale', 'negativ omtale', 'én stjerne',
      '1 stjerne', 'en stjerne', 'nul stjerner', 'på trustpilot', 'sociale medier', 'advare andre', 'advare alle',
      'hænge jer ud', 'dårligt feedback', 'dårlig feedback',
    ],
    repeated_contact: [
      'tredje gang', 'anden gang jeg', 'for anden gang', 'fjerde gang', 'skrevet flere gange', 'flere gange nu',
      'gentagne gange', 'endnu en gang', 'igen og igen', 'skriver igen', 'allerede skrevet', 'allerede sendt',
      'allerede kontaktet', 'allerede spurgt', 'stadig intet svar', 'stadig ingen svar', 'intet svar', 'ingen svar',
      'ingen svarer', 'hvor mange gange', 'rykker igen', 'rykker for', 'påmindelse', 'min tidligere mail',
    ],
  },
  neutral: ['god dag', 'god weekend'],
  positive: [
    'tusind tak', 'rigtig god', 'super', 'perfekt', 'fantastisk', 'fremragende', 'glad', 'tilfreds', 'meget tilfreds',
    'hurtig levering', 'anbefale*', 'fedt', 'dejlig', 'dejligt', 'elsker', 'fin', 'fint', 'godt',
    'skøn', 'skønt',
  ],
  negative: [
    'dårlig', 'dårligt', 'dårlige', 'elendig*', 'forfærdelig*', 'frygtelig*', 'skuffet', 'skuffende', 'skuffelse',
    'vred', 'irriteret', 'uacceptabelt', 'uacceptabel', 'skandale', 'pinligt', 'ødelagt', 'i stykker', 'defekt',
    'beskadiget', 'forsinket', 'forsinkelse', 'problem', 'lort', 'skrald', 'ubrugelig*', 'utilfreds', 'aldrig igen',
    'latterligt', 'katastrofe',
  ],
  negators: ['ikke', 'ingen', 'intet', 'aldrig', 'uden', 'hverken'],
  intensifiers: ['meget', 'virkelig', 'rigtig', 'helt', 'totalt', 'utroligt', 'ekstremt', 'så', 'for', 'vildt'],
  polite: ['tak', 'mange tak', 'på forhånd tak', 'tak for hjælpen'],
};

import type { Lexicon } from './types.js';

/** Norwegian (Bokmål, with common Nynorsk forms). */
export const no: Lexicon = {
  risk: {
    chargeback: [
      'chargeback', 'tilbakeføring', 'tilbakeføre', 'tilbakeføre betalingen', 'reklamere til banken',
      'reklamasjon til banken', 'reklamere via banken', 'kontakte banken min', 'ringe banken', 'ringe til banken',
      'bestride transaksjonen', 'bestride betalingen', 'innsigelse', 'kortutsteder*',
    ],
    payment_dispute: [
      'tvist', 'paypal-tvist', 'åpne en tvist', 'åpnet en tvist', 'sak hos paypal', 'krav hos paypal', 'klage til paypal',
      'klage hos paypal', 'løsningssenter', 'sak i paypal', 'krav i paypal', 'sak hos klarna',
    ],
    atoz_claim: [
      'a-til-å-garanti*', 'a til å garanti*', 'a-til-å garanti*', 'a-til-z-garanti*', 'a-z-garanti*', 'amazons garanti',
      'krav hos amazon', 'klage til amazon',
    ],
    legal_threat: [
      'advokat*', 'jurist', 'saksøke', 'saksøker', 'søksmål', 'rettssak', 'gå til retten', 'i retten', 'for retten', 'domstol*', 'forliksrådet',
      'forliksråd*', 'rettslige skritt', 'juridiske skritt', 'politiet', 'politianmeldelse', 'politianmelde',
      'anmelde dere', 'forbrukerrådet', 'forbrukertilsynet', 'forbrukerklageutvalget', 'forbruker europa',
      'forbrukerkjøpsloven',
    ],
    scam_accusation: [
      'svindel', 'svindlere', 'svindler', 'svindlet', 'lurt', 'lurte meg', 'lureri', 'bedrageri', 'bedragere', 'tyveri',
      'tyver', 'useriøs*', 'falsk nettbutikk', 'svindelbutikk', 'snytt', 'svindelside', 'kjeltringer',
    ],
    bad_review_threat: [
      'dårlig anmeldelse', 'negativ anmeldelse', 'dårlige anmeldelser', 'dårlig omtale', 'negativ omtale', 'én stjerne',
      'en stjerne', '1 stjerne', 'null stjerner', 'på trustpilot', 'sosiale medier', 'advare andre', 'advare alle',
      'henge dere ut', 'dårlig tilbakemelding', 'negativ tilbakemelding',
    ],
    repeated_contact: [
      'tredje gang', 'andre gang jeg', 'for andre gang', 'fjerde gang', 'skrevet flere ganger', 'flere ganger nå',
      'gjentatte ganger', 'enda en gang', 'igjen og igjen', 'skriver igjen', 'allerede skrevet', 'allerede sendt',
      'allerede kontaktet', 'allerede spurt', 'fortsatt ikke svar', 'fortsatt ingen svar', 'fremdeles ingen svar',
      'ikke fått svar', 'ingen svar', 'ingen svarer', 'hvor mange ganger', 'purring', 'purrer', 'påminnelse',
    ],
  },
  positive: [
    'tusen takk', 'bra', 'veldig bra', 'kjempebra', 'supert', 'super', 'perfekt', 'fantastisk', 'utmerket', 'glad',
    'fornøyd', 'veldig fornøyd', 'rask levering', 'anbefale*', 'flott', 'fin', 'fint', 'digg', 'elsker', 'topp',
  ],
  negative: [
    'dårlig', 'dårlige', 'elendig*', 'forferdelig*', 'fryktelig*', 'skuffet', 'skuffende', 'skuffelse', 'sint',
    'irritert', 'forbanna', 'uakseptabelt', 'uakseptabel', 'skandale', 'flaut', 'ødelagt', 'i stykker', 'defekt', 'skadet',
    'forsinket', 'forsinkelse', 'problem', 'dritt', 'søppel', 'ubrukelig*', 'misfornøyd', 'aldri igjen', 'latterlig',
    'katastrofe',
  ],
  negators: ['ikke', 'ingen', 'intet', 'ingenting', 'aldri', 'uten', 'verken', 'ikkje'],
  intensifiers: ['veldig', 'kjempe', 'svært', 'virkelig', 'helt', 'totalt', 'utrolig', 'ekstremt', 'så', 'for'],
  polite: ['takk', 'på forhånd takk', 'mange takk', 'takk for hjelpen'],
};

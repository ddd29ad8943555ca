import type { Lexicon } from './types.js';

/** Dutch (Netherlands, Flanders). */
export const nl: Lexicon = {
  risk: {
    chargeback: [
      'terugboeking', 'terugboeken', 'laten terugboeken', 'terug laten boeken', 'storneren', 'stornering', 'storneer',
      'incasso storneren', 'bank inschakelen', 'mijn bank inschakelen', 'mijn bank bellen', 'bel mijn bank',
      'contact opnemen met mijn bank', 'via mijn bank', 'via de bank terug', 'creditcardmaatschappij',
      'creditcardbedrijf', 'betaling terugdraaien', 'betaling laten terugdraaien', 'chargeback',
    ],
    payment_dispute: [
      'geschil*', 'paypal-geschil', 'paypal geschil', 'geschil openen', 'geschil geopend', 'een geschil', 'claim bij paypal',
      'melding bij paypal', 'melding maken bij paypal', 'klacht bij paypal', 'zaak bij paypal', 'oplossingscentrum',
      'afhandeling via paypal', 'kopersbescherming aanvragen', 'beroep doen op kopersbescherming', 'geschil bij klarna',
      'klarna geschil', 'betwisten', 'betwist',
    ],
    atoz_claim: [
      'a-tot-z-garantie', 'a-tot-z garantie', 'a tot z garantie', 'a-tot-z', 'garantie van a tot z', 'a-z-garantie',
      'claim bij amazon', 'amazon garantie', 'melding bij amazon', 'klacht bij amazon',
    ],
    legal_threat: [
      'advocaat', 'advocaten', 'jurist', 'juridische stappen', 'juridisch*', 'rechtszaak', 'naar de rechter',
      'stap naar de rechter', 'rechtbank', 'dagvaarding', 'dagvaarden', 'aanklagen', 'aangifte doen', 'aangifte gedaan',
      'aangifte bij de politie', 'politie', 'consumentenbond', 'acm', 'consuwijzer', 'geschillencommissie',
      'juridisch loket', 'rechtsbijstand*', 'ingebrekestelling', 'sommatie', 'test-aankoop', 'fod economie',
    ],
    scam_accusation: [
      'oplichter*', 'oplichting', 'opgelicht', 'oplichterij', 'oplichterspraktijk*', 'bedrog', 'bedriegers', 'bedrieger',
      'bedrogen', 'fraude', 'frauduleus', 'nepwinkel', 'nepwebshop', 'neppe webshop', 'nep webshop', 'nepsite', 'nep site',
      'dieven', 'dief', 'diefstal', 'boeven', 'zwendel*', 'afzetterij', 'afzetters', 'afgezet', 'criminelen', 'tuig',
    ],
    bad_review_threat: [
      'slechte review*', 'slechte recensie*', 'negatieve review*', 'negatieve recensie*', 'slechte beoordeling*',
      'negatieve beoordeling*', 'één ster', '1 ster', 'nul sterren', 'kiyoh', 'op trustpilot', 'sociale media',
      'op social media', 'anderen waarschuwen', 'iedereen waarschuwen', 'openbaar maken', 'slechte reclame',
      'slechte feedback', 'negatieve feedback', 'trustpilot review',
    ],
    repeated_contact: [
      'derde keer', 'voor de tweede keer', 'tweede keer dat', 'vierde keer', 'zoveelste keer', 'al meerdere keren',
      'meerdere keren gemaild', 'meerdere keren gevraagd', 'meermaals', 'al gemaild', 'al eerder gemaild',
      'al gestuurd', 'al geschreven', 'al contact opgenomen', 'al gevraagd', 'nog steeds geen antwoord',
      'nog steeds geen reactie', 'geen antwoord ontvangen', 'geen antwoord gehad', 'geen antwoord van jullie',
      'geen antwoord op mijn', 'geen reactie ontvangen', 'geen reactie gehad', 'geen reactie van jullie', 'geen reactie op mijn',
      'niemand reageert', 'niemand antwoordt',
      'zonder reactie', 'mail opnieuw', 'vraag opnieuw', 'schrijf opnieuw', 'nogmaals', 'hoe vaak nog', 'herinnering',
      'mijn vorige mail', 'mijn vorige bericht',
    ],
  },
  neutral: ['nogmaals bedankt', 'nogmaals dank', 'nogmaals dank u'],
  positive: [
    'heel erg bedankt', 'super bedankt', 'goed', 'heel goed', 'prima', 'top', 'super', 'geweldig', 'fantastisch', 'perfect',
    'uitstekend', 'tevreden', 'blij', 'mooi', 'aanrader', 'aanbevelen', 'fijn', 'leuk', 'netjes', 'keurig', 'vriendelijk',
    'snelle levering', 'heerlijk', 'subliem', 'dik tevreden',
  ],
  negative: [
    'slecht', 'slechte', 'slechtste', 'waardeloos', 'verschrikkelijk', 'vreselijk', 'teleurgesteld', 'teleurstellend',
    'teleurstelling', 'boos', 'woedend', 'kwaad', 'onacceptabel', 'belachelijk', 'schandalig', 'schande', 'kapot',
    'beschadigd', 'defect', 'vertraging', 'probleem', 'problemen', 'rommel', 'troep', 'bagger', 'klote', 'ontevreden',
    'nooit meer', 'balen', 'onbeschoft', 'incompetent', 'ergerlijk', 'shit', 'drama',
  ],
  negators: ['niet', 'geen', 'nooit', 'niets', 'niks', 'zonder', 'noch'],
  intensifiers: [
    'heel', 'erg', 'zeer', 'echt', 'ontzettend', 'enorm', 'totaal', 'helemaal', 'zo', 'te', 'hartstikke', 'bijzonder',
    'super', 'ongelofelijk',
  ],
  polite: ['bedankt', 'dank u', 'dank je', 'dank u wel', 'dank je wel', 'dankjewel', 'alvast bedankt', 'bij voorbaat dank', 'bvd'],
};

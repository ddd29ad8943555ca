import type { CueLexicon } from '../concepts.js';

/** Norwegian (bokmål, with common nynorsk and dialect spellings). "æ/ø/å" also match "ae/oe/aa" and the bare vowels. */
export const no: CueLexicon = {
  how_to_use: [
    'hvordan bruker', 'hvordan brukes', 'hvordan fungerer', 'hvordan virker', 'bruksanvisning', 'bruksanvisningen', 'veiledning', 'manual',
    'instruksjon*', 'installere', 'installasjon', 'oppsett', 'sette opp', 'stille inn', 'koble til', 'koble sammen', 'pare', 'paring', 'lade',
    'hvordan lader', 'ladetid', 'vaske', 'vaskes', 'vaskemaskin', 'oppvaskmaskin', 'rengjøre', 'rengjøring', 'vedlikehold', 'montere',
    'montering', 'sette sammen', 'skru på', 'tilbakestille', 'hva følger med', 'hva er i esken',
  ],
  size_fit: [
    'størrelse', 'størrelser', 'hvilken størrelse', 'størrelsesguide', 'størrelsestabell', 'liten i størrelsen', 'stor i størrelsen', 'passform',
    'mål', 'lengde', 'bredde', 'høyde', 'brystmål', 'livvidde', 'skostørrelse', 'hvor stor',
  ],
  material_spec: [
    'materiale', 'hvilket materiale', 'laget av', 'stoff', 'bomull', 'polyester', 'skinn', 'lær', 'kunstskinn', 'rustfritt stål', 'plast',
    'vanntett', 'vannavstøtende', 'kapasitet', 'batteritid', 'effekt', 'vekt', 'hvor tung', 'spesifikasjon*', 'tekniske data', 'sertifikat',
    'sertifisert', 'ce-merket', 'farger', 'hvilke farger', 'andre farger', 'ingredienser',
  ],
  compatible: [
    'kompatibel', 'kompatible', 'kompatibilitet', 'fungerer med', 'virker med', 'passer til', 'passer på', 'passer min', 'egnet for',
    'til min telefon', 'med min telefon', 'til iphone',
  ],
  in_stock: [
    'på lager', 'lagerstatus', 'tilgjengelig', 'utsolgt', 'ikke på lager', 'tilbake på lager', 'når kommer', 'har dere flere', 'er det flere igjen',
    'forhåndsbestille', 'forhåndsbestilling', 'reservere',
  ],
  price_question: ['pris', 'prisen', 'priser', 'hva koster', 'hvor mye koster', 'koster', 'billigere', 'prisliste', 'stykkpris'],
  before_buying: [
    'før jeg bestiller', 'før jeg kjøper', 'hvis jeg bestiller', 'om jeg bestiller', 'hvis jeg kjøper', 'vurderer å kjøpe', 'vurderer å bestille',
    'vil gjerne kjøpe', 'har lyst til å kjøpe', 'interessert i', 'tenker på å kjøpe', 'planlegger å kjøpe',
  ],
  ship_to_country: [
    'sender dere til', 'leverer dere til', 'levering til', 'frakt til', 'sende til', 'til norge', 'til svalbard', 'utlandet', 'utenfor eu',
    'internasjonal', 'hvilke land',
  ],
  shipping_cost: [
    'frakt', 'fraktkostnad', 'fraktkostnader', 'fraktpris', 'porto', 'leveringskostnad', 'fri frakt', 'gratis frakt', 'gratis levering',
    'hva koster frakten', 'hvor mye koster frakt', 'minstebeløp',
  ],
  delivery_time: [
    'leveringstid', 'hvor lang tid', 'hvor lenge tar', 'hvor raskt', 'hvor mange dager', 'når kan jeg få', 'i tide', 'før jul', 'ekspress',
    'ekspresslevering', 'rask levering', 'raskere', 'neste dag', 'express',
  ],
  discount: [
    'rabatt', 'rabattkode', 'rabatter', 'kupong', 'kampanjekode', 'kampanje', 'tilbud', 'black friday', 'gavekort', 'koden fungerer ikke',
    'koden virker ikke', 'ugyldig kode', 'koden har utløpt', 'bonuspoeng', 'poeng', 'studentrabatt', 'gratis gave',
  ],
  bulk_wholesale: [
    'engros', 'engrospris', 'grossist', 'storkjøp', 'stor bestilling', 'store mengder', 'kvantumsrabatt', 'minstebestilling', 'minste antall',
    'forhandler', 'videresalg', 'til min butikk', 'til vårt firma', '000 stk', '00 stk',
  ],
  return_policy: [
    'returpolicy', 'returvilkår', 'returrett', 'angrerett', 'kan jeg returnere', 'kan man returnere', 'kan jeg bytte', 'kan man bytte',
    'hvis den ikke passer', 'hvis det ikke passer', 'hvis jeg ikke liker', 'dagers returrett', 'dagers angrerett', 'gratis retur', 'returfrakt',
    'hvem betaler returen', 'hvem betaler for retur', 'åpent kjøp',
  ],
  warranty: ['garanti', 'garantien', 'garantitid', 'reklamasjonsrett', 'under garantien', 'års garanti', 'hvor lang garanti'],
  place_order: [
    'legge inn en bestilling', 'legge inn bestilling', 'hvordan bestiller', 'hvordan kan jeg bestille', 'hvordan kjøper', 'vil gjerne bestille',
    'bestille på telefon', 'spesialbestilling', 'personlig tilpasset', 'gravering', 'gravere', 'legge til side', 'uten konto', 'som gjest',
  ],
  checkout_problem: [
    'kassen', 'handlekurv', 'handlekurven', 'checkout', 'fullføre kjøpet', 'fullføre bestillingen', 'får ikke fullført', 'kan ikke bestille',
    'henger seg', 'laster bare', 'feilmelding', 'knappen',
  ],
  order_confirmation: [
    'ordrebekreftelse', 'bekreftelse', 'bekreftelsesmail', 'ingen bekreftelse', 'har dere mottatt bestillingen', 'har dere fått bestillingen',
    'gikk bestillingen gjennom', 'bestillingen mottatt', 'ordrestatus', 'status på bestillingen', 'ordrenummer', 'ordrenr',
  ],
  when_ship: [
    'når sender dere', 'når blir den sendt', 'når sendes', 'er den sendt', 'har dere sendt', 'allerede sendt', 'ikke sendt', 'ikke sendt ennå',
    'ennå ikke sendt', 'under behandling', 'behandles', 'pakkes', 'klar til sending', 'behandlingstid',
  ],
  change_order: [
    'endre bestillingen', 'endre min bestilling', 'endre ordren', 'endre størrelse', 'endre farge', 'annen størrelse', 'annen farge', 'endre antall',
    'legge til', 'fjerne', 'i stedet for', 'istedenfor', 'endre',
  ],
  change_address: [
    'endre adresse', 'endre adressen', 'bytte adresse', 'leveringsadresse', 'feil adresse', 'adressen er feil', 'ny adresse', 'annen adresse',
    'flyttet', 'postnummer', 'leilighetsnummer',
  ],
  cancel: ['kansellere', 'kansellering', 'avbestille', 'avbestilling', 'annullere', 'angret', 'vil ikke ha den likevel', 'ombestemt'],
  payment_method: [
    'betalingsmetode', 'betalingsmetoder', 'betalingsalternativer', 'hvordan betaler', 'hvordan kan jeg betale', 'kan jeg betale', 'betale med',
    'vipps', 'bankkort', 'kredittkort', 'bankoverføring', 'overføring', 'delbetaling', 'avbetaling', 'klarna', 'faktura', 'valuta', 'i kroner', 'i euro',
  ],
  payment_problem: [
    'betalingen feilet', 'betalingen gikk ikke gjennom', 'kortet ble avvist', 'avvist', 'betalingsfeil', 'venter på betaling', 'trukket to ganger',
    'belastet to ganger', 'dobbelt trekk', 'betalt to ganger', 'trukket penger', 'trukket', 'belastet', 'feil beløp', 'trukket for mye',
    'valutakurs', 'gebyr', 'kan ikke betale',
  ],
  invoice: [
    'kvittering', 'faktura', 'mva', 'mva-faktura', 'organisasjonsnummer', 'orgnr', 'org.nr', 'firmanavn', 'firmaopplysninger', 'til mitt firma',
    'regnskap', 'regnskapsfører', 'bokføring',
  ],
  where_parcel: [
    'hvor er pakken min', 'hvor er pakken', 'hvor er bestillingen min', 'hvor er ordren min', 'hvor er den', 'hvor blir', 'hvor befinner',
    'pakken min', 'bestillingen min', 'nytt om',
  ],
  tracking: [
    'sporing', 'sporingsnummer', 'sporingslenke', 'kollinummer', 'sendingsnummer', 'spore', 'tracking', 'hva betyr', 'underveis', 'i transitt',
    'sortert', 'status', 'lenken fungerer ikke', 'posten', 'postnord',
  ],
  late: [
    'forsinket', 'forsinkelse', 'forsinkelser', 'for sent', 'ikke kommet', 'har ikke kommet', 'fortsatt ikke', 'fremdeles ikke', 'tar lang tid',
    'tar evigheter', 'uker', 'i ukevis', 'en måned', 'forventet levering', 'skulle ha kommet', 'burde ha kommet', 'sitter fast', 'står stille',
    'ingen oppdatering', 'ikke oppdatert', 'samme status', 'venter fortsatt',
  ],
  marked_delivered: [
    'levert', 'står som levert', 'markert som levert', 'har blitt levert', 'utlevert', 'kvittert', 'leveringsbevis', 'signert',
  ],
  not_received: [
    'ikke mottatt', 'aldri mottatt', 'har ikke mottatt', 'ikke fått', 'aldri fått', 'har ikke fått', 'fikk aldri', 'ingen pakke',
    'ikke i postkassen', 'finner den ikke', 'stjålet', 'forsvunnet', 'kommet bort', 'ikke levert',
  ],
  neighbour_locker: [
    'nabo', 'naboen', 'naboer', 'pakkeboks', 'pakkeautomat', 'hentested', 'post i butikk', 'postkontor', 'postkasse', 'postkassen',
    'utenfor døra', 'utenfor døren', 'feil adresse', 'annen adresse', 'resepsjonen',
  ],
  customs: [
    'toll', 'tollen', 'tollgebyr', 'tollavgift', 'fortolling', 'tollbehandling', 'mva ved import', 'importmva', 'voec', 'avgift', 'avgifter',
    'betale for å motta', 'tolldeklarasjon', 'dokumenter', 'legitimasjon', 'fødselsnummer', 'retur til avsender', 'sendt tilbake til avsender',
    'returnert til avsender',
  ],
  broken_damaged: [
    'ødelagt', 'ødelagte', 'i stykker', 'knust', 'skadet', 'skade', 'transportskade', 'sprekk', 'sprukket', 'knekt', 'bulket',     'riper', 'ripete', 'revet', 'bøyd', 'flekk', 'flekker', 'skitten', 'lekker', 'defekt', 'åpnet pakke', 'gått i stykker',
  ],
  missing_part: [
    'mangler', 'manglet', 'manglende', 'ikke med', 'var ikke med', 'ufullstendig', 'ingen lader', 'ingen kabel', 'ingen skruer',
    'ingen bruksanvisning', 'bare en', 'bare ett', 'bare én', 'tom eske', 'tom pakke', 'deler', 'tilbehør',
  ],
  not_working: [
    'fungerer ikke', 'virker ikke', 'funker ikke', 'slår seg ikke på', 'starter ikke', 'lader ikke', 'kobler ikke til', 'parer ikke', 'ingen lyd',
    'ikke noe bilde', 'reagerer ikke', 'defekt', 'feilkode', 'blinker', 'blir varm', 'overopphetes', 'slår seg av',
  ],
  on_arrival: [
    'kom i dag', 'kom i går', 'fikk den i dag', 'fikk den i går', 'mottatt i dag', 'ved levering', 'da jeg åpnet', 'åpnet pakken', 'åpnet esken',
    'pakket ut', 'ved utpakking', 'fra starten', 'første dag', 'første gang', 'fra begynnelsen',
  ],
  wrong_item: [
    'feil vare', 'feil produkt', 'feil farge', 'feil størrelse', 'feil modell', 'feil antall', 'ikke det jeg bestilte', 'ikke det jeg har bestilt',
    'annen vare', 'annet produkt', 'annen farge', 'annen størrelse', 'jeg bestilte', 'i stedet for', 'istedenfor', 'dere sendte', 'byttet om',
    'ikke min',
  ],
  want_return: [
    'returnere', 'retur', 'returen', 'sende tilbake', 'returlapp', 'returetikett', 'returadresse', 'passer ikke', 'for liten', 'for lite',
    'for stor', 'for stort', 'for trang', 'for kort', 'for lang', 'ikke som beskrevet', 'ikke som på bildet', 'liker ikke',
  ],
  exchange: ['bytte', 'bytte til', 'bytte den', 'ombytte', 'en størrelse større', 'en størrelse mindre', 'større størrelse', 'mindre størrelse'],
  refund: ['refusjon', 'refundere', 'tilbakebetaling', 'tilbakebetale', 'pengene tilbake', 'penger tilbake', 'pengene mine', 'kreditere', 'refund'],
  refund_status: [
    'hvor er pengene mine', 'hvor er refusjonen', 'når får jeg pengene', 'når får jeg refusjon', 'ikke fått pengene', 'ikke mottatt refusjon',
    'ingen refusjon', 'ikke refundert', 'venter på refusjon', 'venter på pengene', 'lovet refusjon', 'status på refusjon', 'ikke på kontoen min',
  ],
  return_shipped: [
    'sendt tilbake', 'sendte den tilbake', 'returnert', 'returnerte', 'returen min', 'mottatt returen', 'fått returen', 'returpakke', 'leverte inn',
    'levert inn',
  ],
  stopped_working: [
    'sluttet å fungere', 'sluttet å virke', 'fungerer ikke lenger', 'virker ikke lenger', 'plutselig', 'i starten', 'fungerte', 'fungerte fint',
    'virket', 'etter en uke', 'etter to uker', 'etter 0 uker', 'etter en måned', 'etter 0 måneder', 'etter noen dager', 'etter noen uker',
    'etter kort tid', 'vanlig bruk', 'løsnet', 'flasser', 'falmet', 'slitt',
  ],
  repair: ['reparasjon', 'reparere', 'reparert', 'fikse', 'erstatning', 'nytt produkt', 'reservedel', 'reservedeler', 'verksted', 'reklamere', 'reklamasjon'],
  bad_service: [
    'dårlig service', 'dårlig kundeservice', 'uakseptabelt', 'skandale', 'skuffet', 'skuffende', 'misfornøyd', 'sint', 'irritert', 'lei av',
    'frekk', 'uhøflig', 'uprofesjonelt', 'inkompetent', 'aldri igjen', 'verste', 'elendig', 'håpløst', 'løgn', 'standardsvar',
  ],
  manager_escalate: ['sjef', 'sjefen', 'ansvarlig', 'overordnet', 'ledelsen', 'klage', 'klager', 'formell klage', 'eskalere'],
  slow_reply: [
    'ikke svar', 'ingen svar', 'ingen svarer', 'svarer ikke', 'dere svarer ikke', 'venter på svar', 'fortsatt ingen svar', 'ignorerer', 'ignorert',
    'flere ganger', 'mange ganger', 'tredje gang', 'skrevet før', 'er det noen der', 'hallo??',
  ],
  threat: [
    'svindel', 'svindlere', 'lurt', 'svindlet', 'tyver', 'tyveri', 'advokat', 'rettslige skritt', 'retten', 'forliksrådet', 'saksøke', 'politiet',
    'anmelde', 'forbrukerrådet', 'forbrukertilsynet', 'tilbakeføring', 'chargeback', 'tvist', 'dårlig anmeldelse', 'negativ anmeldelse',
    'en stjerne', 'sosiale medier',
  ],
  thanks_praise: [
    'takk', 'tusen takk', 'mange takk', 'takk for', 'super', 'fantastisk', 'perfekt', 'nydelig', 'flott', 'strålende', 'fornøyd', 'veldig fornøyd',
    'elsker', 'anbefaler', 'anbefale', 'handler igjen', 'rask levering', 'godt pakket', 'hjelpsom', 'hyggelig',
  ],
  review: ['anmeldelse', 'anmeldelser', 'vurdering', 'stjerner', '0 stjerner', 'fem stjerner', 'tilbakemelding', 'feedback', 'trustpilot'],
  suggestion: [
    'forslag', 'foreslår', 'idé', 'ideer', 'hadde vært fint', 'hadde vært bra', 'ville vært bra', 'dere burde', 'dere kunne', 'i fremtiden',
    'neste gang', 'flere farger', 'flere størrelser', 'tips',
  ],
  account: ['konto', 'kontoen min', 'min konto', 'kundekonto', 'profil', 'registrere', 'opprette konto', 'registrering', 'brukernavn', 'min side'],
  login_problem: [
    'logge inn', 'logg inn', 'innlogging', 'kan ikke logge inn', 'kommer ikke inn', 'låst', 'låst ute', 'sperret', 'blokkert', 'deaktivert',
    'hacket', 'noen har logget inn', 'mistenkelig innlogging', 'mistenkelig aktivitet', 'ikke meg', 'bankid', 'logget ut',
  ],
  password_reset: [
    'passord', 'passordet', 'glemt passord', 'glemt passordet', 'tilbakestille passord', 'nullstille passord', 'nytt passord', 'bytte passord',
    'feil passord', 'tilbakestillingslenke',
  ],
  verification_code: [
    'bekreftelseskode', 'verifiseringskode', 'engangskode', 'sms-kode', 'kode på sms', 'sms', 'verifisering', 'verifisere', 'tofaktor',
    'totrinnsbekreftelse', 'aktiveringskode', 'aktiveringslenke', 'aktivere kontoen', 'ingen kode', 'koden kommer ikke', 'får ingen kode', 'captcha',
  ],
  delete_account: [
    'slette kontoen', 'slette min konto', 'slett kontoen', 'avslutte kontoen', 'lukke kontoen', 'mine opplysninger', 'personopplysninger',
    'persondata', 'slette mine data', 'gdpr', 'personvern', 'innsyn', 'hvilke opplysninger',
  ],
  unsubscribe: [
    'avmelde', 'meld meg av', 'melde meg av', 'avslutte abonnement', 'nyhetsbrev', 'nyhetsbrevet', 'reklame', 'reklameeposter', 'slutt å sende',
    'ikke flere eposter', 'for mange eposter', 'e-postliste', 'spam',
  ],
  edit_account: [
    'endre e-post', 'endre epost', 'endre e-postadresse', 'bytte e-post', 'ny e-post', 'ny epost', 'endre navn', 'endre telefonnummer',
    'endre nummer', 'endre opplysninger', 'oppdatere opplysningene', 'redigere profil', 'slå sammen', 'to kontoer',
  ],
  human_agent: [
    'menneske', 'et menneske', 'ekte person', 'en person', 'medarbeider', 'kundeservice', 'ikke en bot', 'bot', 'chatbot', 'robot',
    'automatisk svar', 'snakke med noen', 'snakke med en',
  ],
  phone_call: ['telefon', 'telefonnummer', 'ringe', 'ring meg', 'ringe opp', 'ringe tilbake', 'samtale', 'på telefon', 'whatsapp'],
  business_offer: [
    'seo', 'søkemotoroptimalisering', 'google-rangering', 'byrå', 'vårt byrå', 'markedsføring', 'samarbeid', 'partnerskap', 'produsent',
    'fabrikk', 'leverandør', 'øke salget', 'webdesign', 'influencer', 'sponsing', 'affiliate',
  ],
  job_application: [
    'jobb', 'søknad', 'søke jobb', 'stilling', 'ledig stilling', 'ledige stillinger', 'cv', 'praksis', 'praksisplass', 'deltid',
    'heltid', 'jobbe hos dere', 'arbeide hos dere',
  ],
};

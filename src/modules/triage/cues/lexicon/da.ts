import type { CueLexicon } from '../concepts.js';

/** Danish. "æ/ø/å" also match "ae/oe/aa" and the bare vowels. */
export const da: CueLexicon = {
  how_to_use: [
    'hvordan bruger', 'hvordan bruges', 'hvordan virker', 'hvordan fungerer', 'brugsanvisning', 'vejledning', 'manual', 'instruktion*',
    'installere', 'installation', 'opsætning', 'sætte op', 'indstille', 'parre', 'parring', 'forbinde', 'tilslutte', 'oplade', 'hvordan oplader',
    'opladningstid', 'vaske', 'vaskes', 'vaskemaskine', 'opvaskemaskine', 'rengøre', 'rengøring', 'pleje', 'samle', 'montere', 'samlevejledning',
    'tænde', 'nulstille', 'hvad følger med', 'hvad er der i æsken',
  ],
  size_fit: [
    'størrelse', 'størrelser', 'hvilken størrelse', 'størrelsesguide', 'størrelsestabel', 'lille i størrelsen', 'stor i størrelsen', 'pasform',
    'mål', 'længde', 'bredde', 'højde', 'brystmål', 'taljemål', 'skostørrelse', 'hvor stor',
  ],
  material_spec: [
    'materiale', 'hvilket materiale', 'lavet af', 'stof', 'bomuld', 'polyester', 'læder', 'kunstlæder', 'rustfrit stål', 'plastik', 'vandtæt',
    'vandafvisende', 'kapacitet', 'batteritid', 'effekt', 'vægt', 'hvor tung', 'specifikation*', 'tekniske data', 'certifikat', 'certificeret',
    'ce-mærket', 'farver', 'hvilke farver', 'andre farver', 'ingredienser',
  ],
  compatible: [
    'kompatibel', 'kompatible', 'kompatibilitet', 'virker med', 'fungerer med', 'passer til', 'passer på', 'passer min', 'egnet til',
    'til min telefon', 'med min telefon', 'til iphone',
  ],
  in_stock: [
    'på lager', 'lagerstatus', 'tilgængelig', 'tilgængelige', 'udsolgt', 'ikke på lager', 'tilbage på lager', 'hvornår kommer', 'har i flere',
    'er der flere', 'forudbestille', 'forudbestilling', 'reservere',
  ],
  price_question: ['pris', 'prisen', 'priser', 'hvad koster', 'hvor meget koster', 'koster', 'billigere', 'prisliste', 'stykpris'],
  before_buying: [
    'inden jeg bestiller', 'før jeg bestiller', 'inden jeg køber', 'før jeg køber', 'hvis jeg bestiller', 'hvis jeg køber', 'overvejer at købe',
    'overvejer at bestille', 'vil gerne købe', 'vil købe', 'interesseret i', 'tænker på at købe',
  ],
  ship_to_country: [
    'sender i til', 'leverer i til', 'levering til', 'fragt til', 'sende til', 'til danmark', 'til grønland', 'til færøerne', 'udlandet',
    'international', 'hvilke lande',
  ],
  shipping_cost: [
    'fragt', 'fragtpris', 'fragtomkostninger', 'forsendelse', 'forsendelsespris', 'porto', 'leveringsomkostninger', 'fri fragt', 'gratis fragt',
    'gratis levering', 'hvad koster fragten', 'hvad koster forsendelsen', 'minimumsbeløb',
  ],
  delivery_time: [
    'leveringstid', 'leveringstider', 'hvor lang tid', 'hvor længe tager', 'hvor hurtigt', 'hvor mange dage', 'hvornår kan jeg få', 'til tiden',
    'før jul', 'ekspres', 'ekspreslevering', 'hurtig levering', 'hurtigere', 'næste dag', 'express',
  ],
  discount: [
    'rabat', 'rabatkode', 'rabatter', 'kupon', 'kuponkode', 'kampagnekode', 'kampagne', 'tilbud', 'udsalg', 'black friday', 'gavekort',
    'koden virker ikke', 'ugyldig kode', 'koden er udløbet', 'point', 'bonuspoint', 'studierabat',   ],
  bulk_wholesale: [
    'engros', 'engrospris', 'grossist', 'storkøb', 'stor ordre', 'store mængder', 'mængderabat', 'minimumsordre', 'mindste antal', 'forhandler',
    'videresalg', 'til min butik', 'til vores firma', '000 stk', '00 stk',
  ],
  return_policy: [
    'returpolitik', 'returbetingelser', 'returret', 'fortrydelsesret', 'kan jeg returnere', 'kan man returnere', 'kan jeg bytte', 'kan man bytte',
    'hvis den ikke passer', 'hvis det ikke passer', 'hvis jeg ikke kan lide', 'dages returret', 'dages fortrydelsesret', 'gratis retur',
    'returfragt', 'hvem betaler returen', 'hvem betaler for returnering',
  ],
  warranty: ['garanti', 'garantien', 'garantiperiode', 'reklamationsret', 'under garantien', 'års garanti', 'hvor lang garanti'],
  place_order: [
    'afgive en bestilling', 'afgive ordre', 'hvordan bestiller', 'hvordan kan jeg bestille', 'hvordan køber', 'vil gerne bestille',
    'bestille telefonisk', 'specialbestilling', 'personliggjort', 'gravering', 'gravere', 'lægge til side', 'uden konto', 'som gæst',
  ],
  checkout_problem: [
    'kassen', 'indkøbskurv', 'kurven', 'checkout', 'gennemføre købet', 'gennemføre ordren', 'kan ikke gennemføre', 'kan ikke bestille',
    'hænger', 'loader bare', 'fejlmeddelelse', 'knappen',
  ],
  order_confirmation: [
    'ordrebekræftelse', 'bekræftelse', 'bekræftelsesmail', 'ingen bekræftelse', 'har i modtaget min ordre', 'har i modtaget min bestilling',
    'gik ordren igennem', 'ordren modtaget', 'ordrestatus', 'status på min ordre', 'ordrenummer', 'ordrenr',
  ],
  when_ship: [
    'hvornår sender i', 'hvornår bliver den sendt', 'hvornår afsendes', 'hvornår sendes', 'er den sendt', 'er den afsendt', 'har i sendt',
    'allerede sendt', 'ikke afsendt', 'ikke sendt endnu', 'endnu ikke sendt', 'under behandling', 'behandles', 'pakkes', 'klar til afsendelse',
    'ekspeditionstid',
  ],
  change_order: [
    'ændre min ordre', 'ændre ordren', 'ændre bestillingen', 'ændre størrelse', 'ændre farve', 'anden størrelse', 'anden farve', 'ændre antal',
    'tilføje', 'fjerne', 'i stedet for', 'ændre',
  ],
  change_address: [
    'ændre adresse', 'ændre adressen', 'skifte adresse', 'leveringsadresse', 'forkert adresse', 'adressen er forkert', 'ny adresse',
    'anden adresse', 'flyttet', 'postnummer', 'etage',
  ],
  cancel: ['annullere', 'annullering', 'afbestille', 'afbestilling', 'annuller', 'fortryde', 'fortrudt', 'vil ikke have den alligevel', 'ombestemt'],
  payment_method: [
    'betalingsmetode', 'betalingsmetoder', 'betalingsmuligheder', 'hvordan betaler', 'hvordan kan jeg betale', 'kan jeg betale', 'betale med',
    'mobilepay', 'dankort', 'kreditkort', 'bankoverførsel', 'overførsel', 'afbetaling', 'klarna', 'faktura', 'valuta', 'i kroner', 'i euro',
  ],
  payment_problem: [
    'betalingen fejlede', 'betalingen gik ikke igennem', 'kortet blev afvist', 'afvist', 'betalingsfejl', 'afventer betaling', 'trukket to gange',
    'trukket dobbelt', 'dobbelt betaling', 'betalt to gange', 'trukket penge', 'trukket', 'forkert beløb', 'trukket for meget', 'vekselkurs',
    'gebyr', 'kan ikke betale',
  ],
  invoice: [
    'kvittering', 'faktura', 'momsfaktura', 'moms', 'cvr', 'cvr-nummer', 'momsnummer', 'firmanavn', 'firmaoplysninger', 'til mit firma',
    'regnskab', 'bogføring', 'bogholder',
  ],
  where_parcel: [
    'hvor er min pakke', 'hvor er pakken', 'hvor er min ordre', 'hvor er min bestilling', 'hvor er den', 'hvor bliver', 'hvor befinder',
    'min pakke', 'min ordre', 'nyt om',
  ],
  tracking: [
    'sporing', 'sporingsnummer', 'track and trace', 'track & trace', 'sporingslink', 'pakkenummer', 'forsendelsesnummer', 'spore', 'tracking',
    'hvad betyder', 'undervejs', 'i transit', 'sorteret', 'status', 'linket virker ikke', 'postnord', 'gls', 'dao',
  ],
  late: [
    'forsinket', 'forsinkelse', 'forsinkelser', 'for sent', 'ikke kommet', 'er ikke kommet', 'stadig ikke', 'stadig ingen', 'tager lang tid',
    'tager evigheder', 'uger', 'i ugevis', 'en måned', 'forventet levering', 'skulle være kommet', 'burde være kommet', 'sidder fast',
    'står stille', 'ingen opdatering', 'ikke opdateret', 'samme status', 'venter stadig',
  ],
  marked_delivered: [
    'leveret', 'står som leveret', 'markeret som leveret', 'er blevet leveret', 'udleveret', 'afleveret', 'kvitteret', 'leveringsbevis',
    'underskrevet',
  ],
  not_received: [
    'ikke modtaget', 'aldrig modtaget', 'har ikke modtaget', 'ikke fået', 'aldrig fået', 'har ikke fået', 'fik aldrig', 'ingen pakke',
    'ikke i postkassen', 'kan ikke finde', 'stjålet', 'bortkommet', 'forsvundet', 'ikke leveret',
  ],
  neighbour_locker: [
    'nabo', 'naboen', 'naboer', 'pakkeboks', 'pakkeautomat', 'pakkeshop', 'udleveringssted', 'posthus', 'postkasse', 'postkassen',
    'ved døren', 'foran døren', 'forkert adresse', 'anden adresse', 'receptionen', 'døgnpost',
  ],
  customs: [
    'told', 'tolden', 'toldgebyr', 'toldafgift', 'toldbehandling', 'fortoldning', 'importmoms', 'moms ved import', 'afgift', 'ekspeditionsgebyr',
    'betale for at modtage', 'tolddeklaration', 'dokumenter', 'legitimation', 'cpr', 'retur til afsender', 'sendt retur til afsender',
    'returneret til afsender',
  ],
  broken_damaged: [
    'i stykker', 'ødelagt', 'ødelagte', 'beskadiget', 'beskadigede', 'transportskade', 'revne', 'revnet', 'knust', 'smadret', 'mast',
    'bulet', 'bule', 'ridset', 'ridser', 'flænset', 'bøjet', 'plet', 'pletter', 'beskidt', 'lækker', 'defekt', 'fejlbehæftet',
    'åbnet pakke', 'gået i stykker',
  ],
  missing_part: [
    'mangler', 'manglede', 'manglende', 'ikke med', 'var ikke med', 'ufuldstændig', 'ingen oplader', 'intet kabel', 'ingen skruer',
    'ingen manual', 'kun en', 'kun et', 'kun én', 'tom kasse', 'tom pakke', 'dele', 'tilbehør',
  ],
  not_working: [
    'virker ikke', 'fungerer ikke', 'kan ikke tænde', 'tænder ikke', 'starter ikke', 'lader ikke', 'oplader ikke', 'forbinder ikke',
    'parrer ikke', 'ingen lyd', 'intet billede', 'reagerer ikke', 'defekt', 'fejlkode', 'blinker', 'bliver varm', 'overopheder', 'slukker',
  ],
  on_arrival: [
    'kom i dag', 'kom i går', 'modtog den i dag', 'modtog den i går', 'modtaget i dag', 'ved levering', 'da jeg åbnede', 'åbnede pakken',
    'åbnede kassen', 'pakkede ud', 'ved udpakning', 'fra starten', 'første dag', 'første gang', 'fra begyndelsen',
  ],
  wrong_item: [
    'forkert vare', 'forkert produkt', 'forkert farve', 'forkert størrelse', 'forkert model', 'forkert antal', 'ikke det jeg bestilte',
    'ikke hvad jeg bestilte', 'anden vare', 'andet produkt', 'anden farve', 'anden størrelse', 'jeg bestilte', 'i stedet for',     'byttet om', 'ikke min',
  ],
  want_return: [
    'returnere', 'retur', 'returnering', 'sende tilbage', 'returlabel', 'returseddel', 'returadresse', 'passer ikke', 'for lille', 'for stor',
    'for stramt', 'for kort', 'for lang', 'ikke som beskrevet', 'ikke som på billedet', 'kan ikke lide', 'fortrydelsesretten',
  ],
  exchange: ['bytte', 'ombytning', 'bytte til', 'bytte den', 'en størrelse større', 'en størrelse mindre', 'større størrelse', 'mindre størrelse'],
  refund: ['refundering', 'refusion', 'refundere', 'tilbagebetaling', 'tilbagebetale', 'pengene tilbage', 'penge tilbage', 'mine penge', 'kreditere', 'refund'],
  refund_status: [
    'hvor er mine penge', 'hvor er refusionen', 'hvornår får jeg pengene', 'hvornår får jeg mine penge', 'ikke fået pengene', 'ikke modtaget refusion',
    'ingen refusion', 'ikke refunderet', 'venter på refusion', 'venter på pengene', 'lovet refusion', 'status på refusion', 'ikke på min konto',
  ],
  return_shipped: [
    'sendt tilbage', 'sendte den tilbage', 'returneret', 'returnerede', 'min returnering', 'min retur', 'modtaget min returnering',
    'modtaget returen', 'returpakke', 'afleverede', 'indleveret',
  ],
  stopped_working: [
    'holdt op med at virke', 'holdt op', 'virker ikke længere', 'virker ikke mere', 'pludselig', 'i starten', 'virkede', 'virkede fint',
    'efter en uge', 'efter to uger', 'efter 0 uger', 'efter en måned', 'efter 0 måneder', 'efter nogle dage', 'efter et par uger', 'efter kort tid',
    'normal brug', 'gået løs', 'skaller af', 'falmet', 'slidt',
  ],
  repair: ['reparation', 'reparere', 'repareret', 'ombytning', 'erstatning', 'nyt produkt', 'reservedel', 'reservedele', 'værksted', 'reklamere', 'reklamation'],
  bad_service: [
    'dårlig service', 'dårlig kundeservice', 'uacceptabelt', 'skandale', 'skandaløst', 'skuffet', 'skuffende', 'utilfreds', 'vred',     'irriteret', 'træt af', 'uhøflig', 'uprofessionelt', 'inkompetent', 'aldrig igen', 'værste', 'elendig', 'elendigt', 'løgn', 'standardsvar',
  ],
  manager_escalate: ['chef', 'ansvarlig', 'overordnet', 'ledelsen', 'klage', 'klager', 'officiel klage', 'eskalere'],
  slow_reply: [
    'intet svar', 'ingen svar', 'ingen svarer', 'svarer ikke', 'i svarer ikke', 'venter på svar', 'stadig intet svar', 'ignorerer', 'ignoreret',
    'flere gange', 'mange gange', 'tredje gang', 'skrevet før', 'er der nogen', 'hallo??',
  ],
  threat: [
    'svindel', 'svindlere', 'snyd', 'snydt', 'fup', 'tyve', 'tyveri', 'advokat', 'retslige skridt', 'retten', 'sagsøge', 'politiet', 'politianmeldelse',
    'anmelde', 'forbrugerrådet', 'forbrugerklagenævnet', 'nævnenes hus', 'indsigelse', 'chargeback', 'tvist', 'dårlig anmeldelse', 'negativ anmeldelse',
    'en stjerne', 'sociale medier',
  ],
  thanks_praise: [
    'tak', 'mange tak', 'tusind tak', 'tak for', 'super', 'fantastisk', 'perfekt', 'skøn', 'flot', 'glad for', 'meget tilfreds', 'tilfreds', 'elsker',
    'anbefaler', 'anbefale', 'handler igen', 'hurtig levering', 'godt pakket', 'hjælpsom', 'venlig',
  ],
  review: ['anmeldelse', 'anmeldelser', 'bedømmelse', 'stjerner', '0 stjerner', 'fem stjerner', 'feedback', 'trustpilot', 'skrive en anmeldelse'],
  suggestion: [
    'forslag', 'foreslår', 'idé', 'ideer', 'ville være godt', 'ville være fedt', 'ville være rart', 'i burde', 'i kunne', 'i fremtiden', 'næste gang',
    'flere farver', 'flere størrelser',   ],
  account: ['konto', 'min konto', 'kundekonto', 'profil', 'registrere', 'oprette konto', 'oprettelse', 'brugernavn'],
  login_problem: [
    'logge ind', 'log ind', 'login', 'kan ikke logge ind', 'kommer ikke ind', 'låst', 'låst ude', 'spærret', 'blokeret', 'deaktiveret', 'hacket',
    'nogen har logget ind', 'mistænkelig login', 'mistænkelig aktivitet', 'ikke mig', 'mitid', 'logget ud',
  ],
  password_reset: [
    'adgangskode', 'kodeord', 'password', 'glemt adgangskode', 'glemt kodeord', 'nulstille adgangskode', 'nulstil', 'ny adgangskode',
    'skifte adgangskode', 'forkert adgangskode', 'nulstillingslink',
  ],
  verification_code: [
    'bekræftelseskode', 'verifikationskode', 'engangskode', 'sms-kode', 'kode på sms', 'sms', 'verificering', 'verificere', 'totrinsbekræftelse',
    'tofaktor', 'aktiveringskode', 'aktiveringslink', 'aktivere kontoen', 'ingen kode', 'koden kommer ikke', 'får ingen kode', 'captcha',
  ],
  delete_account: [
    'slette min konto', 'slette kontoen', 'slet min konto', 'lukke min konto', 'nedlægge', 'mine oplysninger', 'personoplysninger', 'persondata',
    'slette mine data', 'gdpr', 'privatliv', 'hvilke oplysninger',
  ],
  unsubscribe: [
    'afmelde', 'afmeld', 'frameld', 'framelde', 'nyhedsbrev', 'nyhedsbrevet', 'reklamemails', 'reklame', 'stop med at sende', 'ikke flere mails',
    'for mange mails', 'mailliste', 'spam',
  ],
  edit_account: [
    'ændre e-mail', 'ændre email', 'ændre mail', 'ændre e-mailadresse', 'skifte e-mail', 'ny e-mail', 'ny mail', 'ændre navn', 'ændre telefonnummer',
    'ændre nummer', 'ændre oplysninger', 'opdatere mine oplysninger', 'redigere profil', 'slå sammen', 'sammenlægge', 'to konti',
  ],
  human_agent: [
    'menneske', 'et menneske', 'rigtig person', 'en person', 'medarbejder', 'kundeservice', 'ikke en bot', 'bot', 'chatbot', 'robot',
    'automatisk svar', 'tale med nogen', 'tale med en',
  ],
  phone_call: ['telefon', 'telefonnummer', 'ringe', 'ring til mig', 'ringe op', 'ringe tilbage', 'opkald', 'telefonisk', 'whatsapp'],
  business_offer: [
    'seo', 'søgemaskineoptimering', 'google-placering', 'bureau', 'vores bureau', 'markedsføring', 'samarbejde', 'partnerskab', 'producent',
    'fabrik', 'leverandør', 'øge jeres salg', 'webdesign', 'influencer', 'sponsorat', 'affiliate',
  ],
  job_application: [
    'job', 'ansøgning', 'ansøge', 'søge job', 'stilling', 'ledig stilling', 'ledige stillinger', 'cv', 'praktik', 'praktikplads', 'deltid',
    'fuldtid', 'studiejob', 'arbejde hos jer',
  ],
};

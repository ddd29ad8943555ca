import type { CueLexicon } from '../concepts.js';

/** Swedish. "å/ä/ö" also match "aa/ae/oe" and the bare vowels. */
export const sv: CueLexicon = {
  how_to_use: [
    'hur använder', 'hur man använder', 'hur funkar', 'hur fungerar', 'bruksanvisning', 'manual', 'instruktion*', 'installera', 'installation',
    'ställa in', 'inställning', 'koppla', 'parkoppla', 'ansluta', 'ladda', 'hur laddar', 'laddningstid', 'tvätta', 'tvättas', 'tvättmaskin',
    'diskmaskin', 'rengöra', 'skötsel', 'montera', 'montering', 'sätta ihop', 'slå på', 'återställa', 'vad ingår', 'vad finns i lådan',
  ],
  size_fit: [
    'storlek', 'storlekar', 'vilken storlek', 'storleksguide', 'storlekstabell', 'liten i storleken', 'stor i storleken', 'passform',
    'mått', 'längd', 'bredd', 'höjd', 'bröstvidd', 'midjemått', 'innerbenslängd', 'skostorlek', 'hur stor',
  ],
  material_spec: [
    'material', 'vilket material', 'tillverkad av', 'tyg', 'bomull', 'polyester', 'läder', 'konstläder', 'rostfritt', 'plast', 'vattentät',
    'vattentålig', 'kapacitet', 'batteritid', 'effekt', 'vikt', 'hur tung', 'specifikation*', 'tekniska data', 'certifikat', 'certifierad',
    'ce-märkt', 'färger', 'vilka färger', 'andra färger', 'ingredienser',
  ],
  compatible: [
    'kompatibel', 'kompatibla', 'kompatibilitet', 'fungerar med', 'funkar med', 'passar till', 'passar på', 'passar min', 'passar mitt',
    'passar för', 'lämplig för', 'till min telefon', 'med min telefon', 'till iphone',
  ],
  in_stock: [
    'i lager', 'på lager', 'lagerstatus', 'tillgänglig', 'tillgängligt', 'finns i lager', 'slut i lager', 'slutsåld', 'slutsålt', 'utsåld',
    'tillbaka i lager', 'när kommer', 'har ni kvar', 'finns det kvar', 'förbeställa', 'förbeställning', 'reservera',
  ],
  price_question: ['pris', 'priset', 'priser', 'vad kostar', 'hur mycket kostar', 'kostar', 'kostnad', 'billigare', 'prislista', 'styckpris'],
  before_buying: [
    'innan jag beställer', 'innan jag köper', 'innan köp', 'om jag beställer', 'om jag köper', 'funderar på att köpa', 'funderar på att beställa',
    'vill köpa', 'skulle vilja köpa', 'tänker köpa', 'intresserad av', 'planerar att köpa',
  ],
  ship_to_country: [
    'skickar ni till', 'levererar ni till', 'leverans till', 'frakt till', 'skicka till', 'till sverige', 'till finland', 'till norge',
    'utomlands', 'internationell', 'vilka länder',
  ],
  shipping_cost: [
    'fraktkostnad', 'fraktkostnader', 'frakt', 'fraktavgift', 'porto', 'leveranskostnad', 'fri frakt', 'gratis frakt', 'fraktfritt',
    'vad kostar frakten', 'hur mycket kostar frakten', 'minsta belopp',
  ],
  delivery_time: [
    'leveranstid', 'leveranstider', 'hur lång tid', 'hur länge tar', 'hur snabbt', 'hur många dagar', 'när kan jag få', 'i tid', 'före jul',
    'expressfrakt', 'express', 'snabb leverans', 'snabbare', 'nästa dag', 'expressleverans',
  ],
  discount: [
    'rabatt', 'rabattkod', 'rabatter', 'kupong', 'kampanjkod', 'kampanj', 'erbjudande', 'rea', 'reapris', 'black friday', 'presentkort',
    'koden fungerar inte', 'koden funkar inte', 'ogiltig kod', 'koden har gått ut', 'bonuspoäng', 'poäng', 'studentrabatt', 'gåva', 'present',
  ],
  bulk_wholesale: [
    'grossist', 'grossistpris', 'partihandel', 'storköp', 'stor beställning', 'stora mängder', 'mängdrabatt', 'minsta beställning',
    'minsta antal', 'återförsäljare', 'sälja vidare', 'till min butik', 'till vårt företag', '000 st', '00 st', '000 stycken',
  ],
  return_policy: [
    'returpolicy', 'returvillkor', 'returrätt', 'ångerrätt', 'kan jag returnera', 'går det att returnera', 'kan jag byta', 'går det att byta',
    'om den inte passar', 'om det inte passar', 'om jag inte gillar', 'dagars returrätt', 'dagar att returnera', 'fri retur', 'gratis retur',
    'returfrakt', 'vem betalar returen', 'vem står för returen', 'öppet köp',
  ],
  warranty: ['garanti', 'garantin', 'garantitid', 'reklamationsrätt', 'under garantin', 'års garanti', 'hur lång garanti', 'tillverkargaranti'],
  place_order: [
    'lägga en beställning', 'lägga beställning', 'hur beställer', 'hur kan jag beställa', 'hur köper', 'vill beställa', 'beställa via telefon',
    'specialbeställning', 'gravyr', 'gravera', 'reservera', 'lägga undan', 'utan konto', 'som gäst',
  ],
  checkout_problem: [
    'kassan', 'i kassan', 'varukorg', 'varukorgen', 'checkout', 'slutföra köpet', 'slutföra beställningen', 'kan inte slutföra', 'går inte att beställa',
    'kan inte beställa', 'hänger sig', 'laddar bara', 'felmeddelande', 'knappen',
  ],
  order_confirmation: [
    'orderbekräftelse', 'beställningsbekräftelse', 'bekräftelse', 'bekräftelsemail', 'ingen bekräftelse', 'har ni fått min beställning',
    'gick beställningen igenom', 'beställningen mottagen', 'orderstatus', 'status på min beställning', 'ordernummer', 'beställningsnummer',
  ],
  when_ship: [
    'när skickas', 'när skickar ni', 'när kommer den att skickas', 'när skickas min', 'har den skickats', 'har ni skickat', 'redan skickad',
    'inte skickats', 'inte skickad', 'ännu inte skickat', 'behandlas', 'under behandling', 'packas', 'redo att skickas', 'hanteringstid',
  ],
  change_order: [
    'ändra min beställning', 'ändra beställningen', 'ändra ordern', 'ändra storlek', 'ändra färg', 'annan storlek', 'annan färg', 'ändra antal',
    'lägga till', 'ta bort', 'istället för', 'i stället för', 'ändra',
  ],
  change_address: [
    'ändra adress', 'ändra adressen', 'byta adress', 'leveransadress', 'fel adress', 'adressen är fel', 'ny adress', 'annan adress', 'flyttat',
    'postnummer', 'lägenhetsnummer',
  ],
  cancel: ['avbryta', 'avbeställa', 'avbeställning', 'annullera', 'makulera', 'avbryt', 'ångra köpet', 'vill inte ha den längre', 'ångrat mig'],
  payment_method: [
    'betalningsmetod', 'betalningsmetoder', 'betalsätt', 'hur betalar', 'hur kan jag betala', 'kan jag betala', 'betala med', 'swish', 'klarna',
    'faktura', 'delbetalning', 'kortbetalning', 'banköverföring', 'direktbetalning', 'postförskott', 'valuta', 'i kronor', 'i euro',
  ],
  payment_problem: [
    'betalningen misslyckades', 'betalningen gick inte igenom', 'kortet nekades', 'nekad', 'nekades', 'avvisad', 'betalningsfel',
    'betalning pågår', 'väntande betalning', 'dragit två gånger', 'dragits två gånger', 'debiterad två gånger', 'dubbeldragning', 'betalat två gånger',
    'dragit pengar', 'dragits', 'fel belopp', 'dragit för mycket', 'växelkurs', 'kan inte betala',
  ],
  invoice: [
    'kvitto', 'faktura', 'momsfaktura', 'moms', 'momsregistreringsnummer', 'organisationsnummer', 'orgnr', 'företagsnamn', 'företagsuppgifter',
    'till mitt företag', 'bokföring', 'kvittot',
  ],
  where_parcel: [
    'var är mitt paket', 'var är min beställning', 'var är paketet', 'var är min order', 'var är den', 'var finns', 'vart har', 'var håller',
    'mitt paket', 'min beställning', 'nyheter om',
  ],
  tracking: [
    'spårning', 'spårningsnummer', 'spårningslänk', 'kollinummer', 'sändningsnummer', 'spåra', 'tracking', 'vad betyder', 'vad innebär',
    'under transport', 'på väg', 'sorteras', 'status', 'länken fungerar inte', 'postnord',
  ],
  late: [
    'försenad', 'försenat', 'försening', 'förseningar', 'för sent', 'inte kommit', 'har inte kommit', 'fortfarande inte', 'fortfarande inget',
    'tar lång tid', 'tar evigheter', 'veckor', 'i veckor', 'en månad', 'beräknad leverans', 'skulle ha kommit', 'borde ha kommit', 'fastnat',
    'står still', 'ingen uppdatering', 'inte uppdaterats', 'samma status', 'väntar fortfarande',
  ],
  marked_delivered: [
    'levererad', 'levererat', 'står som levererad', 'står levererat', 'markerad som levererad', 'har levererats', 'utdelad', 'kvitterad',
    'leveransbevis', 'signerad',
  ],
  not_received: [
    'inte fått', 'aldrig fått', 'har inte fått', 'inte mottagit', 'aldrig mottagit', 'fick aldrig', 'inget paket', 'inte i brevlådan',
    'hittar inte', 'stulen', 'stulet', 'borttappad', 'försvunnen', 'försvunnit', 'inte levererad',
  ],
  neighbour_locker: [
    'granne', 'grannen', 'grannar', 'paketautomat', 'paketskåp', 'utlämningsställe', 'ombud', 'postombud', 'brevlåda', 'brevlådan',
    'utanför dörren', 'fel adress', 'annan adress', 'receptionen',
  ],
  customs: [
    'tull', 'tullen', 'tullavgift', 'tullavgifter', 'förtullning', 'tullklarering', 'importmoms', 'moms vid import', 'importavgift', 'avgift',
    'hanteringsavgift', 'betala för att få', 'tulldeklaration', 'dokument', 'legitimation', 'pass', 'personnummer', 'retur till avsändaren',
    'skickats tillbaka till avsändaren', 'returnerad till avsändaren',
  ],
  broken_damaged: [
    'trasig', 'trasigt', 'trasiga', 'sönder', 'skadad', 'skadat', 'skadade', 'skada', 'transportskada', 'spricka', 'sprucken', 'spräckt',
    'krossad', 'krossat', 'tillplattad', 'buckla', 'bucklig', 'repig', 'repor', 'repa', 'riven', 'hål', 'böjd', 'fläck', 'fläckar', 'smutsig',
    'läcker', 'defekt', 'felaktig', 'öppnat paket', 'i bitar',
  ],
  missing_part: [
    'saknas', 'saknades', 'saknar', 'saknade', 'fattas', 'inte med', 'ingick inte', 'ofullständig', 'ingen laddare', 'ingen kabel',
    'inga skruvar', 'ingen manual', 'bara en', 'bara ett', 'tom kartong', 'tomt paket', 'delar', 'tillbehör',
  ],
  not_working: [
    'fungerar inte', 'funkar inte', 'går inte att starta', 'startar inte', 'går inte igång', 'laddar inte', 'ansluter inte', 'kopplar inte',
    'inget ljud', 'ingen bild', 'reagerar inte', 'defekt', 'felkod', 'blinkar', 'blir varm', 'överhettas', 'stänger av sig',
  ],
  on_arrival: [
    'kom idag', 'kom igår', 'fick den idag', 'fick den igår', 'fick paketet', 'vid leverans', 'när jag öppnade', 'öppnade paketet',
    'öppnade kartongen', 'packade upp', 'vid uppackning', 'från början', 'första dagen', 'första användningen', 'första gången',
  ],
  wrong_item: [
    'fel vara', 'fel produkt', 'fel färg', 'fel storlek', 'fel modell', 'fel antal', 'felaktig vara', 'inte det jag beställde', 'inte vad jag beställde',
    'annan vara', 'annan produkt', 'annan färg', 'annan storlek', 'jag beställde', 'beställde', 'istället för', 'i stället för', 'ni skickade',
    'förväxlat', 'inte min',
  ],
  want_return: [
    'returnera', 'retur', 'returen', 'skicka tillbaka', 'returetikett', 'returadress', 'returformulär', 'passar inte', 'för liten', 'för litet',
    'för stor', 'för stort', 'för trång', 'för kort', 'för lång', 'inte som beskrivet', 'inte som på bilden', 'gillar inte', 'ångerrätt',
  ],
  exchange: ['byta', 'byte', 'byta ut', 'byta till', 'en storlek större', 'en storlek mindre', 'större storlek', 'mindre storlek', 'bytesrätt'],
  refund: ['återbetalning', 'återbetala', 'återbetalt', 'pengarna tillbaka', 'pengar tillbaka', 'mina pengar', 'ersättning', 'kreditera', 'refund'],
  refund_status: [
    'var är mina pengar', 'var är återbetalningen', 'när får jag pengarna', 'när får jag tillbaka', 'inte fått pengarna', 'inte fått återbetalningen',
    'ingen återbetalning', 'inte återbetalt', 'väntar på återbetalning', 'väntar på pengarna', 'lovade återbetalning', 'status på återbetalningen',
    'inte på mitt konto',
  ],
  return_shipped: [
    'skickat tillbaka', 'skickade tillbaka', 'returnerat', 'returnerade', 'min retur', 'returen har', 'fått min retur', 'mottagit returen',
    'returpaket', 'lämnade in', 'lämnat in',
  ],
  stopped_working: [
    'slutat fungera', 'slutade fungera', 'slutade funka', 'fungerar inte längre', 'funkar inte längre', 'plötsligt', 'helt plötsligt', 'i början',
    'fungerade', 'fungerade bra', 'funkade', 'efter en vecka', 'efter två veckor', 'efter 0 veckor', 'efter en månad', 'efter 0 månader',
    'efter några dagar', 'efter några veckor', 'efter en tid', 'normal användning', 'lossnat', 'flagnar', 'blekt', 'sliten',
  ],
  repair: ['reparation', 'reparera', 'reparerad', 'laga', 'lagad', 'ersättningsprodukt', 'ny produkt', 'reservdel', 'reservdelar', 'serviceverkstad', 'reklamera', 'reklamation'],
  bad_service: [
    'dålig service', 'dålig kundservice', 'oacceptabelt', 'skandal', 'skandalöst', 'skämt', 'besviken', 'besviket', 'missnöjd', 'förbannad',
    'irriterad', 'trött på', 'otrevlig', 'oprofessionellt', 'inkompetent', 'aldrig igen', 'sämsta', 'värdelös', 'värdelöst', 'bedrövligt',
    'ljugit', 'lögner', 'standardsvar',
  ],
  manager_escalate: ['chef', 'chefen', 'ansvarig', 'överordnad', 'ledningen', 'klagomål', 'klaga', 'formellt klagomål', 'eskalera', 'teamledare'],
  slow_reply: [
    'inget svar', 'inga svar', 'ingen svarar', 'svarar inte', 'ni svarar inte', 'väntar på svar', 'fortfarande inget svar', 'ignorerar',
    'ignorerad', 'flera gånger', 'många gånger', 'tredje gången', 'redan skrivit', 'är det någon där', 'hallå??',
  ],
  threat: [
    'bedrägeri', 'bedragare', 'lurad', 'lurade', 'blåst', 'tjuvar', 'stöld', 'advokat', 'jurist', 'rättsliga åtgärder', 'domstol', 'stämma',
    'polisen', 'polisanmälan', 'anmäla', 'konsumentverket', 'arn', 'allmänna reklamationsnämnden', 'återkrav', 'chargeback', 'tvist',
    'dålig recension', 'negativ recension', 'en stjärna', 'sociala medier',
  ],
  thanks_praise: [
    'tack', 'tack så mycket', 'stort tack', 'tusen tack', 'tackar', 'toppen', 'super', 'jättebra', 'fantastisk', 'fantastiskt', 'perfekt',
    'underbar', 'fint', 'snygg', 'nöjd', 'mycket nöjd', 'älskar', 'rekommenderar', 'handlar igen', 'snabb leverans', 'bra förpackat',
    'hjälpsam', 'trevlig',
  ],
  review: ['recension', 'omdöme', 'betyg', 'stjärnor', '0 stjärnor', 'fem stjärnor', 'feedback', 'trustpilot', 'prisjakt', 'skriva en recension'],
  suggestion: [
    'förslag', 'föreslår', 'idé', 'idéer', 'vore bra', 'vore kul', 'vore trevligt', 'skulle vara bra', 'ni borde', 'ni kunde', 'i framtiden',
    'nästa gång', 'fler färger', 'fler storlekar', 'tips',
  ],
  account: ['konto', 'mitt konto', 'kundkonto', 'profil', 'registrera', 'registrering', 'skapa konto', 'användarnamn', 'mina sidor'],
  login_problem: [
    'logga in', 'inloggning', 'kan inte logga in', 'kommer inte in', 'utelåst', 'låst', 'kontot är låst', 'spärrat', 'spärrad', 'avstängt',
    'hackad', 'hackat', 'kapat', 'någon har loggat in', 'misstänkt inloggning', 'misstänkt aktivitet', 'inte jag', 'bankid', 'utloggad',
  ],
  password_reset: [
    'lösenord', 'lösenordet', 'glömt lösenord', 'glömt mitt lösenord', 'återställa lösenord', 'nytt lösenord', 'byta lösenord', 'fel lösenord',
    'återställningslänk',
  ],
  verification_code: [
    'verifieringskod', 'bekräftelsekod', 'engångskod', 'sms-kod', 'kod via sms', 'sms', 'verifiering', 'verifiera', 'tvåstegsverifiering',
    'tvåfaktor', 'aktiveringskod', 'aktiveringslänk', 'aktivera kontot', 'ingen kod', 'koden kommer inte', 'får ingen kod', 'captcha',
  ],
  delete_account: [
    'radera mitt konto', 'radera kontot', 'ta bort mitt konto', 'ta bort kontot', 'avsluta mitt konto', 'stänga kontot', 'mina uppgifter',
    'personuppgifter', 'radera mina uppgifter', 'gdpr', 'integritet', 'registerutdrag', 'vilka uppgifter',
  ],
  unsubscribe: [
    'avregistrera', 'avprenumerera', 'avsluta prenumeration', 'nyhetsbrev', 'nyhetsbrevet', 'reklammejl', 'reklam', 'sluta skicka', 'inga fler mejl',
    'för många mejl', 'utskick', 'spam', 'mejllista',
  ],
  edit_account: [
    'ändra e-post', 'ändra mejl', 'ändra e-postadress', 'byta e-post', 'ny e-post', 'ny mejladress', 'ändra namn', 'ändra telefonnummer',
    'ändra nummer', 'ändra uppgifter', 'uppdatera mina uppgifter', 'redigera profil', 'slå ihop', 'slå samman', 'två konton',
  ],
  human_agent: [
    'människa', 'en människa', 'riktig person', 'en person', 'handläggare', 'kundtjänst', 'medarbetare', 'inte en bot', 'bot', 'chattbot', 'robot',
    'automatiskt svar', 'prata med någon', 'prata med en',
  ],
  phone_call: ['telefon', 'telefonnummer', 'ringa', 'ring mig', 'ringa upp', 'ringer', 'samtal', 'per telefon', 'kundtjänstnummer', 'whatsapp'],
  business_offer: [
    'seo', 'sökmotoroptimering', 'google-ranking', 'byrå', 'vår byrå', 'marknadsföring', 'samarbete', 'partnerskap', 'erbjudande till er',
    'tillverkare', 'fabrik', 'leverantör', 'öka er försäljning', 'webbdesign', 'influencer', 'sponsring', 'affiliate',
  ],
  job_application: [
    'jobb', 'ansökan', 'ansöka', 'söka jobb', 'ledig tjänst', 'lediga tjänster', 'cv', 'praktik', 'praktikplats', 'deltid', 'heltid',
    'personligt brev', 'jobba hos er', 'arbeta hos er',
  ],
};

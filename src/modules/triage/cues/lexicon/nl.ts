import type { CueLexicon } from '../concepts.js';

/** Dutch (Netherlands and Flanders). */
export const nl: CueLexicon = {
  how_to_use: [
    'hoe gebruik', 'hoe werkt', 'hoe moet ik', 'hoe werkt het', 'gebruiksaanwijzing', 'handleiding', 'instructies', 'uitleg', 'tutorial',
    'installeren', 'installatie', 'instellen', 'koppelen', 'verbinden', 'hoe verbind ik', 'opladen', 'hoe laad ik', 'oplaadtijd', 'wassen',
    'wasbaar', 'wasmachine', 'vaatwasser', 'vaatwasserbestendig', 'schoonmaken', 'reinigen', 'onderhoud', 'in elkaar zetten', 'monteren',
    'montage', 'aanzetten', 'inschakelen', 'resetten', 'wat zit er in de doos', 'wat zit erbij', 'inhoud van de doos', 'voorzorgsmaatregelen',
  ],
  size_fit: [
    'maat', 'maten', 'welke maat', 'maattabel', 'maatadvies', 'maatvoering', 'valt klein', 'valt groot', 'valt normaal', 'pasvorm', 'past',
    'afmetingen', 'afmeting', 'lengte', 'breedte', 'hoogte', 'borstomvang', 'taille', 'binnenbeenlengte', 'schoenmaat', 'hoe groot',
  ],
  material_spec: [
    'materiaal', 'van welk materiaal', 'gemaakt van', 'stof', 'katoen', 'polyester', 'leer', 'leder', 'kunstleer', 'rvs', 'roestvrij staal',
    'kunststof', 'plastic', 'waterdicht', 'waterbestendig', 'capaciteit', 'accucapaciteit', 'batterijduur', 'vermogen', 'gewicht',
    'hoe zwaar', 'specificaties', 'specs', 'technische gegevens', 'certificaat', 'gecertificeerd', 'ce-markering', 'kleuren',
    'welke kleuren', 'andere kleuren', 'bpa-vrij', 'ingrediënten', 'nikkelvrij',
  ],
  compatible: [
    'compatibel', 'compatibiliteit', 'werkt met', 'werkt het met', 'past op', 'past in', 'past bij', 'geschikt voor', 'voor mijn telefoon',
    'met mijn telefoon', 'voor iphone', 'voor samsung', 'passend voor',
  ],
  in_stock: [
    'op voorraad', 'voorraad', 'beschikbaar', 'leverbaar', 'niet leverbaar', 'uitverkocht', 'weer op voorraad', 'weer leverbaar',
    'wanneer weer', 'hebben jullie nog', 'heeft u nog', 'nog te koop', 'pre-order', 'reserveren', 'bijbestellen',
  ],
  price_question: [
    'prijs', 'prijzen', 'wat kost', 'hoeveel kost', 'hoeveel kosten', 'kosten', 'kost het', 'wat is de prijs', 'goedkoper', 'prijslijst',
    'stukprijs', 'inclusief btw',
  ],
  before_buying: [
    'voordat ik bestel', 'voor ik bestel', 'voordat ik koop', 'voor de bestelling', 'voor aankoop', 'als ik bestel', 'als ik vandaag bestel',
    'als ik koop', 'overweeg te bestellen', 'overweeg te kopen', 'wil graag kopen', 'wil graag bestellen', 'zou graag bestellen',
    'interesse in', 'geïnteresseerd in', 'ben van plan',
  ],
  ship_to_country: [
    'verzenden jullie naar', 'versturen jullie naar', 'leveren jullie in', 'leveren jullie naar', 'levering naar', 'verzending naar',
    'versturen naar', 'naar belgië', 'naar belgie', 'naar nederland', 'internationaal', 'buitenland', 'naar het buitenland',
    'welke landen', 'ook naar',
  ],
  shipping_cost: [
    'verzendkosten', 'bezorgkosten', 'portokosten', 'porto', 'leveringskosten', 'gratis verzending', 'gratis verzonden', 'gratis bezorging',
    'gratis levering', 'wat kost verzending', 'wat kost de verzending', 'hoeveel verzendkosten', 'vanaf welk bedrag', 'minimaal bestelbedrag',
  ],
  delivery_time: [
    'levertijd', 'levertijden', 'verzendtijd', 'bezorgtijd', 'hoe lang duurt', 'hoelang duurt', 'hoe snel', 'hoeveel dagen', 'wanneer in huis',
    'wanneer heb ik het', 'op tijd', 'voor kerst', 'voor sinterklaas', 'snelle levering', 'snelle verzending', 'sneller', 'spoedlevering',
    'express', 'expresverzending', 'morgen in huis', 'volgende dag', 'binnen 00 uur',
  ],
  discount: [
    'korting', 'kortingscode', 'kortingen', 'coupon', 'couponcode', 'actiecode', 'promotiecode', 'promocode', 'actie', 'acties', 'aanbieding',
    'aanbiedingen', 'uitverkoop', 'black friday', 'voucher', 'waardebon', 'cadeaubon', 'code werkt niet', 'code doet het niet',
    'ongeldige code', 'code ongeldig', 'code verlopen', 'spaarpunten', 'loyaliteit', 'studentenkorting', 'gratis cadeau', 'kado',
  ],
  bulk_wholesale: [
    'groothandel', 'groothandelsprijs', 'grote hoeveelheid', 'grote hoeveelheden', 'grote bestelling', 'partij', 'staffelkorting',
    'staffelprijs', 'minimale afname', 'minimum afname', 'wederverkoper', 'doorverkopen', 'b0b', 'zakelijk', 'voor mijn winkel',
    'voor ons bedrijf', '000 stuks', '00 stuks',
  ],
  return_policy: [
    'retourbeleid', 'retourvoorwaarden', 'retourneren mogelijk', 'kan ik retourneren', 'kan ik het terugsturen', 'kan ik ruilen',
    'mag ik retourneren', 'mag ik ruilen', 'ruilen mogelijk', 'bedenktijd', 'herroepingsrecht', 'dagen retour', 'dagen bedenktijd',
    'als het niet past', 'als het niet bevalt', 'gratis retour', 'gratis retourneren', 'retourkosten', 'wie betaalt de retour',
    'wie betaalt het retour', 'niet goed geld terug',
  ],
  warranty: [
    'garantie', 'garantietermijn', 'garantieperiode', 'fabrieksgarantie', 'onder garantie', 'valt onder garantie', 'jaar garantie',
    'jaar garantie op', 'hoe lang garantie', 'garantieclaim',
  ],
  place_order: [
    'bestelling plaatsen', 'een bestelling plaatsen', 'hoe bestel ik', 'hoe kan ik bestellen', 'hoe kan ik kopen', 'wil bestellen',
    'telefonisch bestellen', 'per mail bestellen', 'maatwerk', 'op maat', 'gepersonaliseerd', 'personaliseren', 'gravure', 'graveren',
    'reserveren', 'apart leggen', 'zonder account', 'als gast bestellen', 'offerte',
  ],
  checkout_problem: [
    'winkelmand', 'winkelwagen', 'winkelmandje', 'afrekenen', 'checkout', 'bestelling afronden', 'kan niet afrekenen', 'lukt niet om af te rekenen',
    'kan de bestelling niet afronden', 'lukt niet', 'blijft laden', 'blijft hangen', 'loopt vast', 'foutmelding', 'error', 'knop',
    'kan niet bestellen',
  ],
  order_confirmation: [
    'orderbevestiging', 'bestelbevestiging', 'bevestigingsmail', 'bevestiging', 'geen bevestiging', 'bevestiging ontvangen',
    'bestelling ontvangen', 'hebben jullie mijn bestelling', 'is mijn bestelling binnen', 'is mijn bestelling gelukt', 'bestelling gelukt',
    'bestelstatus', 'status van mijn bestelling', 'bestelnummer', 'ordernummer',
  ],
  when_ship: [
    'wanneer wordt het verzonden', 'wanneer wordt mijn bestelling verzonden', 'wanneer verzenden jullie', 'wanneer versturen jullie',
    'wanneer wordt het verstuurd', 'wanneer gaat het de deur uit', 'al verzonden', 'al verstuurd', 'nog niet verzonden', 'nog niet verstuurd',
    'niet verzonden', 'niet verstuurd', 'wordt verwerkt', 'in behandeling', 'in verwerking', 'verzendklaar', 'klaar voor verzending',
    'de deur uit', 'verwerkingstijd',
  ],
  change_order: [
    'bestelling wijzigen', 'bestelling aanpassen', 'wijziging', 'maat wijzigen', 'maat aanpassen', 'andere maat', 'kleur wijzigen',
    'andere kleur', 'aantal wijzigen', 'aantal aanpassen', 'toevoegen', 'erbij bestellen', 'verwijderen', 'in plaats van', 'ipv',
    'wijzigen', 'aanpassen', 'omzetten',
  ],
  change_address: [
    'adres wijzigen', 'adres aanpassen', 'adreswijziging', 'afleveradres', 'bezorgadres', 'verkeerd adres', 'fout adres', 'adres klopt niet',
    'nieuw adres', 'ander adres', 'verhuisd', 'huisnummer', 'postcode', 'typfout in het adres',
  ],
  cancel: [
    'annuleren', 'annulering', 'geannuleerd', 'annuleer', 'bestelling annuleren', 'annuleringskosten', 'afzeggen', 'ontbinden',
    'wil het niet meer', 'hoef het niet meer', 'niet meer nodig',   ],
  payment_method: [
    'betaalmethode', 'betaalmethoden', 'betaalmethodes', 'betaalmogelijkheden', 'hoe kan ik betalen', 'hoe betaal ik', 'kan ik betalen',
    'betalen met', 'ideal', 'creditcard', 'bankoverschrijving', 'overschrijving', 'overmaken', 'achteraf betalen', 'in termijnen',
    'gespreid betalen', 'bancontact', 'payconiq', 'rembours', 'valuta', 'in euro',
  ],
  payment_problem: [
    'betaling mislukt', 'betaling geweigerd', 'kaart geweigerd', 'geweigerd', 'betaling lukt niet', 'betaling gaat niet door',
    'betaling in behandeling', 'betaling hangt', 'openstaande betaling', 'dubbel afgeschreven', 'twee keer afgeschreven',
    'dubbel betaald', 'twee keer betaald', 'dubbele afschrijving', 'afgeschreven', 'verkeerd bedrag', 'te veel afgeschreven',
    'te veel betaald', 'ander bedrag', 'wisselkoers', 'omrekening', 'transactiekosten', 'kan niet betalen',
  ],
  invoice: [
    'factuur', 'facturen', 'bon', 'kassabon', 'aankoopbewijs', 'betaalbewijs', 'btw', 'btw-nummer', 'btw nummer', 'btw-factuur', 'kvk',
    'kvk-nummer', 'bedrijfsnaam', 'bedrijfsgegevens', 'op naam van', 'voor mijn bedrijf', 'voor de boekhouding', 'boekhouder',
    'zakelijke factuur', 'proforma',
  ],
  where_parcel: [
    'waar is mijn pakket', 'waar is mijn bestelling', 'waar blijft mijn pakket', 'waar blijft mijn bestelling', 'waar blijft', 'waar is het',
    'waar is het pakket', 'waar is mijn pakketje', 'waar is mijn order', 'waar bevindt', 'nieuws over mijn', 'stand van zaken', 'mijn pakket',
    'mijn pakketje',
  ],
  tracking: [
    'track en trace', 'track & trace', 'track&trace', 'trackingcode', 'trackingnummer', 'tracking', 'volgcode', 'volgnummer', 'zendingnummer',
    'barcode', 'volgen', 'wat betekent', 'wat houdt in', 'onderweg', 'in transit', 'sorteercentrum', 'bezorger is onderweg', 'status',
    'link werkt niet', 'postnl', 'dhl', 'bpost',
  ],
  late: [
    'te laat', 'vertraagd', 'vertraging', 'nog steeds niet binnen', 'nog niet binnen', 'nog niet ontvangen', 'nog steeds niet', 'nog niet aangekomen',
    'duurt lang', 'duurt erg lang', 'duurt zo lang', 'weken', 'al weken', 'al dagen', 'een maand', 'verwachte levering', 'verwachte bezorgdatum',
    'had moeten', 'had al binnen moeten zijn', 'zou aankomen', 'zit vast', 'staat stil', 'beweegt niet', 'geen update', 'geen updates',
    'niet bijgewerkt', 'zelfde status', 'wacht nog steeds', 'wacht al',
  ],
  marked_delivered: [
    'staat als bezorgd', 'staat bezorgd', 'als bezorgd', 'bezorgd', 'is bezorgd', 'afgeleverd', 'staat afgeleverd', 'zou bezorgd zijn',
    'volgens track en trace', 'volgens de tracking', 'bezorgbewijs', 'handtekening', 'afgegeven', 'neergezet',
  ],
  not_received: [
    'niet ontvangen', 'nooit ontvangen', 'niks ontvangen', 'niets ontvangen', 'niet gekregen', 'nooit gekregen', 'nooit aangekomen',
    'niet aangekomen', 'geen pakket', 'niet in de brievenbus', 'kan het niet vinden', 'gestolen', 'kwijt', 'zoekgeraakt', 'verdwenen',
    'niet bezorgd', 'nooit bezorgd',
  ],
  neighbour_locker: [
    'buren', 'buurman', 'buurvrouw', 'bij de buren', 'pakketpunt', 'afhaalpunt', 'servicepunt', 'ophaalpunt', 'pakketautomaat', 'locker',
    'postkantoor', 'brievenbus', 'voor de deur', 'verkeerd adres', 'ander adres', 'verkeerde huisnummer', 'bezorgd bij', 'receptie',
  ],
  customs: [
    'douane', 'bij de douane', 'douanekosten', 'douanerechten', 'inklaring', 'inklaringskosten', 'invoerrechten', 'invoerheffing',
    'importkosten', 'btw bij levering', 'btw betalen', 'heffing', 'heffingen', 'afhandelingskosten', 'betalen bij levering',
    'betalen voor ontvangst', 'douaneaangifte', 'documenten', 'paspoort', 'identiteitskaart', 'id-kaart', 'bsn', 'retour afzender',
    'terug naar afzender', 'teruggestuurd naar de afzender', 'retour naar afzender',
  ],
  broken_damaged: [
    'kapot', 'gebroken', 'beschadigd', 'beschadiging', 'schade', 'transportschade', 'is stuk', 'zijn stuk', 'stukgegaan', 'kapotgegaan', 'gebarsten', 'barst', 'scheur', 'gescheurd',
    'versplinterd', 'gekrast', 'kras', 'krassen', 'geplet', 'ingedeukt', 'deuk', 'gedeukt', 'lekt', 'gelekt', 'verbogen', 'afgebroken',
    'vlek', 'vlekken', 'vies', 'vuil', 'defect', 'gat', 'doos was open', 'pakket was open', 'in stukken',
  ],
  missing_part: [
    'ontbreekt', 'ontbreken', 'ontbrak', 'ontbrekende', 'mist', 'missen', 'niet meegeleverd', 'zat er niet bij', 'niet bijgeleverd',
    'onvolledig', 'incompleet', 'geen oplader', 'geen kabel', 'geen schroeven', 'geen handleiding', 'maar een', 'maar één', 'slechts één',
    'lege doos', 'doos was leeg', 'onderdeel', 'onderdelen', 'accessoire',
  ],
  not_working: [
    'werkt niet', 'doet het niet', 'gaat niet aan', 'doet niks', 'doet niets', 'laadt niet op', 'laadt niet', 'maakt geen verbinding',
    'verbindt niet', 'koppelt niet', 'geen geluid', 'geen beeld', 'reageert niet', 'start niet', 'defect', 'foutcode', 'knippert',
    'wordt heet', 'oververhit', 'valt uit',
  ],
  on_arrival: [
    'aangekomen', 'kwam aan', 'binnengekomen', 'vandaag ontvangen', 'gisteren ontvangen', 'vandaag binnen', 'gisteren binnen',
    'bij ontvangst', 'bij aankomst', 'bij het openen', 'bij het uitpakken', 'uitgepakt', 'geopend', 'vanaf het begin', 'vanaf dag één',
    'eerste gebruik', 'eerste keer',   ],
  wrong_item: [
    'verkeerd artikel', 'verkeerde artikel', 'verkeerd product', 'verkeerde product', 'verkeerde kleur', 'verkeerde maat', 'verkeerd model',
    'verkeerde model', 'verkeerd aantal', 'verkeerd geleverd', 'verkeerd gestuurd', 'verkeerde bestelling', 'niet wat ik besteld heb',
    'niet wat ik bestelde', 'niet besteld', 'ander artikel', 'ander product', 'andere kleur', 'andere maat', 'ander model', 'ik had besteld',
    'in plaats van', 'ipv', 'verwisseld', 'niet van mij',
  ],
  want_return: [
    'retourneren', 'retour', 'terugsturen', 'terug sturen', 'retourzending aanmelden', 'retour aanmelden', 'retourlabel', 'retouradres',
    'retourformulier', 'past niet', 'te klein', 'te groot', 'te krap', 'te strak', 'te kort', 'te lang', 'niet zoals beschreven',
    'anders dan op de foto', 'valt tegen', 'bevalt niet', 'vind het niet mooi', 'herroeping',
  ],
  exchange: [
    'ruilen', 'omruilen', 'inruilen', 'ruil', 'omwisselen', 'maat groter', 'maat kleiner', 'een maat groter', 'een maat kleiner',
    'andere maat', 'vervangen door',
  ],
  refund: [
    'terugbetaling', 'terugbetalen', 'terugbetaald', 'terugstorten', 'teruggestort', 'geld terug', 'mijn geld', 'restitutie', 'vergoeding',
    'gedeeltelijke terugbetaling', 'tegoed', 'creditnota', 'refund',
  ],
  refund_status: [
    'waar blijft mijn geld', 'waar is mijn geld', 'waar blijft de terugbetaling', 'waar blijft mijn terugbetaling', 'wanneer krijg ik mijn geld',
    'wanneer wordt het teruggestort', 'nog geen geld', 'nog niet terugbetaald', 'nog niet teruggestort', 'nog steeds geen terugbetaling',
    'geld nog niet ontvangen', 'wacht op mijn geld', 'wacht op de terugbetaling', 'terugbetaling toegezegd', 'status van de terugbetaling',
    'niet op mijn rekening',
  ],
  return_shipped: [
    'teruggestuurd', 'retour gestuurd', 'geretourneerd', 'al teruggestuurd', 'heb het teruggestuurd', 'mijn retour', 'mijn retourzending',
    'de retour', 'retour ontvangen', 'retourzending ontvangen', 'hebben jullie mijn retour', 'retour aangekomen', 'afgegeven bij',
    'ingeleverd', 'track en trace van de retour',
  ],
  stopped_working: [
    'werkt niet meer', 'doet het niet meer', 'gaat niet meer aan', 'laadt niet meer op', 'opeens', 'ineens', 'plotseling', 'in het begin',
    'werkte prima', 'werkte goed', 'deed het prima', 'na een week', 'na twee weken', 'na 0 weken', 'na een maand', 'na 0 maanden',
    'na een paar dagen', 'na een paar weken', 'na korte tijd', 'na een tijdje', 'normaal gebruik', 'laat los', 'losgekomen', 'verkleurd',
    'versleten',
  ],
  repair: [
    'reparatie', 'repareren', 'gerepareerd', 'laten maken', 'vervanging', 'vervangen', 'vervangend', 'nieuw exemplaar',
    'onderdeel', 'reserveonderdeel', 'servicecentrum', 'garantieclaim', 'opsturen voor reparatie',
  ],
  bad_service: [
    'slechte service', 'slechte klantenservice', 'belachelijk', 'schandalig', 'schande', 'onacceptabel', 'onaanvaardbaar', 'teleurgesteld',
    'teleurstellend', 'teleurstelling', 'ontevreden', 'boos', 'woedend', 'kwaad', 'geïrriteerd', 'geirriteerd', 'het zat', 'ben het zat',
    'klaar mee', 'onbeschoft', 'onvriendelijk', 'onprofessioneel', 'incompetent', 'nooit meer', 'waardeloos', 'slechtste', 'bagger',
    'standaard antwoord', 'standaardantwoord', 'afgescheept', 'gelogen', 'leugens',
  ],
  manager_escalate: [
    'manager', 'leidinggevende', 'supervisor', 'teamleider', 'directie', 'eigenaar', 'verantwoordelijke', 'klacht', 'klachten',
    'formele klacht', 'klacht indienen', 'escaleren', 'hogerop',
  ],
  slow_reply: [
    'geen antwoord', 'geen reactie', 'geen respons', 'niemand reageert', 'niemand antwoordt', 'reageren niet', 'jullie reageren niet',
    'wacht op antwoord', 'wacht op een reactie', 'nog steeds geen antwoord', 'nog geen reactie', 'genegeerd', 'negeren', 'meerdere keren',
    'meermaals', 'al vaker', 'derde keer', 'alweer', 'al 0 keer', 'is daar iemand', 'hallo??',
  ],
  threat: [
    'oplichting', 'oplichters', 'oplichter', 'opgelicht', 'fraude', 'nep', 'nepwinkel', 'dieven', 'diefstal', 'advocaat', 'juridische stappen',
    'rechter', 'rechtbank', 'aanklagen', 'politie', 'aangifte', 'consumentenbond', 'acm', 'geschillencommissie', 'test-aankoop',
    'terugboeking', 'chargeback', 'geschil', 'slechte review', 'negatieve review', 'slechte recensie', 'één ster', 'social media',
  ],
  thanks_praise: [
    'bedankt', 'dank je', 'dank u', 'dankjewel', 'dank je wel', 'hartelijk dank', 'heel erg bedankt', 'top', 'super', 'geweldig',
    'fantastisch', 'perfect', 'prima', 'heel blij', 'erg blij', 'blij mee', 'tevreden', 'zeer tevreden', 'mooi', 'prachtig', 'netjes',
    'snel geleverd', 'snelle service', 'goed verpakt', 'aanrader', 'aanraden', 'kan het iedereen aanraden', 'zeker weer', 'vriendelijk',
    'behulpzaam', 'chapeau', 'complimenten',
  ],
  review: [
    'review', 'reviews', 'recensie', 'beoordeling', 'beoordelen', 'sterren', '0 sterren', 'vijf sterren', 'feedback', 'kiyoh', 'trustpilot',
    'google review',
  ],
  suggestion: [
    'suggestie', 'suggesties', 'voorstel', 'idee', 'ideeën', 'tip', 'zou fijn zijn', 'zou leuk zijn', 'zou handig zijn', 'zou mooi zijn',
    'jullie zouden', 'jullie kunnen', 'in de toekomst', 'voortaan', 'volgende keer', 'meer kleuren', 'meer maten', 'zou ik graag zien',
  ],
  account: [
    'account', 'mijn account', 'profiel', 'registreren', 'registratie', 'aanmelden', 'account aanmaken', 'gebruikersnaam', 'klantaccount',
    'mijn omgeving',
  ],
  login_problem: [
    'inloggen', 'login', 'kan niet inloggen', 'lukt niet om in te loggen', 'kom er niet in', 'kom niet in mijn account', 'geblokkeerd',
    'account geblokkeerd', 'vergrendeld', 'opgeschort', 'gedeactiveerd', 'gehackt', 'gehacked', 'iemand anders ingelogd', 'verdachte login',
    'verdachte activiteit', 'niet ik', 'uitgelogd',
  ],
  password_reset: [
    'wachtwoord', 'wachtwoord vergeten', 'wachtwoord resetten', 'wachtwoord herstellen', 'nieuw wachtwoord', 'wachtwoord wijzigen',
    'verkeerd wachtwoord', 'wachtwoord klopt niet', 'resetlink', 'reset link',
  ],
  verification_code: [
    'verificatiecode', 'bevestigingscode', 'beveiligingscode', 'sms-code', 'code per sms', 'sms', 'eenmalige code', 'verificatie', 'verifiëren',
    'tweestapsverificatie', 'twee-factor', '0fa', 'activatiecode', 'activatielink', 'account activeren', 'geen code', 'code komt niet',
    'krijg geen code', 'captcha',
  ],
  delete_account: [
    'account verwijderen', 'account opheffen', 'account sluiten', 'verwijder mijn account', 'mijn gegevens', 'gegevens verwijderen',
    'persoonsgegevens', 'persoonlijke gegevens', 'avg', 'gdpr', 'privacy', 'inzageverzoek', 'recht op vergetelheid', 'welke gegevens',
  ],
  unsubscribe: [
    'afmelden', 'uitschrijven', 'nieuwsbrief', 'nieuwsbrieven', 'reclamemails', 'reclame', 'promotiemails', 'stop met mailen',
    'geen mails meer', 'geen e-mails meer', 'te veel mails', 'mailinglijst', 'verzendlijst', 'spam', 'ontvang graag geen',
  ],
  edit_account: [
    'e-mailadres wijzigen', 'emailadres wijzigen', 'e-mail wijzigen', 'email wijzigen', 'mailadres aanpassen', 'nieuw e-mailadres',
    'naam wijzigen', 'telefoonnummer wijzigen', 'nummer wijzigen', 'gegevens wijzigen', 'gegevens aanpassen', 'profiel aanpassen',
    'instellingen', 'samenvoegen', 'accounts samenvoegen', 'twee accounts',
  ],
  human_agent: [
    'mens', 'een mens', 'echt persoon', 'echte persoon', 'echt mens', 'medewerker', 'medewerkster', 'iemand spreken', 'iemand van jullie',
    'geen bot', 'geen robot', 'robot', 'chatbot', 'automatisch antwoord', 'automatische antwoorden', 'met iemand praten', 'klantenservice',
  ],
  phone_call: [
    'telefoon', 'telefoonnummer', 'telefonisch', 'bellen', 'bel me', 'bel mij', 'terugbellen', 'teruggebeld', 'gebeld', 'telefonisch contact',
    'whatsapp', 'bereikbaar',   ],
  business_offer: [
    'seo', 'zoekmachineoptimalisatie', 'vindbaarheid', 'eerste pagina van google', 'bureau', 'ons bureau', 'marketing', 'samenwerking',
    'samenwerken', 'partnerschap', 'voorstel voor', 'fabrikant', 'fabriek', 'leverancier', 'wij leveren', 'meer omzet', 'webdesign',
    'website laten maken', 'influencer', 'sponsoring', 'affiliate',
  ],
  job_application: [
    'sollicitatie', 'solliciteren', 'open sollicitatie', 'vacature', 'vacatures', 'baan', 'bijbaan', 'werken bij', 'cv',
    'stage', 'stageplek', 'parttime', 'fulltime', 'motivatiebrief',
  ],
};

import type { CueLexicon } from '../concepts.js';

/** German (Germany, Austria, Switzerland). "ß" and "ss", "ü" and "ue" match alike. */
export const de: CueLexicon = {
  how_to_use: [
    'wie benutze', 'wie benutzt man', 'wie verwende', 'wie verwendet man', 'wie funktioniert', 'wie bediene', 'bedienung',
    'bedienungsanleitung', 'anleitung', 'gebrauchsanweisung', 'gebrauchsanleitung', 'handbuch', 'aufbauanleitung', 'montageanleitung',
    'einrichten', 'einrichtung', 'wie richte ich', 'koppeln', 'verbinden', 'wie verbinde', 'kopplungsmodus', 'aufladen', 'wie lade ich',
    'ladezeit', 'waschen', 'waschbar', 'waschmaschine', 'pflegehinweise', 'pflegeanleitung', 'reinigen', 'wie reinige',
    'spülmaschinenfest', 'spülmaschine', 'zusammenbauen', 'aufbauen', 'montieren', 'montage', 'einschalten', 'wie schalte ich',
    'lieferumfang', 'was ist im lieferumfang', 'was ist dabei', 'worauf muss ich achten', 'zurücksetzen', 'installieren', 'wie stelle ich',
  ],
  size_fit: [
    'größentabelle', 'größentabellen', 'welche größe', 'größe 0', 'größe 00', 'größe s', 'größe m', 'größe l', 'größe xl', 'in größe',
    'größenangabe*', 'größenberatung', 'konfektionsgröße', 'schuhgröße', 'kleidergröße', 'passform', 'fällt klein aus',
    'fällt groß aus', 'fällt größer aus', 'fällt kleiner aus', 'fällt normal aus', 'größengerecht', 'abmessungen', 'maße', 'länge',
    'breite', 'höhe', 'brustumfang', 'taillenumfang', 'innenbeinlänge', 'passt mir', 'wie groß', 'wie lang',
  ],
  material_spec: [
    'material', 'materialien', 'aus welchem material', 'stoff', 'baumwolle', 'polyester', 'leder', 'echtleder', 'kunstleder', 'edelstahl',
    'kunststoff', 'wasserdicht', 'wasserfest', 'spritzwassergeschützt', 'akkukapazität', 'kapazität', 'akkulaufzeit', 'leistung',
    'watt', 'gewicht', 'wie schwer', 'technische daten', 'datenblatt', 'spezifikation*', 'zertifikat', 'zertifiziert', 'ce-kennzeichnung',
    'ce-zeichen', 'farben', 'welche farben', 'andere farben', 'inhaltsstoffe', 'nickelfrei', 'bpa-frei',
  ],
  compatible: [
    'kompatibel', 'kompatibilität', 'passt das', 'passt es', 'passt die', 'passt der', 'passt auf', 'passt zu', 'passend für', 'geeignet für',
    'funktioniert mit', 'funktioniert das mit', 'funktioniert es mit', 'mit meinem handy', 'für mein handy', 'für iphone', 'für samsung',
  ],
  in_stock: [
    'auf lager', 'lagernd', 'vorrätig', 'verfügbar', 'verfügbarkeit', 'lieferbar', 'nicht lieferbar', 'ausverkauft', 'wieder verfügbar',
    'wieder da', 'wieder auf lager', 'wann wieder', 'nachschub', 'haben sie noch', 'habt ihr noch', 'noch da', 'vorbestellen', 'vorbestellung',
  ],
  price_question: [
    'preis', 'preise', 'wie viel kostet', 'wieviel kostet', 'was kostet', 'kosten', 'kostet', 'preisliste', 'stückpreis', 'günstiger',
    'preisvorschlag', 'endpreis', 'inklusive mwst', 'inkl. mwst',
  ],
  before_buying: [
    'bevor ich bestelle', 'bevor ich kaufe', 'vor der bestellung', 'vor dem kauf', 'vor meiner bestellung', 'wenn ich bestelle',
    'wenn ich heute bestelle', 'falls ich bestelle', 'wenn ich kaufe', 'überlege zu bestellen', 'überlege zu kaufen',
    'überlege mir', 'möchte gerne kaufen', 'würde gerne bestellen', 'würde gerne kaufen', 'kaufinteresse', 'interesse an',
    'habe vor zu bestellen', 'spiele mit dem gedanken',
  ],
  ship_to_country: [
    'versenden sie nach', 'versendet ihr nach', 'liefern sie nach', 'liefert ihr nach', 'lieferung nach', 'versand nach',
    'versand in die', 'versand ins ausland', 'ins ausland', 'nach österreich', 'in die schweiz', 'nach deutschland', 'international',
    'auch nach', 'in welche länder', 'welche länder', 'lieferländer',
  ],
  shipping_cost: [
    'versandkosten', 'versandkosten nach', 'porto', 'portokosten', 'versandgebühr', 'versandgebühren', 'liefergebühr', 'liefergebühren',
    'lieferkosten', 'kostenloser versand', 'kostenlose lieferung', 'versandkostenfrei', 'gratis versand', 'was kostet der versand',
    'wie viel kostet der versand', 'ab welchem betrag', 'mindestbestellwert',
  ],
  delivery_time: [
    'lieferzeit', 'lieferzeiten', 'versanddauer', 'lieferdauer', 'wie lange dauert', 'wie lange braucht', 'wie lange ist', 'wie schnell',
    'wann wäre es da', 'wann ist es da', 'bis wann', 'rechtzeitig', 'vor weihnachten', 'expressversand', 'express-versand',
    'expresslieferung', 'schnellversand', 'schneller versand', 'schnellere lieferung', 'am nächsten tag', 'over night',
  ],
  discount: [
    'rabatt', 'rabatte', 'rabattcode', 'rabatt-code', 'gutschein', 'gutscheine', 'gutscheincode', 'gutschein-code', 'aktionscode',
    'promocode', 'angebot', 'angebote', 'sonderangebot', 'aktion', 'prozente', 'sale', 'ausverkauf', 'schlussverkauf', 'black friday',
    'code funktioniert nicht', 'code geht nicht', 'code ungültig', 'ungültiger code', 'code abgelaufen', 'treuepunkte', 'treuerabatt',
    'studentenrabatt', 'neukundenrabatt', 'preisnachlass', 'nachlass', 'geschenk', 'gratisprobe',
  ],
  bulk_wholesale: [
    'großhandel', 'großhandelspreis', 'großhändler', 'großbestellung', 'großabnehmer', 'mengenrabatt', 'mengenpreis', 'staffelpreis*',
    'mindestmenge', 'mindestbestellmenge', 'größere menge', 'größere mengen', 'wiederverkäufer', 'händlerpreis', 'für mein geschäft',
    'für unseren laden', 'für unsere firma', '000 stück', '00 stück',
  ],
  return_policy: [
    'rückgaberecht', 'rückgabebedingungen', 'rückgaberichtlinie*', 'widerrufsrecht', 'widerrufsfrist', 'rückgabefrist', 'umtauschrecht',
    'kann ich zurückgeben', 'kann ich es zurückschicken', 'kann man zurückgeben', 'kann ich umtauschen', 'kann man umtauschen',
    'falls es nicht passt', 'wenn es nicht passt', 'wenn es mir nicht gefällt', 'wie lange habe ich zeit', 'rücksendekosten',
    'wer zahlt die rücksendung', 'ist die rücksendung kostenlos', 'kostenlose rücksendung', 'rückversand kostenlos', 'tage rückgabe',
    'tage rückgaberecht', 'geld-zurück-garantie',
  ],
  warranty: [
    'garantie', 'gewährleistung', 'garantiezeit', 'garantiefrist', 'gewährleistungsfrist', 'herstellergarantie', 'garantieanspruch',
    'garantiefall', 'unter garantie', 'noch garantie', 'jahre garantie', 'jahr garantie', 'wie lange garantie',
  ],
  place_order: [
    'bestellung aufgeben', 'bestellung aufzugeben', 'wie bestelle ich', 'wie kann ich bestellen', 'wie kann ich kaufen', 'bestellen',
    'möchte bestellen', 'würde gerne bestellen', 'per telefon bestellen', 'telefonisch bestellen', 'per e-mail bestellen',
    'sonderanfertigung', 'individuell', 'personalisiert', 'personalisieren', 'gravur', 'reservieren', 'zurücklegen', 'auf rechnung kaufen',
    'ohne konto bestellen', 'als gast bestellen', 'gastbestellung',
  ],
  checkout_problem: [
    'kasse', 'zur kasse', 'checkout', 'warenkorb', 'bestellvorgang', 'bestellprozess', 'kaufabschluss', 'bestellung abschließen',
    'kann nicht abschließen', 'lässt sich nicht abschließen', 'hängt', 'hängt sich auf', 'lädt nicht', 'fehlermeldung', 'fehler beim bestellen',
    'button geht nicht', 'knopf reagiert nicht', 'bestellen geht nicht', 'kann nicht bestellen', 'bestellung geht nicht durch',
  ],
  order_confirmation: [
    'bestellbestätigung', 'auftragsbestätigung', 'bestätigung', 'bestätigungsmail', 'bestätigungs-e-mail', 'keine bestätigung',
    'bestellung eingegangen', 'ist meine bestellung angekommen', 'haben sie meine bestellung', 'habt ihr meine bestellung',
    'bestellung erhalten', 'bestellstatus', 'status meiner bestellung', 'bestellnummer', 'ist die bestellung durchgegangen',
  ],
  when_ship: [
    'wann versenden sie', 'wann versendet ihr', 'wann wird versendet', 'wann wird verschickt', 'wann wird meine bestellung',
    'wann geht', 'wann schicken sie', 'wann schickt ihr', 'noch nicht versendet', 'noch nicht verschickt', 'noch nicht versandt',
    'schon versendet', 'schon verschickt', 'bereits versendet', 'bereits verschickt', 'versandbereit', 'in bearbeitung', 'wird bearbeitet',
    'noch nicht raus', 'schon raus', 'rausgegangen', 'abgeschickt', 'versandfertig', 'bearbeitungszeit',
  ],
  change_order: [
    'bestellung ändern', 'bestellung abändern', 'bestellung anpassen', 'änderung der bestellung', 'größe ändern', 'farbe ändern',
    'menge ändern', 'andere größe', 'andere farbe', 'statt', 'anstatt', 'stattdessen', 'hinzufügen', 'noch dazu', 'dazubestellen',
    'nachbestellen', 'entfernen', 'tauschen gegen', 'umändern', 'ändern', 'abändern',
  ],
  change_address: [
    'adresse ändern', 'lieferadresse ändern', 'lieferadresse', 'lieferanschrift', 'anschrift ändern', 'adressänderung', 'falsche adresse',
    'adresse falsch', 'neue adresse', 'andere adresse', 'umgezogen', 'hausnummer', 'postleitzahl', 'plz', 'tippfehler in der adresse',
  ],
  cancel: [
    'stornieren', 'storniere', 'storniert', 'stornierung', 'storno', 'stornogebühr', 'stornogebühren', 'annullieren', 'rückgängig machen',
    'widerrufen', 'widerruf', 'bestellung zurückziehen', 'will es nicht mehr', 'brauche es nicht mehr', 'doch nicht', 'kündigen',
  ],
  payment_method: [
    'zahlungsmethode', 'zahlungsmethoden', 'zahlungsart', 'zahlungsarten', 'zahlungsmöglichkeit*', 'wie kann ich bezahlen',
    'wie bezahle ich', 'kann ich bezahlen', 'bezahlen mit', 'zahlen mit', 'per paypal', 'kreditkarte', 'ec-karte', 'girocard',
    'überweisung', 'vorkasse', 'auf rechnung', 'rechnungskauf', 'ratenzahlung', 'in raten', 'sofortüberweisung', 'lastschrift',
    'nachnahme', 'währung', 'in euro', 'in franken', 'twint',
  ],
  payment_problem: [
    'zahlung fehlgeschlagen', 'zahlung abgelehnt', 'karte abgelehnt', 'abgelehnt', 'zahlung geht nicht', 'zahlung funktioniert nicht',
    'zahlung hängt', 'zahlung ausstehend', 'ausstehend', 'doppelt abgebucht', 'zweimal abgebucht', 'doppelt belastet', 'zweimal belastet',
    'doppelt bezahlt', 'zweimal bezahlt', 'doppelte abbuchung', 'abgebucht', 'belastet', 'falscher betrag', 'zu viel abgebucht',
    'mehr abgebucht', 'zu viel berechnet', 'wechselkurs', 'umrechnung', 'fremdwährungsgebühr', 'konto belastet', 'geld abgezogen',
    'kann nicht bezahlen', 'fehler bei der zahlung', 'zahlungsfehler',
  ],
  invoice: [
    'rechnung', 'rechnungen', 'quittung', 'beleg', 'kaufbeleg', 'kassenbon', 'mehrwertsteuer', 'mwst', 'ust', 'ust-id', 'ust-idnr',
    'umsatzsteuer', 'steuernummer', 'firmenname', 'firmenanschrift', 'rechnungsadresse', 'firmenrechnung', 'proformarechnung',
    'für meine firma', 'für die buchhaltung', 'steuerberater', 'nettorechnung', 'rechnung ausstellen', 'rechnung zusenden',
  ],
  where_parcel: [
    'wo ist mein paket', 'wo ist meine bestellung', 'wo ist meine lieferung', 'wo bleibt mein paket', 'wo bleibt meine bestellung',
    'wo bleibt', 'wo ist das paket', 'wo ist die bestellung', 'wo ist es', 'wo steckt', 'wo befindet sich', 'wo ist meine ware',
    'wo sind meine', 'gibt es neuigkeiten', 'stand meiner lieferung', 'status meines pakets', 'status meiner lieferung',
  ],
  tracking: [
    'sendungsverfolgung', 'sendungsnummer', 'trackingnummer', 'tracking-nummer', 'trackingnr', 'verfolgungsnummer', 'paketnummer',
    'sendungsverfolgungsnummer', 'tracking-link', 'trackinglink', 'link zur sendungsverfolgung', 'verfolgen', 'nachverfolgen',
    'status bedeutet', 'was bedeutet', 'was heißt', 'in zustellung', 'in transit', 'unterwegs', 'im zulauf', 'link funktioniert nicht',
  ],
  late: [
    'verspätet', 'verspätung', 'verzögert', 'verzögerung', 'zu spät', 'überfällig', 'immer noch nicht angekommen', 'noch nicht angekommen',
    'noch nicht da', 'immer noch nicht da', 'immer noch nichts', 'ist noch nicht eingetroffen', 'nicht eingetroffen', 'dauert ewig',
    'dauert so lange', 'wochen', 'seit wochen', 'seit tagen', 'seit einem monat', 'voraussichtliche lieferung', 'liefertermin',
    'hätte ankommen sollen', 'sollte längst', 'längst', 'steckt fest', 'hängt fest', 'bewegt sich nicht', 'keine aktualisierung',
    'kein update', 'nicht aktualisiert', 'keine bewegung', 'gleicher status', 'selben status', 'warte immer noch', 'warte seit',
  ],
  marked_delivered: [
    'als zugestellt', 'zugestellt', 'steht zugestellt', 'status zugestellt', 'angeblich zugestellt', 'wurde zugestellt', 'als geliefert',
    'geliefert steht', 'angeblich geliefert', 'laut sendungsverfolgung', 'zustellnachweis', 'unterschrieben', 'abgelegt',
    'abstellgenehmigung', 'abgestellt',
  ],
  not_received: [
    'nicht erhalten', 'nie erhalten', 'nichts erhalten', 'nicht bekommen', 'nie bekommen', 'nichts bekommen', 'nie angekommen',
    'nichts angekommen', 'nicht angekommen', 'kein paket', 'ist nicht da', 'war nicht da', 'nicht zugestellt', 'nicht im briefkasten',
    'finde es nicht', 'finde das paket nicht', 'gestohlen', 'verloren', 'verloren gegangen', 'verschwunden', 'paket fehlt',
  ],
  neighbour_locker: [
    'nachbar', 'nachbarn', 'packstation', 'paketstation', 'paketshop', 'paketkasten', 'postfiliale', 'filiale', 'abholstation', 'abholpunkt',
    'abholstelle', 'briefkasten', 'hausflur', 'vor der tür', 'vor die tür', 'falsche adresse', 'falsches haus', 'anderen adresse',
    'paketbox', 'locker', 'pickpost', 'postamt',
  ],
  customs: [
    'zoll', 'zollamt', 'beim zoll', 'zollgebühr', 'zollgebühren', 'zollabfertigung', 'zollkosten', 'zölle', 'einfuhrumsatzsteuer',
    'einfuhrabgaben', 'einfuhrsteuer', 'importsteuer', 'einfuhr', 'verzollung', 'verzollen', 'zollinhaltserklärung', 'zollerklärung',
    'zollpapiere', 'zollunterlagen', 'zollbescheid', 'zollanmeldung', 'auslagepauschale', 'vorlageentgelt', 'beim empfang bezahlen',
    'bei lieferung zahlen', 'ausweis', 'personalausweis', 'reisepass', 'zurück an den absender', 'an den absender zurück',
    'retour an absender', 'geht zurück an',
  ],
  broken_damaged: [
    'kaputt', 'zerbrochen', 'gebrochen', 'beschädigt', 'beschädigung', 'schaden', 'transportschaden', 'gesprungen', 'sprung', 'riss',
    'gerissen', 'zersplittert', 'zerkratzt', 'kratzer', 'kratzern', 'zerdrückt', 'eingedrückt', 'verbeult', 'delle', 'ausgelaufen',
    'undicht', 'verbogen', 'abgebrochen', 'zerrissen', 'fleck', 'flecken', 'schmutzig', 'defekt', 'mangelhaft', 'paket war offen',
    'karton war offen', 'in scherben', 'scherben', 'loch',
  ],
  missing_part: [
    'fehlt', 'fehlen', 'fehlte', 'fehlende', 'fehlender', 'fehlendes', 'fehlteil*', 'nicht dabei', 'war nicht dabei', 'nicht enthalten',
    'unvollständig', 'nicht vollständig', 'kein ladekabel', 'kein kabel', 'keine schrauben', 'keine anleitung', 'nur eins', 'nur einen',
    'nur eine', 'nur ein', 'leerer karton', 'karton war leer', 'paket war leer', 'zubehör fehlt',
  ],
  not_working: [
    'funktioniert nicht', 'funktionieren nicht', 'geht nicht', 'gehen nicht', 'geht nicht an', 'lässt sich nicht einschalten',
    'schaltet sich nicht ein', 'startet nicht', 'lädt nicht', 'lädt nicht auf', 'kein ton', 'kein bild', 'verbindet sich nicht',
    'koppelt nicht', 'keine verbindung', 'reagiert nicht', 'tut nichts', 'macht nichts', 'fehlercode', 'defekt', 'flackert', 'überhitzt',
    'wird heiß', 'geht ständig aus', 'tot',
  ],
  on_arrival: [
    'angekommen', 'ist angekommen', 'kam an', 'kam heute', 'kam gestern', 'heute erhalten', 'gestern erhalten', 'heute bekommen',
    'gestern bekommen', 'heute geliefert', 'bei ankunft', 'bei lieferung', 'beim auspacken', 'beim öffnen', 'ausgepackt', 'geöffnet',
    'direkt nach dem auspacken', 'von anfang an', 'erste benutzung', 'ersten benutzung', 'beim ersten', 'gleich beim',     'originalverpackt',
  ],
  wrong_item: [
    'falscher artikel', 'falschen artikel', 'falsches produkt', 'falsche ware', 'falsche farbe', 'falsche größe', 'falsches modell',
    'falsche menge', 'falsche variante', 'falsch geliefert', 'falsch geschickt', 'falsch verschickt', 'verwechselt', 'nicht das bestellte',
    'nicht bestellt', 'nicht was ich bestellt', 'anderen artikel', 'anderes produkt', 'andere farbe', 'andere größe', 'anderes modell',
    'habe bestellt', 'bestellt habe', 'bestellt hatte', 'statt', 'anstatt', 'stattdessen', 'geschickt bekommen', 'nicht meins',
  ],
  want_return: [
    'zurückgeben', 'zurückschicken', 'zurücksenden', 'zurückzuschicken', 'zurückzusenden', 'zurückzugeben', 'rücksendung', 'retoure',
    'retournieren', 'retoure anmelden', 'rücksendeetikett', 'retourenschein', 'retourenlabel', 'rücksendeschein', 'rückgabe',
    'passt nicht', 'zu klein', 'zu groß', 'zu eng', 'zu weit', 'zu kurz', 'zu lang', 'gefällt mir nicht', 'entspricht nicht der beschreibung',
    'anders als auf dem foto', 'anders als abgebildet', 'widerruf', 'von meinem widerrufsrecht',
  ],
  exchange: [
    'umtauschen', 'umtausch', 'umzutauschen', 'tauschen', 'austauschen', 'eine nummer größer', 'eine nummer kleiner', 'eine größe größer',
    'eine größe kleiner', 'in einer anderen größe', 'gegen eine andere', 'gegen einen anderen', 'gegen ein anderes',
  ],
  refund: [
    'erstattung', 'erstatten', 'erstattet', 'rückerstattung', 'rückerstatten', 'zurückerstatten', 'zurückerstattet', 'geld zurück',
    'mein geld', 'geld wieder', 'gutschrift', 'teilerstattung', 'rückzahlung', 'zurückzahlen', 'zurück überweisen', 'zurücküberweisen',
    'refund',
  ],
  refund_status: [
    'wo bleibt meine erstattung', 'wo bleibt meine rückerstattung', 'wo ist meine rückerstattung', 'wo bleibt die erstattung',
    'wo bleibt die rückerstattung', 'wo bleibt mein geld', 'wo ist mein geld', 'wo ist meine erstattung', 'wann bekomme ich mein geld',
    'wann bekomme ich die erstattung', 'wann wird erstattet', 'noch keine erstattung', 'noch kein geld', 'erstattung noch nicht',
    'geld noch nicht', 'noch nicht erstattet', 'noch nicht zurück', 'warte auf die erstattung', 'warte auf mein geld',
    'warte auf meine erstattung', 'erstattung zugesagt', 'gutschrift zugesagt', 'erstattung wurde', 'status der erstattung',
    'stand der erstattung', 'nicht auf meinem konto',
  ],
  return_shipped: [
    'zurückgeschickt', 'zurückgesendet', 'zurückgesandt', 'retourniert', 'habe es zurück', 'rücksendung ist', 'retoure ist',
    'meine retoure', 'meine rücksendung', 'die retoure', 'die rücksendung', 'retoure angekommen', 'rücksendung angekommen',
    'rücksendung erhalten', 'retoure erhalten', 'haben sie meine rücksendung', 'habt ihr meine retoure', 'abgegeben', 'zur post gebracht',
    'sendungsnummer der rücksendung', 'rücksendenummer',
  ],
  stopped_working: [
    'funktioniert nicht mehr', 'geht nicht mehr', 'lädt nicht mehr', 'hört auf', 'hat aufgehört', 'aufgehört zu', 'plötzlich',
    'auf einmal', 'seit gestern', 'anfangs', 'am anfang', 'zuerst', 'hat funktioniert', 'lief gut', 'lief problemlos', 'funktionierte',
    'nach einer woche', 'nach zwei wochen', 'nach 0 wochen', 'nach einem monat', 'nach 0 monaten', 'nach einigen wochen',
    'nach ein paar wochen', 'nach kurzer zeit', 'nach wenigen tagen', 'nach ein paar tagen', 'nach einiger zeit', 'seit kurzem',
    'bei normaler nutzung', 'bei normalem gebrauch', 'jetzt nicht mehr', 'abgenutzt', 'löst sich', 'ausgeblichen',
  ],
  repair: [
    'reparatur', 'reparieren', 'repariert', 'reparaturservice', 'instandsetzung', 'ersatz', 'ersatzgerät', 'ersatzteil', 'ersatzteile',
    'austausch', 'austauschgerät', 'ersetzen', 'neues gerät', 'garantiefall', 'garantieabwicklung', 'einschicken', 'service center',
    'kundendienst',
  ],
  bad_service: [
    'schlechter service', 'schlechten service', 'mieser service', 'katastrophal', 'katastrophe', 'unverschämt', 'unverschämtheit',
    'frechheit', 'inakzeptabel', 'nicht akzeptabel', 'unmöglich', 'enttäuscht', 'enttäuschend', 'enttäuschung', 'verärgert', 'sauer',
    'wütend', 'unzufrieden', 'unzufriedenheit', 'unprofessionell', 'unfreundlich', 'respektlos', 'lächerlich', 'zumutung', 'skandal',
    'nie wieder', 'schlechteste', 'schlimm', 'schrecklich', 'furchtbar', 'miserabel', 'mies', 'ärgerlich', 'nervt', 'genervt',
    'textbausteine', 'standardantwort', 'standardantworten', 'abgewimmelt', 'vertröstet', 'belogen', 'veräppelt', 'verarscht',
  ],
  manager_escalate: [
    'vorgesetzten', 'vorgesetzter', 'vorgesetzte', 'chef', 'geschäftsführung', 'geschäftsführer', 'geschäftsleitung',     'abteilungsleiter', 'teamleiter', 'verantwortlichen', 'beschwerde', 'beschwerden', 'beschweren', 'offizielle beschwerde',
    'weiterleiten', 'eskalieren', 'eskalation', 'jemand zuständiges',
  ],
  slow_reply: [
    'keine antwort', 'keine rückmeldung', 'keine reaktion', 'antwortet niemand', 'niemand antwortet', 'keiner antwortet',
    'meldet sich niemand', 'niemand meldet sich', 'keiner meldet sich', 'ohne antwort', 'warte auf antwort', 'warte auf eine antwort',
    'warte auf ihre antwort', 'warte auf rückmeldung', 'noch keine antwort', 'bisher keine antwort', 'ignoriert', 'ignorieren',
    'mehrmals', 'mehrfach', 'zum dritten mal', 'zum x-ten mal', 'schon wieder', 'bereits 0 mal', 'schon 0 mal', 'wiederholt',
    'ist da jemand', 'hallo??', 'melden sie sich', 'antwortet doch', 'antworten sie',
  ],
  threat: [
    'betrug', 'betrüger', 'betrügerisch', 'abzocke', 'abzocker', 'abgezockt', 'fake-shop', 'fakeshop', 'anwalt', 'rechtsanwalt',
    'anwältin', 'rechtliche schritte', 'gericht', 'klage', 'verklagen', 'polizei', 'strafanzeige', 'verbraucherzentrale',
    'verbraucherschutz', 'rückbuchung', 'chargeback', 'lastschrift zurück', 'paypal-konflikt', 'paypal konflikt', 'käuferschutz',
    'konflikt', 'schlechte bewertung', 'negative bewertung', 'ein stern', 'einen stern', 'warnen',
  ],
  thanks_praise: [
    'danke', 'dankeschön', 'vielen dank', 'herzlichen dank', 'besten dank', 'tausend dank', 'vielen lieben dank', 'merci', 'super',
    'toll', 'klasse', 'prima', 'spitze', 'top', 'perfekt', 'wunderbar', 'wunderschön', 'begeistert', 'sehr zufrieden',
    'zufrieden', 'freue mich', 'gefreut', 'liebe es', 'großartig', 'hervorragend', 'ausgezeichnet', 'empfehlen', 'weiterempfehlen',
    'gerne wieder', 'jederzeit wieder', 'schnelle lieferung', 'schneller versand', 'gut verpackt', 'hilfsbereit', 'freundlich',
  ],
  review: [
    'bewertung', 'bewertungen', 'bewerten', 'rezension', 'rezensionen', 'sterne', '0 sterne', 'fünf sterne', 'erfahrungsbericht',
    'feedback', 'trusted shops', 'google-bewertung', 'kundenmeinung',
  ],
  suggestion: [
    'vorschlag', 'vorschläge', 'verbesserungsvorschlag', 'anregung', 'anregungen', 'idee', 'ideen', 'wäre schön', 'wäre toll',
    'wäre super', 'wäre es möglich', 'würde mich freuen', 'sie könnten', 'ihr könntet', 'sie sollten', 'ihr solltet', 'in zukunft',
    'zukünftig', 'künftig', 'beim nächsten mal', 'bitte mehr', 'ins sortiment', 'wünsche mir', 'tipp',
  ],
  account: [
    'konto', 'kundenkonto', 'mein konto', 'benutzerkonto', 'account', 'profil', 'registrieren', 'registrierung', 'anmelden',
    'konto erstellen', 'konto anlegen', 'benutzername', 'nutzername',
  ],
  login_problem: [
    'einloggen', 'login', 'log-in', 'anmeldung', 'anmelden geht nicht', 'kann mich nicht anmelden', 'kann mich nicht einloggen',
    'komme nicht rein', 'komme nicht in mein', 'gesperrt', 'konto gesperrt', 'account gesperrt', 'blockiert', 'deaktiviert', 'gehackt',
    'gekapert', 'jemand hat sich', 'fremder zugriff', 'verdächtige anmeldung', 'verdächtige aktivität', 'unbefugt', 'war nicht ich',
    'ausgeloggt', 'abgemeldet',
  ],
  password_reset: [
    'passwort', 'kennwort', 'passwort vergessen', 'kennwort vergessen', 'passwort zurücksetzen', 'passwort ändern', 'neues passwort',
    'falsches passwort', 'passwort falsch', 'link zum zurücksetzen', 'zurücksetzen-link', 'pw',
  ],
  verification_code: [
    'bestätigungscode', 'verifizierungscode', 'verifizierung', 'verifizieren', 'sicherheitscode', 'sms-code', 'code per sms', 'einmalcode',
    'tan', 'zwei-faktor', '0-faktor', 'authentifizierung', 'aktivierungscode', 'aktivierungslink', 'aktivierungsmail', 'kein code',
    'code kommt nicht', 'code nicht erhalten', 'bekomme keinen code', 'captcha',
  ],
  delete_account: [
    'konto löschen', 'account löschen', 'kundenkonto löschen', 'konto schließen', 'konto kündigen', 'löschung', 'löschen sie',
    'meine daten', 'daten löschen', 'personenbezogene daten', 'persönliche daten', 'datenschutz', 'dsgvo', 'auskunft', 'datenauskunft',
    'auskunftsersuchen', 'recht auf vergessenwerden', 'welche daten',
  ],
  unsubscribe: [
    'abmelden', 'abbestellen', 'newsletter', 'newsletter abbestellen', 'vom newsletter', 'keine werbung', 'werbemails', 'werbe-mails',
    'werbe-e-mails', 'keine e-mails mehr', 'keine mails mehr', 'zu viele e-mails', 'zu viele mails', 'verteiler', 'austragen',
    'aus dem verteiler', 'hören sie auf', 'hört auf mir', 'spam', 'werbung per sms', 'widerspreche',
  ],
  edit_account: [
    'e-mail ändern', 'email ändern', 'e-mail-adresse ändern', 'emailadresse ändern', 'mail-adresse ändern', 'neue e-mail', 'neue email',
    'namen ändern', 'telefonnummer ändern', 'handynummer ändern', 'nummer ändern', 'daten ändern', 'kontodaten', 'profil bearbeiten',
    'einstellungen', 'zusammenführen', 'konten zusammenführen', 'zwei konten', 'zwei accounts',
  ],
  human_agent: [
    'mensch', 'einem menschen', 'echten menschen', 'echte person', 'mitarbeiter', 'mitarbeiterin', 'sachbearbeiter', 'berater',
    'persönlich', 'ansprechpartner', 'ansprechperson', 'kein bot', 'keinen bot', 'chatbot', 'roboter', 'automatische antwort',
    'automatisierte', 'mit jemandem sprechen', 'jemanden sprechen', 'echter mensch',
  ],
  phone_call: [
    'telefon', 'telefonnummer', 'telefonisch', 'anrufen', 'rufen sie mich', 'ruft mich', 'rückruf', 'zurückrufen', 'hotline', 'anruf',
    'telefonieren', 'erreichbar', 'service-nummer', 'servicenummer',
  ],
  business_offer: [
    'seo', 'suchmaschinenoptimierung', 'google-ranking', 'ranking', 'sichtbarkeit', 'agentur', 'marketing', 'werbeagentur',
    'kooperation', 'zusammenarbeit', 'partnerschaft', 'geschäftspartner', 'angebot für sie', 'unverbindliches angebot', 'hersteller',
    'fabrik', 'lieferant', 'zulieferer', 'großhändler aus', 'webdesign', 'reichweite', 'umsatz steigern', 'influencer',
  ],
  job_application: [
    'bewerbung', 'bewerben', 'bewerbe mich', 'initiativbewerbung', 'stellenangebot', 'stellenanzeige', 'offene stelle',
    'job', 'jobs', 'lebenslauf', 'praktikum', 'ausbildung', 'ausbildungsplatz', 'minijob', 'teilzeit', 'vollzeit', 'werkstudent',
    'arbeiten bei ihnen', 'bei euch arbeiten', 'mitarbeiten', 'anschreiben',
  ],
};

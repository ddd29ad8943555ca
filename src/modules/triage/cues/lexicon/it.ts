import type { CueLexicon } from '../concepts.js';

/** Italian. Accents optional ("perché"/"perche", "è"/"e'"); "x" for "per", "nn" for "non" in chat. */
export const it: CueLexicon = {
  how_to_use: [
    'come si usa', 'come usare', 'come lo uso', 'come la uso', 'come funziona', 'istruzioni', 'istruzioni per l\'uso', 'manuale',
    'libretto', 'libretto di istruzioni', 'guida', 'tutorial', 'installare', 'installazione', 'configurare', 'configurazione',
    'associare', 'accoppiare', 'abbinare', 'collegare', 'connettere', 'come collego', 'caricare', 'come si carica', 'tempo di ricarica',
    'lavare', 'lavabile', 'lavaggio', 'in lavatrice', 'lavastoviglie', 'pulire', 'come si pulisce', 'montare', 'montaggio', 'assemblare',
    'accendere', 'come si accende', 'resettare', 'cosa c\'è nella confezione', 'contenuto della confezione', 'cosa include', 'precauzioni',
    'regolare',
  ],
  size_fit: [
    'taglia', 'taglie', 'che taglia', 'quale taglia', 'guida alle taglie', 'tabella taglie', 'tabella delle taglie', 'numero di scarpe',
    'vestibilità', 'veste piccolo', 'veste grande', 'veste regolare', 'calza', 'misure', 'misura', 'dimensioni', 'lunghezza', 'larghezza',
    'altezza', 'circonferenza', 'giro vita', 'girovita', 'torace', 'quanto è lungo', 'quanto è grande',
  ],
  material_spec: [
    'materiale', 'materiali', 'di che materiale', 'in che materiale', 'tessuto', 'cotone', 'poliestere', 'pelle', 'ecopelle', 'acciaio inox',
    'acciaio inossidabile', 'plastica', 'impermeabile', 'resistente all\'acqua', 'waterproof', 'capacità', 'autonomia', 'potenza', 'peso',
    'quanto pesa', 'caratteristiche', 'specifiche', 'scheda tecnica', 'certificato', 'certificazione', 'marchio ce', 'colori', 'quali colori',
    'altri colori', 'senza bpa', 'ingredienti', 'nichel',
  ],
  compatible: [
    'compatibile', 'compatibili', 'compatibilità', 'funziona con', 'va bene per', 'va bene con', 'adatto a', 'adatto per', 'adatta a',
    'entra nel', 'si adatta', 'per il mio telefono', 'con il mio telefono', 'per iphone', 'per samsung', 'per il mio',
  ],
  in_stock: [
    'disponibile', 'disponibili', 'disponibilità', 'in magazzino', 'in stock', 'esaurito', 'esaurita', 'non disponibile', 'sold out',
    'rifornimento', 'torna disponibile', 'tornerà disponibile', 'quando torna', 'ne avete', 'ce l\'avete', 'avete ancora', 'preordine',
    'prenotare',
  ],
  price_question: [
    'prezzo', 'prezzi', 'quanto costa', 'quanto viene', 'quanto costano', 'costo', 'qual è il prezzo', 'più economico', 'listino',
    'preventivo', 'iva inclusa',
  ],
  before_buying: [
    'prima di ordinare', 'prima di acquistare', 'prima di comprare', 'prima dell\'acquisto', 'se ordino', 'se acquisto', 'se compro',
    'vorrei acquistare', 'vorrei comprare', 'sto pensando di comprare', 'sto pensando di acquistare', 'sono interessato',
    'sono interessata', 'mi interessa', 'intenzione di acquistare', 'vorrei ordinare',
  ],
  ship_to_country: [
    'spedite in', 'spedite a', 'spedite all\'estero', 'spedizione in', 'spedizione verso', 'spedizione all\'estero', 'spedizioni in',
    'consegnate in', 'consegna in', 'consegnate a', 'internazionale', 'all\'estero', 'in svizzera', 'a san marino', 'in italia',
    'quali paesi', 'in sardegna', 'isole',
  ],
  shipping_cost: [
    'spese di spedizione', 'costi di spedizione', 'costo di spedizione', 'costo della spedizione', 'spese di consegna', 'spedizione gratuita',
    'spedizione gratis', 'consegna gratuita', 'quanto costa la spedizione', 'quanto costa spedire', 'spese postali', 'spedizione inclusa',
    'soglia', 'ordine minimo',
  ],
  delivery_time: [
    'tempi di consegna', 'tempo di consegna', 'tempi di spedizione', 'quanto tempo', 'quanto ci mette', 'quanto ci vuole', 'quanti giorni',
    'in quanti giorni', 'quando arriverebbe', 'arriva entro', 'arriva prima di', 'prima di natale', 'in tempo', 'spedizione express',
    'express', 'espresso', 'spedizione espressa', 'spedizione veloce', 'consegna veloce', 'consegna rapida', 'più veloce', '00 ore', '00h',
  ],
  discount: [
    'sconto', 'sconti', 'codice sconto', 'coupon', 'codice promozionale', 'codice promo', 'promo', 'promozione', 'promozioni', 'offerta',
    'offerte', 'saldi', 'black friday', 'buono', 'buono sconto', 'voucher', 'il codice non funziona', 'codice non valido', 'codice scaduto',
    'punti', 'fedeltà', 'carta fedeltà', 'gift card', 'omaggio', 'regalo', 'prezzo speciale',
  ],
  bulk_wholesale: [
    'ingrosso', 'all\'ingrosso', 'grossista', 'prezzo all\'ingrosso', 'grandi quantità', 'grande quantità', 'quantità minima',
    'ordine minimo', 'rivenditore', 'rivendere', 'rivendita', 'distributore', 'per il mio negozio', 'per la mia attività',
    'per la nostra azienda', 'partita iva', '000 pezzi', '00 pezzi', '000 unità', 'ordine grande',
  ],
  return_policy: [
    'politica di reso', 'politica dei resi', 'condizioni di reso', 'condizioni di restituzione', 'diritto di recesso', 'recesso',
    'giorni per il reso', 'giorni per restituire', 'posso restituire', 'posso rendere', 'si può restituire', 'si puo restituire',
    'posso cambiarlo', 'si può cambiare', 'se non va bene', 'se non mi sta', 'se non mi piace', 'reso gratuito', 'resi gratuiti',
    'chi paga il reso', 'costo del reso', 'spese di reso', 'soddisfatti o rimborsati',
  ],
  warranty: [
    'garanzia', 'in garanzia', 'sotto garanzia', 'durata della garanzia', 'quanto dura la garanzia', 'anni di garanzia', 'anno di garanzia',
    'garanzia legale', 'garanzia del produttore', 'garantito',
  ],
  place_order: [
    'fare un ordine', 'fare l\'ordine', 'effettuare un ordine', 'effettuare l\'ordine', 'come ordinare', 'come faccio a ordinare',
    'come faccio ad ordinare', 'come acquistare', 'come si ordina', 'vorrei ordinare', 'ordinare per telefono', 'ordine telefonico',
    'personalizzato', 'personalizzata', 'su misura', 'incisione', 'prenotare', 'mettere da parte', 'senza registrazione', 'come ospite',
  ],
  checkout_problem: [
    'carrello', 'checkout', 'completare l\'ordine', 'completare l\'acquisto', 'finalizzare', 'concludere l\'acquisto',
    'non riesco a completare', 'non riesco a ordinare', 'non riesco a comprare', 'non mi fa', 'non mi permette', 'si blocca', 'bloccato al',
    'continua a caricare', 'messaggio di errore', 'da errore', 'dà errore', 'pulsante', 'tasto',
  ],
  order_confirmation: [
    'conferma d\'ordine', 'conferma dell\'ordine', 'conferma ordine', 'email di conferma', 'e-mail di conferma', 'mail di conferma',
    'nessuna conferma', 'non ho ricevuto la conferma', 'confermare il mio ordine', 'avete ricevuto il mio ordine', 'ordine ricevuto',
    'ordine è andato a buon fine', 'andato a buon fine', 'ordine confermato', 'stato dell\'ordine', 'stato del mio ordine', 'numero d\'ordine',
    'numero ordine',
  ],
  when_ship: [
    'quando spedite', 'quando verrà spedito', 'quando verra spedito', 'quando sarà spedito', 'quando partirà', 'quando parte',
    'quando mi spedite', 'quando viene spedito', 'è già stato spedito', 'già spedito', 'gia spedito', 'già partito', 'non ancora spedito',
    'non è ancora stato spedito', 'ancora non spedito', 'non è partito', 'in lavorazione', 'in preparazione', 'in elaborazione',
    'pronto per la spedizione', 'evaso', 'evasione', 'tempi di evasione',
  ],
  change_order: [
    'modificare l\'ordine', 'modificare il mio ordine', 'modifica dell\'ordine', 'cambiare l\'ordine', 'cambiare il mio ordine',
    'cambiare taglia', 'cambiare la taglia', 'cambiare colore', 'cambiare il colore', 'cambiare la quantità', 'aggiungere', 'aggiungere un articolo',
    'togliere', 'rimuovere', 'invece di', 'al posto di', 'modificare',
  ],
  change_address: [
    'cambiare indirizzo', 'cambiare l\'indirizzo', 'modificare l\'indirizzo', 'modificare indirizzo', 'indirizzo di spedizione',
    'indirizzo di consegna', 'indirizzo sbagliato', 'indirizzo errato', 'errore nell\'indirizzo', 'nuovo indirizzo', 'altro indirizzo',
    'mi sono trasferito', 'mi sono trasferita', 'trasloco', 'cap', 'numero civico', 'citofono',
  ],
  cancel: [
    'annullare', 'annullamento', 'annullato', 'annullata', 'annullate', 'cancellare l\'ordine', 'cancellare', 'disdire', 'revocare',
    'costo di annullamento', 'non lo voglio più', 'non lo voglio piu', 'non mi serve più', 'ho cambiato idea', 'recedere',
  ],
  payment_method: [
    'metodo di pagamento', 'metodi di pagamento', 'modalità di pagamento', 'come pagare', 'come posso pagare', 'posso pagare', 'pagare con',
    'carta di credito', 'carta di debito', 'bancomat', 'postepay', 'satispay', 'scalapay', 'bonifico', 'bonifico bancario', 'a rate',
    'rateizzare', 'pagamento a rate', 'in 0 rate', 'contrassegno', 'alla consegna', 'valuta', 'in euro',
  ],
  payment_problem: [
    'pagamento rifiutato', 'carta rifiutata', 'rifiutato', 'rifiutata', 'pagamento non riuscito', 'pagamento fallito', 'errore nel pagamento',
    'errore di pagamento', 'pagamento non va', 'pagamento in sospeso', 'in sospeso', 'in attesa di pagamento', 'addebitato due volte',
    'addebito doppio', 'doppio addebito', 'pagato due volte', 'addebitato 0 volte', 'addebitato', 'addebito', 'importo sbagliato',
    'importo errato', 'importo diverso', 'addebitato di più', 'pagato di più', 'cambio valuta', 'tasso di cambio', 'commissione',
    'non riesco a pagare',
  ],
  invoice: [
    'fattura', 'fatture', 'fatturazione', 'fattura elettronica', 'ricevuta', 'scontrino', 'iva', 'partita iva', 'p.iva', 'p iva',
    'codice fiscale', 'codice sdi', 'codice destinatario', 'pec', 'ragione sociale', 'intestata a', 'intestare la fattura', 'per la mia azienda',
    'per l\'azienda', 'commercialista', 'contabilità', 'proforma',
  ],
  where_parcel: [
    'dov\'è il mio pacco', 'dove è il mio pacco', 'dove e il mio pacco', 'dov\'è il mio ordine', 'dove è il mio ordine', 'dov\'e',
    'dov\'è', 'dove si trova', 'dove sta', 'che fine ha fatto', 'dove è finito', 'dov\'è finito', 'notizie del mio ordine',
    'notizie del pacco', 'aggiornamenti sul mio ordine', 'il mio pacco', 'il mio ordine',
  ],
  tracking: [
    'tracking', 'numero di tracking', 'codice di tracking', 'codice tracking', 'numero di tracciamento', 'tracciamento', 'tracciare',
    'link di tracciamento', 'numero di spedizione', 'lettera di vettura', 'cosa significa', 'che significa', 'cosa vuol dire',
    'che vuol dire', 'in transito', 'in consegna', 'in lavorazione presso', 'stato della spedizione', 'il link non funziona', 'brt', 'gls',
    'poste italiane', 'sda',
  ],
  late: [
    'in ritardo', 'ritardo', 'ritardi', 'non è ancora arrivato', 'non e ancora arrivato', 'ancora non arrivato', 'ancora non è arrivato',
    'non arriva', 'non arriva mai', 'ancora niente', 'da settimane', 'settimane', 'da giorni', 'da un mese', 'data prevista',
    'data di consegna prevista', 'doveva arrivare', 'sarebbe dovuto arrivare', 'dovrebbe essere arrivato', 'bloccato', 'bloccata', 'fermo',
    'ferma', 'non si muove', 'non si aggiorna', 'nessun aggiornamento', 'non aggiornato', 'stesso stato', 'sempre uguale',
    'sto ancora aspettando', 'aspetto ancora', 'troppo tempo',
  ],
  marked_delivered: [
    'risulta consegnato', 'risulta consegnata', 'segna consegnato', 'dice consegnato', 'dice che è stato consegnato', 'stato consegnato',
    'è stato consegnato', 'consegnato', 'consegnata', 'consegnato ma', 'indicato come consegnato', 'prova di consegna', 'firmato da',
  ],
  not_received: [
    'non ho ricevuto', 'non l\'ho ricevuto', 'mai ricevuto', 'mai arrivato', 'non mi è arrivato', 'non mi e arrivato', 'non è mai arrivato',
    'non ho ricevuto nulla', 'non ho ricevuto niente', 'nessun pacco', 'non c\'è', 'non lo trovo', 'rubato', 'smarrito', 'perso',
    'sparito', 'non consegnato', 'mai consegnato',
  ],
  neighbour_locker: [
    'vicini', 'vicino di casa', 'dal vicino', 'al vicino', 'alla vicina', 'portiere', 'portineria', 'portinaia', 'locker', 'amazon locker', 'punto di ritiro',
    'punto ritiro', 'fermopoint', 'punto poste', 'ufficio postale', 'cassetta della posta', 'cassetta postale', 'buca delle lettere',
    'davanti alla porta', 'indirizzo sbagliato', 'altro indirizzo', 'tabaccheria', 'edicola',
  ],
  customs: [
    'dogana', 'in dogana', 'fermo in dogana', 'bloccato in dogana', 'dazio', 'dazi', 'dazi doganali', 'spese doganali', 'diritti doganali',
    'sdoganamento', 'sdoganare', 'tasse', 'tassa', 'iva all\'importazione', 'importazione', 'oneri', 'pagare alla consegna',
    'pagare per ricevere', 'dichiarazione doganale', 'documenti', 'documento d\'identità', 'carta d\'identità', 'passaporto',
    'codice fiscale', 'rispedito al mittente', 'restituito al mittente', 'tornato al mittente', 'reso al mittente',
  ],
  broken_damaged: [
    'rotto', 'rotta', 'rotti', 'rotte', 'si è rotto', 'danneggiato', 'danneggiata', 'danno', 'danni', 'crepato', 'crepata', 'crepa',
    'incrinato', 'incrinata', 'spaccato', 'frantumato', 'schiacciato', 'schiacciata', 'ammaccato', 'ammaccata', 'graffiato', 'graffiata',
    'graffio', 'graffi', 'strappato', 'strappata', 'bucato', 'buco', 'piegato', 'storto', 'macchiato', 'macchia', 'sporco', 'perde',
    'difettoso', 'difettosa', 'difetto', 'scatola aperta', 'pacco aperto', 'in pezzi', 'a pezzi',
  ],
  missing_part: [
    'manca', 'mancano', 'mancava', 'mancante', 'mancanti', 'pezzo mancante', 'pezzi mancanti', 'non c\'era', 'non incluso', 'non inclusa',
    'incompleto', 'incompleta', 'senza caricatore', 'senza cavo', 'senza viti', 'senza istruzioni', 'solo uno', 'solo una', 'scatola vuota',
    'pacco vuoto', 'accessorio', 'accessori',
  ],
  not_working: [
    'non funziona', 'non va', 'non si accende', 'non carica', 'non si carica', 'non si collega', 'non si connette', 'non si associa',
    'nessun suono', 'non si sente', 'non risponde', 'non parte', 'difettoso', 'guasto', 'codice errore', 'lampeggia', 'si surriscalda',
    'scalda', 'si spegne', 'morto',
  ],
  on_arrival: [
    'arrivato', 'arrivata', 'è arrivato', 'è arrivata', 'arrivato oggi', 'arrivato ieri', 'ricevuto oggi', 'ricevuto ieri', 'alla consegna',
    'appena arrivato', 'appena ricevuto', 'all\'arrivo', 'aprendo', 'all\'apertura', 'appena aperto', 'aperto il pacco', 'aperto la scatola',
    'appena tolto dalla scatola', 'dal primo giorno', 'dall\'inizio', 'primo utilizzo', 'prima volta',   ],
  wrong_item: [
    'articolo sbagliato', 'prodotto sbagliato', 'ordine sbagliato', 'colore sbagliato', 'taglia sbagliata', 'modello sbagliato',
    'quantità sbagliata', 'sbagliato', 'sbagliata', 'avete sbagliato', 'non è quello che ho ordinato', 'non e quello che ho ordinato',
    'non è quello ordinato', 'altro articolo', 'altro prodotto', 'altro colore', 'altra taglia', 'altro modello', 'ho ordinato', 'avevo ordinato',
    'invece di', 'al posto di', 'mi avete mandato', 'mi avete inviato', 'mi è arrivato un', 'scambiato', 'non è mio',
  ],
  want_return: [
    'reso', 'resi', 'fare il reso', 'effettuare il reso', 'restituire', 'restituzione', 'rendere', 'rimandare indietro', 'rispedire',
    'etichetta di reso', 'modulo di reso', 'richiesta di reso', 'non mi sta', 'non mi va', 'troppo piccolo', 'troppo piccola', 'troppo grande',
    'troppo stretto', 'troppo corto', 'troppo lungo', 'non corrisponde', 'diverso dalla foto', 'non conforme', 'non mi piace', 'recesso',
  ],
  exchange: [
    'cambio', 'cambiare', 'sostituire con', 'cambio taglia', 'cambio misura', 'una taglia in più', 'una taglia più grande',
    'una taglia più piccola', 'taglia superiore', 'taglia inferiore', 'altra taglia', 'scambio',
  ],
  refund: [
    'rimborso', 'rimborsare', 'rimborsato', 'rimborsata', 'rimborsi', 'i miei soldi', 'soldi indietro', 'restituzione dei soldi',
    'restituire i soldi', 'riavere i soldi', 'rimborso parziale', 'rimborso totale', 'buono reso', 'storno', 'refund',
  ],
  refund_status: [
    'dov\'è il mio rimborso', 'dove è il mio rimborso', 'dove e il mio rimborso', 'quando arriva il rimborso', 'quando riceverò il rimborso',
    'quando ricevo il rimborso', 'non ho ancora ricevuto il rimborso', 'non ho ricevuto il rimborso', 'rimborso non ancora', 'ancora nessun rimborso',
    'ancora non rimborsato', 'aspetto il rimborso', 'attendo il rimborso', 'in attesa del rimborso', 'rimborso promesso', 'rimborso approvato',
    'stato del rimborso', 'non vedo i soldi', 'soldi non sono arrivati',
  ],
  return_shipped: [
    'ho restituito', 'ho rispedito', 'ho rimandato', 'rispedito', 'restituito', 'reso spedito', 'il mio reso', 'il reso', 'avete ricevuto il reso',
    'avete ricevuto il mio reso', 'ricevuto il reso', 'reso arrivato', 'reso consegnato', 'pacco di reso', 'tracking del reso',
    'consegnato il reso', 'portato alle poste',
  ],
  stopped_working: [
    'ha smesso di funzionare', 'smesso di funzionare', 'non funziona più', 'non funziona piu', 'non si accende più', 'non carica più',
    'ha smesso', 'all\'improvviso', 'improvvisamente', 'di colpo', 'all\'inizio', 'funzionava', 'funzionava bene', 'andava bene',
    'dopo una settimana', 'dopo due settimane', 'dopo 0 settimane', 'dopo un mese', 'dopo 0 mesi', 'dopo qualche giorno',
    'dopo qualche settimana', 'dopo pochi giorni', 'dopo poco', 'con l\'uso', 'uso normale', 'si è staccato', 'si stacca', 'scolorito',
    'consumato',
  ],
  repair: [
    'riparazione', 'riparare', 'riparato', 'aggiustare', 'assistenza', 'assistenza tecnica', 'centro assistenza', 'sostituzione', 'sostituire',
    'pezzo di ricambio', 'ricambi', 'ricambio', 'uno nuovo', 'una nuova', 'far valere la garanzia',
  ],
  bad_service: [
    'pessimo', 'pessima', 'pessimo servizio', 'servizio pessimo', 'vergogna', 'vergognoso', 'vergognosa', 'inaccettabile', 'inammissibile',
    'scandaloso', 'scandalo', 'assurdo', 'ridicolo', 'deluso', 'delusa', 'delusione', 'insoddisfatto', 'insoddisfatta', 'arrabbiato',
    'arrabbiata', 'furioso', 'stufo', 'stufa', 'stanco di', 'stanca di', 'maleducato', 'maleducata', 'scortese', 'poco professionali',
    'incompetenti', 'vergognatevi', 'mai più', 'mai piu', 'il peggiore', 'peggio', 'schifo', 'uno schifo', 'risposte automatiche',
    'presi in giro', 'prendete in giro', 'bugie',
  ],
  manager_escalate: [
    'responsabile', 'un responsabile', 'supervisore', 'superiore', 'direttore', 'direzione', 'manager', 'reclamo', 'reclami',
    'reclamo formale', 'lamentela', 'lamentele', 'segnalazione', 'inoltrare', 'ufficio reclami',
  ],
  slow_reply: [
    'nessuna risposta', 'senza risposta', 'non rispondete', 'non risponde nessuno', 'nessuno risponde', 'nessuno mi risponde',
    'non mi rispondete', 'aspetto una risposta', 'attendo risposta', 'attendo una risposta', 'in attesa di risposta', 'ancora nessuna risposta',
    'mi ignorate', 'ignorato', 'ignorata', 'più volte', 'diverse volte', 'tante volte', 'terza volta', 'di nuovo', 'ho già scritto',
    'vi ho già scritto', 'sollecito', 'c\'è qualcuno', 'ce qualcuno',
  ],
  threat: [
    'truffa', 'truffatori', 'truffatore', 'truffato', 'frode', 'fraudolento', 'ladri', 'ladro', 'furto', 'avvocato', 'avvocata', 'legale',
    'vie legali', 'azioni legali', 'denuncia', 'denunciare', 'denuncio', 'tribunale', 'polizia', 'carabinieri', 'guardia di finanza',
    'codacons', 'altroconsumo', 'associazione consumatori', 'controversia', 'contestazione', 'chargeback', 'disputa', 'recensione negativa',
    'una stella', 'social', 'segnalerò',
  ],
  thanks_praise: [
    'grazie', 'grazie mille', 'grazie infinite', 'vi ringrazio', 'ringrazio', 'ottimo', 'ottima', 'eccellente', 'perfetto', 'perfetta',
    'fantastico', 'fantastica', 'bellissimo', 'bellissima', 'stupendo', 'stupenda', 'meraviglioso', 'adoro', 'mi piace tantissimo',
    'soddisfatto', 'soddisfatta', 'contento', 'contenta', 'felice', 'super', 'top', 'bravi', 'complimenti', 'consiglio', 'lo consiglio',
    'consigliatissimo', 'ricomprerò', 'riordinerò', 'veloce', 'spedizione veloce', 'ben imballato', 'gentilissimi', 'gentili',
  ],
  review: [
    'recensione', 'recensioni', 'lasciare una recensione', 'lasciato una recensione', 'valutazione', 'stelle', '0 stelle', 'cinque stelle',
    'feedback', 'opinione', 'commento', 'trustpilot', 'giudizio',
  ],
  suggestion: [
    'suggerimento', 'suggerimenti', 'suggerisco', 'proposta', 'idea', 'idee', 'sarebbe bello', 'sarebbe utile', 'sarebbe carino',
    'sarebbe ottimo', 'dovreste', 'potreste', 'in futuro', 'la prossima volta', 'più colori', 'più taglie', 'consiglio per voi',
  ],
  account: [
    'account', 'il mio account', 'profilo', 'registrazione', 'registrarmi', 'registrarsi', 'iscrizione', 'creare un account', 'nome utente',
    'area personale', 'area clienti',
  ],
  login_problem: [
    'accedere', 'accesso', 'non riesco ad accedere', 'non riesco a entrare', 'non riesco ad entrare', 'entrare nel mio account', 'login',
    'loggarmi', 'fare il login', 'account bloccato', 'account sospeso', 'sospeso', 'disattivato', 'hackerato', 'hackerata',
    'violato', 'accesso sospetto', 'attività sospetta', 'non sono stato io', 'non sono stata io', 'disconnesso',
  ],
  password_reset: [
    'password', 'ho dimenticato la password', 'password dimenticata', 'recupero password', 'recuperare la password', 'reimpostare',
    'reimpostare la password', 'resettare la password', 'nuova password', 'cambiare password', 'password sbagliata', 'password errata',
    'link per reimpostare',
  ],
  verification_code: [
    'codice di verifica', 'codice di conferma', 'codice di sicurezza', 'codice sms', 'codice via sms', 'sms', 'otp', 'verifica', 'verificare',
    'autenticazione', 'doppia autenticazione', 'due fattori', '0fa', 'codice di attivazione', 'attivare l\'account', 'non arriva il codice',
    'non ricevo il codice', 'codice non arriva', 'captcha',
  ],
  delete_account: [
    'cancellare il mio account', 'cancellare l\'account', 'eliminare il mio account', 'eliminare l\'account', 'chiudere il mio account',
    'chiudere l\'account', 'cancellazione dell\'account', 'i miei dati', 'dati personali', 'cancellare i miei dati', 'gdpr', 'privacy',
    'diritto all\'oblio', 'trattamento dei dati', 'quali dati',
  ],
  unsubscribe: [
    'disiscrivermi', 'disiscrivere', 'cancellarmi', 'annullare l\'iscrizione', 'iscrizione alla newsletter', 'newsletter', 'mail pubblicitarie',
    'email promozionali', 'email pubblicitarie', 'pubblicità', 'smettete di inviarmi', 'smettetela', 'non voglio più ricevere',
    'non ricevere più', 'troppe email', 'troppe mail', 'mailing list', 'spam',
  ],
  edit_account: [
    'cambiare email', 'cambiare l\'email', 'cambiare la mail', 'cambiare indirizzo email', 'modificare l\'email', 'modificare la mail',
    'nuova email', 'nuova mail', 'cambiare il nome', 'cambiare il numero', 'modificare il numero di telefono', 'aggiornare i miei dati',
    'modificare i miei dati', 'modificare il profilo', 'impostazioni', 'unire', 'unire gli account', 'due account',
  ],
  human_agent: [
    'umano', 'un umano', 'una persona', 'persona vera', 'persona reale', 'operatore', 'operatrice', 'un operatore', 'assistente',
    'qualcuno di reale', 'non un robot', 'robot', 'bot', 'chatbot', 'risposta automatica', 'parlare con qualcuno', 'parlare con un',
    'parlare con una', 'servizio clienti',
  ],
  phone_call: [
    'telefono', 'numero di telefono', 'chiamare', 'chiamatemi', 'mi chiamate', 'richiamare', 'richiamatemi', 'chiamata', 'telefonata',
    'telefonicamente', 'per telefono', 'al telefono', 'numero verde', 'whatsapp',   ],
  business_offer: [
    'seo', 'posizionamento', 'prima pagina di google', 'agenzia', 'la nostra agenzia', 'marketing', 'collaborazione', 'partnership',
    'proposta commerciale', 'produttore', 'fabbrica', 'fornitore', 'fornitori', 'siamo un\'azienda', 'aumentare le vendite',
    'sito web', 'realizzazione siti', 'influencer', 'sponsorizzazione', 'affiliazione',
  ],
  job_application: [
    'lavoro', 'lavorare con voi', 'lavorare per voi', 'posizione aperta', 'posizioni aperte', 'offerta di lavoro', 'candidatura',
    'candidarmi', 'candidatura spontanea', 'curriculum', 'cv', 'stage', 'tirocinio', 'assunzioni', 'assumete', 'part-time', 'part time',
    'tempo pieno',
  ],
};

import type { Lexicon } from './types.js';

/** Italian. */
export const it: Lexicon = {
  risk: {
    chargeback: [
      'storno', 'storno dell\'addebito', 'storno del pagamento', 'richiedere lo storno', 'chiedere lo storno',
      'chiederò lo storno', 'storno tramite la banca', 'storno con la banca', 'storno sulla carta', 'riaddebito',
      'contestazione dell\'addebito', 'contestare l\'addebito', 'contesterò l\'addebito', 'disconoscimento',
      'disconoscere l\'addebito', 'disconoscere il pagamento', 'chiamare la mia banca', 'contattare la mia banca',
      'contatterò la mia banca', 'rivolgermi alla banca', 'mi rivolgo alla banca', 'mi rivolgerò alla banca',
      'bloccare il pagamento', 'blocco del pagamento',
    ],
    payment_dispute: [
      'contestazione paypal', 'contestazione su paypal', 'contestazione con paypal', 'contestazione tramite paypal',
      'aprire una contestazione', 'aperto una contestazione', 'aprirò una contestazione', 'apro una contestazione',
      'controversia*', 'reclamo paypal', 'reclamo su paypal', 'reclamo a paypal', 'reclamo con paypal', 'aprire un reclamo',
      'aprirò un reclamo', 'centro risoluzioni', 'disputa', 'contestare il pagamento', 'segnalare a paypal',
      'contestazione con la carta',
    ],
    atoz_claim: [
      'garanzia dalla a alla z', 'garanzia dalla a alla z di amazon', 'garanzia a-z', 'garanzia amazon', 'reclamo dalla a alla z',
      'reclamo a-z', 'reclamo ad amazon', 'reclamo su amazon', 'richiesta di garanzia dalla a alla z', 'segnalare ad amazon',
      'segnalerò ad amazon',
    ],
    legal_threat: [
      'avvocat*', 'il mio legale', 'un legale', 'vie legali', 'azioni legali', 'azione legale', 'denuncia*', 'denuncerò',
      'querela*', 'tribunale', 'giudice di pace', 'fare causa', 'farò causa', 'faccio causa', 'polizia postale', 'carabinieri',
      'polizia', 'guardia di finanza', 'codacons', 'altroconsumo', 'adiconsum', 'associazione consumatori',
      'associazione dei consumatori', 'agcm', 'antitrust', 'diffida', 'decreto ingiuntivo', 'codice del consumo',
      'tutela del consumatore', 'conciliazione', 'procura',
    ],
    scam_accusation: [
      'truffa*', 'truffatori', 'truffatore', 'truffato*', 'truffata*', 'imbroglio*', 'imbroglioni', 'fregatura',
      'fregato', 'fregati', 'ladri', 'ladro', 'ladrona', 'è un furto', 'un furto', 'sito truffa', 'negozio falso', 'sito falso',
      'frode', 'fraudolent*', 'raggiro', 'raggirato', 'raggirata', 'disonesti', 'ci avete truffato', 'mi avete truffato',
      'delinquenti', 'banditi', 'sciacalli',
    ],
    bad_review_threat: [
      'recensione negativa', 'recensioni negative', 'pessima recensione', 'brutta recensione', 'cattiva recensione',
      'feedback negativo', 'valutazione negativa', 'una stella', '1 stella', 'zero stelle', 'sui social', 'sui social network',
      'pubblicherò', 'avvisare tutti', 'mettere in guardia', 'far sapere a tutti', 'cattiva pubblicità', 'pessima pubblicità',
      'sputtanare', 'vi sputtano', 'su trustpilot',
    ],
    repeated_contact: [
      'terza volta', 'per la seconda volta', 'seconda volta che', 'quarta volta', 'ennesima volta', 'ennesima',
      'scritto più volte', 'chiesto più volte', 'contattato più volte', 'scritto diverse volte', 'chiesto diverse volte',
      'già più volte', 'già diverse volte', 'già tante volte', 'mille volte', 'vi ho già scritto', 'ho già scritto', 'già scritto',
      'già inviato', 'già mandato', 'già contattato', 'già chiesto', 'già segnalato', 'ancora nessuna risposta',
      'nessuna risposta', 'senza risposta', 'nessuno risponde', 'nessuno mi risponde', 'ancora niente', 'sollecito',
      'sollecitare', 'vi sollecito', 'quante volte', 'vi riscrivo', 'riscrivo', 'vi scrivo di nuovo', 'torno a scrivervi',
      'scrivo nuovamente', 'ancora una volta vi',
    ],
  },
  neutral: ['sede legale', 'rappresentante legale', 'indirizzo legale', 'forma legale', 'via legale'],
  positive: [
    'grazie di cuore', 'grazie infinite', 'ottimo', 'ottima', 'eccellente', 'perfetto', 'perfetta', 'fantastico', 'fantastica',
    'bellissimo', 'bellissima', 'stupendo', 'stupenda', 'meraviglioso', 'meravigliosa', 'soddisfatto', 'soddisfatta',
    'contento', 'contenta', 'felice', 'lo consiglio', 'consigliatissimo', 'super', 'bravi', 'bravissimi',
    'gentilissimi', 'gentilissima', 'gentilissimo', 'velocissimo', 'velocissima', 'adoro', 'mi piace', 'molto bello',
    'molto bella', 'molto bene', 'buonissimo', 'splendido', 'splendida', 'professionali',
  ],
  negative: [
    'pessimo', 'pessima', 'orribile', 'terribile', 'deluso', 'delusa', 'delusione', 'deludente', 'arrabbiato',
    'arrabbiata', 'furioso', 'furiosa', 'incazzato', 'incazzata', 'inaccettabile', 'vergogna', 'vergognoso', 'schifo',
    'che schifo', 'fa schifo', 'rotto', 'rotta', 'danneggiato', 'danneggiata', 'difettoso', 'difettosa', 'ritardo',
    'problema', 'problemi', 'peggiore', 'scandaloso', 'scandalo', 'ridicolo', 'assurdo', 'insoddisfatto', 'insoddisfatta',
    'mai più', 'scadente', 'penoso', 'presa in giro', 'stufo', 'stufa', 'merda', 'incompetenti', 'maleducati',
    'vergognatevi', 'indecente',
  ],
  negators: ['non', 'mai', 'nessun', 'nessuno', 'nessuna', 'senza', 'niente', 'nulla', 'né'],
  intensifiers: [
    'molto', 'tanto', 'troppo', 'davvero', 'veramente', 'estremamente', 'assolutamente', 'proprio', 'così',
    'totalmente', 'completamente', 'parecchio', 'incredibilmente',
  ],
  polite: ['grazie', 'grazie mille', 'grazie in anticipo', 'grazie anticipatamente', 'vi ringrazio', 'cordiali saluti'],
};

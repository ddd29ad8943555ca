import type { Lexicon } from './types.js';

/** Polish. */
export const pl: Lexicon = {
  risk: {
    chargeback: [
      'chargeback', 'obciążenie zwrotne', 'procedura chargeback', 'reklamacja w banku', 'reklamację w banku',
      'reklamacja transakcji', 'reklamację transakcji', 'reklamować transakcję', 'zareklamuję transakcję',
      'zgłoszę do banku', 'zgłoszę to do banku', 'zgłoszenie do banku', 'zadzwonię do banku', 'dzwonię do banku',
      'zwrot przez bank', 'cofnięcie płatności', 'cofnąć płatność', 'wycofać płatność', 'odwołanie transakcji',
    ],
    payment_dispute: [
      'spór w paypal', 'spór na paypalu', 'spór paypal', 'spór z paypal', 'otworzę spór', 'otworzyłem spór',
      'otworzyłam spór', 'otworzyć spór', 'otwarty spór', 'otwieram spór', 'roszczenie w paypal', 'roszczenie paypal',
      'zgłoszenie w paypal', 'reklamacja w paypal', 'reklamacja przez paypal', 'reklamację w paypal',
      'centrum rozstrzygania', 'ochrona kupujących paypal', 'sporu w paypal', 'zgłoszę do paypal',
    ],
    atoz_claim: [
      'gwarancja od a do z', 'gwarancji od a do z', 'gwarancję od a do z', 'gwarancja a-z', 'gwarancji a-z',
      'roszczenie a-z', 'reklamacja w amazon', 'zgłoszenie do amazon', 'zgłoszę do amazon', 'gwarancja amazon',
    ],
    legal_threat: [
      'prawnik*', 'adwokat*', 'radca prawny', 'radcy prawnego', 'pozew', 'pozwę', 'pozwać', 'do sądu', 'w sądzie',
      'sądowa', 'sądownie', 'sprawa sądowa', 'drogę sądową', 'droga sądowa', 'drodze sądowej', 'uokik', 'rzecznik konsumentów',
      'rzecznika konsumentów', 'rzecznik praw konsumenta', 'rzecznika praw konsumenta', 'inspekcja handlowa',
      'inspekcji handlowej', 'policja', 'policję', 'policji', 'prokuratura', 'prokuratury', 'prokuraturze',
      'zawiadomienie do prokuratury', 'zawiadomienie o przestępstwie', 'kroki prawne', 'konsekwencje prawne', 'europejskie centrum konsumenckie',
    ],
    scam_accusation: [
      'oszust*', 'oszukan*', 'oszukał*', 'oszukuj*', 'naciągacz*', 'naciąganie', 'naciągnęli', 'złodziej*',
      'kradzież', 'okradli', 'okradziony', 'okradziona', 'wyłudzenie', 'wyłudzacze', 'przekręt*', 'fałszywy sklep',
      'fałszywa strona', 'lipny sklep', 'ściema', 'kanciarz*', 'krętacz*', 'bandyci',
    ],
    bad_review_threat: [
      'negatywna opinia', 'negatywną opinię', 'negatywny komentarz', 'złą opinię', 'zła opinia', 'złą ocenę',
      'negatywną ocenę', 'negatywny feedback', 'jedną gwiazdkę', '1 gwiazdka', '1 gwiazdkę', 'jedna gwiazdka',
      'zero gwiazdek', 'wystawię negatyw', 'negatyw', 'na ceneo', 'opinie na ceneo', 'media społecznościowe',
      'w mediach społecznościowych', 'ostrzegę innych', 'ostrzec innych', 'nagłośnię', 'nagłośnić', 'opiszę wszędzie',
    ],
    repeated_contact: [
      'po raz trzeci', 'po raz drugi', 'po raz kolejny', 'po raz czwarty', 'kolejny raz', 'któryś raz', 'wielokrotnie',
      'pisałem kilka razy', 'pisałam kilka razy', 'kilkukrotnie', 'już pisałem', 'już pisałam', 'już wysłałem',
      'już wysłałam', 'już pytałem', 'już pytałam', 'już zgłaszałem', 'już zgłaszałam', 'już kontaktowałem',
      'już kontaktowałam', 'nadal brak odpowiedzi', 'wciąż brak odpowiedzi', 'brak odpowiedzi', 'bez odpowiedzi',
      'nikt nie odpowiada', 'nikt nie odpisuje', 'ponownie piszę', 'piszę ponownie', 'ile razy', 'ponawiam',
      'przypominam', 'moja poprzednia wiadomość', 'mój poprzedni mail',
    ],
  },
  neutral: ['dzień dobry', 'dobry wieczór'],
  positive: [
    'serdecznie dziękuję', 'super', 'świetny', 'świetnie', 'świetna', 'doskonały', 'doskonale', 'idealny', 'idealnie',
    'wspaniały', 'wspaniale', 'rewelacja', 'rewelacyjny', 'polecam', 'zadowolony', 'zadowolona', 'dobry', 'bardzo dobrze',
    'piękny', 'piękna', 'szybka wysyłka', 'fajny', 'fajnie', 'zachwycony', 'zachwycona', 'miły', 'miła', 'kocham', 'ekstra',
    'bomba', 'profesjonalnie',
  ],
  negative: [
    'zły', 'zła', 'złe', 'fatalny', 'fatalna', 'fatalnie', 'okropny', 'okropna', 'beznadziejny', 'beznadziejna',
    'tragiczny', 'tragedia', 'tragicznie', 'rozczarowany', 'rozczarowana', 'rozczarowanie', 'zawiedziony', 'zawiedziona',
    'zdenerwowany', 'zdenerwowana', 'wkurzony', 'wkurzona', 'skandal', 'skandaliczny', 'skandaliczne', 'żenada',
    'żenujące', 'wstyd', 'uszkodzony', 'uszkodzona', 'zepsuty', 'zepsuta', 'wadliwy', 'wadliwa', 'opóźnienie', 'problem',
    'najgorszy', 'najgorsza', 'niedopuszczalne', 'nie do przyjęcia', 'badziew', 'dramat', 'niezadowolony',
    'niezadowolona', 'porażka', 'kpina', 'nigdy więcej', 'masakra', 'syf',
  ],
  negators: ['nie', 'nigdy', 'bez', 'żaden', 'żadna', 'żadnego', 'żadnej', 'ani', 'nic'],
  intensifiers: [
    'bardzo', 'naprawdę', 'totalnie', 'kompletnie', 'mega', 'strasznie', 'niezwykle', 'niesamowicie', 'zbyt',
    'całkowicie', 'absolutnie', 'naprawde',
  ],
  polite: ['dziękuję', 'dzięki', 'bardzo dziękuję', 'z góry dziękuję', 'dziękuje', 'dziekuje'],
};

import type { CueLexicon } from '../concepts.js';

/** Polish. Buyers often drop the diacritics ("zwrot pieniedzy", "nie dziala"); folding matches both. */
export const pl: CueLexicon = {
  how_to_use: [
    'jak używać', 'jak uzywac', 'jak się używa', 'jak tego używać', 'jak działa', 'jak to działa', 'instrukcja', 'instrukcja obsługi',
    'instrukcji', 'poradnik', 'tutorial', 'zainstalować', 'instalacja', 'skonfigurować', 'konfiguracja', 'sparować',
    'parowanie', 'połączyć', 'podłączyć', 'jak podłączyć', 'ładować', 'jak ładować', 'czas ładowania', 'prać', 'pranie', 'w pralce',
    'zmywarka', 'w zmywarce', 'czyścić', 'czyszczenie', 'złożyć', 'montaż', 'składanie', 'włączyć', 'jak włączyć', 'zresetować',
    'co jest w zestawie', 'co zawiera zestaw', 'zawartość zestawu', 'środki ostrożności',
  ],
  size_fit: [
    'rozmiar', 'rozmiary', 'rozmiaru', 'jaki rozmiar', 'tabela rozmiarów', 'tabela rozmiarow', 'rozmiarówka', 'rozmiarowka',
    'zaniżona', 'zawyżona', 'małe rozmiary', 'duże rozmiary', 'wymiary', 'wymiar', 'długość', 'szerokość', 'wysokość', 'obwód',
    'w talii', 'w pasie', 'biust', 'numer buta', 'jak duży', 'pasuje na mnie',
  ],
  material_spec: [
    'materiał', 'material', 'z czego', 'z jakiego materiału', 'tkanina', 'bawełna', 'bawelna', 'poliester', 'skóra', 'skora',
    'ekoskóra', 'stal nierdzewna', 'plastik', 'wodoodporny', 'wodoodporna', 'wodoszczelny', 'pojemność', 'pojemnosc', 'moc', 'waga',
    'ile waży', 'ile wazy', 'parametry', 'specyfikacja', 'dane techniczne', 'certyfikat', 'atest', 'znak ce', 'kolory', 'jakie kolory',
    'inne kolory', 'bez bpa', 'skład',
  ],
  compatible: [
    'kompatybilny', 'kompatybilna', 'kompatybilne', 'kompatybilność', 'pasuje do', 'czy pasuje', 'działa z', 'dziala z', 'czy zadziała',
    'nadaje się do', 'odpowiedni do', 'do mojego telefonu', 'z moim telefonem', 'do iphone', 'do samsunga',
  ],
  in_stock: [
    'dostępny', 'dostepny', 'dostępna', 'dostępne', 'dostępność', 'dostepnosc', 'na stanie', 'w magazynie', 'niedostępny', 'wyprzedany',
    'wyprzedane', 'brak na stanie', 'kiedy będzie', 'kiedy bedzie', 'dostawa towaru', 'czy macie', 'czy jest jeszcze', 'przedsprzedaż',
    'zarezerwować',
  ],
  price_question: [
    'cena', 'ceny', 'cenę', 'cene', 'ile kosztuje', 'ile kosztują', 'ile to kosztuje', 'koszt', 'jaka cena', 'taniej', 'cennik',
    'cena za sztukę', 'brutto', 'netto',
  ],
  before_buying: [
    'przed zakupem', 'przed zamówieniem', 'przed zamowieniem', 'zanim zamówię', 'zanim kupię', 'jeśli zamówię', 'jesli zamowie',
    'jak zamówię', 'jeśli kupię', 'jesli kupie', 'zastanawiam się nad zakupem', 'chcę kupić', 'chce kupic', 'chciałbym kupić',
    'chciałabym kupić', 'planuję kupić', 'jestem zainteresowany', 'jestem zainteresowana',
  ],
  ship_to_country: [
    'wysyłacie do', 'wysylacie do', 'wysyłka do', 'wysylka do', 'dostawa do', 'dostarczacie do', 'wysyłka za granicę', 'za granicę',
    'za granice', 'międzynarodowa', 'miedzynarodowa', 'do polski', 'do niemiec', 'do anglii', 'do jakich krajów', 'jakie kraje',
  ],
  shipping_cost: [
    'koszt wysyłki', 'koszt wysylki', 'koszty wysyłki', 'koszt dostawy', 'koszty dostawy', 'ile kosztuje wysyłka', 'ile za wysyłkę',
    'darmowa wysyłka', 'darmowa wysylka', 'darmowa dostawa', 'bezpłatna dostawa', 'wysyłka gratis', 'opłata za wysyłkę',
    'od jakiej kwoty', 'minimalna kwota',
  ],
  delivery_time: [
    'czas dostawy', 'czas wysyłki', 'czas realizacji', 'jak długo trwa', 'jak dlugo trwa', 'ile trwa', 'ile dni', 'ile czasu',
    'kiedy dotrze', 'kiedy dojdzie', 'dotrze przed', 'przed świętami', 'na czas', 'ekspres', 'ekspresowa', 'wysyłka ekspresowa',
    'szybka wysyłka', 'szybka dostawa', 'szybciej', 'kurier ekspres', 'następnego dnia', '00h',
  ],
  discount: [
    'rabat', 'rabatu', 'rabaty', 'kod rabatowy', 'kodu rabatowego', 'kupon', 'kupon rabatowy', 'kod promocyjny', 'promocja', 'promocje',
    'promka', 'zniżka', 'znizka', 'zniżki', 'wyprzedaż', 'wyprzedaz', 'black friday', 'voucher', 'bon', 'karta podarunkowa',
    'kod nie działa', 'kod nie dziala', 'kod nieważny', 'kod niewazny', 'kod wygasł', 'punkty', 'program lojalnościowy', 'gratis',
    'prezent', 'okazja',
  ],
  bulk_wholesale: [
    'hurt', 'hurtowo', 'hurtowa', 'hurtowe', 'cena hurtowa', 'hurtownia', 'duża ilość', 'duza ilosc', 'większa ilość', 'wieksza ilosc',
    'większe ilości', 'minimalne zamówienie', 'minimalna ilość', 'moq', 'odsprzedaż', 'dystrybutor', 'dla mojego sklepu', 'dla firmy',
    '000 sztuk', '00 sztuk', '000 szt', '00 szt',
  ],
  return_policy: [
    'polityka zwrotów', 'zasady zwrotów', 'zasady zwrotu', 'warunki zwrotu', 'regulamin zwrotów', 'czy mogę zwrócić', 'czy moge zwrocic',
    'czy można zwrócić', 'czy mozna zwrocic', 'czy mogę wymienić', 'czy można wymienić', 'jeśli nie będzie pasować', 'jesli nie bedzie pasowac',
    'jeśli nie pasuje', 'jeśli mi się nie spodoba', 'ile dni na zwrot', 'dni na zwrot', 'termin zwrotu', 'darmowy zwrot', 'bezpłatny zwrot',
    'kto płaci za zwrot', 'kto placi za zwrot', 'koszt zwrotu', 'prawo do odstąpienia', 'odstąpienie od umowy',
  ],
  warranty: [
    'gwarancja', 'gwarancji', 'gwarancję', 'gwarancje', 'na gwarancji', 'okres gwarancji', 'rękojmia', 'rekojmia', 'rok gwarancji',
    'lata gwarancji', 'lat gwarancji', 'jak długa gwarancja', 'gwarancja producenta',
  ],
  place_order: [
    'złożyć zamówienie', 'zlozyc zamowienie', 'złożenie zamówienia', 'jak zamówić', 'jak zamowic', 'jak kupić', 'jak kupic',
    'chcę zamówić', 'chce zamowic', 'chciałbym zamówić', 'chciałabym zamówić', 'zamówić telefonicznie', 'na zamówienie',
    'personalizacja', 'personalizowany', 'grawer', 'grawerunek', 'zarezerwować', 'odłożyć', 'bez rejestracji', 'bez konta',
  ],
  checkout_problem: [
    'koszyk', 'koszyku', 'kasa', 'checkout', 'finalizacja', 'sfinalizować', 'sfinalizowac', 'dokończyć zamówienie', 'nie mogę złożyć',
    'nie moge zlozyc', 'nie mogę zamówić', 'nie moge zamowic', 'nie da się zamówić', 'nie da sie', 'nie da się', 'zawiesza się',
    'ciągle się ładuje', 'błąd', 'blad', 'komunikat o błędzie', 'przycisk',
  ],
  order_confirmation: [
    'potwierdzenie zamówienia', 'potwierdzenie zamowienia', 'potwierdzenia zamówienia', 'mail z potwierdzeniem', 'e-mail z potwierdzeniem',
    'brak potwierdzenia', 'nie dostałem potwierdzenia', 'nie dostałam potwierdzenia', 'potwierdzić zamówienie', 'czy zamówienie dotarło',
    'czy otrzymaliście moje zamówienie', 'zamówienie przyjęte', 'zamówienie zostało przyjęte', 'status zamówienia', 'status zamowienia',
    'numer zamówienia', 'numer zamowienia',
  ],
  when_ship: [
    'kiedy wyślecie', 'kiedy wyslecie', 'kiedy zostanie wysłane', 'kiedy zostanie wyslane', 'kiedy wysyłka', 'kiedy wysylka',
    'kiedy nadacie', 'kiedy będzie wysłane', 'czy już wysłane', 'czy juz wyslane', 'czy zostało wysłane', 'już wysłane', 'juz wyslane',
    'jeszcze nie wysłane', 'jeszcze nie wyslane', 'nie zostało wysłane', 'nie zostalo wyslane', 'nie wysłaliście', 'w realizacji',
    'w trakcie realizacji', 'kompletowanie', 'kompletowane', 'przygotowywane', 'gotowe do wysyłki', 'nadane', 'czas realizacji',
  ],
  change_order: [
    'zmienić zamówienie', 'zmienic zamowienie', 'zmiana zamówienia', 'zmiana zamowienia', 'zmienić rozmiar', 'zmienic rozmiar',
    'zmienić kolor', 'zmienic kolor', 'zmienić ilość', 'zmienic ilosc', 'dodać', 'dodac', 'dorzucić', 'usunąć', 'usunac', 'zamiast',
    'zmienić', 'zmienic', 'zmiana', 'edytować zamówienie', 'poprawić zamówienie',
  ],
  change_address: [
    'zmienić adres', 'zmienic adres', 'zmiana adresu', 'adres dostawy', 'adres wysyłki', 'zły adres', 'zly adres', 'błędny adres',
    'bledny adres', 'pomyłka w adresie', 'nowy adres', 'inny adres', 'przeprowadziłem się', 'przeprowadziłam się', 'kod pocztowy',
    'numer mieszkania', 'numer domu',
  ],
  cancel: [
    'anulować', 'anulowac', 'anuluj', 'anulujcie', 'anulowanie', 'anulowane', 'anulować zamówienie', 'rezygnacja', 'rezygnuję',
    'rezygnuje', 'zrezygnować', 'odwołać', 'wycofać zamówienie', 'nie chcę już', 'nie chce juz', 'już nie potrzebuję', 'rozmyśliłem się',
    'rozmyśliłam się',
  ],
  payment_method: [
    'metoda płatności', 'metody płatności', 'metody platnosci', 'forma płatności', 'formy płatności', 'sposób płatności', 'sposoby płatności',
    'jak zapłacić', 'jak zaplacic', 'czy mogę zapłacić', 'zapłacić kartą', 'płatność kartą', 'blik', 'blikiem', 'przelew', 'przelewem',
    'przelewy00', 'payu', 'pobranie', 'za pobraniem', 'raty', 'na raty', 'paypo', 'płatność odroczona', 'waluta', 'w złotówkach',
    'w euro',
  ],
  payment_problem: [
    'płatność odrzucona', 'platnosc odrzucona', 'karta odrzucona', 'odrzucona', 'odrzucono', 'płatność nie przeszła', 'platnosc nie przeszla',
    'nie przeszła', 'błąd płatności', 'blad platnosci', 'płatność się nie udała', 'płatność oczekuje', 'oczekuje na płatność',
    'oczekująca', 'pobrano dwa razy', 'pobrali dwa razy', 'zapłaciłem dwa razy', 'zaplacilem dwa razy', 'zapłaciłam dwa razy',
    'podwójna płatność', 'podwojna platnosc', 'podwójnie', 'obciążono', 'obciazono', 'pobrano', 'pobrali', 'zła kwota', 'zla kwota',
    'błędna kwota', 'inna kwota', 'za dużo', 'kurs wymiany', 'przewalutowanie', 'prowizja', 'nie mogę zapłacić', 'nie moge zaplacic',
  ],
  invoice: [
    'faktura', 'faktury', 'fakturę', 'fakture', 'fakturą', 'faktura vat', 'fv', 'paragon', 'rachunek', 'dowód zakupu', 'vat', 'nip',
    'numer nip', 'nazwa firmy', 'dane firmy', 'na firmę', 'na firme', 'dla firmy', 'księgowość', 'ksiegowosc', 'księgowa', 'proforma',
  ],
  where_parcel: [
    'gdzie jest moja paczka', 'gdzie jest paczka', 'gdzie moja paczka', 'gdzie jest moje zamówienie', 'gdzie jest zamówienie',
    'gdzie jest przesyłka', 'gdzie jest moja przesyłka', 'gdzie ta paczka', 'gdzie jest', 'co z moją paczką', 'co z moja paczka',
    'co z moim zamówieniem', 'co z zamówieniem', 'co się dzieje z', 'jakieś wieści', 'moja paczka', 'moja przesyłka',
  ],
  tracking: [
    'numer przesyłki', 'numer przesylki', 'numer śledzenia', 'numer do śledzenia', 'numer listu przewozowego', 'list przewozowy',
    'śledzenie', 'sledzenie', 'śledzenia', 'śledzić', 'link do śledzenia', 'tracking', 'trackingu', 'co oznacza', 'co to znaczy',
    'w drodze', 'w transporcie', 'w doręczeniu', 'wydana do doręczenia', 'status przesyłki', 'link nie działa', 'inpost', 'dpd', 'poczta polska',
  ],
  late: [
    'opóźnienie', 'opoznienie', 'opóźniona', 'opozniona', 'opóźnione', 'spóźnia się', 'za późno', 'nadal nie dotarła', 'nadal nie dotarla',
    'jeszcze nie dotarła', 'jeszcze nie doszła', 'nie doszła', 'nie doszla', 'nie dotarła', 'nie dotarla', 'wciąż nie ma', 'wciaz nie ma',
    'nadal nie ma', 'nadal nic', 'od tygodni', 'tygodnie', 'tygodni', 'od miesiąca', 'od kilku dni', 'przewidywana data', 'termin dostawy',
    'miała być', 'miala byc', 'powinna już być', 'powinna dotrzeć', 'utknęła', 'utknela', 'stoi w miejscu', 'nie rusza się', 'bez zmian',
    'nie aktualizuje się', 'brak aktualizacji', 'ten sam status', 'nadal czekam', 'ciągle czekam', 'czekam już',
  ],
  marked_delivered: [
    'status doręczona', 'status doreczona', 'doręczona', 'doreczona', 'doręczono', 'doreczono', 'dostarczona', 'dostarczono',
    'oznaczona jako doręczona', 'widnieje jako doręczona', 'pokazuje doręczona', 'że została doręczona', 'ze zostala doreczona',
    'została dostarczona', 'potwierdzenie doręczenia', 'podpisane przez',
  ],
  not_received: [
    'nie otrzymałem', 'nie otrzymalem', 'nie otrzymałam', 'nie otrzymalam', 'nie dostałem', 'nie dostalem', 'nie dostałam',
    'nie dostalam', 'nigdy nie dotarła', 'nigdy nie doszła', 'nic nie dostałem', 'nic nie przyszło', 'nie ma paczki', 'brak paczki',
    'nie ma jej', 'nie było w skrzynce', 'nie mogę znaleźć', 'skradziona', 'ukradziona', 'zaginęła', 'zaginela', 'zgubiona', 'zginęła',
    'nie została doręczona',
  ],
  neighbour_locker: [
    'sąsiad', 'sasiad', 'sąsiadka', 'sąsiadów', 'u sąsiada', 'paczkomat', 'paczkomacie', 'paczkomatu', 'automat paczkowy', 'punkt odbioru',
    'żabka', 'zabka', 'orlen paczka', 'urząd pocztowy', 'poczta', 'na poczcie', 'awizo', 'skrzynka', 'skrzynce', 'pod drzwiami',
    'zły adres', 'inny adres', 'recepcja', 'portiernia',
  ],
  customs: [
    'cło', 'clo', 'cła', 'cla', 'urząd celny', 'urzad celny', 'urzędzie celnym', 'odprawa celna', 'odprawy celnej', 'opłata celna',
    'opłaty celne', 'oclenie', 'ocleniu', 'clenie', 'podatek', 'podatek vat', 'vat importowy', 'agencja celna', 'zgłoszenie celne',
    'deklaracja celna', 'dokumenty', 'dowód osobisty', 'paszport', 'pesel', 'zapłacić przy odbiorze', 'zwrot do nadawcy',
    'zwrócona do nadawcy', 'wróciła do nadawcy', 'odesłana do nadawcy',
  ],
  broken_damaged: [
    'zepsuty', 'zepsuta', 'zepsute', 'uszkodzony', 'uszkodzona', 'uszkodzone', 'uszkodzenie', 'uszkodzenia', 'zniszczony', 'zniszczona',
    'zniszczone', 'pęknięty', 'pekniety', 'pęknięta', 'pęknięcie', 'peknięcie', 'rozbity', 'rozbita', 'rozbite', 'stłuczony', 'stłuczona',
    'zgnieciony', 'zgnieciona', 'wgnieciony', 'wgniecenie', 'porysowany', 'porysowana', 'rysa', 'rysy', 'podarty', 'rozdarty', 'dziura',
    'wygięty', 'krzywy', 'poplamiony', 'plama', 'brudny', 'cieknie', 'wadliwy', 'wadliwa', 'wada', 'otwarta paczka', 'w kawałkach',
  ],
  missing_part: [
    'brakuje', 'brak', 'brakowało', 'brakujący', 'brakująca', 'brakujące', 'niekompletny', 'niekompletna', 'niekompletne',
    'nie było w zestawie', 'nie ma w zestawie', 'bez ładowarki', 'bez kabla', 'bez śrubek', 'bez instrukcji', 'tylko jeden', 'tylko jedna',
    'tylko jedno', 'pusta paczka', 'puste pudełko', 'części', 'akcesoria',
  ],
  not_working: [
    'nie działa', 'nie dziala', 'nie działają', 'nie włącza się', 'nie wlacza sie', 'nie ładuje', 'nie laduje', 'nie łączy się',
    'nie laczy sie', 'nie paruje', 'nie ma dźwięku', 'brak dźwięku', 'brak obrazu', 'nie reaguje', 'nie odpala', 'wadliwy', 'usterka',
    'kod błędu', 'miga', 'przegrzewa się', 'grzeje się', 'wyłącza się', 'martwy',
  ],
  on_arrival: [
    'przyszła', 'przyszla', 'przyszło', 'przyszedł', 'doszła', 'dotarła', 'dotarla', 'dziś przyszła', 'dzisiaj przyszła', 'wczoraj przyszła',
    'po otrzymaniu', 'przy odbiorze', 'po odbiorze', 'po rozpakowaniu', 'przy rozpakowaniu', 'po otwarciu', 'otworzyłem', 'otworzyłam',
    'od początku', 'od pierwszego dnia', 'pierwsze użycie', 'pierwszym użyciu', 'za pierwszym razem', 'prosto z pudełka',   ],
  wrong_item: [
    'zły produkt', 'zly produkt', 'zły towar', 'zły kolor', 'zly kolor', 'zły rozmiar', 'zly rozmiar', 'zły model', 'zla ilosc', 'zła ilość',
    'pomyłka', 'pomylka', 'pomyliliście', 'pomyliliscie', 'nie to co zamówiłem', 'nie to co zamowilem', 'nie to co zamówiłam',
    'nie to zamawiałem', 'inny produkt', 'inny kolor', 'inny rozmiar', 'inny model', 'zamówiłem', 'zamowilem', 'zamówiłam', 'zamowilam',
    'zamiast', 'przysłaliście', 'przyslaliscie', 'wysłaliście mi', 'dostałem inny', 'dostałam inny', 'nie moje',
  ],
  want_return: [
    'zwrot', 'zwrotu', 'zwrócić', 'zwrocic', 'chcę zwrócić', 'chce zwrocic', 'zwracam', 'odesłać', 'odeslac', 'odsyłam', 'etykieta zwrotna',
    'adres do zwrotu', 'formularz zwrotu', 'nie pasuje', 'za mały', 'za mala', 'za mała', 'za duży', 'za duza', 'za duża', 'za ciasny',
    'za krótki', 'za długi', 'niezgodny z opisem', 'niezgodne z opisem', 'inny niż na zdjęciu', 'nie podoba mi się', 'odstąpienie',
  ],
  exchange: [
    'wymiana', 'wymienić', 'wymienic', 'wymianę', 'wymiane', 'wymienić na', 'większy rozmiar', 'mniejszy rozmiar', 'rozmiar większy',
    'rozmiar mniejszy', 'o rozmiar większy', 'o rozmiar mniejszy', 'inny rozmiar',
  ],
  refund: [
    'zwrot pieniędzy', 'zwrot pieniedzy', 'zwrot środków', 'zwrot srodkow', 'zwrot kasy', 'oddajcie pieniądze', 'moje pieniądze',
    'moje pieniadze', 'pieniądze z powrotem', 'zwrócić pieniądze', 'zwrocic pieniadze', 'refundacja', 'częściowy zwrot', 'refund',
  ],
  refund_status: [
    'gdzie są moje pieniądze', 'gdzie sa moje pieniadze', 'gdzie jest zwrot', 'gdzie mój zwrot', 'kiedy dostanę zwrot', 'kiedy dostane zwrot',
    'kiedy zwrot', 'kiedy zwrócicie', 'kiedy oddacie', 'nadal nie otrzymałem zwrotu', 'nie otrzymałem zwrotu', 'nie otrzymalem zwrotu',
    'nie otrzymałam zwrotu', 'nie dostałem zwrotu', 'nie dostałam zwrotu', 'brak zwrotu', 'pieniądze nie wróciły', 'pieniadze nie wrocily',
    'nie wpłynęły', 'nie wplynely', 'czekam na zwrot', 'czekam na pieniądze', 'zwrot zatwierdzony', 'obiecany zwrot', 'status zwrotu',
  ],
  return_shipped: [
    'odesłałem', 'odeslalem', 'odesłałam', 'odeslalam', 'zwróciłem', 'zwrocilem', 'zwróciłam', 'wysłałem zwrot', 'wysłałam zwrot',
    'nadałem zwrot', 'nadałam zwrot', 'paczka zwrotna', 'przesyłka zwrotna', 'mój zwrot', 'moj zwrot', 'czy zwrot dotarł', 'czy dotarł zwrot',
    'otrzymaliście zwrot', 'otrzymaliscie zwrot', 'zwrot dotarł', 'odesłany', 'odesłana', 'numer przesyłki zwrotnej',
  ],
  stopped_working: [
    'przestał działać', 'przestal dzialac', 'przestała działać', 'przestala dzialac', 'przestało działać', 'przestał', 'przestała',
    'już nie działa', 'juz nie dziala', 'nagle', 'na początku', 'na poczatku', 'działał', 'dzialal', 'działała', 'działało dobrze',
    'po tygodniu', 'po dwóch tygodniach', 'po 0 tygodniach', 'po miesiącu', 'po miesiacu', 'po 0 miesiącach', 'po kilku dniach',
    'po kilku tygodniach', 'po krótkim czasie', 'po jakimś czasie', 'normalne użytkowanie', 'odkleja się', 'odpadło', 'wyblakł', 'zużyty',
  ],
  repair: [
    'naprawa', 'naprawy', 'naprawić', 'naprawic', 'naprawę', 'serwis', 'serwisu', 'reklamacja gwarancyjna', 'wymiana na nowy',
    'wymiana na nową', 'nowy egzemplarz', 'część zamienna', 'części zamienne', 'punkt serwisowy', 'w ramach gwarancji',
  ],
  bad_service: [
    'skandal', 'skandaliczne', 'skandaliczny', 'żenada', 'zenada', 'żenujące', 'porażka', 'porazka', 'tragedia', 'tragiczny', 'tragiczna',
    'dramat', 'beznadziejny', 'beznadziejna', 'beznadzieja', 'niedopuszczalne', 'nie do przyjęcia', 'rozczarowany', 'rozczarowana',
    'rozczarowanie', 'niezadowolony', 'niezadowolona', 'zły', 'wściekły', 'wsciekly', 'wkurzony', 'mam dość', 'mam dosc', 'chamstwo',
    'niegrzeczny', 'nieprofesjonalne', 'nieprofesjonalny', 'lekceważenie', 'nigdy więcej', 'nigdy wiecej', 'najgorszy', 'najgorsza',
    'kpina', 'kpiny', 'kłamstwo', 'okłamujecie', 'automatyczne odpowiedzi',
  ],
  manager_escalate: [
    'kierownik', 'kierownika', 'przełożony', 'przełożonego', 'przelozony', 'szef', 'szefa', 'menedżer', 'manager', 'osoba decyzyjna',
    'skarga', 'skargę', 'skarge', 'reklamacja', 'reklamację', 'zażalenie', 'oficjalna skarga', 'eskalować',   ],
  slow_reply: [
    'brak odpowiedzi', 'bez odpowiedzi', 'nikt nie odpowiada', 'nikt nie odpisuje', 'nie odpowiadacie', 'nie odpisujecie',
    'czekam na odpowiedź', 'czekam na odpowiedz', 'nadal brak odpowiedzi', 'nadal czekam na odpowiedź', 'ignorujecie', 'ignorowany',
    'ignorowana', 'kilka razy', 'wielokrotnie', 'po raz trzeci', 'po raz kolejny', 'znowu', 'już pisałem', 'juz pisalem',
    'już pisałam', 'halo??', 'jest tam ktoś', 'czy ktoś',
  ],
  threat: [
    'oszustwo', 'oszuści', 'oszusci', 'oszust', 'oszukali', 'oszukany', 'oszukana', 'złodzieje', 'zlodzieje', 'kradzież', 'naciąganie',
    'prawnik', 'prawnika', 'adwokat', 'do sądu', 'pozew', 'policja', 'policję', 'uokik', 'rzecznik konsumentów',
    'rzecznik praw konsumenta', 'chargeback', 'spór', 'spor', 'spór w paypal', 'otworzę spór', 'negatywna opinia', 'negatywny komentarz',
    'jedna gwiazdka', 'media społecznościowe', 'ostrzegę innych',
  ],
  thanks_praise: [
    'dziękuję', 'dziekuje', 'dzięki', 'dzieki', 'dziękuje', 'bardzo dziękuję', 'serdecznie dziękuję', 'podziękowania', 'super', 'świetny',
    'swietny', 'świetna', 'świetnie', 'swietnie', 'rewelacja', 'rewelacyjny', 'idealny', 'idealna', 'idealnie', 'doskonały', 'piękny',
    'piekny', 'piękna', 'cudowny', 'zadowolony', 'zadowolona', 'bardzo zadowolony', 'bardzo zadowolona', 'polecam', 'gorąco polecam',
    'na pewno zamówię', 'jeszcze zamówię', 'szybka wysyłka', 'dobrze zapakowane', 'pomocni', 'miła obsługa', 'mila obsluga', 'brawo',
    'sztos', 'ekstra',
  ],
  review: [
    'opinia', 'opinię', 'opinie', 'recenzja', 'recenzję', 'ocena', 'ocenę', 'ocenić', 'gwiazdki', 'gwiazdek', '0 gwiazdek',
    'pięć gwiazdek', 'komentarz', 'feedback', 'wystawię opinię', 'wystawiłem opinię', 'ceneo',
  ],
  suggestion: [
    'sugestia', 'sugestie', 'sugeruję', 'propozycja', 'pomysł', 'pomysl', 'pomysły', 'byłoby fajnie', 'byloby fajnie', 'byłoby dobrze',
    'byłoby super', 'warto by', 'moglibyście', 'moglibyscie', 'powinniście', 'powinniscie', 'w przyszłości', 'następnym razem',
    'więcej kolorów', 'więcej rozmiarów', 'rada',
  ],
  account: [
    'konto', 'konta', 'koncie', 'moje konto', 'profil', 'rejestracja', 'zarejestrować', 'zarejestrowac', 'założyć konto', 'zalozyc konto',
    'nazwa użytkownika',
  ],
  login_problem: [
    'zalogować', 'zalogowac', 'logowanie', 'logowania', 'nie mogę się zalogować', 'nie moge sie zalogowac', 'nie mogę wejść',
    'nie moge wejsc', 'dostęp do konta', 'zablokowane', 'zablokowany', 'konto zablokowane', 'zawieszone', 'dezaktywowane',
    'włamanie', 'wlamanie', 'ktoś się włamał', 'zhakowane', 'shakowane', 'podejrzane logowanie', 'podejrzana aktywność', 'to nie ja',
    'wylogowało',
  ],
  password_reset: [
    'hasło', 'haslo', 'hasła', 'hasla', 'zapomniałem hasła', 'zapomnialem hasla', 'zapomniałam hasła', 'reset hasła', 'resetowanie hasła',
    'zresetować hasło', 'nowe hasło', 'zmienić hasło', 'zmiana hasła', 'błędne hasło', 'nieprawidłowe hasło', 'link do resetu',
  ],
  verification_code: [
    'kod weryfikacyjny', 'kodu weryfikacyjnego', 'kod potwierdzający', 'kod sms', 'kodu sms', 'sms', 'kod jednorazowy', 'weryfikacja',
    'weryfikacji', 'zweryfikować', 'uwierzytelnianie', 'dwuetapowa', 'dwuskładnikowe', '0fa', 'kod aktywacyjny', 'link aktywacyjny',
    'aktywować konto', 'nie przychodzi kod', 'nie dostaję kodu', 'nie dostaje kodu', 'brak kodu', 'captcha',
  ],
  delete_account: [
    'usunąć konto', 'usunac konto', 'usunięcie konta', 'usuniecie konta', 'usuńcie moje konto', 'usuncie moje konto', 'zamknąć konto',
    'likwidacja konta', 'moje dane', 'dane osobowe', 'usunięcie danych', 'usunąć dane', 'rodo', 'gdpr', 'prywatność',
    'prawo do bycia zapomnianym', 'jakie dane',
  ],
  unsubscribe: [
    'wypisać', 'wypisac', 'wypisz mnie', 'wypiszcie mnie', 'rezygnacja z newslettera', 'newsletter', 'newslettera', 'reklamy', 'mailingi',
    'maile reklamowe', 'maile marketingowe', 'przestańcie wysyłać', 'przestancie wysylac', 'nie chcę otrzymywać', 'nie chce otrzymywac',
    'za dużo maili', 'lista mailingowa', 'spam', 'wyrejestrować',
  ],
  edit_account: [
    'zmienić e-mail', 'zmienic email', 'zmienić adres e-mail', 'zmienić maila', 'zmiana e-maila', 'zmiana maila', 'nowy e-mail', 'nowy mail',
    'zmienić imię', 'zmienić nazwisko', 'zmienić numer telefonu', 'zmienic numer', 'zmiana numeru', 'zmienić dane', 'edytować profil',
    'ustawienia konta', 'połączyć konta', 'polaczyc konta', 'scalić', 'dwa konta',
  ],
  human_agent: [
    'człowiek', 'czlowiek', 'z człowiekiem', 'z czlowiekiem', 'żywy człowiek', 'prawdziwa osoba', 'konsultant', 'konsultantem',
    'konsultantka', 'pracownik', 'pracownikiem', 'doradca', 'nie bot', 'bot', 'chatbot', 'automat', 'automatyczna odpowiedź',
    'porozmawiać z kimś', 'rozmowa z', 'obsługa klienta',
  ],
  phone_call: [
    'telefon', 'telefonu', 'numer telefonu', 'zadzwonić', 'zadzwonic', 'zadzwońcie', 'zadzwoncie', 'oddzwonić', 'oddzwonic', 'połączenie',
    'telefonicznie', 'infolinia', 'infolinii', 'whatsapp', 'kontakt telefoniczny',
  ],
  business_offer: [
    'seo', 'pozycjonowanie', 'pozycjonowania', 'pierwsza strona google', 'agencja', 'nasza agencja', 'marketing', 'współpraca',
    'wspolpraca', 'współpracy', 'partnerstwo', 'oferta współpracy', 'propozycja współpracy', 'producent', 'fabryka', 'dostawca',
    'hurtownia z', 'zwiększyć sprzedaż', 'strony internetowe', 'influencer', 'sponsoring', 'afiliacja',
  ],
  job_application: [
    'praca', 'oferta pracy', 'ogłoszenie o pracę', 'wakat', 'stanowisko', 'aplikuję', 'cv', 'życiorys', 'staż',
    'praktyki', 'rekrutacja', 'zatrudnienie', 'zatrudnicie', 'pracować u was', 'pół etatu', 'pełny etat', 'list motywacyjny',
  ],
};

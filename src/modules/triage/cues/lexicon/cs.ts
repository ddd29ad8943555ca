import type { CueLexicon } from '../concepts.js';

/** Czech. Buyers often write without háčky and čárky ("nefunguje", "vraceni penez"); folding matches both. */
export const cs: CueLexicon = {
  how_to_use: [
    'jak používat', 'jak se používá', 'jak to funguje', 'jak funguje', 'návod', 'návod k použití', 'navod', 'manuál', 'příručka', 'instalace',
    'nainstalovat', 'nastavení', 'nastavit', 'spárovat', 'párování', 'připojit', 'jak připojit', 'nabíjet', 'jak nabíjet', 'doba nabíjení',
    'prát', 'praní', 'v pračce', 'myčka', 'v myčce', 'čistit', 'čištění', 'údržba', 'sestavit', 'montáž', 'složit', 'zapnout', 'jak zapnout',
    'resetovat', 'co je v balení', 'obsah balení', 'upozornění',
  ],
  size_fit: [
    'velikost', 'velikosti', 'jakou velikost', 'tabulka velikostí', 'tabulka velikosti', 'velikostní tabulka', 'padne', 'menší střih',
    'větší střih', 'rozměry', 'rozměr', 'délka', 'šířka', 'výška', 'obvod', 'obvod hrudníku', 'velikost bot', 'jak velký',
  ],
  material_spec: [
    'materiál', 'z jakého materiálu', 'z čeho', 'látka', 'bavlna', 'polyester', 'kůže', 'pravá kůže', 'koženka', 'nerez', 'nerezová ocel',
    'plast', 'vodotěsný', 'voděodolný', 'kapacita', 'výdrž baterie', 'výkon', 'hmotnost', 'váha', 'kolik váží', 'parametry', 'specifikace',
    'technické údaje', 'certifikát', 'certifikace', 'značka ce', 'barvy', 'jaké barvy', 'jiné barvy', 'složení',
  ],
  compatible: [
    'kompatibilní', 'kompatibilita', 'pasuje na', 'pasuje k', 'hodí se k', 'hodí se na', 'funguje s', 'bude fungovat s', 'vhodný pro',
    'k mému telefonu', 's mým telefonem', 'na iphone', 'pro iphone',
  ],
  in_stock: [
    'skladem', 'na skladě', 'dostupnost', 'dostupné', 'k dispozici', 'vyprodáno', 'vyprodané', 'není skladem', 'naskladnění', 'kdy bude',
    'kdy budou', 'máte ještě', 'předobjednávka', 'rezervovat',
  ],
  price_question: ['cena', 'cenu', 'ceny', 'kolik stojí', 'kolik to stojí', 'za kolik', 'jaká je cena', 'levněji', 'ceník', 'cena za kus'],
  before_buying: [
    'před nákupem', 'před objednáním', 'před objednávkou', 'než objednám', 'než koupím', 'pokud objednám', 'když objednám', 'pokud koupím',
    'zvažuji koupi', 'chci koupit', 'chtěl bych koupit', 'chtěla bych koupit', 'mám zájem', 'plánuji koupit',
  ],
  ship_to_country: [
    'posíláte do', 'doručujete do', 'zasíláte do', 'doprava do', 'doručení do', 'na slovensko', 'do česka', 'do zahraničí', 'zahraničí',
    'mezinárodní', 'do jakých zemí',
  ],
  shipping_cost: [
    'poštovné', 'postovne', 'cena dopravy', 'cena poštovného', 'doprava zdarma', 'dopravné', 'poplatek za dopravu', 'kolik stojí doprava',
    'kolik stojí poštovné', 'od jaké částky', 'minimální objednávka',
  ],
  delivery_time: [
    'doba doručení', 'dodací lhůta', 'doba dodání', 'jak dlouho trvá', 'za jak dlouho', 'kolik dní', 'jak rychle', 'kdy dorazí', 'kdy přijde',
    'stihne to', 'do vánoc', 'včas', 'expresní', 'expres', 'rychlé doručení', 'rychlejší', 'druhý den',
  ],
  discount: [
    'sleva', 'slevu', 'slevy', 'slevový kód', 'slevový kupón', 'kupón', 'kupon', 'promo kód', 'akce', 'akční', 'výprodej', 'black friday',
    'dárkový poukaz', 'poukaz', 'kód nefunguje', 'kod nefunguje', 'neplatný kód', 'kód vypršel', 'věrnostní body', 'věrnostní program',
    'dárek',   ],
  bulk_wholesale: [
    'velkoobchod', 'velkoobchodní cena', 'velkoodběr', 'větší množství', 'velké množství', 'množstevní sleva', 'minimální odběr', 'přeprodej',
    'distributor', 'pro můj obchod', 'pro naši firmu', 'na ičo', '000 kusů', '00 kusů', '000 ks', '00 ks',
  ],
  return_policy: [
    'podmínky vrácení', 'reklamační řád', 'obchodní podmínky', 'lze vrátit', 'můžu vrátit', 'mohu vrátit', 'jde vrátit', 'můžu vyměnit',
    'lze vyměnit', 'když nebude sedět', 'pokud nebude sedět', 'když se mi nebude líbit', 'dní na vrácení', 'lhůta pro vrácení', 'vrácení zdarma',
    'kdo platí vrácení', 'kdo platí poštovné za vrácení', 'odstoupení od smlouvy', 'dní na odstoupení',
  ],
  warranty: ['záruka', 'záruku', 'záruky', 'záruční', 'záruční doba', 'v záruce', 'rok záruka', 'roky záruka', 'let záruka', 'jak dlouhá záruka'],
  place_order: [
    'udělat objednávku', 'vytvořit objednávku', 'jak objednat', 'jak si objednat', 'jak koupit', 'chci objednat', 'chtěl bych objednat',
    'objednat telefonicky', 'na zakázku', 'personalizace', 'gravírování', 'gravírovat', 'rezervovat', 'odložit', 'bez registrace',
  ],
  checkout_problem: [
    'košík', 'košíku', 'pokladna', 'dokončit objednávku', 'dokončení objednávky', 'nejde dokončit', 'nejde objednat', 'nemůžu objednat',
    'nemohu objednat', 'zasekává se', 'pořád se načítá', 'chybová hláška', 'chyba', 'tlačítko',
  ],
  order_confirmation: [
    'potvrzení objednávky', 'potvrzovací e-mail', 'potvrzovací email', 'žádné potvrzení', 'nepřišlo potvrzení', 'dostali jste moji objednávku',
    'prošla objednávka', 'objednávka přijata', 'stav objednávky', 'číslo objednávky',
  ],
  when_ship: [
    'kdy odešlete', 'kdy bude odeslána', 'kdy bude odesláno', 'kdy se odešle', 'kdy to pošlete', 'už je odesláno', 'bylo odesláno', 'už odešlo',
    'ještě nebylo odesláno', 'neodesláno', 'nebylo odesláno', 'zpracovává se', 'vyřizuje se', 've zpracování', 'balí se', 'připraveno k odeslání',
    'expedice', 'expedováno', 'doba expedice',
  ],
  change_order: [
    'změnit objednávku', 'upravit objednávku', 'změna objednávky', 'změnit velikost', 'změnit barvu', 'jinou velikost', 'jinou barvu',
    'změnit počet', 'přidat', 'odebrat', 'odstranit', 'namísto', 'změnit',
  ],
  change_address: [
    'změnit adresu', 'změna adresy', 'doručovací adresa', 'dodací adresa', 'špatná adresa', 'chybná adresa', 'adresa je špatně', 'nová adresa',
    'jiná adresa', 'přestěhoval', 'přestěhovala', 'psč', 'číslo popisné', 'číslo bytu',
  ],
  cancel: ['zrušit', 'zrušení', 'zrušte', 'stornovat', 'storno', 'stornujte', 'zrušit objednávku', 'už to nechci', 'nechci to', 'rozmyslel', 'rozmyslela'],
  payment_method: [
    'způsob platby', 'způsoby platby', 'platební metody', 'jak zaplatit', 'jak platit', 'můžu zaplatit', 'lze platit', 'platit kartou',
    'platba kartou', 'převodem', 'bankovní převod', 'dobírka', 'na dobírku', 'splátky', 'na splátky', 'apple pay', 'google pay', 'gopay',
    'měna', 'v korunách', 'v eurech',
  ],
  payment_problem: [
    'platba neprošla', 'platba selhala', 'zamítnuta', 'zamítnutá', 'karta zamítnuta', 'odmítnuta', 'chyba platby', 'platba čeká',
    'čeká na platbu', 'strženo dvakrát', 'strhli dvakrát', 'zaplatil jsem dvakrát', 'zaplatila jsem dvakrát', 'dvojitá platba', 'strženo',
    'strhli', 'stržena', 'špatná částka', 'jiná částka', 'strhli víc', 'kurz', 'nemůžu zaplatit',
  ],
  invoice: [
    'faktura', 'fakturu', 'faktury', 'daňový doklad', 'účtenka', 'doklad', 'doklad o koupi', 'dph', 'ičo', 'dič', 'název firmy', 'fakturační údaje',
    'na firmu', 'pro firmu', 'účetnictví', 'účetní',
  ],
  where_parcel: [
    'kde je můj balík', 'kde je balík', 'kde je moje zásilka', 'kde je zásilka', 'kde je moje objednávka', 'kde je objednávka', 'kde je',
    'co se děje s', 'jak to vypadá s', 'můj balík', 'moje zásilka', 'moje objednávka',
  ],
  tracking: [
    'sledování', 'sledovací číslo', 'číslo zásilky', 'číslo balíku', 'sledování zásilky', 'odkaz na sledování', 'tracking', 'co znamená',
    'co to znamená', 'v přepravě', 'na cestě', 'v doručování', 'stav zásilky', 'odkaz nefunguje', 'česká pošta', 'zásilkovna', 'ppl', 'dpd',
  ],
  late: [
    'zpoždění', 'zpožděná', 'zpožděný', 'pozdě', 'pořád nepřišlo', 'pořád nedorazilo', 'ještě nedorazilo', 'nedorazil', 'nedorazila', 'nedorazilo',
    'pořád nic', 'trvá dlouho', 'trvá to věčnost', 'týdny', 'týdnů', 'měsíc', 'předpokládané doručení', 'mělo dorazit', 'měl dorazit',
    'měla dorazit', 'zaseknutá', 'zaseknutý', 'nehýbe se', 'neaktualizuje', 'žádná aktualizace', 'stejný stav', 'pořád čekám',
  ],
  marked_delivered: ['doručeno', 'doručena', 'doručený', 'je doručeno', 'ukazuje doručeno', 'stav doručeno', 'předáno', 'převzato', 'podepsáno', 'potvrzení o doručení'],
  not_received: [
    'nedostal jsem', 'nedostala jsem', 'neobdržel', 'neobdržela', 'nepřevzal', 'nikdy nepřišlo', 'nic nepřišlo', 'nepřišel', 'nepřišla',
    'nepřišlo', 'žádný balík', 'není ve schránce', 'nemůžu najít', 'ukradený', 'ukradli', 'ztracený', 'ztratil', 'ztratila', 'zmizel',
    'nedoručeno',
  ],
  neighbour_locker: [
    'soused', 'sousedovi', 'sousedům', 'sousedka', 'alzabox', 'zásilkovna', 'výdejní místo', 'výdejna', 'pobočka', 'na poště',
    'poštovní schránka', 'schránka', 'schránky', 'přede dveřmi', 'špatná adresa', 'jiná adresa', 'recepce',
  ],
  customs: [
    'clo', 'celnice', 'celní', 'proclení', 'proclít', 'celní poplatek', 'celní řízení', 'dovozní', 'dph při dovozu', 'dovozní poplatek', 'poplatek',
    'celní prohlášení', 'doklady', 'občanský průkaz', 'pas', 'rodné číslo', 'vráceno odesílateli', 'vrácena odesílateli', 'vrací se odesílateli',
  ],
  broken_damaged: [
    'rozbité', 'rozbitý', 'rozbitá', 'rozbité při', 'poškozené', 'poškozený', 'poškozená', 'poškození', 'prasklé', 'prasklý', 'prasklá', 'prasklina',
    'rozdrcené', 'zmačkaný', 'promáčklý', 'promáčknutý', 'poškrábaný', 'poškrábané', 'škrábance', 'roztržený', 'díra', 'ohnutý', 'zničené',
    'flek', 'skvrna', 'špinavý', 'teče', 'vadný', 'vadné', 'vada', 'otevřený balík', 'na kusy',
  ],
  missing_part: [
    'chybí', 'chyběl', 'chyběla', 'chybělo', 'chybějící', 'nebyl v balení', 'nebylo v balení', 'není v balení', 'neúplné', 'neúplný', 'nekompletní',
    'bez nabíječky', 'bez kabelu', 'bez šroubků', 'bez návodu', 'jen jeden', 'jen jedna', 'jen jedno', 'prázdná krabice', 'prázdný balík',
    'díl', 'díly', 'příslušenství',
  ],
  not_working: [
    'nefunguje', 'nefungují', 'nejde zapnout', 'nezapne se', 'nenabíjí', 'nejde nabít', 'nepřipojí se', 'nespáruje', 'nejde zvuk', 'bez zvuku',
    'nereaguje', 'nespustí se', 'vadný', 'chybový kód', 'bliká', 'přehřívá', 'hřeje', 'vypíná se',
  ],
  on_arrival: [
    'přišlo dnes', 'přišlo včera', 'dorazilo', 'dorazil', 'dorazila', 'dnes jsem dostal', 'dnes jsem dostala', 'při převzetí', 'po rozbalení',
    'při rozbalení', 'po otevření', 'otevřel jsem', 'otevřela jsem', 'od začátku', 'od prvního dne', 'první použití', 'poprvé',
  ],
  wrong_item: [
    'špatné zboží', 'špatný produkt', 'špatná barva', 'špatnou barvu', 'špatná velikost', 'špatnou velikost', 'špatný model', 'špatný počet',
    'nesprávné zboží', 'není to co jsem objednal', 'není to co jsem objednala', 'jiné zboží', 'jiný produkt', 'jinou barvu', 'jiná velikost',
    'jiný model', 'objednal jsem', 'objednala jsem', 'poslali jste', 'zaměnili', 'není moje',
  ],
  want_return: [
    'vrátit', 'vrácení', 'vracení', 'chci vrátit', 'vrátit zboží', 'poslat zpět', 'poslat zpátky', 'štítek pro vrácení', 'adresa pro vrácení',
    'formulář pro vrácení', 'nesedí', 'nepadne', 'příliš malé', 'příliš velké', 'moc malé', 'moc velké', 'těsné',
    'neodpovídá popisu', 'neodpovídá fotce', 'nelíbí se mi', 'odstoupení',
  ],
  exchange: ['výměna', 'vyměnit', 'výměnu', 'vyměnit za', 'o číslo větší', 'o číslo menší', 'větší velikost', 'menší velikost', 'jinou velikost'],
  refund: ['vrácení peněz', 'vraceni penez', 'vrátit peníze', 'vraťte peníze', 'moje peníze', 'peníze zpět', 'refundace', 'dobropis', 'náhrada', 'refund'],
  refund_status: [
    'kde jsou moje peníze', 'kde jsou peníze', 'kdy dostanu peníze', 'kdy mi vrátíte peníze', 'kdy přijdou peníze', 'peníze nepřišly',
    'peníze stále nepřišly', 'nedostal jsem peníze', 'nedostala jsem peníze', 'ještě nevráceno', 'čekám na peníze', 'čekám na vrácení peněz',
    'slíbili vrácení', 'stav vrácení peněz', 'nejsou na účtu',
  ],
  return_shipped: [
    'poslal jsem zpět', 'poslala jsem zpět', 'vrátil jsem', 'vrátila jsem', 'odeslal jsem zpět', 'moje vrácení', 'vrácená zásilka', 'vratka',
    'dostali jste vratku', 'dorazila vratka', 'vrácený balík', 'podal jsem', 'podala jsem',
  ],
  stopped_working: [
    'přestal fungovat', 'přestala fungovat', 'přestalo fungovat', 'přestaly fungovat', 'už nefunguje', 'najednou', 'náhle', 'zničehonic',
    'ze začátku', 'fungoval', 'fungovala', 'fungovalo', 'po týdnu', 'po dvou týdnech', 'po 0 týdnech', 'po měsíci', 'po 0 měsících',
    'po pár dnech', 'po několika dnech', 'po pár týdnech', 'po krátké době', 'běžné používání', 'odlepilo', 'loupe se', 'vybledlo', 'opotřebené',
  ],
  repair: ['oprava', 'opravu', 'opravit', 'opravené', 'servis', 'reklamace', 'reklamovat', 'výměna kusu', 'nový kus', 'náhradní díl', 'náhradní díly', 'záruční oprava'],
  bad_service: [
    'špatné služby', 'hrozné', 'hrozný', 'otřesné', 'katastrofa', 'skandál', 'nepřijatelné', 'zklamaný', 'zklamaná', 'zklamání', 'nespokojený',
    'nespokojená', 'naštvaný', 'naštvaná', 'rozčílený', 'mám dost', 'neslušné', 'drzé', 'neprofesionální', 'neschopní', 'už nikdy', 'nejhorší',
    'výsměch', 'lžete', 'šablonovité odpovědi',
  ],
  manager_escalate: ['vedoucí', 'vedoucího', 'nadřízený', 'nadřízeného', 'šéf', 'vedení', 'stížnost', 'stížnosti', 'oficiální stížnost', 'eskalovat'],
  slow_reply: [
    'žádná odpověď', 'bez odpovědi', 'nikdo neodpovídá', 'neodpovídáte', 'čekám na odpověď', 'stále žádná odpověď', 'ignorujete', 'ignorován',
    'několikrát', 'mnohokrát', 'potřetí', 'už jsem psal', 'už jsem psala', 'je tam někdo', 'haló',
  ],
  threat: [
    'podvod', 'podvodníci', 'podvodník', 'podvedli', 'zloději', 'krádež', 'právník', 'advokát', 'soud', 'žaloba', 'žalovat', 'policie', 'policii',
    'čoi', 'česká obchodní inspekce', 'dtest', 'ochrana spotřebitele', 'chargeback', 'spor', 'negativní recenze', 'špatná recenze', 'jedna hvězda',
    'sociální sítě',
  ],
  thanks_praise: [
    'děkuji', 'dekuji', 'díky', 'diky', 'děkuju', 'moc děkuji', 'mockrát děkuji', 'super', 'skvělé', 'skvělý', 'výborné', 'výborný', 'perfektní',
    'úžasné', 'krásné', 'spokojený', 'spokojená', 'velmi spokojen', 'nadšený', 'nadšená', 'doporučuji', 'doporučuju', 'objednám znovu',
    'rychlé dodání', 'dobře zabaleno', 'ochotní', 'milí',
  ],
  review: ['recenze', 'recenzi', 'hodnocení', 'ohodnotit', 'hvězdičky', 'hvězdiček', '0 hvězdiček', 'pět hvězdiček', 'zpětná vazba', 'heureka'],
  suggestion: [
    'návrh', 'navrhuji', 'nápad', 'nápady', 'bylo by fajn', 'bylo by dobré', 'bylo by super', 'měli byste', 'mohli byste', 'v budoucnu',
    'příště', 'více barev', 'více velikostí', 'tip', 'doporučení',
  ],
  account: ['účet', 'účtu', 'můj účet', 'zákaznický účet', 'profil', 'registrace', 'zaregistrovat', 'vytvořit účet', 'uživatelské jméno'],
  login_problem: [
    'přihlásit', 'přihlášení', 'nemůžu se přihlásit', 'nejde se přihlásit', 'nedostanu se do', 'zablokovaný', 'zablokovaný účet', 'uzamčený',
    'pozastavený', 'deaktivovaný', 'hacknutý', 'napadený', 'někdo se přihlásil', 'podezřelé přihlášení', 'podezřelá aktivita', 'to jsem nebyl já',
    'odhlásilo',
  ],
  password_reset: [
    'heslo', 'hesla', 'zapomněl jsem heslo', 'zapomněla jsem heslo', 'zapomenuté heslo', 'obnovit heslo', 'obnova hesla', 'resetovat heslo',
    'nové heslo', 'změnit heslo', 'špatné heslo', 'odkaz pro obnovení',
  ],
  verification_code: [
    'ověřovací kód', 'potvrzovací kód', 'kód z sms', 'sms kód', 'sms', 'jednorázový kód', 'ověření', 'ověřit', 'dvoufázové', 'dvoufaktorové',
    'aktivační kód', 'aktivační odkaz', 'aktivovat účet', 'nepřišel kód', 'nechodí kód', 'žádný kód', 'captcha',
  ],
  delete_account: [
    'smazat účet', 'zrušit účet', 'zrušení účtu', 'smazání účtu', 'vymazat účet', 'osobní údaje', 'moje údaje', 'smazat údaje', 'vymazat údaje',
    'gdpr', 'ochrana osobních údajů', 'soukromí', 'jaké údaje',
  ],
  unsubscribe: [
    'odhlásit', 'odhlásit se z', 'odhlášení z', 'newsletter', 'newsletteru', 'obchodní sdělení', 'reklamní e-maily', 'reklamní emaily', 'reklama',
    'přestaňte posílat', 'neposílejte', 'moc e-mailů', 'spam',
  ],
  edit_account: [
    'změnit e-mail', 'změnit email', 'změna e-mailu', 'nový e-mail', 'nový email', 'změnit jméno', 'změnit telefon', 'změnit telefonní číslo',
    'změnit údaje', 'upravit údaje', 'upravit profil', 'sloučit účty', 'sloučit', 'dva účty',
  ],
  human_agent: [
    'člověk', 's člověkem', 'živý člověk', 'skutečná osoba', 'operátor', 'operátorem', 'pracovník', 'nechci bota', 'bot', 'chatbot', 'robot',
    'automatická odpověď', 'mluvit s někým', 'mluvit s',
  ],
  phone_call: ['telefon', 'telefonní číslo', 'zavolat', 'zavolejte', 'zavolejte mi', 'zpětné volání', 'hovor', 'telefonicky', 'whatsapp'],
  business_offer: [
    'seo', 'optimalizace pro vyhledávače', 'první stránka google', 'agentura', 'naše agentura', 'marketing', 'spolupráce', 'spolupráci',
    'partnerství', 'obchodní nabídka', 'výrobce', 'továrna', 'dodavatel', 'zvýšit prodeje', 'tvorba webů', 'influencer', 'sponzoring', 'affiliate',
  ],
  job_application: [
    'pracovní místo', 'volné místo', 'nabídka práce', 'žádost o práci', 'životopis', 'cv', 'stáž', 'brigáda',
    'částečný úvazek', 'plný úvazek', 'motivační dopis', 'pracovat u vás',
  ],
};

import type { Lexicon } from './types.js';

/** Czech. */
export const cs: Lexicon = {
  risk: {
    chargeback: [
      'chargeback', 'zpětné zúčtování', 'reklamace platby u banky', 'reklamovat platbu u banky', 'reklamace u banky',
      'reklamaci u banky', 'reklamaci platby', 'reklamovat platbu', 'reklamuji platbu', 'obrátím se na banku',
      'kontaktuji banku', 'zavolám do banky', 'vrácení peněz přes banku', 'vrácení platby přes banku', 'stornovat platbu',
      'storno platby', 'reklamace přes banku', 'vrátit přes banku',
    ],
    payment_dispute: [
      'spor na paypalu', 'spor v paypalu', 'spor přes paypal', 'spor u paypalu', 'otevřu spor', 'otevřít spor',
      'otevřel jsem spor', 'otevřela jsem spor', 'založím spor', 'založit spor', 'otevření sporu', 'reklamace přes paypal',
      'reklamace v paypalu', 'nárok u paypalu', 'řešení sporů', 'řešení sporu',
    ],
    atoz_claim: [
      'garance od a do z', 'záruka od a do z', 'záruky od a do z', 'garance a-z', 'garanci od a do z', 'reklamace u amazonu',
      'reklamace na amazonu', 'nárok u amazonu', 'stížnost u amazonu',
    ],
    legal_threat: [
      'právník*', 'advokát*', 'k soudu', 'u soudu', 'soudní*', 'soudně', 'žaloba', 'žalobu', 'žalovat', 'zažaluji',
      'zažaluju', 'čoi', 'česká obchodní inspekce', 'obchodní inspekce', 'obchodní inspekci', 'dtest', 'policie', 'policii',
      'trestní oznámení', 'právní kroky', 'právní cestou', 'právní cesta', 'ochrana spotřebitele', 'ochranu spotřebitele',
      'sdružení obrany spotřebitelů', 'evropské spotřebitelské centrum', 'předžalobní výzva',
    ],
    scam_accusation: [
      'podvod*', 'zloděj*', 'okradli', 'okrádáte', 'okrádání', 'šmejd*', 'falešný obchod', 'falešný e-shop',
      'falešná stránka', 'podfuk', 'švindl*', 'nepoctiv*', 'zlodějna', 'zlodějina', 'vyžírky',
    ],
    bad_review_threat: [
      'špatnou recenzi', 'špatná recenze', 'negativní recenzi', 'negativní recenze', 'negativní hodnocení',
      'špatné hodnocení', 'jednu hvězdičku', '1 hvězdičku', 'jedna hvězdička', 'nula hvězdiček', 'na heureku', 'sociální sítě', 'sociálních sítích', 'varovat ostatní', 'upozorním ostatní',
      'zveřejním', 'dám vědět všem',
    ],
    repeated_contact: [
      'už potřetí', 'potřetí', 'podruhé vám', 'už podruhé', 'počtvrté', 'poněkolikáté', 'opakovaně píšu',
      'opakovaně jsem', 'píšu opakovaně', 'opakovaně žádám', 'psal jsem několikrát',
      'psala jsem několikrát', 'už několikrát', 'už mnohokrát', 'už jsem psal', 'už jsem psala', 'už jsem vám psal',
      'už jsem vám psala', 'už jsem posílal', 'už jsem posílala', 'už jsem se ptal', 'už jsem se ptala',
      'už jsem kontaktoval', 'už jsem kontaktovala', 'stále žádná odpověď', 'stále bez odpovědi', 'bez odpovědi',
      'žádná odpověď', 'nikdo neodpovídá', 'nikdo mi neodpovídá', 'píšu znovu', 'znovu píšu', 'ptám se znovu',
      'kolikrát ještě', 'kolikrát vám', 'urguji', 'urgence', 'urgenci', 'moje předchozí zpráva', 'můj předchozí e-mail',
    ],
  },
  neutral: ['dobrý den', 'dobrý večer'],
  positive: [
    'moc děkuji', 'děkuji moc', 'mockrát děkuji', 'skvělé', 'skvělý', 'skvělá', 'super', 'výborně', 'výborný', 'výborná',
    'perfektní', 'úžasné', 'úžasný', 'spokojen', 'spokojená', 'spokojený', 'spokojenost', 'doporučuji', 'rychlé dodání',
    'krásné', 'krásný', 'paráda', 'parádní', 'nadšený', 'nadšená', 'dobré', 'dobrý', 'líbí', 'miluji', 'bomba',
  ],
  negative: [
    'špatný', 'špatné', 'špatně', 'hrozný', 'hrozné', 'příšerný', 'strašný', 'strašné', 'zklamaný', 'zklamaná',
    'zklamání', 'naštvaný', 'naštvaná', 'rozčílený', 'nepřijatelné', 'skandál', 'ostuda', 'hanba', 'rozbitý', 'rozbité',
    'poškozený', 'poškozené', 'vadný', 'vadné', 'zpoždění', 'problém', 'nejhorší', 'hrůza', 'nespokojen*', 'nikdy více',
    'už nikdy', 'katastrofa', 'otřesné', 'k ničemu', 'odpad', 'průšvih',
  ],
  negators: ['ne', 'nikdy', 'žádný', 'žádná', 'žádné', 'bez', 'nic', 'ani', 'nejsem', 'není', 'nebyl', 'nebyla', 'nebylo', 'nejste', 'nejsou'],
  intensifiers: ['velmi', 'moc', 'hodně', 'opravdu', 'strašně', 'fakt', 'totálně', 'naprosto', 'úplně', 'tak', 'příliš', 'extrémně'],
  polite: ['děkuji', 'díky', 'děkuju', 'předem děkuji', 'předem díky'],
};

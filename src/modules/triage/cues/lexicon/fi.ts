import type { CueLexicon } from '../concepts.js';

/**
 * Finnish. Words take many case endings, so many phrases are stems with a trailing `*`
 * ("palautu*" covers palautus, palautuksen, palautusta); buyers often write "a"/"o" for "ä"/"ö".
 */
export const fi: CueLexicon = {
  how_to_use: [
    'miten käytän', 'miten käytetään', 'miten tätä käytetään', 'miten toimii', 'miten se toimii', 'käyttöohje*', 'asennus*', 'asentaa',
    'asennan', 'asetukset', 'määrittää', 'yhdistää', 'yhdistän', 'miten yhdistän', 'lataan', 'latausaika', 'miten lataan', 'pestä',
    'pesu', 'pesukone*', 'astianpesukone*', 'puhdistaa', 'puhdistus', 'hoito-ohje*', 'kokoaminen', 'kokoonpano*', 'koota',     'nollata', 'mitä pakkaus sisältää', 'mitä paketissa on', 'varoitukset',
  ],
  size_fit: [
    'koon', 'kokoa', 'koot', 'mikä koko', 'kokotaulukko*', 'pieni koko', 'pienikokoinen', 'istuvuus', 'mitoitus', 'mitat', 'pituus',
    'leveys', 'korkeus', 'rinnanympärys', 'vyötärö', 'kengänkoko', 'kuinka iso', 'kuinka pitkä', 'sopiiko minulle',
  ],
  material_spec: [
    'materiaali*', 'mistä materiaalista', 'kangas', 'puuvilla*', 'polyesteri', 'nahka*', 'tekonahka*', 'ruostumaton teräs', 'muovi*',
    'vedenpitävä', 'vesitiivis', 'kapasiteetti', 'akunkesto', 'teho', 'paino', 'kuinka painava', 'tekniset tiedot', 'ominaisuudet', 'sertifikaat*',
    'ce-merkintä', 'värit', 'mitä värejä', 'muita värejä', 'ainesosat',
  ],
  compatible: [
    'yhteensopiv*', 'sopiiko', 'toimiiko', 'toimii yhdessä', 'käykö', 'puhelimeeni', 'puhelimelleni', 'iphoneen', 'samsungiin',
  ],
  in_stock: [
    'varasto*', 'saatavilla', 'saatavuus', 'loppuunmyyty', 'loppuunmyyty', 'tuleeko lisää', 'milloin tulee', 'onko vielä', 'ennakkotilaus*',
    'varata',
  ],
  price_question: ['hinta', 'hinnan', 'hintaa', 'hinnat', 'paljonko maksaa', 'mitä maksaa', 'mikä on hinta', 'kustannus*', 'halvemmalla', 'hinnasto'],
  before_buying: [
    'ennen tilaamista', 'ennen ostoa', 'ennen kuin tilaan', 'ennen kuin ostan', 'jos tilaan', 'jos ostan', 'harkitsen ostamista', 'aion ostaa',
    'haluaisin ostaa', 'haluan ostaa', 'kiinnostaa', 'olen kiinnostunut',
  ],
  ship_to_country: [
    'toimitatteko', 'lähetättekö', 'toimitus suomeen', 'suomeen', 'ahvenanmaalle', 'ulkomaille', 'kansainväli*', 'mihin maihin', 'toimitus ulkomaille',
  ],
  shipping_cost: [
    'toimituskulu*', 'postikulu*', 'lähetyskulu*', 'toimitusmaksu', 'ilmainen toimitus', 'maksuton toimitus', 'ilmaiset toimituskulut',
    'paljonko toimitus maksaa', 'paljonko postikulut', 'minimitilaus',
  ],
  delivery_time: [
    'toimitusaika', 'toimitusajat', 'kuinka kauan kestää', 'kauanko kestää', 'kuinka nopeasti', 'montako päivää', 'milloin saan', 'ajoissa',
    'ennen joulua', 'pikatoimitus', 'express', 'nopea toimitus', 'nopeammin', 'seuraavana päivänä',
  ],
  discount: [
    'alennus*', 'alekoodi*', 'alennuskoodi*', 'kuponki', 'kampanjakoodi*', 'kampanja*', 'tarjous*', 'ale', 'alennusmyynti', 'black friday',
    'lahjakortti*', 'koodi ei toimi', 'koodi ei käy', 'virheellinen koodi', 'koodi vanhentunut', 'bonuspiste*', 'pisteet', 'opiskelija-alennus',
    'kaupanpäällinen', 'lahja',
  ],
  bulk_wholesale: [
    'tukku*', 'tukkuhinta', 'tukkumyynti', 'isompi erä', 'suuri määrä', 'suuria määriä', 'määräalennus', 'minimitilausmäärä', 'jälleenmyyjä*',
    'jälleenmyynti*', 'yritykselle', 'kauppaani varten', '000 kpl', '00 kpl',
  ],
  return_policy: [
    'palautusehdot', 'palautusoikeus', 'palautuskäytäntö', 'peruutusoikeus', 'voiko palauttaa', 'voinko palauttaa', 'voiko vaihtaa', 'voinko vaihtaa',
    'jos ei sovi', 'jos se ei sovi', 'jos en tykkää', 'päivän palautusoikeus', 'ilmainen palautus', 'maksuton palautus', 'palautuskulut',
    'kuka maksaa palautuksen', 'palautusaika',
  ],
  warranty: ['takuu*', 'takuuaika', 'takuun', 'takuussa', 'vuoden takuu', 'kuinka pitkä takuu', 'valmistajan takuu', 'reklamaatio*'],
  place_order: [
    'tehdä tilaus', 'tehdä tilauksen', 'miten tilaan', 'miten voin tilata', 'miten ostan', 'haluaisin tilata', 'haluan tilata', 'tilata puhelimitse',
    'erikoistilaus', 'personoi*', 'kaiverrus', 'kaiverta*', 'varata', 'ilman tiliä', 'vieraana',
  ],
  checkout_problem: [
    'kassa', 'kassalla', 'ostoskori*', 'checkout', 'viedä tilaus loppuun', 'tilaus ei mene läpi', 'en pysty tilaamaan', 'ei pysty tilaamaan',
    'jumittaa', 'latautuu vain', 'virheilmoitus', 'virhe', 'painike', 'nappi',
  ],
  order_confirmation: [
    'tilausvahvistus*', 'vahvistus*', 'vahvistusviesti', 'ei vahvistusta', 'saitteko tilaukseni', 'menikö tilaus läpi', 'tilaus vastaanotettu',
    'tilauksen tila', 'tilaukseni tila', 'tilausnumero*',
  ],
  when_ship: [
    'milloin lähetätte', 'milloin lähtee', 'milloin tilaus lähtee', 'milloin paketti lähtee', 'onko lähetetty', 'onko jo lähtenyt', 'jo lähetetty',
    'ei ole lähetetty', 'ei ole vielä lähtenyt', 'käsittelyssä', 'käsitellään', 'pakataan', 'valmis lähetettäväksi', 'käsittelyaika',
  ],
  change_order: [
    'muuttaa tilausta', 'muuttaa tilauksen', 'tilauksen muutos', 'vaihtaa koon', 'muuttaa kokoa', 'muuttaa väriä', 'eri koko', 'eri väri',
    'muuttaa määrää', 'lisätä', 'poistaa', 'sen sijaan', 'muuttaa',
  ],
  change_address: [
    'muuttaa osoitetta', 'vaihtaa osoite', 'osoitteenmuutos', 'toimitusosoite*', 'väärä osoite', 'osoite on väärä', 'uusi osoite', 'eri osoite',
    'muutin', 'postinumero', 'asuntonumero',
  ],
  cancel: ['peruuttaa', 'peruutus', 'peruuta', 'perua', 'peruutan', 'perun', 'peruttu', 'peruutusmaksu', 'en halua enää', 'muutin mieleni'],
  payment_method: [
    'maksutapa', 'maksutavat', 'maksutapoja', 'miten maksan', 'miten voin maksaa', 'voinko maksaa', 'mobilepay', 'verkkopankki',
    'luottokortti', 'pankkikortti', 'tilisiirto', 'lasku', 'laskulla', 'osamaksu', 'klarna', 'valuutta', 'euroina',
  ],
  payment_problem: [
    'maksu epäonnistui', 'maksu ei mennyt läpi', 'kortti hylättiin', 'hylätty', 'hylättiin', 'maksuvirhe', 'maksu odottaa', 'veloitettu kahdesti',
    'veloitettiin kahdesti', 'kaksi kertaa', 'tuplaveloitus', 'maksoin kahdesti', 'veloitettu', 'veloitti', 'väärä summa', 'veloitettu liikaa',
    'valuuttakurssi', 'kulut', 'en pysty maksamaan',
  ],
  invoice: [
    'kuitti', 'kuitin', 'lasku', 'laskun', 'alv', 'arvonlisävero', 'alv-tunnus', 'y-tunnus', 'yrityksen nimi', 'yrityksen tiedot', 'yritykselle',
    'kirjanpito*', 'kirjanpitäjä',
  ],
  where_parcel: [
    'missä paketti', 'missä pakettini', 'missä tilaukseni', 'missä tilaus', 'missä lähetys', 'missä se on', 'missä viipyy', 'mihin paketti',
    'pakettini', 'tilaukseni',
  ],
  tracking: [
    'seurantakoodi*', 'seurantanumero*', 'seurantalinkki', 'lähetystunnus', 'seuranta', 'seurata', 'tracking', 'mitä tarkoittaa', 'matkalla',
    'kuljetuksessa', 'lajittelu*', 'linkki ei toimi', 'posti', 'postnord', 'matkahuolto',
  ],
  late: [
    'myöhässä', 'viivästy*', 'viive', 'ei ole tullut', 'ei ole vieläkään', 'ei vieläkään', 'vieläkään ei', 'kestää kauan', 'kestää ikuisuuden',
    'viikko*', 'kuukausi', 'kuukauden', 'arvioitu toimitus', 'piti tulla', 'olisi pitänyt tulla', 'jumissa', 'ei liiku', 'ei päivity',
    'ei päivitystä', 'sama tila', 'odotan edelleen', 'odotan yhä',
  ],
  marked_delivered: ['toimitettu', 'näkyy toimitettuna', 'merkitty toimitetuksi', 'luovutettu', 'on toimitettu', 'kuitattu', 'allekirjoitettu'],
  not_received: [
    'en ole saanut', 'ei ole saapunut', 'en saanut', 'ei tullut', 'en ole vastaanottanut', 'mitään ei tullut', 'ei pakettia', 'ei postilaatikossa',
    'en löydä', 'varastettu', 'kadonnut', 'hukassa', 'hävinnyt', 'ei toimitettu',
  ],
  neighbour_locker: [
    'naapuri*', 'pakettiautomaat*', 'noutopiste*', 'postilaatikko*', 'postitoimisto', 'posti kauppa', 'oven taakse', 'oven eteen', 'väärään osoitteeseen',
    'eri osoitteeseen', 'smartpost', 'noutolokero*',
  ],
  customs: [
    'tulli', 'tullin', 'tullissa', 'tullimaksu*', 'tulliselvitys', 'tullaus', 'tuontivero', 'arvonlisävero tuonnissa', 'alv tuonnissa',
    'käsittelymaksu', 'maksettava ennen', 'tulli-ilmoitus', 'asiakirja*', 'henkilötodistus', 'passi', 'henkilötunnus', 'palautettu lähettäjälle',
    'palautuu lähettäjälle', 'lähetetty takaisin lähettäjälle',
  ],
  broken_damaged: [
    'rikki', 'rikkinäinen', 'rikkoutunut', 'särkynyt', 'vaurio*', 'vahingoittunut', 'kuljetusvaurio', 'haljennut', 'halkeama', 'murskaantunut',
    'lommo*', 'naarmu*', 'repeytynyt', 'reikä', 'taipunut', 'tahra*', 'likainen', 'vuotaa', 'viallinen', 'vika', 'avattu paketti', 'palasina',
  ],
  missing_part: [
    'puuttuu', 'puuttui', 'puuttuva', 'puuttuvat', 'ei mukana', 'ei ollut mukana', 'vajaa', 'puutteellinen', 'ei laturia', 'ei kaapelia',
    'ei ruuveja', 'ei ohjeita', 'vain yksi', 'tyhjä laatikko', 'tyhjä paketti', 'osat', 'tarvikkeet', 'lisävaruste*',
  ],
  not_working: [
    'ei toimi', 'eivät toimi', 'ei käynnisty', 'ei mene päälle', 'ei lataudu', 'ei lataa', 'ei yhdistä', 'ei yhdisty', 'ei parita', 'ei ääntä',
    'ei kuvaa', 'ei reagoi', 'viallinen', 'virhekoodi', 'vilkkuu', 'kuumenee', 'ylikuumenee', 'sammuu',
  ],
  on_arrival: [
    'tuli tänään', 'tuli eilen', 'sain tänään', 'sain eilen', 'saapui', 'vastaanotettaessa', 'kun avasin', 'avasin paketin', 'avasin laatikon',
    'purkaessa', 'alusta asti', 'heti alussa', 'ensimmäisellä käyttökerralla', 'ensimmäinen käyttö',   ],
  wrong_item: [
    'väärä tuote', 'väärän tuotteen', 'väärä väri', 'väärän värinen', 'väärä koko', 'väärän kokoinen', 'väärä malli', 'väärä määrä',
    'ei se mitä tilasin', 'en tilannut tätä', 'eri tuote', 'eri väri', 'eri koko', 'eri malli', 'tilasin', 'sen sijaan', 'lähetitte',
    'sekaisin', 'ei ole minun',
  ],
  want_return: [
    'palauttaa', 'palautus', 'palautan', 'palautuksen', 'palauttaisin', 'lähettää takaisin', 'palautuslappu', 'palautusosoite', 'ei sovi',
    'liian pieni', 'liian iso', 'liian suuri', 'liian tiukka', 'liian lyhyt', 'liian pitkä', 'ei vastaa kuvausta', 'ei vastaa kuvaa',
    'en pidä', 'peruutusoikeus',
  ],
  exchange: ['vaihto', 'vaihtaa', 'vaihtaisin', 'vaihdon', 'koko isompi', 'koko pienempi', 'isompaan kokoon', 'pienempään kokoon', 'isompi koko', 'pienempi koko'],
  refund: ['hyvity*', 'rahat takaisin', 'rahani takaisin', 'palauttakaa rahat', 'rahojen palautus', 'takaisinmaksu', 'korvaus', 'refund'],
  refund_status: [
    'missä rahani', 'missä rahat', 'missä hyvitys', 'milloin saan rahat', 'milloin saan hyvityksen', 'en ole saanut rahoja', 'en ole saanut hyvitystä',
    'hyvitystä ei ole', 'ei hyvitetty', 'odotan hyvitystä', 'odotan rahoja', 'lupasitte hyvityksen', 'hyvityksen tila', 'ei näy tilillä',
  ],
  return_shipped: [
    'palautin', 'lähetin takaisin', 'palautettu', 'palautukseni', 'palautus on', 'saitteko palautukseni', 'saitteko palautuksen',
    'palautus perillä', 'palautuspaketti', 'vein postiin', 'jätin pakettiautomaattiin',
  ],
  stopped_working: [
    'lakkasi toimimasta', 'lakannut toimimasta', 'ei enää toimi', 'ei toimi enää', 'yhtäkkiä', 'äkkiä', 'aluksi', 'alussa', 'toimi hyvin',
    'toimi ensin', 'viikon jälkeen', 'viikon päästä', 'kahden viikon', 'kuukauden jälkeen', 'kuukauden päästä', 'muutaman päivän', 'muutaman viikon',
    'lyhyen ajan', 'normaalissa käytössä', 'irtosi', 'irtoaa', 'haalistui', 'kulunut',
  ],
  repair: ['korjaus', 'korjata', 'korjattu', 'korjaamo', 'huolto', 'huoltoon', 'vaihtotuote', 'uusi tuote', 'varaosa*', 'takuukorjaus', 'reklamoi*'],
  bad_service: [
    'huono palvelu', 'huonoa palvelua', 'surkea', 'surkeaa', 'kelvoton', 'ei hyväksyttävää', 'skandaali', 'pettynyt', 'pettymys', 'tyytymätön',
    'vihainen', 'ärsyttää', 'ärsyttävä', 'kyllästynyt', 'epäkohtelias', 'epäammattimainen', 'ei koskaan enää', 'huonoin', 'naurettava',
    'valehtelette', 'vakiovastaus',
  ],
  manager_escalate: ['esimies', 'esihenkilö', 'johtaja', 'valitus', 'valituksen', 'virallinen valitus', 'reklamaatio'],
  slow_reply: [
    'ei vastausta', 'kukaan ei vastaa', 'ette vastaa', 'ei vastata', 'odotan vastausta', 'vieläkään ei vastausta', 'ohitetaan', 'jätetty huomiotta',
    'useita kertoja', 'monta kertaa', 'kolmannen kerran', 'jo kirjoittanut', 'onko siellä ketään', 'haloo',
  ],
  threat: [
    'huijaus', 'huijari*', 'huijattu', 'petos', 'varkaat', 'varkaus', 'asianajaja', 'juristi', 'oikeuteen', 'oikeustoimet', 'haastaa', 'poliisi*',
    'rikosilmoitus', 'kuluttajaneuvonta', 'kuluttajariitalautakunta', 'kuluttajavirasto', 'takaisinveloitus', 'chargeback', 'riita',
    'huono arvostelu', 'negatiivinen arvostelu', 'yksi tähti',   ],
  thanks_praise: [
    'kiitos', 'kiitti', 'kiitoksia', 'paljon kiitoksia', 'suuri kiitos', 'kiitän', 'loistava', 'loistavaa', 'mahtava', 'mahtavaa', 'upea', 'upeaa',
    'täydellinen', 'ihana', 'hieno', 'tyytyväinen', 'erittäin tyytyväinen', 'rakastan', 'suosittelen', 'tilaan uudestaan', 'nopea toimitus',
    'hyvin pakattu', 'avulias', 'ystävällinen',
  ],
  review: ['arvostelu*', 'arvio*', 'tähteä', 'tähdet', '0 tähteä', 'viisi tähteä', 'palaute', 'palautetta', 'trustpilot'],
  suggestion: [
    'ehdotus', 'ehdotan', 'idea', 'ideoita', 'olisi kiva', 'olisi hyvä', 'olisi mukava', 'voisitte', 'teidän kannattaisi', 'tulevaisuudessa',
    'ensi kerralla', 'lisää värejä', 'lisää kokoja', 'vinkki',
  ],
  account: ['tili', 'tilini', 'tilin', 'asiakastili*', 'profiili', 'rekisteröi*', 'luoda tili', 'käyttäjätunnus*', 'omat sivut'],
  login_problem: [
    'kirjautu*', 'kirjaudu*', 'en pääse sisään', 'en pääse kirjautumaan', 'lukittu', 'tili lukittu', 'estetty', 'jäädytetty', 'hakkeroitu',
    'murtauduttu', 'joku kirjautui', 'epäilyttävä kirjautuminen', 'epäilyttävää toimintaa', 'en ollut minä', 'pankkitunnukset',
  ],
  password_reset: [
    'salasana*', 'unohdin salasanan', 'unohtunut salasana', 'nollata salasana', 'salasanan palautus', 'uusi salasana', 'vaihtaa salasana',
    'väärä salasana', 'palautuslinkki',
  ],
  verification_code: [
    'vahvistuskoodi*', 'varmennuskoodi*', 'kertakäyttökoodi', 'tekstiviestikoodi', 'koodi tekstiviestillä', 'tekstiviesti*', 'sms', 'vahvistaa',
    'tunnistautu*', 'kaksivaiheinen', 'aktivointikoodi', 'aktivointilinkki', 'aktivoida tili', 'koodi ei tule', 'en saa koodia', 'ei koodia',
  ],
  delete_account: [
    'poistaa tilin', 'poista tili', 'poistakaa tilini', 'tilin poisto', 'sulkea tilin', 'henkilötiedot', 'henkilötietoni', 'tietoni',
    'poistaa tietoni', 'gdpr', 'tietosuoja', 'tarkastuspyyntö', 'mitä tietoja',
  ],
  unsubscribe: [
    'peruuttaa tilaus uutiskirjeestä', 'uutiskirje*', 'peru uutiskirje', 'mainos*', 'markkinointiviest*', 'lopettakaa lähettäminen',
    'ei enää sähköposteja', 'liikaa sähköposteja', 'postituslista*', 'roskaposti', 'spam',
  ],
  edit_account: [
    'vaihtaa sähköposti', 'muuttaa sähköposti', 'sähköpostiosoitteen vaihto', 'uusi sähköposti', 'muuttaa nimeä', 'vaihtaa nimi',
    'vaihtaa puhelinnumero', 'muuttaa puhelinnumeroa', 'päivittää tietoni', 'muokata profiilia', 'yhdistää tilit', 'kaksi tiliä',
  ],
  human_agent: [
    'ihminen', 'ihmisen kanssa', 'oikea ihminen', 'oikea henkilö', 'asiakaspalvelija', 'asiakaspalvelu', 'työntekijä', 'ei botti', 'botti',
    'chatbot', 'robotti', 'automaattinen vastaus', 'puhua jonkun kanssa',
  ],
  phone_call: ['puhelin', 'puhelinnumero', 'soittaa', 'soittakaa', 'soitto', 'soittopyyntö', 'soittaa takaisin', 'puhelimitse', 'whatsapp'],
  business_offer: [
    'seo', 'hakukoneoptimointi', 'näkyvyys', 'google-sijoitus', 'markkinointi*', 'yhteistyö*', 'kumppanuus', 'valmistaja', 'tehdas',
    'myynnin kasvattaminen', 'verkkosivut', 'vaikuttaja', 'sponsorointi', 'affiliate',
  ],
  job_application: [
    'työpaikka', 'työhakemus', 'hakemus', 'hakea töitä', 'avoin työpaikka', 'rekrytointi', 'cv', 'ansioluettelo', 'harjoittelu*', 'osa-aika*',
    'kokoaika*', 'kesätyö*', 'töihin teille',
  ],
};

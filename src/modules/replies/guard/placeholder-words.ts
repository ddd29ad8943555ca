/**
 * What the inside of a bracket says when it is a blank to fill in: the nouns template writers put
 * there ("[Order Number]", "[Bestellnummer]", "【订单号】", "［注文番号］") and the instructions
 * ("[insert tracking link]", "(hier einfügen)", "【请填写】"), in the guard's 20 languages. Matched
 * on folded text (see fold.ts), so accents and case do not matter. A word of a space-separated
 * script also counts when it *ends* with a noun of four letters or more (German, Dutch, Nordic and
 * Finnish compounds: "Kundenname", "tilausnumero").
 */

import { foldPhrase } from './fold.js';

const NOUNS_SPACED: Record<string, string> = {
  en: `name firstname surname lastname fullname number no num nr id date time day days amount price total sum currency link url address
    email e-mail phone mobile telephone product item sku model size colour color company store shop brand signature reason code coupon
    discount percent percentage tracking carrier courier city country zip postcode recipient title salutation website site platform
    marketplace order customer buyer agent deadline quantity qty value reference ref invoice account username street details here`,
  de: `name vorname nachname nummer nr datum uhrzeit zeit tage betrag preis summe währung link url adresse anschrift e-mail email
    telefon telefonnummer handy produkt artikel größe farbe firma unternehmen shop marke unterschrift grund code gutschein gutscheincode
    rabatt prozent sendung sendungsnummer paketdienst stadt ort land plz postleitzahl empfänger titel anrede webseite website plattform
    bestellung bestellnummer auftragsnummer kunde kundin kundenname mitarbeiter frist menge anzahl wert referenz rechnung konto straße hier`,
  fr: `nom prénom numéro n° no date heure jour jours montant prix somme total devise lien url adresse e-mail email courriel téléphone
    portable produit article taille couleur société entreprise boutique magasin marque signature raison motif code coupon remise
    réduction pourcentage suivi transporteur ville pays destinataire titre civilité site plateforme commande client cliente agent
    conseiller délai quantité valeur référence facture compte rue ici`,
  es: `nombre apellido apellidos número nº no fecha hora día días importe monto precio suma total moneda enlace link url dirección correo
    email teléfono móvil celular producto artículo talla color empresa compañía tienda marca firma motivo razón código cupón descuento
    porcentaje seguimiento transportista ciudad país destinatario título sitio plataforma pedido cliente agente plazo cantidad valor
    referencia factura cuenta calle aquí`,
  pt: `nome sobrenome apelido número nº data hora dia dias valor quantia preço soma total moeda link url endereço e-mail email telefone
    celular telemóvel produto artigo item tamanho cor empresa loja marca assinatura motivo razão código cupom cupão desconto porcentagem
    percentagem rastreio rastreamento transportadora cidade país cep destinatário título site plataforma pedido encomenda cliente
    atendente prazo quantidade referência fatura conta rua aqui`,
  it: `nome cognome numero n. data ora orario giorno giorni importo prezzo somma totale valuta link url indirizzo email e-mail telefono
    cellulare prodotto articolo taglia colore azienda società negozio marca firma motivo ragione codice coupon sconto percentuale tracking
    spedizione corriere città paese cap destinatario titolo sito piattaforma ordine cliente operatore scadenza quantità valore
    riferimento fattura conto qui`,
  nl: `naam voornaam achternaam nummer nr datum tijd dag dagen bedrag prijs som totaal valuta link url adres e-mail email telefoon
    telefoonnummer mobiel product artikel maat kleur bedrijf winkel merk handtekening reden code kortingscode korting percentage
    trackingnummer vervoerder stad plaats land postcode ontvanger titel aanhef website platform bestelling bestelnummer ordernummer klant
    medewerker termijn aantal waarde referentie factuur rekening straat hier`,
  pl: `imię nazwisko numer numeru nr data godzina dzień dni kwota cena suma waluta link adres e-mail email telefon telefonu produkt
    produktu artykuł rozmiar kolor firma firmy sklep sklepu marka podpis powód kod kupon rabat zniżka procent przesyłka przesyłki
    przewoźnik kurier miasto kraj odbiorca tytuł strona platforma zamówienie zamówienia klient klienta konsultant termin ilość wartość
    faktura konto ulica tutaj`,
  sv: `namn förnamn efternamn nummer nr datum tid dag dagar belopp pris summa valuta länk url adress e-post e-postadress mejl telefon
    telefonnummer mobil produkt artikel storlek färg företag butik varumärke signatur anledning orsak kod rabattkod rabatt procent
    spårning spårningsnummer transportör stad ort land postnummer mottagare titel webbplats hemsida plattform order beställning
    ordernummer kund handläggare antal värde referens faktura konto gata här`,
  da: `navn fornavn efternavn nummer nr dato tid dag dage beløb pris sum valuta link url adresse e-mail mail telefon telefonnummer mobil
    produkt vare størrelse farve firma virksomhed butik mærke underskrift årsag grund kode rabatkode rabat procent sporing sporingsnummer
    fragtfirma land postnummer modtager titel hjemmeside platform ordre bestilling ordrenummer kunde medarbejder frist antal værdi
    reference faktura konto gade `,
  no: `navn fornavn etternavn nummer nr dato tid dag dager beløp pris sum valuta lenke url adresse e-post epost telefon telefonnummer
    mobil produkt vare størrelse farge firma bedrift butikk merke signatur årsak grunn kode rabattkode rabatt prosent sporing
    sporingsnummer transportør sted land postnummer mottaker tittel nettside plattform ordre bestilling ordrenummer kunde
    saksbehandler frist antall verdi referanse faktura konto gate `,
  fi: `nimi etunimi sukunimi numero nro päivämäärä pvm aika päivä päivää summa hinta määrä valuutta linkki url osoite sähköposti puhelin
    puhelinnumero tuote koko väri yritys kauppa verkkokauppa merkki allekirjoitus syy koodi alennuskoodi alennus prosentti seuranta
    seurantanumero kuljetusyhtiö kaupunki maa postinumero vastaanottaja titteli verkkosivu alusta tilaus tilausnumero asiakas asiakkaan
    käsittelijä määräaika arvo viite lasku tili katu tähän`,
  ru: `имя имени фамилия номер номера № дата время день дней сумма суммы цена итого валюта ссылка ссылки url адрес адреса email e-mail
    почта телефон телефона продукт товар товара артикул размер цвет компания магазин магазина бренд подпись причина код промокод купон
    скидка процент трек трек-номер отслеживание перевозчик город страна индекс получатель получателя обращение сайт платформа заказ
    заказа клиент клиента покупатель покупателя сотрудник срок количество стоимость счет улица здесь`,
  tr: `ad adı isim soyad soyadı numara numarası no tarih saat gün tutar fiyat toplam link bağlantı adres e-posta eposta telefon ürün beden
    renk şirket firma mağaza marka imza neden sebep kod kupon indirim yüzde takip kargo şehir ülke alıcı unvan site platform sipariş
    müşteri temsilci süre adet miktar değer referans fatura hesap sokak buraya`,
  vi: `tên họ số mã ngày giờ tiền giá tổng link email địa chỉ điện thoại sản phẩm size màu shop website đơn hàng khách hàng người nhận
    lý do`,
  id: `nama nomor no tanggal jam waktu hari jumlah nominal harga total tautan link url alamat email telepon hp produk barang ukuran warna
    perusahaan toko merek alasan kode kupon diskon persen resi pelacakan kurir ekspedisi kota negara penerima sapaan situs platform
    pesanan pelanggan pembeli agen nilai referensi faktur akun jalan`,
  ar: `الاسم اسم رقم التاريخ تاريخ الوقت الساعه يوم ايام المبلغ مبلغ السعر المجموع العمله الرابط رابط العنوان عنوان البريد الايميل الهاتف
    هاتف الجوال المنتج منتج المقاس اللون الشركه المتجر متجر التوقيع السبب الرمز الكود كود القسيمه الخصم النسبه التتبع تتبع المدينه البلد
    المستلم اللقب الموقع المنصه الطلب طلب العميل عميل الموظف الكميه القيمه المرجع الفاتوره الحساب الشارع هنا`,
};

/** Multi-word nouns (any language): matched as a run of words. */
const NOUN_PHRASES = [
  'first name', 'last name', 'full name', 'customer name', 'order number', 'order no', 'tracking number', 'tracking link', 'zip code',
  'postal code', 'phone number', 'e mail', 'code postal', 'numero de commande', 'numero de suivi', 'numero de pedido', 'codigo postal',
  'numero do pedido', 'codigo de rastreio', 'numero d ordine', 'numero ordine', 'kod pocztowy', 'numer zamowienia', 'numer przesylki',
  'номер заказа', 'трек номер', 'siparis numarasi', 'takip numarasi', 'posta kodu', 'ad soyad', 'para birimi', 'ho ten', 'ho va ten',
  'so dien thoai', 'dia chi', 'don hang', 'ma don hang', 'ma van don', 'khach hang', 'nguoi nhan', 'san pham', 'so tien', 'ly do',
  'lien ket', 'duong dan', 'cua hang', 'cong ty', 'nomor pesanan', 'nomor resi', 'kode pos', 'nomor telepon', 'tanda tangan',
  'mata uang', 'رقم الطلب', 'رقم التتبع', 'رقم الهاتف', 'البريد الالكتروني', 'الرمز البريدي', 'شركه الشحن',
];

/** Han, kana and Hangul nouns: matched inside the bracket (two characters or more) or as its whole content. */
const NOUNS_CJK = `姓名 名字 名称 称呼 客户名 客户姓名 顾客姓名 买家姓名 收件人 收货人 订单号 订单编号 订单号码 单号 编号
  号码 日期 金额 价格 链接 网址 地址 邮箱 电子邮件 电话 手机号 手机号码 商品名 商品名称 产品名 产品名称
  型号 店铺名 店名 公司名 品牌名 签名 优惠码 折扣码 物流单号 快递单号 运单号 追踪号 跟踪号 快递公司 物流公司
  邮编 账号 客服名 客服姓名 訂單號 訂單編號 單號 編號 號碼 名稱 客戶名 客戶姓名 價格 金額 連結 網址 郵箱
  電話 手機號 產品名 商品名稱 簽名 優惠碼 物流單號 快遞單號 運單號 郵編 帳號 名前 お名前 氏名 顧客名
  お客様名 宛名 注文番号 ご注文番号 注文ID 番号 日付 日時 金額 価格 リンク 住所 ご住所 メールアドレス
  電話番号 商品名 品名 型番 会社名 店舗名 ショップ名 ブランド名 署名 担当者名 追跡番号 お問い合わせ番号
  伝票番号 配送業者 運送会社 郵便番号 受取人 敬称 請求書 이름 성함 고객명 고객이름 주문번호 날짜 일자 금액
  가격 링크 주소 이메일 전화번호 연락처 휴대폰 상품명 제품명 모델명 회사명 상점명 매장명 서명 담당자 코드
  운송장번호 송장번호 추적번호 택배사 배송업체 우편번호 수령인 받는분 호칭 청구서`;

/** Single-character CJK nouns: only as the whole content ("【色】"), never inside ("【特色】"). */
const NOUNS_CJK_WHOLE = '名 色 数 号 額 日 額 名前';

/** Instructions that open a blank: matched at the start of the content (space-separated scripts), one entry per line item. */
const INSTRUCTIONS_SPACED = [
  'insert', 'enter', 'add', 'fill in', 'put', 'type', 'paste', 'replace with',
  'einfügen', 'eintragen', 'ergänzen', 'einsetzen', 'bitte einfügen', 'bitte eintragen', 'hier einfügen', 'hier eintragen',
  'insérer', 'insérez', 'indiquer', 'indiquez', 'saisir', 'saisissez', 'à compléter', 'compléter', 'ajouter', 'remplir',
  'insertar', 'inserte', 'introducir', 'introduzca', 'añadir', 'indicar', 'indique', 'completar', 'rellenar', 'poner',
  'inserir', 'insira', 'adicionar', 'preencher', 'colocar',
  'inserire', 'inserisci', 'aggiungere', 'indicare', 'completare',
  'invoegen', 'invullen', 'vul in', 'toevoegen',
  'wstaw', 'wstawić', 'wpisz', 'wpisać', 'uzupełnij', 'dodaj', 'podaj',
  'infoga', 'fyll i', 'lägg till', 'ange',
  'indsæt', 'udfyld', 'tilføj', 'angiv',
  'sett inn', 'fyll inn', 'legg til', 'angi',
  'lisää', 'syötä', 'täytä', 'kirjoita',
  'вставить', 'вставьте', 'указать', 'укажите', 'ввести', 'введите', 'заполнить', 'добавить',
  'ekle', 'ekleyin', 'girin', 'yazın', 'doldurun',
  'أدخل', 'ادخل', 'أضف', 'اكتب',
  'nhập', 'điền', 'chèn',
  'masukkan', 'isi', 'tambahkan', 'sisipkan',
];

const INSTRUCTIONS_CJK = '填写 填入 插入 输入 请填 此处填 替换为 填寫 輸入 入力 記入 挿入 ここに 입력 기입 삽입 여기에';

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

const SPACED_NOUNS = new Set<string>();
for (const list of Object.values(NOUNS_SPACED)) for (const w of words(list)) SPACED_NOUNS.add(foldPhrase(w));
/** Nouns long enough to count at the end of a compound word. */
const SUFFIX_NOUNS = [...SPACED_NOUNS].filter((w) => w.length >= 4 && /^[\p{L}]+$/u.test(w));
const PHRASES = NOUN_PHRASES.map((p) => ` ${foldPhrase(p)} `);
const CJK_NOUNS = words(NOUNS_CJK).map(foldPhrase);
const CJK_WHOLE = new Set([...words(NOUNS_CJK_WHOLE), ...CJK_NOUNS].map(foldPhrase));

const INSTRUCTION_PREFIXES = [...new Set(INSTRUCTIONS_SPACED.map(foldPhrase))].sort((a, b) => b.length - a.length);
const INSTRUCTIONS_CJK_LIST = words(INSTRUCTIONS_CJK).map(foldPhrase);

const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const SPLIT = /[^\p{L}\p{M}\p{N}°№ºª.'-]+/u;

/** Whether the folded content names a thing to fill in. */
export function namesPlaceholderNoun(content: string): boolean {
  const folded = foldPhrase(content);
  if (folded.length === 0) return false;
  if (CJK_CHAR.test(folded)) {
    if (CJK_WHOLE.has(folded)) return true;
    for (const noun of CJK_NOUNS) if (noun.length >= 2 && folded.includes(noun)) return true;
  }
  const padded = ` ${folded.replace(/[^\p{L}\p{M}\p{N}°№ºª]+/gu, ' ').trim()} `;
  for (const p of PHRASES) if (padded.includes(p)) return true;
  for (const raw of folded.split(SPLIT)) {
    const word = raw.replace(/^[.'-]+|[.'-]+$/g, '');
    if (!word) continue;
    if (SPACED_NOUNS.has(word) || SPACED_NOUNS.has(raw)) return true;
    if (word.length > 4) for (const noun of SUFFIX_NOUNS) if (word.length > noun.length && word.endsWith(noun)) return true;
  }
  return false;
}

/** Whether the content opens with an instruction to fill something in ("insert …", "hier einfügen", "请填写…"). */
export function isInstruction(content: string): boolean {
  const folded = foldPhrase(content);
  for (const p of INSTRUCTION_PREFIXES) {
    if (folded.startsWith(p) && (folded.length === p.length || !/[\p{L}\p{N}]/u.test(folded[p.length]!))) return true;
  }
  for (const p of INSTRUCTIONS_CJK_LIST) if (folded.includes(p)) return true;
  return false;
}

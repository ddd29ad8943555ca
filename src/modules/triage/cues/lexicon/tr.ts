import type { CueLexicon } from '../concepts.js';

/**
 * Turkish. Suffixes stack ("iadesini", "kargom", "siparişimi"), so many phrases are stems with a
 * trailing `*`; buyers often type without Turkish letters ("siparisim", "iade istiyorum"), which folding matches.
 */
export const tr: CueLexicon = {
  how_to_use: [
    'nasıl kullanılır', 'nasıl kullanılıyor', 'nasıl kullanırım', 'nasıl çalışır', 'nasıl çalışıyor', 'kullanım kılavuzu', 'kullanma kılavuzu',
    'kılavuz*', 'talimat*', 'kurulum*', 'kurmak', 'nasıl kurulur', 'eşleştir*', 'bağlamak', 'nasıl bağlanır', 'şarj etmek',
    'nasıl şarj', 'şarj süresi', 'yıkanır mı', 'yıkama', 'çamaşır makinesi', 'bulaşık makinesi', 'temizlemek', 'nasıl temizlenir', 'bakım*',
    'montaj*', 'monte etmek', 'birleştirmek', 'nasıl açılır', 'sıfırlamak', 'kutu içeriği', 'kutuda ne var', 'dikkat edilmesi gereken',
  ],
  size_fit: [
    'beden*', 'hangi beden', 'beden tablosu', 'kaç numara', 'dar kalıp', 'geniş kalıp', 'kalıbı', 'tam kalıp', 'ölçü*', 'boyut*',
    'uzunluk', 'genişlik', 'yükseklik', 'göğüs', 'ayak numarası', 'ne kadar büyük',
  ],
  material_spec: [
    'malzeme*', 'materyal*', 'kumaş*', 'pamuk*', 'polyester', 'deri', 'hakiki deri', 'suni deri', 'paslanmaz çelik', 'plastik', 'su geçirmez',
    'suya dayanıklı', 'kapasite*', 'batarya ömrü', 'pil ömrü', 'ağırlık', 'kaç gram', 'kaç kilo', 'özellik*', 'teknik özellik*',
    'sertifika*', 'ce belgesi', 'hangi renk', 'başka renk', 'içerik*',
  ],
  compatible: [
    'uyumlu', 'uyumlu mu', 'uyar mı', 'olur mu', 'çalışır mı', 'ile çalışır', 'telefonuma', 'telefonumla', 'iphone için', 'samsung için',
    'uygun mu',
  ],
  in_stock: [
    'stok*', 'stokta', 'stokta var mı', 'mevcut', 'mevcut mu', 'tükendi', 'tükenmiş', 'kalmadı', 'ne zaman gelir', 'tekrar gelecek mi',
    'ön sipariş', 'rezerve',
  ],
  price_question: ['fiyat*', 'ne kadar', 'kaç tl', 'kaç lira', 'ücreti ne', 'maliyet', 'daha ucuz', 'indirimli fiyat', 'fiyat listesi', 'birim fiyat'],
  before_buying: [
    'almadan önce', 'sipariş vermeden önce', 'satın almadan önce', 'sipariş verirsem', 'alırsam', 'sipariş versem', 'almayı düşünüyorum',
    'sipariş vermeyi düşünüyorum', 'almak istiyorum', 'satın almak istiyorum', 'ilgileniyorum', 'almak istesem',
  ],
  ship_to_country: [
    'gönderiyor musunuz', 'gönderim var mı', 'kargo var mı', 'teslimat var mı', 'türkiye\'ye', 'türkiyeye', 'yurt dışı', 'yurtdışı', 'yurt dışına',
    'uluslararası', 'hangi ülkeler', 'ülkeme',
  ],
  shipping_cost: [
    'kargo ücreti', 'kargo ücret*', 'kargo bedeli', 'gönderim ücreti', 'teslimat ücreti', 'ücretsiz kargo', 'kargo bedava', 'bedava kargo',
    'kargo dahil', 'kargo ne kadar', 'kargo kaç', 'minimum tutar', 'alt limit',
  ],
  delivery_time: [
    'kaç günde', 'kaç gün', 'ne kadar sürer', 'ne zaman gelir', 'ne zaman elime', 'teslimat süresi', 'kargo süresi', 'teslim süresi', 'yetişir mi',
    'zamanında', 'hızlı kargo', 'hızlı teslimat', 'ekspres', 'aynı gün', 'ertesi gün', 'daha hızlı', 'acil',
  ],
  discount: [
    'indirim*', 'kupon*', 'indirim kodu', 'promosyon*', 'kampanya*', 'fırsat', 'kod çalışmıyor', 'kod geçersiz', 'kodu çalışmıyor', 'kodu geçmiyor',
    'kod süresi dolmuş', 'puan', 'puanlar', 'sadakat', 'hediye çeki', 'hediye', 'black friday', 'efsane cuma', 'ilk sipariş',
  ],
  bulk_wholesale: [
    'toptan', 'toptan fiyat', 'toptancı', 'çok adet', 'fazla adet', 'yüksek adet', 'toplu sipariş', 'toplu alım', 'minimum sipariş',
    'adet fiyatı', 'bayi', 'bayilik', 'distribütör', 'mağazam için', 'şirketimiz için', 'fatura kesilir mi', '000 adet', '00 adet',
  ],
  return_policy: [
    'iade politikası', 'iade koşulları', 'iade şartları', 'değişim koşulları', 'iade edebilir miyim', 'iade olur mu', 'iade var mı', 'iade edilebilir mi',
    'değişim yapabilir miyim', 'değişim olur mu', 'olmazsa', 'olmaz ise', 'beğenmezsem', 'kaç gün içinde', 'iade süresi', 'ücretsiz iade',
    'iade kargo ücreti', 'iade kargosu kim', 'cayma hakkı',
  ],
  warranty: ['garanti*', 'garanti süresi', 'garantili mi', 'garantisi var mı', 'kaç yıl garanti', 'yıl garanti', 'garanti kapsamında', 'garanti belgesi'],
  place_order: [
    'sipariş vermek', 'sipariş verebilir miyim', 'nasıl sipariş', 'nasıl sipariş verebilirim', 'nasıl satın alabilirim', 'sipariş vermek istiyorum',
    'telefonla sipariş', 'whatsapp\'tan sipariş', 'özel sipariş', 'kişiye özel', 'isim yazdırmak', 'gravür', 'ayırabilir misiniz', 'üye olmadan',
    'misafir olarak',
  ],
  checkout_problem: [
    'sepet*', 'ödeme sayfası', 'siparişi tamamlayamıyorum', 'sipariş tamamlanmıyor', 'sipariş veremiyorum', 'satın alamıyorum', 'takılıyor',
    'donuyor', 'sürekli yükleniyor', 'hata veriyor', 'hata mesajı', 'buton*',   ],
  order_confirmation: [
    'sipariş onayı', 'sipariş onay', 'onay maili', 'onay e-postası', 'onay mesajı', 'onay gelmedi', 'siparişim alındı mı', 'siparişim ulaştı mı',
    'siparişim oluştu mu', 'sipariş oluşturuldu', 'sipariş durumu', 'siparişimin durumu', 'sipariş numarası', 'sipariş no',
  ],
  when_ship: [
    'ne zaman kargoya', 'kargoya verildi mi', 'kargoya verilecek', 'ne zaman gönderilecek', 'ne zaman gönderirsiniz', 'ne zaman çıkar',
    'gönderildi mi', 'kargolandı mı', 'hala kargoya verilmedi', 'kargoya verilmedi', 'gönderilmedi', 'hazırlanıyor', 'hazırlanma',
    'sipariş hazırlanıyor', 'hazırlık', 'paketleniyor', 'kargoya teslim',
  ],
  change_order: [
    'siparişi değiştirmek', 'siparişimi değiştir*', 'sipariş değişikliği', 'bedeni değiştir*', 'rengi değiştir*', 'adedi değiştir*', 'ekleme',
    'eklemek', 'çıkarmak', 'yerine', 'değiştirebilir miyim', 'güncellemek',
  ],
  change_address: [
    'adres değişikliği', 'adresi değiştir*', 'adresimi değiştir*', 'teslimat adresi', 'yanlış adres', 'adres yanlış', 'adresi yanlış', 'yeni adres',
    'farklı adres', 'taşındım', 'posta kodu', 'daire no', 'kapı no',
  ],
  cancel: ['iptal', 'iptal etmek', 'iptal et', 'iptal edin', 'iptal edilsin', 'siparişi iptal', 'vazgeçtim', 'istemiyorum artık', 'artık istemiyorum', 'iptal ücreti'],
  payment_method: [
    'ödeme yöntemi', 'ödeme yöntemleri', 'ödeme seçenekleri', 'nasıl ödeme', 'nasıl öderim', 'ile ödeyebilir miyim', 'ödeyebilir miyim',
    'kredi kartı', 'banka kartı', 'havale', 'eft', 'taksit*', 'kapıda ödeme', 'kapıda nakit', 'papara', 'döviz', 'tl ile', 'euro ile', 'dolar ile',
  ],
  payment_problem: [
    'ödeme başarısız', 'ödeme alınamadı', 'ödeme yapılamadı', 'ödeme geçmiyor', 'kart reddedildi', 'reddedildi', 'onaylanmadı', 'ödeme hatası',
    'ödeme beklemede', 'beklemede', 'iki kez çekildi', 'iki kere çekildi', 'iki defa çekildi', 'çift çekim', 'mükerrer', 'iki kez ödedim',
    'çekildi', 'çekilmiş', 'kesildi', 'hesabımdan', 'yanlış tutar', 'fazla çekildi', 'farklı tutar', 'kur farkı', 'kur', 'komisyon',
    'ödeyemiyorum',
  ],
  invoice: [
    'fatura*', 'e-fatura', 'e-arşiv', 'makbuz', 'fiş', 'kdv', 'vergi numarası', 'vergi no', 'vergi dairesi', 'tc kimlik', 'şirket adı', 'firma adı',
    'kurumsal fatura', 'şirketim adına', 'muhasebe', 'muhasebeci',
  ],
  where_parcel: [
    'kargom nerede', 'siparişim nerede', 'paketim nerede', 'ürünüm nerede', 'nerede kaldı', 'ne durumda', 'ne oldu siparişim',
    'kargom', 'siparişim', 'paketim',
  ],
  tracking: [
    'kargo takip*', 'takip numarası', 'takip no', 'takip kodu', 'takip linki', 'gönderi numarası', 'barkod', 'takip etmek', 'tracking',
    'ne demek', 'ne anlama geliyor', 'yolda', 'transfer merkezi', 'dağıtımda', 'dağıtıma çıktı', 'link çalışmıyor', 'ptt', 'yurtiçi kargo',
    'aras kargo', 'mng',
  ],
  late: [
    'gecikme', 'gecikti', 'gecikmeli', 'geç kaldı', 'hala gelmedi', 'hâlâ gelmedi', 'daha gelmedi', 'gelmedi hala', 'hala yok', 'çok uzun sürdü',
    'çok bekledim', 'haftalardır', 'bir ay', 'aydır', 'günlerdir', 'tahmini teslimat', 'gelmesi gerekiyordu', 'gelmeliydi', 'takıldı',
    'takılı kaldı', 'ilerlemiyor', 'hareket yok', 'güncellenmiyor', 'güncelleme yok', 'aynı durumda', 'hala bekliyorum',   ],
  marked_delivered: [
    'teslim edildi', 'teslim edilmiş', 'teslim edildi görünüyor', 'teslim edildi yazıyor', 'teslim edildi diyor', 'teslim alındı', 'teslim alınmış',
    'imzalandı', 'teslim edilmiş gözüküyor',
  ],
  not_received: [
    'teslim almadım', 'almadım', 'ulaşmadı', 'elime ulaşmadı', 'elime geçmedi', 'gelmedi', 'hiç gelmedi', 'bana gelmedi', 'paket yok', 'kargo yok',
    'bulamıyorum', 'çalındı', 'kayboldu', 'kayıp', 'ortada yok', 'teslim edilmedi',
  ],
  neighbour_locker: [
    'komşu*', 'kargo dolabı', 'teslimat noktası', 'teslim noktası', 'şube', 'şubede', 'kargo şubesi', 'ptt şubesi', 'posta kutusu', 'kapı önü',
    'kapının önüne', 'kapıcı', 'güvenlik', 'site yönetimi', 'yanlış adrese', 'başka adrese', 'başka birine',
  ],
  customs: [
    'gümrük*', 'gümrükte', 'gümrük vergisi', 'gümrük ücreti', 'vergi', 'ithalat', 'ithalat vergisi', 'kdv ödemem', 'ödeme yapmam gerekiyor',
    'e-devlet', 'beyan', 'evrak', 'belge', 'kimlik', 'pasaport', 'göndericiye iade', 'iade edildi göndericiye', 'geri gönderildi',
  ],
  broken_damaged: [
    'kırık', 'kırılmış', 'kırıldı', 'kırılmış geldi', 'hasarlı', 'hasar', 'zarar görmüş', 'çatlak', 'çatlamış', 'ezik', 'ezilmiş', 'göçük',
    'çizik', 'çizilmiş', 'yırtık', 'yırtılmış', 'delik', 'eğilmiş', 'bükülmüş', 'leke', 'lekeli', 'kirli', 'akıtıyor', 'sızdırıyor', 'defolu',
    'kusurlu', 'bozuk', 'paket açılmış', 'paramparça',
  ],
  missing_part: [
    'eksik', 'eksik geldi', 'eksik parça', 'eksik ürün', 'parça eksik', 'içinden çıkmadı', 'kutudan çıkmadı', 'şarj aleti yok',
    'kablo yok', 'vida yok', 'kılavuz yok', 'sadece bir', 'sadece 0', 'tek bir', 'boş kutu', 'kutu boş', 'aksesuar*', 'parça*',
  ],
  not_working: [
    'çalışmıyor', 'çalışmadı', 'açılmıyor', 'şarj olmuyor', 'şarj etmiyor', 'bağlanmıyor', 'eşleşmiyor', 'ses gelmiyor', 'ses yok', 'görüntü yok',
    'tepki vermiyor', 'arızalı', 'arıza', 'hata kodu', 'yanıp sönüyor', 'ısınıyor', 'aşırı ısınıyor', 'kendi kendine kapanıyor', 'bozuk',
  ],
  on_arrival: [
    'bugün geldi', 'dün geldi', 'elime geçti', 'teslim aldım', 'aldığımda', 'açtığımda', 'kutuyu açtım', 'paketi açtım', 'kutudan çıkar çıkmaz',
    'kutudan çıktığı gibi', 'ilk kullanımda', 'ilk kullanım', 'ilk günden',   ],
  wrong_item: [
    'yanlış ürün', 'yanlış renk', 'yanlış beden', 'yanlış model', 'yanlış adet', 'yanlış gönderilmiş', 'yanlış gelmiş', 'yanlış geldi',
    'farklı ürün', 'farklı renk', 'farklı beden', 'farklı model', 'sipariş ettiğim değil', 'istediğim değil', 'benim siparişim değil',
    'sipariş ettim', 'sipariş etmiştim', 'aldım ama', 'yerine', 'geldi ama', 'karışmış',
  ],
  want_return: [
    'iade', 'iade etmek', 'iade etmek istiyorum', 'iade talebi', 'iade kodu', 'iade adresi', 'geri göndermek', 'geri yollamak',     'uymadı', 'küçük geldi', 'büyük geldi', 'dar geldi', 'kısa geldi', 'uzun geldi', 'açıklamayla uyuşmuyor', 'fotoğraftaki gibi değil',
    'resimdeki gibi değil', 'beğenmedim', 'cayma',
  ],
  exchange: ['değişim', 'değiştirmek', 'değişim yapmak', 'bir beden büyük', 'bir beden küçük', 'büyük beden', 'küçük beden', 'başka beden', 'ile değiştir*'],
  refund: [
    'para iadesi', 'ücret iadesi', 'paramı geri', 'param iade', 'paramı iade', 'geri ödeme', 'iade edilsin', 'ücretimi geri', 'refund',
  ],
  refund_status: [
    'param nerede', 'iadem nerede', 'iade ne zaman', 'para ne zaman', 'paramı ne zaman', 'iademi alamadım', 'para iadesi yapılmadı', 'param yatmadı',
    'para yatmadı', 'iade yatmadı', 'hala iade', 'iademi bekliyorum', 'paramı bekliyorum', 'iade onaylandı', 'iade sözü', 'iade durumu',
    'hesabıma geçmedi', 'kartıma yansımadı',
  ],
  return_shipped: [
    'iade ettim', 'geri gönderdim', 'iadeyi gönderdim', 'iade kargoya verdim', 'iadem', 'iade paketim', 'iadem ulaştı mı', 'iadeyi aldınız mı',
    'iade ulaştı', 'kargoya verdim', 'iade kargo takip',
  ],
  stopped_working: [
    'çalışmayı bıraktı', 'çalışmaz oldu', 'artık çalışmıyor', 'bir anda', 'aniden', 'birden', 'ilk başta', 'önce çalışıyordu', 'çalışıyordu',
    'güzel çalışıyordu', 'bir hafta sonra', 'iki hafta sonra', '0 hafta sonra', 'bir ay sonra', '0 ay sonra', 'birkaç gün sonra',
    'birkaç hafta sonra', 'kısa süre sonra', 'normal kullanım', 'soyuldu', 'söküldü', 'soldu', 'yıprandı',
  ],
  repair: ['tamir', 'tamir etmek', 'onarım', 'onarmak', 'servis', 'teknik servis', 'yetkili servis', 'yenisiyle', 'yedek parça', 'garantiden'],
  bad_service: [
    'rezalet', 'berbat', 'kötü hizmet', 'saygısızlık', 'kabul edilemez', 'skandal', 'hayal kırıklığı', 'memnun değilim', 'memnuniyetsiz',
    'sinirliyim', 'sinir oldum', 'bıktım', 'yeter artık', 'kaba', 'profesyonel değil', 'beceriksiz', 'bir daha asla', 'en kötü', 'maskara',
    'dalga mı geçiyorsunuz', 'otomatik cevap', 'yalan',
  ],
  manager_escalate: ['yetkili', 'yönetici', 'müdür', 'sorumlu', 'amir', 'şikayet', 'şikâyet', 'şikayetçiyim', 'resmi şikayet', 'üst birim'],
  slow_reply: [
    'cevap yok', 'yanıt yok', 'dönüş yok', 'cevap vermiyorsunuz', 'kimse cevap vermiyor', 'kimse dönmüyor', 'dönüş yapmıyorsunuz', 'cevap bekliyorum',
    'dönüş bekliyorum', 'hala cevap yok', 'görmezden', 'defalarca', 'birkaç kez', 'kaç kere', 'üçüncü kez', 'tekrar yazıyorum', 'yine yazıyorum',
    'kimse yok mu', 'orada kimse var mı',
  ],
  threat: [
    'dolandırıcı*', 'dolandırıldım', 'sahtekar', 'hırsız', 'hırsızlık', 'avukat', 'dava', 'mahkeme', 'hukuki', 'savcılık', 'polis',
    'tüketici hakem heyeti', 'hakem heyeti', 'tüketici hakları', 'şikayetvar', 'cimer', 'itiraz', 'chargeback', 'olumsuz yorum', 'kötü yorum',
    'tek yıldız', 'sosyal medya',
  ],
  thanks_praise: [
    'teşekkür*', 'tesekkur*', 'sağ olun', 'sağolun', 'eyvallah', 'harika', 'mükemmel', 'süper', 'çok güzel', 'çok beğendim', 'bayıldım', 'memnun',
    'memnunum', 'çok memnunum', 'tavsiye ederim', 'öneririm', 'yine alırım', 'tekrar alırım', 'hızlı kargo için', 'özenli paketleme',     'güler yüzlü', 'eline sağlık', 'elinize sağlık',
  ],
  review: ['yorum*', 'değerlendirme', 'puanlama', 'yıldız', '0 yıldız', 'beş yıldız', 'geri bildirim', 'inceleme'],
  suggestion: [
    'öneri*', 'fikir', 'olsa iyi olur', 'olursa iyi olur', 'olsa güzel olur', 'keşke', 'ekleseniz', 'eklemeniz', 'ileride', 'bir dahaki',
    'daha fazla renk', 'daha fazla beden',
  ],
  account: ['hesabım', 'hesabımı', 'hesabıma', 'üyelik', 'üye olmak', 'kayıt olmak', 'hesap oluşturmak', 'profil*', 'kullanıcı adı'],
  login_problem: [
    'giriş yapamıyorum', 'giriş yapmak', 'oturum açamıyorum', 'oturum aç*', 'hesabıma giremiyorum', 'giremiyorum', 'kilitlendi', 'kilitli',
    'askıya alındı', 'engellendi', 'bloke', 'hacklendi', 'hacklenmiş', 'çalındı hesabım', 'şüpheli giriş', 'şüpheli işlem', 'ben değildim',   ],
  password_reset: [
    'şifre*', 'sifre*', 'parola*', 'şifremi unuttum', 'şifre sıfırlama', 'şifremi sıfırla*', 'yeni şifre', 'şifre değiştir*', 'yanlış şifre',
    'şifre hatalı', 'sıfırlama linki',
  ],
  verification_code: [
    'doğrulama kodu', 'onay kodu', 'güvenlik kodu', 'sms kodu', 'sms', 'tek kullanımlık', 'doğrulama', 'doğrula*', 'iki adımlı', 'iki faktörlü',
    'aktivasyon', 'aktivasyon kodu', 'kod gelmiyor', 'kod gelmedi', 'sms gelmiyor', 'captcha',
  ],
  delete_account: [
    'hesabımı sil*', 'hesabı sil*', 'hesap silme', 'üyeliğimi sil*', 'üyelik iptali', 'üyeliğimi iptal', 'kişisel veri*', 'verilerimi sil*',
    'kvkk', 'gdpr', 'gizlilik', 'hangi veriler',
  ],
  unsubscribe: [
    'abonelikten çık*', 'bülten', 'e-bülten', 'reklam mail*', 'reklam sms', 'reklam mesaj*', 'kampanya mesaj*', 'göndermeyin', 'göndermeyi bırakın',
    'istemiyorum mail', 'çok fazla mail', 'ileti izni', 'iys', 'spam',
  ],
  edit_account: [
    'e-posta değiştir*', 'mail adresimi değiştir*', 'e-posta adresimi', 'yeni e-posta', 'yeni mail', 'ismimi değiştir*', 'adımı değiştir*',
    'telefon numaramı değiştir*', 'numaramı değiştir*', 'bilgilerimi güncelle*', 'bilgilerimi değiştir*', 'profil düzenle*', 'hesapları birleştir*',
    'iki hesap',
  ],
  human_agent: [
    'müşteri temsilcisi', 'temsilci', 'canlı destek', 'gerçek bir kişi', 'gerçek kişi', 'biriyle görüşmek', 'yetkili biri', 'bot',
    'robot', 'otomatik mesaj', 'otomatik yanıt',
  ],
  phone_call: ['telefon', 'telefon numarası', 'aramak', 'arayın', 'beni arayın', 'geri arama', 'geri dönüş yapın', 'çağrı merkezi', 'whatsapp', 'numaranız'],
  business_offer: [
    'seo', 'google sıralama', 'ilk sayfa', 'ajans', 'ajansımız', 'pazarlama', 'reklam hizmeti', 'işbirliği', 'iş birliği', 'ortaklık',     'üretici', 'fabrika', 'tedarikçi', 'satışlarınızı artır*', 'web tasarım', 'influencer', 'sponsorluk', 'affiliate',
  ],
  job_application: [
    'iş başvurusu', 'başvuru', 'başvurmak', 'iş ilanı', 'açık pozisyon', 'eleman arıyor', 'iş arıyorum', 'çalışmak istiyorum', 'cv', 'özgeçmiş',
    'staj', 'stajyer', 'yarı zamanlı', 'tam zamanlı', 'part time',
  ],
};

import type { Lexicon } from './types.js';

/** Turkish (ı, ş, ğ, ç, ö, ü fold to i, s, g, c, o, u). */
export const tr: Lexicon = {
  risk: {
    chargeback: [
      'chargeback', 'ters ibraz*', 'harcama itiraz*', 'bankaya itiraz*', 'bankama itiraz*', 'bankadan itiraz*',
      'bankama başvur*', 'bankaya başvur*', 'bankamı arayacağım', 'bankayı arayacağım', 'bankamı arıyorum',
      'ödemeye itiraz*', 'işleme itiraz*', 'kart itirazı', 'kredi kartı itirazı', 'bankadan iade isteyeceğim',
      'banka üzerinden iade',
    ],
    payment_dispute: [
      "paypal itiraz*", "paypal'dan itiraz*", "paypal'da itiraz*", 'paypal üzerinden itiraz*', "paypal'a şikayet*",
      "paypal'a bildir*", 'paypal anlaşmazlı*', 'anlaşmazlık aç*', 'anlaşmazlık başlat*', 'anlaşmazlık bildir*',
      'itiraz açtım', 'itiraz açacağım', 'itiraz açıyorum', 'uyuşmazlık', "paypal'da talep",
    ],
    atoz_claim: [
      "a'dan z'ye garanti*", 'a dan z ye garanti*', 'a-z garanti*', "a'dan z'ye", "amazon'a şikayet*", 'amazon garanti*',
      "amazon'a bildir*", "amazon'da talep", "amazon'a talep",
    ],
    legal_threat: [
      'avukat*', 'dava', 'dava aç*', 'davalık', 'dava edeceğim', 'mahkeme*', 'tüketici hakem heyeti*', 'hakem heyeti*',
      'tüketici hakları', 'tüketici mahkemesi', 'savcılık*', 'suç duyurusu*', 'polis*', 'karakol*', 'yasal işlem*',
      'yasal yollar*', 'hukuki*', 'icra', 'cimer*', 'ticaret bakanlığı*', 'tüketici derneği',
    ],
    scam_accusation: [
      'dolandırıcı*', 'dolandırıldım', 'dolandırıldık', 'dolandırdınız', 'dolandırıyorsunuz', 'dolandırılıyor*',
      'sahtekar*', 'hırsız*', 'vurgun*', 'kazık*', 'sahte site', 'sahte mağaza', 'sahte dükkan', 'düzenbaz*', 'üçkağıtçı*',
      'kandırıldım', 'kandırdınız', 'kandırıyorsunuz', 'soygun*', 'soyguncu*', 'dolandırıcılık',
    ],
    bad_review_threat: [
      'kötü yorum*', 'olumsuz yorum*', 'kötü değerlendirme*', 'olumsuz değerlendirme*', 'düşük puan*', 'tek yıldız',
      '1 yıldız', 'bir yıldız', 'sıfır yıldız', 'şikayetvar*', 'sosyal medya*', 'herkese anlatacağım', 'herkesi uyaracağım',
      'rezil edeceğim', 'ifşa*', 'kötü reklam*',
    ],
    repeated_contact: [
      'üçüncü kez', 'ikinci kez yazıyorum', 'ikinci kez soruyorum', 'dördüncü kez', 'üçüncü defa', 'ikinci defa yazıyorum',
      'kaçıncı kez', 'kaçıncı defa', 'defalarca', 'birkaç kez yazdım', 'birçok kez yazdım', 'kaç kez yazacağım', 'kaç kez soracağım',
      'kaç kez söyleyeceğim', 'kaç defa yazacağım', 'kaç defa soracağım',
      'tekrar yazıyorum', 'yine yazıyorum', 'tekrar soruyorum', 'yine soruyorum', 'zaten yazdım', 'daha önce yazdım',
      'önceden yazdım', 'zaten sordum', 'daha önce sordum', 'hala cevap yok', 'hâlâ cevap yok', 'hala yanıt yok',
      'hâlâ yanıt yok', 'cevap yok', 'yanıt yok', 'dönüş yok', 'hala dönüş', 'kimse cevap vermiyor', 'kimse dönmüyor',
      'kimse ilgilenmiyor', 'mesajlarıma cevap', 'mesajlarıma yanıt', 'cevap vermiyorsunuz', 'dönüş yapmıyorsunuz',
    ],
  },
  neutral: ['iyi günler', 'iyi akşamlar', 'iyi çalışmalar', 'iyi hafta sonları', 'iyi bayramlar', 'polisaj*'],
  positive: [
    'çok teşekkürler', 'çok teşekkür ederim', 'harika', 'mükemmel', 'süper', 'güzel', 'çok güzel', 'iyi', 'memnun',
    'memnunum', 'çok memnunum', 'bayıldım', 'beğendim', 'sevdim', 'hızlı kargo', 'tavsiye ederim', 'başarılı', 'kaliteli',
    'muhteşem', 'efsane', 'teşekkürler çok',
  ],
  negative: [
    'kötü', 'berbat', 'rezalet', 'rezil', 'iğrenç', 'hayal kırıklığı', 'sinirliyim', 'sinir oldum', 'kızgınım',
    'kabul edilemez', 'saçma', 'saçmalık', 'skandal', 'bozuk', 'kırık', 'hasarlı', 'defolu', 'gecikme', 'sorun', 'problem',
    'en kötü', 'bir daha asla', 'çöp', 'rezillik', 'utanç', 'ayıp', 'yazıklar olsun', 'mağdur', 'bıktım', 'perişan',
  ],
  negators: ['hiç', 'asla', 'hiçbir'],
  postNegators: ['değil*', 'yok', 'olmadı', 'olmuyor'],
  intensifiers: ['çok', 'gerçekten', 'aşırı', 'son derece', 'tamamen', 'oldukça', 'fazla', 'en', 'gayet', 'cidden'],
  polite: ['teşekkürler', 'teşekkür ederim', 'sağ olun', 'sağolun', 'tşk', 'tesekkurler', 'tşkler'],
};

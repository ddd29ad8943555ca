import type { Lexicon } from './types.js';

/** Indonesian (formal and chat forms: gak, udah, bgt). */
export const id: Lexicon = {
  risk: {
    chargeback: [
      'chargeback', 'lapor ke bank', 'lapor bank', 'melapor ke bank', 'komplain ke bank',
      'komplain bank', 'sanggah transaksi', 'sanggahan transaksi', 'menyanggah transaksi', 'pembatalan transaksi kartu',
      'sanggah ke bank', 'hubungi bank saya', 'telepon bank', 'penolakan pembayaran',
    ],
    payment_dispute: [
      'sengketa', 'sengketa paypal', 'buka sengketa', 'ajukan sengketa', 'klaim paypal', 'klaim di paypal', 'komplain ke paypal',
      'komplain paypal', 'lapor paypal', 'lapor ke paypal', 'dispute paypal',
    ],
    atoz_claim: [
      'jaminan a sampai z', 'garansi a sampai z', 'jaminan a-z', 'garansi a-z', 'klaim a-z', 'klaim a-to-z', 'klaim amazon',
      'klaim ke amazon', 'lapor ke amazon', 'komplain ke amazon',
    ],
    legal_threat: [
      'pengacara', 'kuasa hukum', 'advokat', 'menuntut', 'tuntut', 'gugat', 'gugatan', 'menggugat', 'pengadilan',
      'jalur hukum', 'ranah hukum', 'proses hukum', 'tindakan hukum', 'lapor polisi', 'polisi', 'laporan polisi', 'ylki',
      'bpsk', 'perlindungan konsumen', 'kemendag', 'somasi', 'pidana', 'diperkarakan', 'perkarakan', 'uu perlindungan konsumen',
    ],
    scam_accusation: [
      'penipu', 'penipuan', 'menipu', 'ditipu', 'tipu', 'kena tipu', 'tertipu', 'nipu', 'maling', 'pencuri', 'pencurian',
      'toko palsu', 'situs palsu', 'web palsu', 'toko bodong', 'bodong', 'curang', 'kecurangan', 'ngibul', 'rampok',
      'perampok', 'tipu-tipu',
    ],
    bad_review_threat: [
      'ulasan buruk', 'ulasan negatif', 'review jelek', 'review buruk', 'review negatif', 'bintang 1', 'bintang satu',
      'kasih bintang 1', 'rating jelek', 'rating buruk', 'nilai buruk', 'ulasan jelek', 'viralkan', 'saya viralkan',
      'posting di media sosial', 'sebarkan di media sosial', 'viralkan di media sosial', 'posting di sosmed', 'sebar di sosmed', 'spill', 'sebarkan', 'ingatkan orang lain', 'peringatkan orang lain',
    ],
    repeated_contact: [
      'ketiga kali', 'kali ketiga', 'untuk ketiga kalinya', 'tanya untuk kedua kalinya', 'chat untuk kedua kalinya', 'ketiga kalinya', 'berkali-kali', 'berkali kali',
      'sudah beberapa kali', 'udah beberapa kali', 'sudah chat', 'udah chat', 'sudah tanya', 'udah tanya', 'sudah kirim email',
      'udah kirim', 'sudah menghubungi', 'sudah hubungi', 'sudah saya tanyakan', 'belum ada jawaban', 'belum dibalas',
      'belum ada balasan', 'tidak ada balasan', 'gak ada balasan', 'ga ada balasan', 'nggak dibalas', 'tidak dibalas',
      'gak dibales', 'ga dibales', 'ga dibalas', 'gak dibalas', 'slow respon', 'tidak ada respon', 'gak ada respon',
      'ga ada respon', 'nggak ada respon', 'tidak direspon', 'ga direspon', 'gak direspon', 'lagi-lagi', 'lagi dan lagi',
      'mohon dibalas', 'tolong dibalas', 'kok gak dibalas', 'kok ga dibalas',
    ],
  },
  neutral: ['anti spill', 'anti-spill', 'spill proof', 'spill-proof'],
  positive: [
    'terima kasih banyak', 'makasih banyak', 'bagus', 'mantap', 'mantul', 'keren', 'puas', 'senang', 'suka', 'pengiriman cepat',
    'rekomendasi', 'recommended', 'oke banget', 'sempurna', 'memuaskan', 'ramah', 'luar biasa', 'cantik', 'rapi', 'amanah',
    'terbaik', 'top', 'sukses terus', 'the best',
  ],
  negative: [
    'jelek', 'buruk', 'parah', 'kecewa', 'marah', 'kesal', 'kesel', 'rusak', 'pecah', 'cacat', 'lambat', 'lama banget',
    'telat', 'terlambat', 'masalah', 'bermasalah', 'sampah', 'payah', 'mengecewakan', 'nyesel', 'menyesal', 'zonk', 'ampas',
    'keterlaluan', 'gak becus', 'ga becus', 'nggak becus', 'tidak profesional', 'lelet', 'bete', 'emosi',
  ],
  negators: ['tidak', 'tak', 'gak', 'ga', 'nggak', 'ngga', 'enggak', 'bukan', 'belum', 'jangan', 'tanpa', 'kagak', 'gk', 'tdk'],
  intensifiers: ['sangat', 'amat', 'benar-benar', 'bener-bener', 'terlalu', 'super', 'paling', 'sungguh', 'sgt'],
  postIntensifiers: ['sekali', 'banget', 'bgt', 'amat'],
  polite: ['terima kasih', 'makasih', 'trims', 'terimakasih', 'mksh', 'makasi', 'thanks kak', 'makasih kak'],
};

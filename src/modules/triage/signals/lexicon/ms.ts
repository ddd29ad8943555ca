import type { Lexicon } from './types.js';

/** Malay (Malaysia, Brunei, Singapore; chat forms tak, dah, x). */
export const ms: Lexicon = {
  risk: {
    chargeback: [
      'chargeback', 'caj balik', 'pembalikan caj', 'tuntut balik dari bank', 'buat tuntutan dengan bank', 'lapor kepada bank',
      'lapor pada bank', 'hubungi bank saya', 'telefon bank', 'pertikaian dengan bank', 'pertikai transaksi', 'adu kepada bank',
      'report bank',
    ],
    payment_dispute: [
      'pertikaian', 'pertikaian paypal', 'buka pertikaian', 'tuntutan paypal', 'tuntutan di paypal', 'aduan paypal',
      'aduan kepada paypal', 'report paypal', 'report kat paypal',
    ],
    atoz_claim: [
      'jaminan a hingga z', 'jaminan a-z', 'tuntutan a-z', 'tuntutan a-to-z', 'tuntutan amazon', 'aduan kepada amazon',
      'jaminan amazon', 'report kat amazon',
    ],
    legal_threat: [
      'peguam', 'saman', 'menyaman', 'mahkamah', 'tribunal tuntutan pengguna', 'ttpm', 'kpdnhep', 'kpdn', 'kpdnkk',
      'tindakan undang-undang', 'undang-undang', 'polis', 'laporan polis', 'buat report polis', 'report polis', 'hak pengguna',
      'persatuan pengguna', 'fomca', 'tindakan mahkamah',
    ],
    scam_accusation: [
      'penipu', 'penipuan', 'tipu', 'kena tipu', 'menipu', 'pencuri', 'kedai palsu', 'laman palsu', 'kaki kelentong',
      'penyangak', 'mencuri', 'perompak', 'rompak', 'kaki tipu', 'ditipu', 'scammer', 'tertipu',
    ],
    bad_review_threat: [
      'ulasan buruk', 'ulasan negatif', 'review buruk', 'bintang satu', '1 bintang', 'satu bintang', 'rating rendah',
      'viralkan', 'tularkan', 'tularkan di media sosial', 'sebarkan', 'beri amaran kepada orang lain', 'komen buruk', 'feedback buruk',
      'review teruk', 'viral kan',
    ],
    repeated_contact: [
      'kali ketiga', 'kali kedua saya tanya', 'kali kedua saya mesej', 'kali kedua saya email', 'kali keempat', 'sudah banyak kali', 'dah banyak kali', 'dah beberapa kali',
      'sudah beberapa kali', 'berkali-kali', 'sudah mesej', 'dah mesej', 'dah tanya', 'sudah tanya', 'dah email',
      'sudah email', 'dah hantar', 'masih tiada jawapan', 'tiada jawapan', 'tiada balasan', 'tak balas', 'tak dibalas',
      'tiada respon', 'tak ada respon', 'takde respon', 'lagi sekali', 'berulang kali', 'x balas', 'tak reply',
    ],
  },
  neutral: ['polis insurans', 'polis takaful'],
  positive: [
    'terima kasih banyak', 'bagus', 'sangat bagus', 'cantik', 'puas hati', 'berpuas hati', 'gembira', 'suka', 'laju',
    'pantas', 'terbaik', 'best', 'mantap', 'sempurna', 'syok', 'recommended', 'memuaskan', 'baik', 'padu', 'power',
  ],
  negative: [
    'teruk', 'buruk', 'kecewa', 'sangat kecewa', 'marah', 'geram', 'rosak', 'pecah', 'lambat', 'lewat', 'masalah',
    'sampah', 'hampeh', 'menyesal', 'bengang', 'sakit hati', 'tak guna', 'mengecewakan', 'cacat', 'hancur',
  ],
  negators: ['tidak', 'tak', 'bukan', 'belum', 'jangan', 'tiada', 'takde', 'x', 'tk'],
  intensifiers: ['sangat', 'amat', 'betul-betul', 'sungguh', 'terlalu', 'paling', 'sgt', 'sangatlah'],
  postIntensifiers: ['gila', 'sekali', 'giler', 'sangat'],
  polite: ['terima kasih', 'tq', 'tqvm', 'tenkiu', 'trima kasih', 'terima kasih ya'],
};

import type { CueLexicon } from '../concepts.js';

/**
 * Malay (Malaysia, Brunei, Singapore). Close to Indonesian but with its own shop words (barang
 * sampai, pos laju, bayaran, pemulangan, tak/x for tidak, "bos"/"sis" to address the seller).
 */
export const ms: CueLexicon = {
  how_to_use: [
    'cara guna', 'cara nak guna', 'cara menggunakan', 'cara penggunaan', 'macam mana nak guna', 'camne nak guna', 'macam mana guna', 'panduan',
    'buku panduan', 'manual', 'arahan', 'arahan penggunaan', 'tutorial', 'cara pasang', 'pemasangan', 'cara setting', 'tetapan', 'cara sambung',
    'sambungkan', 'pairing', 'cara cas', 'cas berapa lama', 'masa mengecas', 'boleh basuh', 'cara basuh', 'mesin basuh', 'cara cuci', 'cara bersihkan',
    'cara pasang siap', 'cara buka', 'dalam kotak ada apa', 'isi kotak', 'perhatian',
  ],
  size_fit: [
    'saiz', 'saiz apa', 'saiz berapa', 'carta saiz', 'jadual saiz', 'pilih saiz', 'besar sikit', 'kecil sikit', 'ukuran', 'lilitan dada',
    'lilitan pinggang', 'panjang', 'lebar', 'berat badan', 'saiz kasut', 'dimensi',
  ],
  material_spec: [
    'bahan', 'bahan apa', 'diperbuat daripada', 'fabrik', 'kain', 'kapas', 'kulit asli', 'kulit sintetik', 'keluli tahan karat', 'stainless',
    'plastik', 'kalis air', 'tahan air', 'kapasiti', 'kapasiti bateri', 'hayat bateri', 'watt', 'berat', 'spesifikasi', 'spec',
    'sijil', 'sirim', 'warna', 'warna apa', 'warna lain', 'kandungan',
  ],
  compatible: [
    'serasi', 'sesuai untuk', 'sesuai dengan', 'boleh guna untuk', 'boleh pakai untuk', 'boleh guna dengan', 'muat untuk', 'untuk telefon saya',
    'untuk iphone', 'untuk samsung', 'fon saya',
  ],
  in_stock: [
    'ada stok', 'stok habis', 'habis stok', 'ready stock', 'masih ada', 'ada lagi', 'dah habis', 'restock', 'bila ada stok',
    'bila restock', 'pre order', 'preorder', 'tempah awal',
  ],
  price_question: ['harga', 'berapa harga', 'harga berapa', 'berapa ringgit', 'berapa rm', 'lagi murah', 'boleh kurang', 'senarai harga', 'sebut harga'],
  before_buying: [
    'sebelum beli', 'sebelum order', 'sebelum tempah', 'kalau saya beli', 'kalau beli', 'kalau order', 'kalau saya order', 'nak beli', 'ingin membeli',
    'bercadang nak beli', 'berminat', 'minat nak beli', 'teringin nak beli',
  ],
  ship_to_country: [
    'hantar ke', 'pos ke', 'boleh hantar ke', 'penghantaran ke', 'shipping ke', 'luar negara', 'antarabangsa', 'ke sabah', 'ke sarawak', 'ke singapura',
    'ke brunei', 'ke malaysia', 'negara mana', 'semenanjung', 'sabah sarawak',
  ],
  shipping_cost: [
    'kos penghantaran', 'caj penghantaran', 'kos pos', 'caj pos', 'postage', 'shipping fee', 'penghantaran percuma', 'pos percuma', 'free shipping',
    'free postage', 'berapa kos pos', 'berapa postage', 'minimum belian',
  ],
  delivery_time: [
    'berapa lama', 'berapa hari', 'bila sampai', 'bila boleh sampai', 'bila dapat', 'anggaran', 'anggaran penghantaran', 'tempoh penghantaran',
    'sempat sampai', 'sempat tak', 'sebelum raya', 'penghantaran ekspres', 'ekspres', 'express', 'cepat sikit', 'hari yang sama', 'hari esok',
  ],
  discount: [
    'diskaun', 'baucar', 'voucher', 'kupon', 'kod promo', 'kod diskaun', 'promosi', 'promo', 'potongan', 'potongan harga', 'jualan murah', 'sale',
    'flash sale', 'kod tak boleh guna', 'kod tak berfungsi', 'baucar tak boleh', 'kod tamat tempoh', 'mata ganjaran', 'cashback', 'hadiah percuma',
    'free gift',
  ],
  bulk_wholesale: [
    'borong', 'harga borong', 'beli banyak', 'kuantiti besar', 'pukal', 'belian pukal', 'minimum order', 'moq', 'ejen', 'stokis', 'reseller',
    'dropship', 'pengedar', 'jual semula', 'untuk kedai', 'untuk syarikat', '000 pcs', '00 pcs', '000 unit',
  ],
  return_policy: [
    'polisi pemulangan', 'polisi pulangan', 'polisi tukar', 'syarat pemulangan', 'boleh pulang', 'boleh pulangkan', 'boleh return', 'boleh tukar',
    'kalau tak muat', 'kalau x muat', 'kalau tak sesuai', 'kalau tak suka', 'berapa hari boleh pulang', 'tempoh pemulangan', 'pemulangan percuma',
    'siapa tanggung kos', 'kos pemulangan',
  ],
  warranty: ['waranti', 'jaminan', 'tempoh waranti', 'waranti berapa lama', 'ada waranti', 'bawah waranti', 'tahun waranti', 'bulan waranti', 'kad waranti'],
  place_order: [
    'cara order', 'cara beli', 'cara tempah', 'nak order', 'nak tempah', 'buat pesanan', 'membuat pesanan', 'tempahan', 'order melalui', 'order guna',
    'tempahan khas', 'custom', 'cetak nama', 'ukir nama', 'tolong simpan', 'simpan untuk saya', 'tanpa akaun',
  ],
  checkout_problem: [
    'troli', 'cart', 'checkout', 'tak boleh checkout', 'x boleh checkout', 'tidak boleh checkout', 'tak boleh order', 'tak dapat order',
    'tidak dapat membuat pesanan', 'gagal checkout', 'ralat', 'error', 'loading je', 'tersangkut', 'hang', 'butang',
  ],
  order_confirmation: [
    'pengesahan pesanan', 'pengesahan tempahan', 'emel pengesahan', 'email pengesahan', 'tiada pengesahan', 'order dah masuk', 'pesanan dah masuk',
    'pesanan diterima', 'dah terima order', 'status pesanan', 'status order', 'nombor pesanan', 'no pesanan', 'nombor order',
  ],
  when_ship: [
    'bila pos', 'bila nak pos', 'bila hantar', 'bila nak hantar', 'bila dihantar', 'bila akan dihantar', 'dah pos', 'dah pos ke', 'dah hantar ke',
    'sudah dihantar', 'belum pos', 'belum hantar', 'belum dihantar', 'tak pos lagi', 'x pos lagi', 'masih diproses', 'sedang diproses',
    'sedang dibungkus', 'menunggu penghantaran',   ],
  change_order: [
    'tukar pesanan', 'ubah pesanan', 'tukar saiz', 'ubah saiz', 'tukar warna', 'ubah warna', 'ubah kuantiti', 'tambah order', 'kurangkan',
    'tukar kepada', 'nak tukar',   ],
  change_address: [
    'tukar alamat', 'ubah alamat', 'alamat salah', 'salah alamat', 'tersalah alamat', 'alamat baru', 'alamat lain', 'alamat penghantaran', 'pindah rumah',
    'poskod', 'nombor rumah',
  ],
  cancel: ['batal', 'batalkan', 'pembatalan', 'cancel', 'cancel order', 'nak cancel', 'tak jadi', 'x jadi', 'tidak jadi', 'dah tak nak', 'tukar fikiran'],
  payment_method: [
    'kaedah pembayaran', 'cara bayar', 'cara pembayaran', 'boleh bayar', 'bayar guna', 'bayar dengan', 'fpx', 'online banking', 'pindahan bank',
    'kad kredit', 'kad debit', 'ansuran', 'bayar ansuran', 'bayar tunai', 'touch n go', 'tng', 'grabpay', 'atome',
    'mata wang', 'ringgit',
  ],
  payment_problem: [
    'pembayaran gagal', 'bayaran gagal', 'gagal bayar', 'ditolak', 'kad ditolak', 'transaksi gagal', 'pembayaran tertangguh', 'menunggu pembayaran',
    'ditolak dua kali', 'potong dua kali', 'kena potong dua kali', 'tertolak dua kali', 'bayar dua kali', 'caj dua kali', 'double charge',
    'kena potong', 'duit kena tolak', 'ditolak dari akaun', 'jumlah salah', 'amaun salah', 'terlebih bayar', 'terlebih caj', 'kadar tukaran',
    'caj tambahan', 'tak boleh bayar',
  ],
  invoice: ['invois', 'invoice', 'resit', 'resit rasmi', 'bukti pembayaran', 'bukti pembelian', 'sst', 'nombor cukai', 'nama syarikat', 'atas nama syarikat', 'untuk syarikat'],
  where_parcel: [
    'parcel saya mana', 'barang saya mana', 'pesanan saya mana', 'mana parcel', 'mana barang', 'mana order', 'parcel mana', 'dah sampai mana',
    'sampai mana', 'kat mana', 'dekat mana', 'di mana parcel', 'parcel saya', 'barang saya', 'order saya',
  ],
  tracking: [
    'tracking', 'no tracking', 'nombor tracking', 'nombor penjejakan', 'penjejakan', 'jejak', 'consignment', 'no resit pos', 'apa maksud',
    'maksudnya apa', 'dalam perjalanan', 'in transit', 'pusat sortir', 'link tak boleh', 'pos laju', 'poslaju', 'j&t', 'ninja van',
    'citylink', 'gdex', 'shopee express',
  ],
  late: [
    'lambat', 'lewat', 'kelewatan', 'lambat sangat', 'lama sangat', 'lama gila', 'belum sampai', 'tak sampai lagi', 'x sampai lagi', 'masih belum sampai',
    'berminggu', 'seminggu', 'dua minggu', 'sebulan', 'lepas tarikh', 'tarikh jangkaan', 'sepatutnya dah sampai', 'patutnya dah sampai', 'tersangkut',
    'tak bergerak', 'x bergerak', 'tak update', 'x update', 'tiada kemaskini', 'status sama', 'masih menunggu', 'tunggu lagi',
  ],
  marked_delivered: ['status delivered', 'delivered', 'dah delivered', 'dihantar', 'telah dihantar', 'berjaya dihantar', 'sudah diterima', 'status diterima', 'ditandatangani', 'bukti penghantaran'],
  not_received: [
    'tak terima', 'x terima', 'tidak terima', 'belum terima', 'tak dapat barang', 'tak dapat parcel', 'x dapat', 'tidak menerima', 'tiada parcel',
    'tak jumpa', 'x jumpa', 'hilang', 'parcel hilang', 'dicuri', 'kena curi',   ],
  neighbour_locker: [
    'jiran', 'loker', 'locker', 'pos box', 'peti surat', 'pejabat pos', 'pusat pengambilan', 'drop point', 'pengawal', 'guard', 'pondok guard',
    'depan rumah', 'depan pintu', 'pagar', 'alamat lain', 'orang lain',
  ],
  customs: [
    'kastam', 'cukai import', 'duti', 'duti import', 'sst import', 'tertahan di kastam', 'kena tahan kastam', 'bayar cukai',
    'dokumen', 'mykad', 'pasport', 'dipulangkan kepada penghantar', 'pulang kepada penghantar', 'return to sender',
  ],
  broken_damaged: [
    'rosak', 'pecah', 'retak', 'patah', 'kemek', 'penyek', 'calar', 'tercalar', 'koyak', 'berlubang', 'bengkok', 'kotor', 'bernoda', 'bocor',
    'cacat', 'defect', 'barang rosak', 'kotak kemek', 'hancur',
  ],
  missing_part: [
    'kurang', 'tak cukup', 'x cukup', 'tidak lengkap', 'tak lengkap', 'x lengkap', 'tak ada', 'takde', 'xde', 'tanpa pengecas',
    'tanpa kabel', 'tanpa skru', 'tanpa manual', 'satu je', 'hanya satu', 'kotak kosong', 'aksesori', 'alat ganti',
  ],
  not_working: [
    'tak berfungsi', 'x berfungsi', 'tidak berfungsi', 'tak boleh guna', 'x boleh guna', 'tak menyala', 'tak hidup', 'x hidup', 'tak boleh cas',
    'x boleh cas', 'tak boleh connect', 'tak boleh sambung', 'tiada bunyi', 'tak ada bunyi', 'berkelip', 'panas sangat',
    'mati sendiri',   ],
  on_arrival: [
    'baru sampai', 'baru dapat', 'baru terima', 'sampai hari ini', 'dapat hari ini', 'barang sampai', 'parcel sampai', 'bila buka', 'masa buka',
    'lepas buka', 'buka kotak', 'unboxing', 'dari awal', 'kali pertama', 'guna pertama', 'masih baru',
  ],
  wrong_item: [
    'salah hantar', 'salah barang', 'barang salah', 'salah warna', 'warna salah', 'salah saiz', 'saiz salah', 'salah model', 'salah kuantiti',
    'bukan yang saya order', 'bukan yang saya pesan', 'tak sama dengan order', 'x sama dengan order', 'lain dari order', 'saya order',
    'saya pesan', 'tapi dapat', 'tapi yang sampai', 'dapat warna', 'tertukar',
  ],
  want_return: [
    'pulangkan', 'pemulangan', 'pulangan', 'return', 'nak return', 'hantar balik', 'pos balik', 'tak muat', 'x muat', 'kecil sangat', 'besar sangat',
    'ketat', 'pendek sangat', 'tak sama macam gambar', 'tak sama gambar', 'x sama gambar', 'tidak seperti gambar', 'tak sama deskripsi',
    'tak suka',
  ],
  exchange: ['tukar', 'tukar barang', 'tukar saiz lain', 'penukaran', 'ganti baru', 'saiz lebih besar', 'saiz lebih kecil', 'naik saiz', 'turun saiz'],
  refund: ['refund', 'bayaran balik', 'pulangan wang', 'duit balik', 'pulangkan duit', 'wang dikembalikan', 'duit saya', 'pampasan', 'ganti rugi'],
  refund_status: [
    'refund bila', 'bila refund', 'bila duit masuk', 'bila dapat duit', 'refund belum masuk', 'refund tak masuk', 'duit belum masuk', 'duit tak masuk',
    'belum dapat refund', 'belum terima refund', 'tunggu refund', 'menunggu refund', 'refund diluluskan', 'janji refund', 'status refund',
    'mana refund',
  ],
  return_shipped: [
    'dah pulangkan', 'sudah pulangkan', 'dah hantar balik', 'sudah hantar balik', 'dah pos balik', 'barang pulangan', 'parcel pulangan',
    'pulangan dah sampai', 'dah terima pulangan', 'tracking pulangan',
  ],
  stopped_working: [
    'tiba-tiba', 'tiba tiba', 'mula-mula', 'mula mula', 'awal-awal', 'awalnya', 'sebelum ni ok', 'tadi ok', 'baru guna', 'baru seminggu',
    'baru sebulan', 'lepas seminggu', 'lepas sebulan', 'lepas 0 minggu', 'lepas 0 bulan', 'selepas beberapa hari', 'beberapa minggu',
    'penggunaan biasa', 'sekarang tak', 'dah tak boleh', 'tertanggal', 'luntur', 'tercabut',
  ],
  repair: ['baiki', 'membaiki', 'pembaikan', 'servis', 'service', 'repair', 'ganti baru', 'tuntut waranti', 'claim waranti', 'pusat servis', 'alat ganti'],
  bad_service: [
    'kecewa', 'sangat kecewa', 'mengecewakan', 'teruk', 'teruk betul', 'servis teruk', 'tak puas hati', 'x puas hati', 'geram', 'marah', 'bengang',
    'menyampah', 'penat', 'biadap', 'kurang ajar', 'tak profesional', 'tak bertanggungjawab', 'tak nak beli lagi', 'paling teruk', 'melampau',
    'auto reply', 'jawapan automatik',
  ],
  manager_escalate: ['pengurus', 'manager', 'ketua', 'penyelia', 'pihak atasan', 'owner', 'aduan', 'komplen', 'rungutan', 'aduan rasmi'],
  slow_reply: [
    'tak balas', 'x balas', 'tidak dibalas', 'tak reply', 'x reply', 'tak respon', 'lambat balas', 'lambat reply', 'slow reply', 'tunggu balasan',
    'menunggu jawapan', 'belum dibalas', 'buat tak tahu', 'diabaikan', 'berkali-kali', 'banyak kali', 'dah berapa kali', 'hello??', 'ada orang tak',
  ],
  threat: [
    'penipu', 'penipuan', 'tipu', 'kena tipu', 'scam', 'scammer', 'pencuri', 'peguam', 'mahkamah', 'saman', 'lapor polis', 'polis', 'tribunal',
    'tribunal tuntutan pengguna', 'kpdn', 'kpdnhep', 'pertikaian', 'bintang satu', 'review buruk', 'viral', 'viralkan', 'media sosial',
  ],
  thanks_praise: [
    'terima kasih', 'terima kaseh', 'tq', 'thank you', 'thanks', 'mantap', 'terbaik', 'padu', 'cantik', 'lawa', 'bagus', 'puas hati',
    'sangat puas hati', 'suka sangat', 'berbaloi', 'recommended', 'syorkan', 'repeat order', 'akan beli lagi', 'penghantaran pantas', 'bungkusan kemas',
    'peramah', 'fast reply',
  ],
  review: ['ulasan', 'review', 'rating', 'bintang', '0 bintang', 'lima bintang', 'penilaian', 'maklum balas', 'feedback', 'komen'],
  suggestion: ['cadangan', 'mencadangkan', 'idea', 'saranan', 'lebih baik kalau', 'elok kalau', 'harap dapat', 'akan datang', 'masa depan', 'lain kali', 'tambah warna', 'tambah saiz'],
  account: ['akaun', 'akaun saya', 'profil', 'pendaftaran', 'buat akaun', 'nama pengguna', 'ahli'],
  login_problem: [
    'log masuk', 'login', 'tak boleh login', 'x boleh login', 'tidak boleh log masuk', 'tak boleh masuk', 'akaun dikunci', 'dikunci', 'disekat',
    'digantung', 'dinyahaktifkan', 'kena hack', 'digodam', 'akaun digodam', 'log masuk mencurigakan', 'aktiviti mencurigakan', 'bukan saya',
  ],
  password_reset: ['kata laluan', 'password', 'lupa kata laluan', 'lupa password', 'set semula kata laluan', 'reset password', 'tukar kata laluan', 'kata laluan baru', 'kata laluan salah'],
  verification_code: [
    'kod pengesahan', 'kod verifikasi', 'kod otp', 'otp', 'tac', 'kod tac', 'kod sms', 'sms', 'pengesahan', 'sahkan', 'pengaktifan', 'aktifkan akaun',
    'otp tak masuk', 'otp x masuk', 'tak dapat kod', 'kod tak sampai',
  ],
  delete_account: ['padam akaun', 'hapus akaun', 'tutup akaun', 'batalkan akaun', 'data peribadi', 'maklumat peribadi', 'padam data', 'privasi', 'pdpa'],
  unsubscribe: [
    'berhenti langgan', 'nyahlanggan', 'unsubscribe', 'newsletter', 'surat berita', 'emel promosi', 'iklan', 'jangan hantar', 'stop hantar',
    'berhenti hantar', 'terlalu banyak emel', 'spam', 'mengganggu',
  ],
  edit_account: [
    'tukar emel', 'tukar email', 'ubah emel', 'emel baru', 'email baru', 'tukar nama', 'ubah nama', 'tukar nombor', 'tukar no telefon',
    'kemaskini maklumat', 'kemas kini maklumat', 'edit profil', 'gabung akaun', 'dua akaun',
  ],
  human_agent: ['admin', 'khidmat pelanggan', 'customer service', 'orang sebenar', 'manusia', 'bercakap dengan', 'sembang dengan', 'bukan bot', 'chatbot', 'bot', 'jawapan automatik', 'ejen'],
  phone_call: ['telefon', 'nombor telefon', 'no telefon', 'no tel', 'hubungi saya', 'telefon balik', 'call balik', 'whatsapp', 'wasap', 'talian'],
  business_offer: [
    'seo', 'khidmat seo', 'pemasaran', 'marketing', 'iklan facebook', 'kerjasama', 'usahasama', 'kolaborasi', 'collab', 'kilang', 'pengeluar',
    'pembekal', 'supplier', 'menawarkan', 'tawaran', 'tingkatkan jualan', 'buat website', 'influencer', 'penaja', 'tajaan', 'affiliate',
  ],
  job_application: ['jawatan kosong', 'kerja kosong', 'permohonan kerja', 'memohon', 'mohon kerja', 'resume', 'cv', 'latihan industri', 'part time', 'sambilan', 'sepenuh masa', 'pekerjaan'],
};

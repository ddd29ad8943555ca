import type { CueLexicon } from '../concepts.js';

/**
 * Indonesian. Buyers mix in English shop words (refund, cancel, tracking, COD, resi) and write
 * chat shorthand: "gk"/"ga"/"gak"/"nggak" for tidak, "udh" for sudah, "blm" for belum, "brg" for barang, "min" for admin, "kak" to address the seller.
 */
export const id: CueLexicon = {
  how_to_use: [
    'cara pakai', 'cara pake', 'cara menggunakan', 'cara penggunaan', 'gimana pakainya', 'bagaimana cara', 'petunjuk', 'petunjuk pemakaian',
    'buku panduan', 'panduan', 'manual book', 'tutorial', 'cara pasang', 'pemasangan', 'instalasi', 'cara setting', 'pengaturan', 'cara konek',
    'cara menghubungkan', 'pairing', 'cara charge', 'cara mengisi daya', 'lama charge', 'cara cuci', 'boleh dicuci', 'mesin cuci', 'cara membersihkan',
    'cara merakit', 'merakit', 'cara menyalakan', 'isi paket', 'isi box', 'dapat apa aja', 'perhatian',
  ],
  size_fit: [
    'ukuran', 'size', 'size chart', 'tabel ukuran', 'ukuran berapa', 'size berapa', 'pilih size', 'kekecilan', 'kebesaran', 'pas di badan',
    'lingkar dada', 'lingkar pinggang', 'panjang', 'lebar', 'tinggi badan', 'berat badan', 'nomor sepatu', 'dimensi',
  ],
  material_spec: [
    'bahan', 'bahannya', 'bahan apa', 'terbuat dari', 'katun', 'kulit asli', 'kulit sintetis', 'stainless', 'plastik', 'tahan air', 'anti air',
    'kapasitas', 'kapasitas baterai', 'daya tahan baterai', 'watt', 'berat', 'beratnya', 'spesifikasi', 'spek', 'sertifikat', 'sni', 'bpom',
    'warna', 'warna apa', 'warna lain', 'komposisi',
  ],
  compatible: [
    'kompatibel', 'cocok untuk', 'cocok buat', 'bisa untuk', 'bisa buat', 'bisa dipakai di', 'pas untuk', 'hp saya', 'buat iphone',
    'untuk iphone', 'untuk samsung',
  ],
  in_stock: [
    'ready stock', 'ready gak', 'ready ga', 'masih ada', 'stok', 'stock', 'habis', 'stok habis', 'kosong', 'restock', 'kapan ready',
    'kapan restock', 'pre order', 'preorder',   ],
  price_question: ['harga', 'harganya', 'berapaan', 'berapa harga', 'harga berapa', 'biaya', 'lebih murah', 'nego', 'daftar harga'],
  before_buying: [
    'sebelum beli', 'sebelum order', 'sebelum pesan', 'kalau saya beli', 'kalau beli', 'kalau order', 'kalo order', 'kalo beli', 'mau beli',
    'pengen beli', 'ingin membeli', 'berencana beli', 'tertarik', 'minat',
  ],
  ship_to_country: [
    'kirim ke', 'bisa kirim ke', 'pengiriman ke', 'ongkir ke', 'kirim luar negeri', 'luar negeri', 'internasional', 'ke malaysia', 'ke singapura',
    'ke indonesia', 'negara mana', 'luar pulau', 'luar kota',
  ],
  shipping_cost: [
    'ongkir', 'ongkos kirim', 'biaya kirim', 'biaya pengiriman', 'gratis ongkir', 'free ongkir', 'bebas ongkir', 'ongkirnya berapa', 'ongkir berapa',
    'minimal belanja', 'subsidi ongkir',
  ],
  delivery_time: [
    'berapa lama', 'berapa hari', 'brp hari', 'kapan sampai', 'kapan nyampe', 'sampainya kapan', 'estimasi', 'estimasi pengiriman', 'lama pengiriman',
    'sampai sebelum', 'keburu', 'pengiriman cepat', 'kirim cepat', 'instant', 'same day', 'sameday', 'next day', 'ekspres', 'kilat',
  ],
  discount: [
    'diskon', 'voucher', 'kupon', 'kode promo', 'promo', 'potongan', 'potongan harga', 'cashback', 'flash sale', 'harbolnas', 'kode voucher',
    'voucher tidak bisa', 'voucher gak bisa', 'kode tidak berlaku', 'voucher expired', 'poin',   ],
  bulk_wholesale: [
    'grosir', 'harga grosir', 'beli banyak', 'jumlah banyak', 'partai besar', 'minimal order', 'min order', 'moq', 'reseller', 'dropship', 'dropshipper',
    'distributor', 'jual lagi', 'untuk toko', 'untuk usaha', '000 pcs', '00 pcs',
  ],
  return_policy: [
    'kebijakan retur', 'kebijakan pengembalian', 'syarat retur', 'bisa retur', 'bisa diretur', 'bisa dikembalikan', 'bisa tukar', 'bisa ditukar',
    'kalau tidak muat', 'kalau gak muat', 'kalau tidak cocok', 'kalau ga cocok', 'kalau tidak suka', 'berapa hari retur', 'batas retur',
    'retur gratis', 'ongkir retur', 'siapa yang bayar ongkir',
  ],
  warranty: ['garansi', 'bergaransi', 'masa garansi', 'garansi berapa lama', 'garansi resmi', 'garansi toko', 'kartu garansi', 'tahun garansi', 'bulan garansi'],
  place_order: [
    'cara order', 'cara pesan', 'cara beli', 'cara checkout', 'mau order', 'mau pesan', 'order lewat', 'order via', 'custom', 'sablon',
    'ukir nama', 'tolong simpan', 'tanpa akun',
  ],
  checkout_problem: [
    'keranjang', 'gagal checkout', 'gak bisa checkout', 'ga bisa checkout', 'tidak bisa checkout', 'tidak bisa order', 'gak bisa order',
    'ga bisa order', 'gak bisa pesan', 'eror', 'loading terus', 'macet', 'tombol', 'ngehang', 'hang',
  ],
  order_confirmation: [
    'konfirmasi pesanan', 'konfirmasi order', 'email konfirmasi', 'belum ada konfirmasi', 'pesanan masuk', 'order masuk', 'orderan masuk',
    'pesanan saya sudah masuk', 'sudah diterima pesanannya', 'status pesanan', 'status order', 'nomor pesanan', 'no pesanan', 'nomor order',
  ],
  when_ship: [
    'kapan dikirim', 'kapan kirim', 'kapan diproses', 'kapan dipacking', 'sudah dikirim', 'udah dikirim', 'udh dikirim', 'sudah dikirim belum',
    'belum dikirim', 'blm dikirim', 'belum dikirim juga', 'belum diproses', 'masih diproses', 'diproses', 'dikemas', 'sedang dikemas',
    'menunggu dikirim', 'perlu dikirim', 'kapan diantar',
  ],
  change_order: [
    'ganti pesanan', 'ubah pesanan', 'ganti ukuran', 'ganti size', 'ganti warna', 'ubah warna', 'ubah jumlah', 'tambah pesanan', 'kurangi',
    'ganti jadi', 'diganti', 'mau ganti',
  ],
  change_address: [
    'ganti alamat', 'ubah alamat', 'alamat salah', 'salah alamat', 'salah tulis alamat', 'alamat baru', 'alamat lain', 'alamat pengiriman',
    'pindah rumah', 'kode pos', 'nomor rumah', 'patokan',
  ],
  cancel: ['cancel', 'batal', 'batalkan', 'dibatalkan', 'pembatalan', 'cancel pesanan', 'batalin', 'gak jadi', 'ga jadi', 'tidak jadi', 'nggak jadi'],
  payment_method: [
    'metode pembayaran', 'cara bayar', 'cara pembayaran', 'bisa bayar', 'bayar pakai', 'bayar pake', 'bayar via', 'transfer bank',
    'virtual account', 'cod', 'bayar di tempat', 'kartu kredit', 'cicilan', 'paylater', 'gopay', 'ovo', 'shopeepay', 'qris',
    'indomaret', 'alfamart', 'mata uang', 'rupiah',
  ],
  payment_problem: [
    'pembayaran gagal', 'bayar gagal', 'gagal bayar', 'ditolak', 'kartu ditolak', 'pembayaran ditolak', 'transaksi gagal', 'pembayaran pending',
    'menunggu pembayaran', 'belum terverifikasi', 'terpotong dua kali', 'kepotong dua kali', 'ketarik dua kali', 'bayar dua kali',
    'double bayar', 'saldo terpotong', 'saldo kepotong', 'terpotong', 'kepotong', 'ketarik', 'nominal salah', 'jumlah salah', 'kelebihan bayar',
    'biaya admin', 'tidak bisa bayar', 'gak bisa bayar',
  ],
  invoice: ['invoice', 'faktur', 'faktur pajak', 'kuitansi', 'kwitansi', 'nota', 'struk', 'bukti pembayaran', 'bukti pembelian', 'npwp', 'ppn', 'nama perusahaan', 'atas nama pt', 'untuk kantor'],
  where_parcel: [
    'paket saya dimana', 'paket saya di mana', 'pesanan saya dimana', 'pesanan saya di mana', 'barang saya dimana', 'dimana paket', 'di mana paket',
    'paketnya dimana', 'barangnya dimana', 'sampai mana', 'udah sampai mana', 'sudah sampai mana', 'posisi paket', 'paket saya', 'pesanan saya',
    'barang saya',
  ],
  tracking: [
    'resi', 'no resi', 'nomor resi', 'nomer resi', 'cek resi', 'lacak', 'pelacakan', 'tracking', 'artinya apa', 'maksudnya apa', 'dalam perjalanan',
    'sedang dikirim', 'transit', 'sortir', 'link tidak bisa', 'jne', 'j&t', 'sicepat', 'anteraja', 'pos indonesia',
  ],
  late: [
    'telat', 'terlambat', 'keterlambatan', 'lama banget', 'lama sekali', 'kok lama', 'belum sampai', 'belum nyampe', 'blm sampe', 'belum datang',
    'belum juga', 'berminggu', 'seminggu', 'dua minggu', 'sebulan', 'lewat estimasi', 'melewati estimasi', 'harusnya sudah sampai', 'seharusnya sampai',
    'nyangkut', 'tertahan', 'tidak bergerak', 'gak gerak', 'tidak update', 'gak update', 'ga update', 'statusnya sama', 'masih menunggu',
  ],
  marked_delivered: [
    'status terkirim', 'sudah diterima', 'tertulis diterima', 'statusnya diterima', 'paket diterima', 'terkirim', 'delivered', 'diterima oleh',
    'bukti pengiriman', 'foto bukti',
  ],
  not_received: [
    'belum terima', 'belum menerima', 'tidak menerima', 'gak terima', 'ga terima', 'belum diterima', 'tidak sampai', 'gak sampai', 'ga nyampe',
    'tidak ada paket', 'gak ada paket', 'tidak ketemu', 'gak ketemu', 'hilang', 'paket hilang', 'dicuri', 'raib',
  ],
  neighbour_locker: [
    'tetangga', 'locker', 'titip', 'dititipkan', 'satpam', 'security', 'resepsionis', 'pos satpam', 'kantor pos', 'agen', 'drop point',
    'depan rumah', 'depan pintu', 'pagar', 'alamat lain', 'salah kirim', 'orang lain',
  ],
  customs: [
    'bea cukai', 'beacukai', 'pajak impor', 'bea masuk', 'cukai', 'tertahan di bea cukai', 'ditahan bea cukai', 'impor', 'bayar pajak',
    'dokumen', 'ktp', 'npwp', 'paspor', 'dikembalikan ke pengirim', 'retur ke pengirim', 'return to sender',
  ],
  broken_damaged: [
    'rusak', 'pecah', 'retak', 'patah', 'penyok', 'peyok', 'gepeng', 'lecet', 'tergores', 'goresan', 'baret', 'sobek', 'robek', 'bolong', 'bengkok',
    'noda', 'kotor', 'bocor', 'cacat', 'reject', 'barang rusak', 'paket rusak', 'kardus penyok', 'hancur',
  ],
  missing_part: [
    'kurang satu', 'barang kurang', 'tidak lengkap', 'gak lengkap', 'ga lengkap', 'tanpa charger',
    'tanpa kabel', 'tanpa baut', 'tanpa buku panduan', 'cuma satu', 'hanya satu', 'cuma dapat', 'kardus kosong', 'paket kosong', 'aksesoris',
    'sparepart', 'komponen',
  ],
  not_working: [
    'tidak berfungsi', 'gak berfungsi', 'ga berfungsi', 'tidak bisa nyala', 'gak nyala', 'ga nyala', 'tidak nyala', 'gak bisa dicharge',
    'tidak bisa dicas', 'gak bisa dicas', 'tidak mau connect', 'gak konek', 'ga konek', 'tidak ada suara', 'gak ada suara', 'tidak respon',
    'error', 'kedip', 'mati sendiri', 'gak bisa dipakai', 'tidak bisa dipakai',
  ],
  on_arrival: [
    'baru sampai', 'baru nyampe', 'baru datang', 'baru terima', 'baru diterima', 'paket datang', 'barang datang', 'pas dibuka', 'waktu dibuka',
    'setelah dibuka', 'buka paket', 'unboxing', 'dari awal', 'pertama kali', 'pemakaian pertama', 'masih baru',
  ],
  wrong_item: [
    'salah kirim', 'salah barang', 'barang salah', 'salah warna', 'warna salah', 'salah ukuran', 'salah size', 'size salah', 'salah model', 'salah tipe',
    'salah jumlah', 'tidak sesuai pesanan', 'gak sesuai pesanan', 'ga sesuai pesanan', 'beda dengan pesanan', 'yang dikirim', 'pesan warna',
    'pesen warna', 'order warna', 'saya pesan', 'saya order', 'tapi yang datang', 'malah dikirim', 'tertukar',
  ],
  want_return: [
    'retur', 'return', 'pengembalian barang', 'kembalikan barang', 'mau retur', 'ajukan retur', 'kirim balik', 'tidak muat', 'gak muat', 'ga muat',
    'kekecilan', 'kebesaran', 'kesempitan', 'kependekan', 'kepanjangan', 'tidak sesuai deskripsi', 'tidak sesuai foto', 'gak sesuai gambar',
    'beda dengan foto', 'tidak suka',
  ],
  exchange: ['tukar', 'tukar barang', 'tukar size', 'tukar ukuran', 'penukaran', 'ganti barang', 'ganti yang baru', 'size lebih besar', 'size lebih kecil', 'naik size', 'turun size'],
  refund: ['refund', 'pengembalian dana', 'uang kembali', 'kembalikan uang', 'balikin uang', 'uang saya', 'dana kembali', 'ganti rugi', 'kompensasi'],
  refund_status: [
    'refund kapan', 'kapan refund', 'kapan dana kembali', 'kapan uang kembali', 'refund belum masuk', 'refund belum', 'belum refund', 'dana belum masuk',
    'uang belum kembali', 'uang belum masuk', 'belum dikembalikan', 'nunggu refund', 'menunggu refund', 'menunggu pengembalian dana', 'refund disetujui',
    'janji refund', 'status refund', 'refundnya mana', 'mana refundnya',
  ],
  return_shipped: [
    'sudah retur', 'udah retur', 'sudah dikirim balik', 'sudah saya kirim balik', 'sudah dikembalikan', 'barang retur', 'paket retur', 'retur sudah sampai',
    'returnya sudah', 'resi retur', 'sudah diterima returnya',
  ],
  stopped_working: [
    'tiba-tiba', 'tiba tiba', 'mendadak', 'awalnya', 'awal pakai', 'tadinya', 'sebelumnya normal', 'awalnya normal', 'awalnya bisa', 'baru dipakai',
    'baru seminggu', 'baru sebulan', 'setelah seminggu', 'setelah sebulan', 'setelah 0 minggu', 'setelah 0 bulan', 'setelah beberapa hari',
    'beberapa minggu', 'pemakaian normal', 'sekarang mati', 'sekarang tidak', 'sekarang gak', 'mengelupas', 'luntur', 'copot',
  ],
  repair: ['servis', 'service', 'perbaikan', 'diperbaiki', 'perbaiki', 'reparasi', 'ganti baru', 'tukar baru', 'klaim garansi', 'service center', 'sparepart'],
  bad_service: [
    'kecewa', 'sangat kecewa', 'mengecewakan', 'parah', 'parah banget', 'jelek', 'buruk', 'pelayanan buruk', 'pelayanan jelek', 'tidak puas', 'gak puas',
    'kesal', 'kesel', 'marah', 'emosi', 'capek', 'cape', 'tidak sopan', 'judes', 'tidak profesional', 'tidak bertanggung jawab', 'gak akan beli lagi',
    'terburuk', 'keterlaluan', 'ngeles', 'balasan otomatis',
  ],
  manager_escalate: ['manager', 'manajer', 'atasan', 'pimpinan', 'penanggung jawab', 'owner', 'komplain', 'keluhan', 'pengaduan', 'eskalasi'],
  slow_reply: [
    'tidak dibalas', 'gak dibalas', 'ga dibalas', 'tidak direspon', 'gak direspon', 'ga direspon', 'slow respon', 'slow respond', 'lama balas',
    'lama bales', 'nunggu balasan', 'menunggu balasan', 'belum dibalas', 'dicuekin', 'diabaikan', 'berkali-kali', 'berkali kali', 'sudah berapa kali',
    'chat terus', 'halo min', 'min??', 'ada orang',
  ],
  threat: [
    'penipu', 'penipuan', 'nipu', 'ditipu', 'tipu', 'maling', 'pengacara', 'lapor polisi', 'polisi', 'jalur hukum', 'tuntut', 'ylki', 'bpsk',
    'perlindungan konsumen', 'sengketa', 'komplain ke', 'bintang satu', 'bintang 0', 'ulasan buruk', 'review jelek', 'viralkan', 'viral', 'sosmed',
  ],
  thanks_praise: [
    'terima kasih', 'terimakasih', 'makasih', 'makasi', 'thanks', 'thx', 'mantap', 'mantul', 'keren', 'bagus', 'bagus banget', 'puas',
    'sangat puas', 'suka banget', 'recommended', 'rekomendasi', 'langganan', 'order lagi', 'repeat order', 'pengiriman cepat', 'packing rapi',
    'ramah', 'fast respon', 'amanah',   ],
  review: ['ulasan', 'review', 'rating', 'bintang', 'bintang 0', 'bintang lima', 'penilaian', 'testimoni', 'feedback', 'komentar'],
  suggestion: ['saran', 'masukan', 'usul', 'ide', 'sebaiknya', 'lebih baik kalau', 'semoga', 'ke depannya', 'kedepannya', 'tambah warna', 'tambah varian', 'variasi'],
  account: ['akun', 'akun saya', 'profil', 'daftar', 'registrasi', 'buat akun', 'username', 'member'],
  login_problem: [
    'login', 'masuk akun', 'tidak bisa login', 'gak bisa login', 'ga bisa login', 'tidak bisa masuk', 'gak bisa masuk', 'terkunci', 'akun terkunci',
    'diblokir', 'dibekukan', 'dinonaktifkan', 'dihack', 'kena hack', 'dibobol', 'login mencurigakan', 'aktivitas mencurigakan', 'bukan saya',
    'logout sendiri',
  ],
  password_reset: ['password', 'kata sandi', 'lupa password', 'lupa kata sandi', 'reset password', 'ganti password', 'password baru', 'password salah', 'pin'],
  verification_code: [
    'kode verifikasi', 'kode otp', 'otp', 'kode sms', 'sms', 'verifikasi', 'verifikasi akun', 'aktivasi', 'aktivasi akun', 'otp tidak masuk',
    'otp gak masuk', 'otp ga masuk', 'kode tidak masuk', 'kode gak masuk', 'tidak dapat kode',
  ],
  delete_account: ['hapus akun', 'menghapus akun', 'tutup akun', 'nonaktifkan akun', 'data pribadi', 'data saya', 'hapus data', 'privasi', 'keamanan data'],
  unsubscribe: [
    'berhenti langganan', 'unsubscribe', 'newsletter', 'email promosi', 'sms promosi', 'jangan kirim', 'stop kirim', 'berhenti kirim',
    'terlalu banyak email', 'spam', 'ganggu',
  ],
  edit_account: [
    'ganti email', 'ubah email', 'email baru', 'ganti nama', 'ubah nama', 'ganti nomor', 'ganti no hp', 'ubah nomor hp', 'update data', 'ubah data',
    'edit profil', 'gabung akun', 'dua akun',
  ],
  human_agent: ['admin', 'customer service', 'orang asli', 'manusia', 'bicara dengan', 'ngobrol dengan', 'bukan bot', 'bot', 'chatbot', 'balasan otomatis', 'agent'],
  phone_call: ['telepon', 'telpon', 'nomor telepon', 'no telp', 'no hp', 'nomor hp', 'nomor wa', 'whatsapp', 'hubungi saya', 'telp balik', 'call center'],
  business_offer: [
    'seo', 'jasa seo', 'jasa iklan', 'iklan', 'digital marketing', 'marketing', 'kerja sama', 'kerjasama', 'kolaborasi', 'endorse', 'endorsement',
    'pabrik', 'produsen', 'supplier', 'pemasok', 'menawarkan', 'penawaran', 'meningkatkan penjualan', 'jasa pembuatan website', 'influencer',
    'sponsor', 'affiliate',
  ],
  job_application: ['lowongan', 'lamaran', 'melamar', 'lamaran kerja', 'pekerjaan', 'cv', 'magang', 'part time', 'full time', 'rekrutmen', 'karyawan'],
};

/** The verification page (/verifikasi/). */
export default {
  'verify.title': 'Verifikasi sertifikat',
  'verify.intro':
    'Periksa apakah sertifikat {site} asli. Pemeriksaan berjalan seluruhnya di browser ini, juga tanpa internet; kode tidak dikirim ke mana pun.',
  'verify.codeLabel': 'Kode sertifikat atau tautan verifikasi',
  'verify.codeHint': 'Tempel kode (diawali NC1.) atau tautan dari kode QR sertifikat.',
  'verify.submit': 'Periksa',
  'verify.checking': 'Memeriksa…',
  'verify.valid': 'SAH',
  'verify.invalid': 'TIDAK SAH',
  'verify.validExplain': 'Tanda tangan cocok dengan kunci "{holder}" dan isi sertifikat tidak diubah.',
  'verify.demoWarning':
    'Perhatian: sertifikat ini ditandatangani dengan kunci demo yang kunci privatnya terbuka untuk umum. Siapa pun bisa membuatnya, jadi sertifikat ini tidak membuktikan apa pun. Instansi harus mengganti kunci demo sebelum situs dipakai.',
  'verify.reason.empty': 'Isi kode sertifikat terlebih dahulu.',
  'verify.reason.malformed': 'Kode tidak dapat dibaca: bentuknya rusak, terpotong, atau bukan kode sertifikat {site}.',
  'verify.reason.unsupported': 'Kode dibuat oleh versi {site} yang lebih baru dari situs ini.',
  'verify.reason.unsigned':
    'Ini permintaan sertifikat atau keterangan belajar mandiri yang belum ditandatangani pelatih, sehingga keasliannya tidak dapat diperiksa.',
  'verify.reason.unknownKey':
    'Sertifikat ditandatangani dengan kunci "{keyId}" yang tidak terdaftar di situs ini.',
  'verify.reason.altered':
    'Tanda tangan tidak cocok dengan isi sertifikat: ada bagian yang diubah, atau sertifikat ditandatangani dengan kunci lain.',
  'verify.reason.revoked': 'Sertifikat ini sudah dicabut pada {date}. Alasan: {reason}',
  'verify.signer': 'Penanda tangan',
  'verify.name': 'Nama',
  'verify.demoConfigured':
    'Situs ini masih memercayai kunci demo, yang kunci privatnya terbuka untuk umum. Sertifikat bertanda tangan kunci demo hanya contoh.',
  'verify.print': 'Cetak sertifikat',
  'verify.printHint': 'Pilih "Simpan sebagai PDF" di jendela cetak untuk menyimpan berkas PDF.',
  'verify.listDate':
    'Kunci tepercaya dan daftar pencabutan di halaman ini per {date}. Bila tersambung ke internet, halaman ini mengambil daftar pencabutan terbaru dari situs sebelum memeriksa.',
  'verify.listUsed': 'Diperiksa dengan daftar pencabutan per {date}.',
  'verify.noKeys':
    'Sertifikat belum dapat diverifikasi di {site}: instansi belum memasang kunci tanda tangan pelatihnya. Setiap sertifikat akan dinyatakan TIDAK SAH sampai kunci dipasang.',
  'verify.forTrainers': 'Untuk pelatih:',
  'verify.trainerLink': 'tanda tangani permintaan sertifikat',
  'verify.noJs': 'Verifikasi memerlukan JavaScript. Aktifkan JavaScript di browser ini.',
} as const;

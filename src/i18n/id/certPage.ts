/** The learner's certificate page (/sertifikat/): self-study record and completion request. */
export default {
  'certPage.title': 'Sertifikat dan keterangan belajar',
  'certPage.lead':
    'Setelah lulus post-test, cetak keterangan belajar mandiri dari perangkat ini dan minta sertifikat bertanda tangan kepada pelatih.',
  'certPage.kindsTitle': 'Dua jenis bukti dan apa yang dibuktikannya',
  'certPage.selfTitle': 'Keterangan Belajar Mandiri',
  'certPage.selfBody':
    'Dibuat dan dicetak oleh browser Anda setelah lulus post-test. Keterangan ini hanya menyatakan bahwa browser ini mencatat hasil tersebut. Siapa pun dapat membuat keterangan serupa, sehingga halaman verifikasi melaporkannya sebagai belum ditandatangani pelatih. Cocok sebagai catatan pribadi.',
  'certPage.signedTitle': 'Sertifikat bertanda tangan pelatih',
  'certPage.signedBody':
    'Dibuat oleh pelatih dengan kunci elektronik instansi setelah memeriksa identitas Anda dan memastikan Anda sendiri yang mengerjakan post-test. Siapa pun dapat memeriksa keasliannya di {link}: statusnya SAH selama tidak ada satu huruf pun yang diubah.',
  'certPage.verifyLink': 'halaman verifikasi',
  'certPage.statusTitle': 'Syarat',
  'certPage.checking': 'Memeriksa hasil post-test di perangkat ini…',
  'certPage.noJs':
    'Halaman ini memerlukan JavaScript, karena hasil post-test dan data diri Anda hanya tersimpan di browser ini. Aktifkan JavaScript.',
  'certPage.passed': 'Anda lulus post-test pada {date} dengan nilai {score} (batas lulus {passMark}).',
  'certPage.notPassed':
    'Anda belum lulus post-test di perangkat ini. Keterangan belajar mandiri dan permintaan sertifikat tersedia setelah Anda lulus post-test dengan nilai paling sedikit {passMark}.',
  'certPage.toPostTest': 'Kerjakan post-test',
  'certPage.otherDevice':
    'Sudah lulus di perangkat lain? Hasil post-test hanya tersimpan di browser tempat Anda mengerjakannya. Buka halaman ini di perangkat tersebut.',
  'certPage.lessonsRequired':
    'Instansi Anda juga mensyaratkan semua pelajaran selesai. Pelajaran yang belum tercatat selesai di perangkat ini ({n}):',
  'certPage.needIdentity':
    'Syarat sudah terpenuhi. Isi data diri di bawah untuk menampilkan keterangan belajar mandiri dan membuat permintaan sertifikat.',
  'certPage.ready': 'Syarat sudah terpenuhi. Keterangan belajar mandiri dan permintaan sertifikat Anda ada di bawah.',
  'certPage.assumedTerms':
    'Post-test ini dikerjakan sebelum situs mencatat versi materi, jadi dipakai versi materi dan batas lulus yang berlaku sekarang.',
  'certPage.broken': 'Keterangan tidak dapat dibuat dari data post-test di perangkat ini. Hubungi {unit}.',
  'certPage.selfStudyTitle': '2. Keterangan Belajar Mandiri',
  'certPage.selfStudyIntro':
    'Keterangan ini belum diverifikasi pelatih. Kode QR-nya membuka halaman verifikasi, yang akan menyatakan bahwa keterangan ini belum ditandatangani pelatih.',
  'certPage.print': 'Cetak',
  'certPage.printHint': 'Satu halaman A4 mendatar. Pilih "Simpan sebagai PDF" di jendela cetak untuk menyimpan berkas PDF.',
  'certPage.requestTitle': '3. Minta sertifikat bertanda tangan pelatih',
  'certPage.requestIntro':
    'Serahkan permintaan ini kepada pelatih sebagai berkas, kode QR, atau kode teks. Isinya: data diri, nilai per topik, tanggal, versi materi, dan sidik digital percobaan post-test Anda. Pelatih memeriksa identitas Anda dan memastikan Anda sendiri yang mengerjakan post-test, lalu memberikan tautan sertifikat yang berstatus SAH di halaman verifikasi.',
  'certPage.download': 'Unduh berkas permintaan',
  'certPage.downloaded': 'Berkas {file} diunduh.',
  'certPage.codeLabel': 'Kode permintaan',
  'certPage.codeHint': 'Kode diawali NR1. Salin dan kirimkan kepada pelatih, atau tunjukkan kode QR di bawah.',
  'certPage.copy': 'Salin kode',
  'certPage.copied': 'Kode permintaan disalin.',
  'certPage.copyFailed':
    'Browser tidak mengizinkan penyalinan otomatis. Kode sudah dipilih: tekan Ctrl+C, atau tekan lama lalu pilih Salin.',
  'certPage.qrLabel': 'Kode QR berisi kode permintaan sertifikat',
  'certPage.qrCaption': 'Pelatih dapat memindai kode QR ini, lalu menempelkan isinya di halaman tanda tangan pelatih.',
  'certPage.homeTitle': 'Sertifikat',
  'certPage.homeBody':
    'Setelah lulus post-test: cetak keterangan belajar mandiri dan minta sertifikat bertanda tangan pelatih yang dapat diverifikasi.',
} as const;

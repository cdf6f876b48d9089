/** Offline use: the update prompt, the offline status, "Simpan untuk offline" and trainer material on request. */
export default {
  'offline.updateAvailable': 'Versi baru tersedia',
  'offline.updateNote': 'Progres belajar Anda tetap tersimpan.',
  'offline.reload': 'Muat ulang',
  'offline.title': 'Simpan untuk offline',
  'offline.intro':
    'Setelah kunjungan pertama, kursus (semua pelajaran dengan cek pemahamannya, pre-test dan post-test, glosarium, regulasi, dan pencarian) disimpan otomatis di perangkat ini sehingga bisa dibuka tanpa internet. Slide dan handout untuk pelatih disimpan terpisah, atas permintaan, dari halaman slide. Pada koneksi lambat, tekan tombol di bawah untuk melihat kemajuannya atau melanjutkan penyimpanan yang terputus.',
  'offline.install':
    'Anda juga bisa memasang situs ini sebagai aplikasi: buka menu browser lalu pilih "Instal aplikasi" atau "Tambahkan ke layar utama".',
  'offline.save': 'Simpan untuk offline',
  'offline.checking': 'Memeriksa berkas yang sudah tersimpan…',
  'offline.saving': 'Menyimpan kursus di perangkat ini…',
  'offline.progress': '{done} dari {total} berkas',
  'offline.progressLabel': 'Kemajuan penyimpanan',
  'offline.done': 'Selesai: kursus ({total} berkas, {size}) tersimpan di perangkat ini dan bisa dibuka tanpa internet.',
  'offline.failed':
    'Penyimpanan terhenti: {done} dari {total} berkas tersimpan. Periksa koneksi internet, lalu tekan "Simpan untuk offline" lagi untuk melanjutkan.',
  'offline.unreachable': 'Daftar berkas kursus tidak bisa dimuat. Periksa koneksi internet, lalu coba lagi.',
  'offline.unsupported': 'Browser ini tidak bisa menyimpan kursus untuk dibuka tanpa internet. Gunakan versi terbaru Chrome, Edge, Firefox, atau Safari.',
  'offline.version': 'Versi situs: {version}',
  'offline.noscript': 'Aktifkan JavaScript untuk menyimpan kursus di perangkat ini.',
  'offline.trainerTitle': 'Materi pelatih tanpa internet',
  'offline.trainerIntro':
    'Slide, tampilan penyaji, dan handout tidak ikut disimpan otomatis. Pelatih yang akan mengajar di tempat tanpa internet menyimpan materi modulnya di perangkat ini lebih dulu.',
  'offline.trainerSave': 'Simpan materi pelatih modul ini',
  'offline.trainerModule': 'Modul',
  'offline.trainerSaveChosen': 'Simpan materi pelatih modul terpilih',
  'offline.trainerAll': 'Semua modul',
  'offline.trainerSaving': 'Menyimpan materi pelatih…',
  'offline.trainerDone': 'Tersimpan: materi pelatih modul ini ({total} berkas, {size}) bisa dibuka tanpa internet di perangkat ini.',
  'offline.trainerDoneAll': 'Tersimpan: materi pelatih semua modul ({total} berkas, {size}) bisa dibuka tanpa internet di perangkat ini.',
  'offline.trainerFailed':
    'Penyimpanan terhenti: {done} dari {total} berkas tersimpan. Periksa koneksi internet, lalu tekan tombol lagi untuk melanjutkan.',
  'offline.statusSaving': 'Menyimpan kursus untuk dibuka tanpa internet…',
  'offline.statusReady': 'Siap dibuka tanpa internet: pelajaran, kuis, tes, dan pencarian tersimpan di perangkat ini.',
  'offline.statusStopped': 'Penyimpanan untuk offline terhenti. Periksa koneksi internet; penyimpanan dilanjutkan saat halaman dibuka lagi.',
  'offline.statusMore': 'Tentang offline',
  'offline.statusClose': 'Tutup',
} as const;

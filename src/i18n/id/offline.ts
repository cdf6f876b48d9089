/** Offline use: the update prompt, the offline status, "Simpan untuk offline" and trainer material on request. */
export default {
  'offline.updateAvailable': 'Versi baru tersedia',
  'offline.updateNote': 'Progres belajar Anda tetap tersimpan.',
  'offline.reload': 'Muat ulang',
  'offline.title': 'Simpan untuk offline',
  'offline.intro':
    'Setelah kunjungan pertama, seluruh kursus (semua pelajaran, pencarian, dan halaman lain) disimpan otomatis di perangkat ini sehingga bisa dibuka tanpa internet. Pada koneksi lambat, tekan tombol di bawah untuk melihat kemajuannya atau melanjutkan penyimpanan yang terputus.',
  'offline.install':
    'Anda juga bisa memasang situs ini sebagai aplikasi: buka menu browser lalu pilih "Instal aplikasi" atau "Tambahkan ke layar utama".',
  'offline.save': 'Simpan untuk offline',
  'offline.checking': 'Memeriksa berkas yang sudah tersimpan…',
  'offline.saving': 'Menyimpan kursus di perangkat ini…',
  'offline.progress': '{done} dari {total} berkas',
  'offline.progressLabel': 'Kemajuan penyimpanan',
  'offline.done': 'Selesai: seluruh kursus ({total} berkas, {size}) tersimpan di perangkat ini dan bisa dibuka tanpa internet.',
  'offline.failed':
    'Penyimpanan terhenti: {done} dari {total} berkas tersimpan. Periksa koneksi internet, lalu tekan "Simpan untuk offline" lagi untuk melanjutkan.',
  'offline.unreachable': 'Daftar berkas kursus tidak bisa dimuat. Periksa koneksi internet, lalu coba lagi.',
  'offline.unsupported': 'Browser ini tidak bisa menyimpan kursus untuk dibuka tanpa internet. Gunakan versi terbaru Chrome, Edge, Firefox, atau Safari.',
  'offline.version': 'Versi situs: {version}',
  'offline.noscript': 'Aktifkan JavaScript untuk menyimpan kursus di perangkat ini.',
  'offline.trainerTitle': 'Materi pelatih tanpa internet',
  'offline.trainerIntro':
    'Slide, tampilan penyaji, dan handout tidak disimpan otomatis. Simpan materi modul ini di perangkat sebelum mengajar di tempat tanpa internet.',
  'offline.trainerSave': 'Simpan materi pelatih modul ini',
  'offline.trainerSaving': 'Menyimpan materi pelatih…',
  'offline.trainerDone': 'Tersimpan: materi pelatih modul ini ({total} berkas, {size}) bisa dibuka tanpa internet di perangkat ini.',
  'offline.trainerFailed':
    'Penyimpanan terhenti: {done} dari {total} berkas tersimpan. Periksa koneksi internet, lalu tekan tombol lagi untuk melanjutkan.',
} as const;

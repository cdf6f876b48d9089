/** The course inside an LMS (SCORM launch page) and what course pages show there. */
export default {
  'lms.title': 'Membuka pelatihan',
  'lms.connecting': 'Menghubungkan ke LMS…',
  'lms.noApi':
    'Pelatihan ini harus dibuka dari LMS instansi Anda (misalnya Moodle). LMS tidak ditemukan, sehingga kemajuan dan nilai tidak dapat dicatat. Tutup halaman ini dan buka kembali pelatihan dari LMS.',
  'lms.initFailed':
    'LMS menolak membuka sesi pelatihan (kode galat {code}). Tutup halaman ini lalu buka kembali pelatihan dari LMS. Jika tetap gagal, hubungi admin LMS.',
  'lms.restoreFailed':
    'Catatan kemajuan Anda di LMS berasal dari versi pelatihan yang lain atau tidak dapat dibaca, sehingga materi dimulai dari awal. Status dan nilai yang sudah tercatat di LMS tetap berlaku; kemajuan baru dicatat di LMS.',
  'lms.privacyTitle': 'Data Anda di dalam LMS',
  'lms.privacyBody':
    'Di dalam LMS instansi, kemajuan belajar, nilai kuis, pre-test, dan post-test Anda dicatat oleh LMS pada akun Anda, bukan di browser ini, sehingga peserta berikutnya di komputer yang sama mulai dari awal. Nama dan ID dari LMS hanya ditampilkan pada keterangan belajar dan tidak dikirim ke mana pun. NIP, instansi, dan jabatan yang Anda isi hanya disimpan selama sesi. Yang tersimpan di browser hanya pilihan tema.',
  'lms.frameTitle': 'Materi pelatihan',
  'lms.learnerId': 'ID peserta LMS: {id}',
  'lms.nameFromLms': 'Nama diambil dari akun LMS Anda.',
  'lms.identitySaved':
    'Data diri tersimpan selama sesi ini. LMS hanya menyimpan nama Anda; isi kembali NIP, instansi, dan jabatan saat membuka pelatihan lagi.',
} as const;

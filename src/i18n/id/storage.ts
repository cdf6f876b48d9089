/** storage.*: the learner-data notices (storage disabled, corrupt or newer data, quota) and record labels. */
export default {
  'storage.disabled': 'Progres tidak tersimpan. Browser ini tidak mengizinkan situs menyimpan data (misalnya mode privat), jadi jawaban dan progres hanya bertahan selama halaman ini terbuka.',
  'storage.corrupt': 'Data {record} di perangkat ini rusak sehingga dimulai dari awal. Salinan data lama tetap disimpan terpisah dan tidak dihapus.',
  'storage.corruptKept': 'Data {record} di perangkat ini rusak. Data itu dibiarkan apa adanya dan tidak akan ditimpa; perubahan baru hanya bertahan selama halaman ini terbuka.',
  'storage.newer': 'Data {record} dibuat oleh versi situs yang lebih baru, jadi tidak diubah. Muat ulang halaman untuk memakai versi terbaru; perubahan di halaman ini tidak disimpan.',
  'storage.quota': 'Penyimpanan browser penuh. Perubahan terbaru hanya tersimpan sementara; kosongkan sebagian ruang penyimpanan browser agar progres tersimpan lagi.',
  'storage.recordAttempts': 'pre-test dan post-test',
  'storage.recordChecks': 'cek pemahaman',
  'storage.recordOther': 'progres belajar',
  'storage.recordProgress': 'progres pelajaran',
  'storage.recordIdentity': 'data diri',
  'storage.recordExamTerms': 'versi materi post-test',
  'storage.recordClass': 'rekap kelas pelatih',
  'storage.recordAnswersShown': 'soal yang kuncinya sudah dilihat',
  'storage.recordOpened': 'pelajaran yang sudah dibuka',
  'storage.recordDilemmas': 'akhir dilema yang sudah ditemukan',
} as const;

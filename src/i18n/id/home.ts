/** The home page. */
export default {
  'home.start': 'Mulai belajar',
  'home.modules': 'Materi kursus',
  'home.totalDuration': 'Total {h} jam {m} menit belajar, diakui {jp} JP (1 JP = 45 menit, dibulatkan ke atas)',
  'home.forWhom': 'Terbuka bagi PNS dan PPPK, baik yang belajar mandiri maupun bersama fasilitator.',
  'home.offline': 'Bisa dipakai tanpa internet setelah kunjungan pertama.',
  'home.private': 'Progres tersimpan hanya di perangkat Anda.',
  'home.cert': 'Keterangan belajar setelah lulus post-test.',
} as const;

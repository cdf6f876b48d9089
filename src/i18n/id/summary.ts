/** A module's one-page summary (Ringkasan, /materi/<module>/ringkasan/). */
export default {
  'summary.link': 'Ringkasan satu halaman: lakukan dan hindari',
  'summary.title': 'Ringkasan {module}',
  'summary.lead': 'Pegangan satu halaman untuk dicetak: apa yang dilakukan dan apa yang dihindari, masing-masing dengan dasar aturannya.',
  'summary.do.boleh-tidak': 'Boleh',
  'summary.dont.boleh-tidak': 'Tidak boleh',
  'summary.do.lakukan-hindari': 'Lakukan',
  'summary.dont.lakukan-hindari': 'Hindari',
  'summary.print': 'Cetak ringkasan',
  'summary.printHint': 'Muat pada satu halaman A4.',
  'summary.back': 'Kembali ke modul',
  'summary.source': 'Dasar:',
  'summary.crumb': 'Ringkasan',
  'summary.footer': '{site} · {unit} {city} · Ringkasan ini bukan pengganti teks peraturan; lihat pelajaran untuk penjelasan lengkap.',
} as const;

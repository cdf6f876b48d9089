/** Strings used by the MDX components authors place in lessons. */
export default {
  'callout.ingat': 'Ingat',
  'callout.contoh': 'Contoh',
  'callout.perhatian': 'Perhatian',
  'callout.info': 'Info',
  'ref.revoked': 'dicabut',
  'ref.amended': 'diubah',
  'quiz.title': 'Cek pemahaman',
  'quiz.noscript': 'Aktifkan JavaScript untuk memeriksa jawaban. Soal tetap bisa dibaca di bawah ini.',
  'scenario.title': 'Dilema',
} as const;

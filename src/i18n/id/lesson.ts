/** A lesson page's chrome: objectives, sources, duration, handout and facilitator notes. */
export default {
  'lesson.objectives': 'Tujuan pembelajaran',
  'lesson.sources': 'Sumber dan dasar hukum',
  'lesson.duration': '{n} menit',
  'lesson.updated': 'Diperbarui',
  'lesson.moduleRecap': 'Rangkuman modul',
  'lesson.lessonOf': 'Pelajaran {n} dari {total}',
  'lesson.print': 'Cetak handout',
  'lesson.notes': 'Catatan fasilitator',
  'lesson.toCheck': 'Menuju cek pemahaman',
  'lesson.factsChecked': 'Fakta hukum terakhir diperiksa',
} as const;

/** A module's page and labels. */
export default {
  'module.lessons': 'Daftar pelajaran',
  'module.outcomes': 'Capaian pembelajaran',
  'module.label': 'Modul {n}',
  'module.lessonCount': '{n} pelajaran',
} as const;

/** A glossary term's or regulation's summary shown in place (<netral-definition>). */
export default {
  'definition.glossary': 'Glosarium',
  'definition.regulation': 'Regulasi',
  'definition.loading': 'Memuat…',
  'definition.failed': 'Penjelasan belum tersedia di perangkat ini. Buka halamannya lewat tautan di bawah.',
  'definition.rules': 'Yang dipakai dalam kursus:',
  'definition.openGlossary': 'Buka di glosarium',
  'definition.openRegulation': 'Buka di pustaka regulasi',
  'definition.close': 'Tutup',
} as const;

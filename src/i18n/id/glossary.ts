/** The glossary page. */
export default {
  'glossary.title': 'Glosarium',
  'glossary.intro': 'Istilah dan singkatan yang dipakai dalam materi, disusun menurut abjad.',
  'glossary.related': 'Lihat juga',
  'glossary.letters': 'Loncat ke huruf',
} as const;

/** Badges for the kind of a source. */
export default {
  'source.badge.regulation': 'Peraturan',
  'source.badge.ruling': 'Putusan pengadilan',
  'source.badge.guidance': 'Panduan/pernyataan resmi',
  'source.badge.data': 'Data resmi',
} as const;

/** Navigation: breadcrumb, course outline, table of contents, previous and next. */
export default {
  'nav.breadcrumb': 'Jejak navigasi',
  'nav.courseOutline': 'Daftar materi',
  'nav.onThisPage': 'Di halaman ini',
  'nav.previous': 'Sebelumnya',
  'nav.next': 'Berikutnya',
  'nav.backToModule': 'Kembali ke modul',
} as const;

/** Site chrome: skip link, header, main navigation, footer, and the standard broken-state message. */
export default {
  'site.broken': 'Bagian ini tidak dapat dimuat. Muat ulang halaman; jika tetap gagal, beri tahu pengelola pelatihan.',
  'site.skipToContent': 'Langsung ke konten',
  'site.mainNav': 'Navigasi utama',
  'site.home': 'Beranda',
  'site.modules': 'Modul',
  'site.glossary': 'Glosarium',
  'site.regulations': 'Regulasi',
  'site.about': 'Tentang',
  'site.tests': 'Tes',
  'site.search': 'Cari',
  'site.menu': 'Menu',
  'site.closeMenu': 'Tutup menu',
  'site.footerPrivacy': 'Data belajar Anda hanya disimpan di perangkat ini.',
  'site.footerMadeBy': 'Diselenggarakan oleh',
} as const;

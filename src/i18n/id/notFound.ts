/** The 404 page. */
export default {
  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Alamat yang Anda buka tidak ada di situs ini. Mungkin tautannya salah ketik atau materinya dipindahkan.',
  'notFound.home': 'Ke beranda',
} as const;

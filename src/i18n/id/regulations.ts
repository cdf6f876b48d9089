/** The regulations library page: headings, relations between regulations, and the intro of each kind of source. */
export default {
  'regulations.title': 'Pustaka regulasi',
  'regulations.intro': 'Peraturan, putusan pengadilan, panduan resmi, dan data yang menjadi dasar materi, dikelompokkan menurut jenisnya, dengan judul lengkap dan status per tinjauan terakhir.',
  'regulations.replacedBy': 'Dicabut/diubah oleh',
  'regulations.replaces': 'Menggantikan/mengubah',
  'regulations.succeededBy': 'Pedoman penerusnya',
  'regulations.succeeds': 'Meneruskan pedoman',
  'regulations.rules': 'Yang dipakai dalam kursus',
  'regulations.issued': 'Tanggal',
  'regulations.usedIn': 'Dirujuk dalam pelajaran',
  'regulations.intro.guidance': 'Penjelasan, pernyataan, dan surat edaran resmi lembaga. Isinya menjabarkan atau menerapkan aturan, tetapi bukan peraturan perundang-undangan.',
  'regulations.intro.data': 'Rilis data resmi lembaga, dengan tanggalnya. Angka dari lembaga dan tanggal yang berbeda tidak dijumlahkan.',
} as const;

/** Why a NIP (civil servant number) is not valid, one sentence per code from src/lib/nip.ts. */
export default {
  'nip.empty': 'Isi NIP Anda: 18 angka seperti tertulis di SK atau kartu pegawai.',
  'nip.characters': 'NIP hanya berisi angka. Hapus huruf dan tanda baca (spasi boleh).',
  'nip.length': 'NIP terdiri dari 18 angka; yang Anda isi {n} angka.',
  'nip.birthDate': 'Angka ke-1 sampai ke-8 NIP adalah tanggal lahir (tahun, bulan, tanggal), misalnya 19850312. "{value}" bukan tanggal yang ada.',
  'nip.birthFuture': 'Angka ke-1 sampai ke-8 NIP adalah tanggal lahir; "{value}" belum terjadi.',
  'nip.tmt': 'Angka ke-9 sampai ke-14 NIP adalah TMT CPNS (tahun dan bulan), misalnya 201001. "{value}" bukan bulan yang ada.',
  'nip.tmtBeforeAdult': 'TMT pada NIP ({tmt}) lebih awal dari ulang tahun ke-18 ({adult}). Periksa kembali angka ke-1 sampai ke-14.',
  'nip.gender': 'Angka ke-15 NIP adalah kode jenis kelamin: 1 untuk laki-laki atau 2 untuk perempuan, bukan {value}.',
  'nip.sequence': 'Tiga angka terakhir NIP adalah nomor urut dan tidak mungkin 000.',
} as const;

/** Why an identity field is not valid, one sentence per code from src/lib/identity.ts. */
export default {
  'identity.nameEmpty': 'Isi nama lengkap sesuai data kepegawaian, beserta gelar.',
  'identity.agencyEmpty': 'Isi nama instansi Anda, misalnya Pemerintah Kota Contoh.',
  'identity.positionEmpty': 'Isi jabatan Anda.',
  'identity.unitEmpty': 'Isi unit kerja Anda.',
  'identity.tooLong': 'Terlalu panjang: paling banyak {max} karakter.',
  'identity.control': 'Ada karakter tak terlihat (misalnya dari hasil salin-tempel). Ketik ulang isian ini.',
  'identity.nameDigits': 'Nama tidak memuat angka. Tulis nama dan gelar seperti di data kepegawaian.',
  'identity.nameChars': 'Nama hanya boleh berisi huruf, spasi, titik, koma, tanda hubung (-) dan apostrof (\'), dan diawali huruf.',
  'identity.nameShort': 'Tulis nama lengkap, bukan inisial.',
  'identity.orgChars': 'Gunakan huruf, angka, spasi dan tanda baca biasa saja (tanpa < > atau simbol lain), diawali huruf atau angka.',
} as const;

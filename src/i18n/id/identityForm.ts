/** The identity form on the learner's certificate page (/sertifikat/). */
export default {
  'identityForm.title': '1. Data diri',
  'identityForm.privacy':
    'Data diri hanya disimpan di browser perangkat ini dan tidak dikirim ke mana pun. Data ini tercetak pada keterangan belajar dan ikut dalam permintaan sertifikat yang Anda serahkan kepada pelatih.',
  'identityForm.name': 'Nama lengkap',
  'identityForm.nameHint': 'Sesuai data kepegawaian, beserta gelar. Contoh: Dra. Ni Luh Putu Saraswati, M.Si.',
  'identityForm.nip': 'NIP',
  'identityForm.nipHint': '18 angka, boleh dengan spasi. Contoh: 19850312 201001 1 003.',
  'identityForm.agency': 'Instansi',
  'identityForm.agencyHint': 'Contoh: Pemerintah Kota Contoh.',
  'identityForm.unit': 'Unit kerja (tidak wajib)',
  'identityForm.unitHint': 'Contoh: Dinas Pendidikan.',
  'identityForm.position': 'Jabatan',
  'identityForm.positionHint': 'Contoh: Analis Sumber Daya Manusia Aparatur Ahli Pertama.',
  'identityForm.save': 'Simpan data diri',
  'identityForm.forget': 'Hapus data diri dari perangkat ini',
  'identityForm.errorTitle': 'Ada {n} isian yang perlu diperbaiki',
  'identityForm.errorTitleAny': 'Ada isian yang perlu diperbaiki',
  'identityForm.errorPrefix': 'Kesalahan:',
  'identityForm.saved': 'Data diri tersimpan di perangkat ini.',
  'identityForm.savedMemory':
    'Data diri hanya dipakai selama halaman ini terbuka, karena browser ini tidak mengizinkan situs menyimpan data.',
  'identityForm.forgotten': 'Data diri sudah dihapus dari perangkat ini.',
} as const;

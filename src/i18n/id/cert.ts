/** The certificate's own text and fields. */
export default {
  'cert.courseTitle': 'Netralitas ASN, Nilai Dasar BerAKHLAK, dan Antikorupsi',
  'cert.titleSigned': 'Sertifikat',
  'cert.titleSelfStudy': 'Keterangan Belajar Mandiri',
  'cert.number': 'Nomor',
  'cert.awardedTo': 'diberikan kepada',
  'cert.completed': 'telah menyelesaikan pelatihan mandiri',
  'cert.jp': '{n} JP (jam pelajaran)',
  'cert.nip': 'NIP',
  'cert.position': 'Jabatan',
  'cert.agency': 'Instansi',
  'cert.score': 'Nilai post-test',
  'cert.scoreValue': '{score} (batas lulus {passMark})',
  'cert.date': 'Tanggal selesai',
  'cert.topics': 'Hasil per topik',
  'cert.topic': 'Topik',
  'cert.topicScore': 'Nilai',
  'cert.signedBy': 'Disahkan dengan tanda tangan elektronik oleh',
  'cert.organizer': 'Penyelenggara',
  'cert.courseVersion': 'Versi materi',
  'cert.verifyAt': 'Periksa keaslian: pindai kode QR atau buka',
  'cert.qrLabel': 'Kode QR menuju halaman verifikasi sertifikat ini',
  'cert.statementSigned':
    'Sertifikat ini memuat tanda tangan elektronik (Ed25519) dari pemegang kunci "{holder}". Tanda tangan itu membuktikan bahwa pemegang kunci mengesahkan data di atas dan bahwa data tidak diubah sejak disahkan. Post-test dikerjakan di perangkat peserta; yang menjamin identitas dan hasilnya adalah pemeriksaan oleh penanda tangan sebelum mengesahkan.',
  'cert.statementSelfStudy':
    'Keterangan ini dicetak dari perangkat peserta dan BELUM diverifikasi oleh pelatih. Isinya dicatat oleh browser peserta dan tidak dapat diperiksa keasliannya. Untuk sertifikat yang dapat diverifikasi, serahkan permintaan sertifikat kepada pelatih.',
  'cert.demoMark': 'CONTOH — kunci demo, tidak berlaku',
} as const;

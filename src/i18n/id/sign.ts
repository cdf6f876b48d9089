/** Signing a certificate request (/pelatih/tanda-tangan/) and the reasons a request is refused. */
export default {
  'sign.reason.malformed': 'Kode permintaan rusak atau terpotong.',
  'sign.reason.unsupported': 'Kode permintaan dibuat oleh versi situs yang lebih baru.',
  'sign.reason.identity': 'Identitas tidak valid: {detail}',
  'sign.reason.failed': 'Nilai {score} di bawah batas lulus {passMark}.',
  'sign.reason.passMark': 'Batas lulus pada permintaan ({request}) lebih rendah dari batas lulus situs ({site}).',
  'sign.reason.duplicate': 'Nomor sertifikat ini sudah ada di baris sebelumnya (permintaan ganda untuk percobaan post-test yang sama).',
  'sign.warn.noRecord':
    'Tanpa catatan percobaan (kode ditempel tanpa berkas permintaan): tidak dapat dilihat apakah jawaban tercatat dan kapan post-test dikerjakan.',
  'sign.warn.noAnswers': 'Percobaan ini tidak mencatat satu jawaban pun.',
  'sign.warn.someAnswers': 'Hanya {answered} dari {questions} soal yang tercatat dijawab.',
  'sign.warn.timeline': 'Waktu percobaan mustahil: mulai {start}, selesai {end}.',
  'sign.warn.tooFast': 'Post-test {questions} soal diselesaikan dalam {seconds} detik: terlalu cepat untuk dikerjakan sungguh-sungguh.',
  'sign.warn.dateMismatch': 'Tanggal pada permintaan ({date}) tidak cocok dengan waktu selesai yang tercatat ({end}).',
  'sign.reason.version':
    'Versi materi "{version}" tidak pernah diterbitkan situs ini. Bila situs memang pernah menyajikannya, admin menambahkannya ke content/course-versions.yaml.',
  'sign.reason.dateFuture': 'Tanggal selesai {date} belum terjadi.',
  'sign.reason.dateBeforeCourse': 'Tanggal selesai {date} lebih awal dari terbitnya versi materi ini ({start}).',
  'sign.reason.topicsNone': 'Permintaan tidak memuat hasil per topik.',
  'sign.reason.topicRepeated': 'Topik "{module}" muncul dua kali.',
  'sign.reason.topicUnknown': 'Topik "{module}" bukan modul materi ini.',
  'sign.reason.topicMax': 'Topik "{module}" bernilai maksimum {max}, padahal post-test versi ini memuat {expected} soal dari modul itu.',
  'sign.reason.topicMissing': 'Hasil topik berikut tidak ada: {modules}.',
  'sign.reason.scoreSum': 'Nilai {score} tidak sesuai jumlah nilai per topik ({points} dari {max}).',
} as const;

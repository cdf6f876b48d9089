/** Sending the certificate request to the trainer ("Kirim ke pelatih", src/elements/share-request.ts). */
export default {
  'share.button': 'Kirim ke pelatih',
  'share.hint': 'Membuka menu berbagi ponsel (WhatsApp, email, dan lainnya) dengan berkas permintaan terlampir.',
  'share.title': 'Permintaan sertifikat {name}',
  'share.text': 'Permintaan sertifikat pelatihan {course} atas nama {name}. Kode permintaan: {code}',
  'share.done': 'Berkas permintaan sudah diteruskan ke aplikasi yang Anda pilih. Pastikan pesannya terkirim kepada pelatih.',
  'share.cancelled': 'Pengiriman dibatalkan. Tekan "Kirim ke pelatih" lagi bila ingin mengirim.',
  'share.fallbackCopied': 'Perangkat ini tidak dapat mengirim berkas langsung. Kode permintaan sudah disalin: tempelkan di pesan kepada pelatih, atau unduh berkasnya dan kirim sebagai lampiran.',
  'share.fallbackSelect': 'Perangkat ini tidak dapat mengirim berkas langsung dan kode tidak dapat disalin otomatis. Kode permintaan sudah dipilih di kotak di atas: salin, lalu kirimkan kepada pelatih, atau unduh berkasnya.',
  'share.fallbackContact': 'Kontak pelatihan ada di bawah.',
} as const;

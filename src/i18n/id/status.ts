/** A regulation's legal status labels. */
export default {
  'status.berlaku': 'Berlaku',
  'status.diubah': 'Diubah',
  'status.dicabut': 'Dicabut',
  'status.selesai': 'Masa berlaku selesai',
} as const;

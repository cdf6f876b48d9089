/** A branching dilemma (the Scenario MDX component and <netral-scenario>). */
export default {
  'scenario.title': 'Dilema',
  'scenario.choose': 'Apa yang Anda lakukan?',
  'scenario.restart': 'Ulangi dari awal',
  'scenario.tryOther': 'Coba jalur lain',
  'scenario.back': 'Kembali satu langkah',
  'scenario.path': 'Jalur Anda',
  'scenario.outcome': 'Akhir cerita',
  'scenario.rule': 'Dasar aturan',
  'scenario.verdict.tepat': 'Tepat',
  'scenario.verdict.berisiko': 'Berisiko',
  'scenario.verdict.melanggar': 'Melanggar',
  'scenario.endingsSeen': 'Akhir yang sudah Anda temukan: {n} dari {total}',
} as const;

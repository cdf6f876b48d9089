/** Marks for facts that rest on a single source or are not settled. */
export default {
  'certainty.single-source': 'Satu sumber',
  'certainty.uncertain': 'Belum pasti',
} as const;

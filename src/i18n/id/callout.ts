/** The Callout MDX component's kinds. */
export default {
  'callout.ingat': 'Ingat',
  'callout.contoh': 'Contoh',
  'callout.perhatian': 'Perhatian',
  'callout.info': 'Info',
} as const;

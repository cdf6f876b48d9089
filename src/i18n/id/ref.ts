/** The Ref MDX component's status marks for a cited regulation. */
export default {
  'ref.revoked': 'dicabut',
  'ref.amended': 'diubah',
  'ref.expired': 'masa berlakunya selesai',
} as const;

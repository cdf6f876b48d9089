/** Resume reading on a long lesson (src/elements/netral-resume.ts). */
export default {
  'resume.label': 'Lanjutkan membaca:',
} as const;

// The deploying agency's settings. Edit this one file to rebrand the site; every field is documented in
// the README ("Site configuration") and validated when the site builds.
import { defineSiteConfig } from './schemas/site-config';

export default defineSiteConfig({
  title: 'Netral',
  description:
    'Pelatihan mandiri netralitas, nilai dasar BerAKHLAK, dan antikorupsi untuk pegawai ASN.',
  agency: {
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    unit: 'BKPSDM',
    city: 'Kota Contoh',
    logo: '/logo.svg',
    // Who learners contact about the course (all fields optional; docs/admin/deploy.md). Shown wherever the
    // site tells a learner to contact the agency; leave `contact` out and the text names the unit only.
    contact: {
      unitName: 'Bidang Pengembangan Kompetensi ASN',
      address: 'Gedung BKPSDM Kota Contoh, Ruang Diklat (lantai 2)',
      email: 'diklat@netral.example.go.id',
      hours: 'Senin–Jumat, 08.00–15.00',
    },
  },
  siteUrl: 'https://netral.example.go.id',
  basePath: '/',
  signatory: {
    name: 'Dra. Siti Rahmawati, M.Si.',
    nip: '197503152000032001',
    title: 'Kepala BKPSDM Kota Contoh',
  },
  passMark: 80,
  courseJp: 12,
  postTest: {
    mix: {
      'asn-dan-perannya': 2,
      berakhlak: 3,
      'netralitas-asn': 4,
      'skb-netralitas': 3,
      antikorupsi: 3,
      'studi-kasus': 2,
    },
    attempts: 3,
    timeLimitMinutes: null,
  },
  preTestMix: {
    'asn-dan-perannya': 2,
    berakhlak: 2,
    'netralitas-asn': 2,
    'skb-netralitas': 2,
    antikorupsi: 2,
  },
  certificate: {
    requireAllLessons: false,
    // Public keys of trainer-signed certificates. `npm run keys` prints an entry to paste here. Until one is
    // here, /verifikasi/ says certificates cannot be verified yet. The public demo key (whose private half is
    // published) is trusted only by builds run with NETRAL_TRUST_DEMO_KEY=1 (`npm start`, `npm test`), never
    // by `npm run build`, even if listed here (docs/admin/certificates.md).
    publicKeys: [],
  },
});

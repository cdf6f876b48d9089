/** The agency's contact block (src/components/contact/AgencyContact.astro). */
export default {
  'contact.title': 'Kontak pelatihan {unit}',
  'contact.unitName': 'Unit',
  'contact.address': 'Alamat',
  'contact.phone': 'Telepon',
  'contact.whatsapp': 'WhatsApp',
  'contact.email': 'Email',
  'contact.hours': 'Jam layanan',
} as const;

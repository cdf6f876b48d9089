// The agency's contact for learners (src/site.config.ts, `agency.contact`), turned into the lines a page
// shows: what each line says and where it links. Pure; runs on the server and in unit tests.

/** The contact fields as configured; every one is optional. */
export interface AgencyContact {
  unitName?: string | undefined;
  address?: string | undefined;
  phone?: string | undefined;
  whatsapp?: string | undefined;
  email?: string | undefined;
  hours?: string | undefined;
}

/** One line of the contact block: its kind (the page picks the label), the text and an optional link. */
export interface ContactLine {
  kind: 'unitName' | 'address' | 'phone' | 'whatsapp' | 'email' | 'hours';
  text: string;
  href?: string;
}

/** The digits of a phone number in international form: "0812-3456-7890" → "6281234567890". */
export function internationalDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
}

/** A tel: link that dials from any phone: "+62 341 123456" → "tel:+62341123456". */
export function telHref(phone: string): string {
  return `tel:+${internationalDigits(phone)}`;
}

/** A link that opens a WhatsApp chat with the number (the app, or its web page where it is missing). */
export function whatsappHref(phone: string): string {
  return `https://wa.me/${internationalDigits(phone)}`;
}

const order: readonly ContactLine['kind'][] = ['unitName', 'address', 'phone', 'whatsapp', 'email', 'hours'];

/** The lines to show, in a fixed order, with links for phone, WhatsApp and email; empty when nothing is set. */
export function contactLines(contact: AgencyContact | undefined): ContactLine[] {
  if (!contact) return [];
  const lines: ContactLine[] = [];
  for (const kind of order) {
    const text = contact[kind]?.trim();
    if (!text) continue;
    const href = kind === 'phone' ? telHref(text) : kind === 'whatsapp' ? whatsappHref(text) : kind === 'email' ? `mailto:${text}` : undefined;
    lines.push(href ? { kind, text, href } : { kind, text });
  }
  return lines;
}

/** Whether a phone number has a plausible shape: digits with spaces, dashes, dots or brackets, 6–15 digits. */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[0-9 ().-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}

// The agency's contact for learners: validation in the site configuration, the lines and links a page
// shows, and the block that renders nothing when no contact is configured.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import AgencyContact from '../../src/components/contact/AgencyContact.astro';
import { contactLines, isPhoneNumber, telHref, whatsappHref } from '../../src/lib/contact';
import { defineSiteConfig } from '../../src/schemas/site-config';
import site from '../../src/site.config';
import { validSiteConfig } from '../fixtures/site-config';

const valid = validSiteConfig;
const withContact = (contact: unknown) => ({ ...valid, agency: { ...valid.agency, contact } });

describe('agency.contact in defineSiteConfig()', () => {
  test('is optional, and every field of it is optional', () => {
    expect(defineSiteConfig(valid).agency.contact).toBeUndefined();
    expect(defineSiteConfig(withContact({})).agency.contact).toEqual({});
    expect(defineSiteConfig(withContact({ email: 'diklat@malangkota.go.id' })).agency.contact?.email).toBe('diklat@malangkota.go.id');
  });

  test('names each invalid field: a bad email, a phone without enough digits, an unknown key', () => {
    expect(() => defineSiteConfig(withContact({ email: 'diklat at kota' }))).toThrow(/agency\.contact\.email: alamat email tidak valid/);
    expect(() => defineSiteConfig(withContact({ phone: '123' }))).toThrow(/agency\.contact\.phone: nomor telepon/);
    expect(() => defineSiteConfig(withContact({ whatsapp: 'wa 0812' }))).toThrow(/agency\.contact\.whatsapp/);
    expect(() => defineSiteConfig(withContact({ fax: '0341 1234' }))).toThrow(/agency\.contact/);
    expect(() => defineSiteConfig(withContact({ hours: '   ' }))).toThrow(/agency\.contact\.hours: tidak boleh kosong/);
  });
});

describe('contactLines()', () => {
  test('lists what is set, in a fixed order, with links for phone, WhatsApp and email', () => {
    const lines = contactLines({ hours: 'Senin–Jumat', email: 'a@b.go.id', phone: '(0341) 123-456', whatsapp: '0812-3456-7890', unitName: 'Bidang PK' });
    expect(lines.map((l) => l.kind)).toEqual(['unitName', 'phone', 'whatsapp', 'email', 'hours']);
    expect(lines.find((l) => l.kind === 'phone')?.href).toBe('tel:+62341123456');
    expect(lines.find((l) => l.kind === 'whatsapp')?.href).toBe('https://wa.me/6281234567890');
    expect(lines.find((l) => l.kind === 'email')?.href).toBe('mailto:a@b.go.id');
    expect(lines.find((l) => l.kind === 'hours')?.href).toBeUndefined();
  });

  test('is empty without a contact', () => {
    expect(contactLines(undefined)).toEqual([]);
    expect(contactLines({})).toEqual([]);
  });
});

describe('phone helpers', () => {
  test('an international number keeps its country code; a local one is read as Indonesian', () => {
    expect(telHref('+62 341 123456')).toBe('tel:+62341123456');
    expect(whatsappHref('+31 6 1234 5678')).toBe('https://wa.me/31612345678');
    expect(whatsappHref('081234567890')).toBe('https://wa.me/6281234567890');
  });

  test('isPhoneNumber() accepts written forms and refuses letters and too few or many digits', () => {
    expect(isPhoneNumber('(0341) 123.456')).toBe(true);
    expect(isPhoneNumber('0812 3456 789O')).toBe(false);
    expect(isPhoneNumber('12345')).toBe(false);
    expect(isPhoneNumber('1234567890123456')).toBe(false);
  });
});

describe('<AgencyContact>', () => {
  test('shows the configured contact as one labelled group', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(AgencyContact);
    const contact = site.agency.contact;
    if (!contact?.email) throw new Error('the shipped configuration is expected to carry a contact email');
    expect(html).toContain('role="group"');
    expect(html).toContain(`aria-label="Kontak pelatihan ${site.agency.unit} ${site.agency.city}"`);
    expect(html).toContain(`href="mailto:${contact.email}"`);
  });
});

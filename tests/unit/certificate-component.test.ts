// The certificate sheet's server-rendered HTML: static parts from the configuration, empty slots for the
// learner's data (filled with textContent in the browser), and the statement each variant must make.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import Certificate from '../../src/components/cert/Certificate.astro';
import site from '../../src/site.config';

async function render(variant: 'signed' | 'self-study'): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(Certificate, { props: { variant } });
}

describe('<Certificate>', () => {
  test('the signed variant names the course, JP, agency and organiser, and leaves learner fields empty', async () => {
    const html = await render('signed');
    expect(html).toContain('Sertifikat</h2>');
    expect(html).toContain(site.agency.name);
    expect(html).toContain(`${site.courseJp} JP`);
    expect(html).toContain(site.signatory.name);
    expect(html).toMatch(/data-field="name"[^>]*><\/p>/);
    expect(html).toContain('tanda tangan elektronik (Ed25519)');
    expect(html).toMatch(/<article[^>]*hidden/);
  });

  test('the self-study variant says it is not verified by a trainer and claims no signature', async () => {
    const html = await render('self-study');
    expect(html).toContain('Keterangan Belajar Mandiri</h2>');
    expect(html).toContain('BELUM diverifikasi oleh pelatih');
    expect(html).not.toContain('Disahkan dengan tanda tangan elektronik');
  });
});

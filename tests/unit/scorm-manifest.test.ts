import { describe, expect, test } from 'vitest';
import { buildManifest, manifestFiles, schemaFiles, type ManifestInput, type ScormVersion } from '../../src/lib/scorm/manifest';
import { manifestErrors } from './scorm-schema';

const files = ['lms/index.html', 'index.html', '_astro/app.Ab12.js', 'materi/netralitas-asn/apa-itu/index.html', 'pagefind/fragment/id_1a2b.pf_fragment', 'file with space&.txt'];
const input = (version: ScormVersion, passMark: number | null = 80): ManifestInput => ({
  version,
  identifier: '2026.11.23-3f9a2c1d',
  title: 'Netral: Netralitas & Integritas ASN',
  launch: `lms/index.html?scorm=${version}`,
  passMark,
  files,
  schemas: schemaFiles[version],
});

describe('buildManifest()', () => {
  for (const version of ['1.2', '2004'] as const) {
    test(`a SCORM ${version} manifest is valid against the shipped schemas`, async () => {
      expect(await manifestErrors(version, buildManifest(input(version)))).toEqual([]);
    });
    test(`a SCORM ${version} manifest without a post-test is valid too`, async () => {
      expect(await manifestErrors(version, buildManifest(input(version, null)))).toEqual([]);
    });
    test(`a SCORM ${version} manifest lists every file, the schemas included, and no other`, () => {
      expect(manifestFiles(buildManifest(input(version))).sort()).toEqual([...files, ...schemaFiles[version]].sort());
    });
  }

  test('the validator rejects a broken manifest (the check can fail)', async () => {
    const broken = buildManifest(input('2004')).replace('<organizations default', '<organisations default').replace('</organizations>', '</organisations>');
    expect((await manifestErrors('2004', broken)).length).toBeGreaterThan(0);
    const broken12 = buildManifest(input('1.2')).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
    expect((await manifestErrors('1.2', broken12)).length).toBeGreaterThan(0);
  });

  test('the pass mark is the 1.2 mastery score', () => {
    expect(buildManifest(input('1.2', 75))).toContain('<adlcp:masteryscore>75</adlcp:masteryscore>');
  });

  test("the pass mark is the 2004 primary objective's minimum normalised measure, satisfied by the score", () => {
    const xml = buildManifest(input('2004', 75));
    expect(xml).toMatch(/<imsss:primaryObjective objectiveID="post-test" satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0.75<\/imsss:minNormalizedMeasure>/);
  });

  test('the launch page is the SCO and file names are escaped', () => {
    const xml = buildManifest(input('1.2'));
    expect(xml).toContain('adlcp:scormtype="sco" href="lms/index.html?scorm=1.2"');
    expect(xml).toContain('href="file%20with%20space&amp;.txt"');
  });

  test('a root-absolute or escaping path is refused', () => {
    expect(() => buildManifest({ ...input('1.2'), files: [...files, '/_astro/x.js'] })).toThrow(/relative/);
    expect(() => buildManifest({ ...input('1.2'), files: [...files, '../x.js'] })).toThrow(/inside/);
  });
});

// imsmanifest.xml for the SCORM 1.2 and SCORM 2004 (4th edition) packages: one organisation, one item,
// one SCO (the launch page) that lists every file of the course, and one asset resource for the XML
// schemas shipped beside the manifest. Pure; used by scripts/scorm.mjs and the unit tests.

/** SCORM versions a package is made for. */
export type ScormVersion = '1.2' | '2004';

/** What a manifest says about the package. */
export interface ManifestInput {
  version: ScormVersion;
  /** Identifier of the package, e.g. "netral-2026.11.23-3f9a2c1d" (made an XML ID here). */
  identifier: string;
  /** Course title shown by the LMS. */
  title: string;
  /** Launch page, relative to the package root, with its query (e.g. "lms/index.html?scorm=1.2"). */
  launch: string;
  /** Post-test pass mark in percent, or null when the course has no post-test. */
  passMark: number | null;
  /** Every file of the course (the launch page included), relative to the package root, "/" separated. */
  files: readonly string[];
  /** The XML schema files shipped beside the manifest. */
  schemas: readonly string[];
}

/** The XML schema files each version's manifest is written against, relative to the package root. */
export const schemaFiles: Record<ScormVersion, readonly string[]> = {
  '1.2': ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'],
  '2004': [
    'adlcp_v1p3.xsd', 'adlnav_v1p3.xsd', 'adlseq_v1p3.xsd', 'imscp_v1p1.xsd', 'imsss_v1p0.xsd', 'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd', 'imsss_v1p0delivery.xsd', 'imsss_v1p0limit.xsd', 'imsss_v1p0objective.xsd', 'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd', 'imsss_v1p0seqrule.xsd', 'imsss_v1p0util.xsd', 'lom.xsd', 'lomCustom.xsd', 'lomLoose.xsd',
    'lomStrict.xsd', 'xml.xsd', 'common/anyElement.xsd', 'common/dataTypes.xsd', 'common/elementNames.xsd',
    'common/elementTypes.xsd', 'common/rootElement.xsd', 'common/vocabTypes.xsd', 'common/vocabValues.xsd',
    'extend/custom.xsd', 'extend/strict.xsd', 'unique/loose.xsd', 'unique/strict.xsd', 'vocab/adlmd_vocabv1p0.xsd',
    'vocab/custom.xsd', 'vocab/loose.xsd', 'vocab/strict.xsd',
  ],
};

/** Escapes text for an XML attribute or element. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A file path as a manifest href: percent-encoded where a URI needs it, then XML-escaped. */
export function fileHref(path: string): string {
  if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`package path must be relative and inside the package: ${path}`);
  return xmlEscape(encodeURI(path));
}

/** An xs:ID made from any text: letters, digits, ".", "-", "_", starting with a letter. */
export function xmlId(text: string): string {
  const id = text.replace(/[^A-Za-z0-9._-]/g, '-');
  return /^[A-Za-z_]/.test(id) ? id : `id-${id}`;
}

const namespaces: Record<ScormVersion, string> = {
  '1.2': [
    'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
  ].join('\n          '),
  '2004': [
    'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
    'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
    'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
  ].join('\n          '),
};

/** The item's pass mark: adlcp:masteryscore (1.2) or the primary objective's minimum measure (2004). */
function passMarkXml(input: ManifestInput): string {
  if (input.passMark === null) return '';
  if (input.version === '1.2') return `\n        <adlcp:masteryscore>${input.passMark}</adlcp:masteryscore>`;
  const measure = String(Math.round(input.passMark * 10) / 1000);
  return `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="post-test" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${measure}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
}

/** The imsmanifest.xml text of a package. */
export function buildManifest(input: ManifestInput): string {
  const id = xmlId(input.identifier);
  const title = xmlEscape(input.title);
  const scormType = input.version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType';
  const schemaVersion = input.version === '1.2' ? '1.2' : '2004 4th Edition';
  const files = (list: readonly string[]) => list.map((file) => `      <file href="${fileHref(file)}"/>`).join('\n');
  const launchPath = input.launch.split('?')[0] ?? input.launch;
  if (!input.files.includes(launchPath)) throw new Error(`the launch page ${launchPath} is not among the package files`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
          ${namespaces[input.version]}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${schemaVersion}</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco">
        <title>${title}</title>${passMarkXml(input)}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" ${scormType}="sco" href="${xmlEscape(encodeURI(input.launch))}">
${files(input.files)}
    </resource>
    <resource identifier="${id}-schemas" type="webcontent" ${scormType}="asset">
${files(input.schemas)}
    </resource>
  </resources>
</manifest>
`;
}

/** The file hrefs a manifest lists, decoded back to package paths (for checks). */
export function manifestFiles(xml: string): string[] {
  return [...xml.matchAll(/<file\s+href="([^"]*)"/g)].map((match) =>
    decodeURI(match[1]!.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')),
  );
}

// Validates an imsmanifest.xml against the XML schemas shipped in the packages (src/lib/scorm/xsd/), with
// libxml2 compiled to WebAssembly (xmllint-wasm). Shared by the manifest unit test and the package test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { schemaFiles, type ScormVersion } from '../../src/lib/scorm/manifest';

const xsdRoot = join(import.meta.dirname, '../../src/lib/scorm/xsd');

// One schema that imports every namespace a manifest uses, so each is validated strictly.
const drivers: Record<ScormVersion, string[]> = {
  '1.2': [
    'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd',
    'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
  ],
  '2004': [
    'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd',
    'http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd',
    'http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
  ],
};

/** Schema validation errors of a manifest (empty when valid). */
export async function manifestErrors(version: ScormVersion, xml: string): Promise<string[]> {
  const folder = join(xsdRoot, version === '1.2' ? 'scorm12' : 'scorm2004');
  const imports = drivers[version].map((pair) => {
    const [namespace, location] = pair.split(' ');
    return `<xsd:import namespace="${namespace}" schemaLocation="${location}"/>`;
  });
  const driver = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:netral:manifest-check">${imports.join('')}</xsd:schema>`;
  const preload = schemaFiles[version].map((file) => {
    const contents = readFileSync(join(folder, file), 'utf8');
    // The official 1.2 ims_xml.xsd declares the xml namespace as its default namespace, which the XML
    // Namespaces rules forbid and libxml2 refuses; the package ships it as published, the check reads it
    // without that one declaration (nothing in the file uses it).
    if (file === 'ims_xml.xsd') return { fileName: file, contents: contents.replace('xmlns="http://www.w3.org/XML/1998/namespace"', '') };
    return { fileName: file, contents };
  });
  // imscp_v1p1.xsd imports xml.xsd by its W3C address; xmllint never goes to the network, so it gets the copy.
  if (version === '2004') preload.push({ fileName: 'http://www.w3.org/2001/xml.xsd', contents: readFileSync(join(folder, 'xml.xsd'), 'utf8') });
  const result = await validateXML({ xml: [{ fileName: 'imsmanifest.xml', contents: xml }], schema: [{ fileName: 'driver.xsd', contents: driver }], preload });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

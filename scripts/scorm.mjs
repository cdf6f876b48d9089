// `npm run scorm`: the course as packages an LMS imports, from the same content and src/site.config.ts as
// the site. Writes dist-scorm/netral-scorm12.zip (SCORM 1.2) and dist-scorm/netral-scorm2004.zip (SCORM
// 2004 4th edition); see docs/admin/lms.md.
//
// 1. astro build with NETRAL_SCORM=1 (astro.config.mjs): output in dist-scorm/site/ under a placeholder
//    base, with the launch page lms/index.html and no service worker.
// 2. Every address under the placeholder becomes relative (src/lib/scorm/relative-urls.ts), so the package
//    works from any path; the build fails if a root-absolute address is left.
// 3. Per version: imsmanifest.xml listing every file (src/lib/scorm/manifest.ts), the XML schemas beside it,
//    zipped with fflate.
//
//   npm run scorm                 build, rewrite, package
//   npm run scorm -- --no-build   package the existing dist-scorm/site/ again (tests use this)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import './ts-resolve.mjs';

const { buildManifest, schemaFiles } = await import('../src/lib/scorm/manifest.ts');
const { relativizeUrls } = await import('../src/lib/scorm/relative-urls.ts');
const { LMS_PLACEHOLDER_BASE } = await import('../src/data/lms-build.ts');
const site = (await import('../src/site.config.ts')).default;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = join(root, 'dist-scorm');
const siteDir = join(outRoot, 'site');
const xsdDir = join(root, 'src/lib/scorm/xsd');

/** Package paths ("/" separated) of every file under `dir`. */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

// 1. Build. Old packages go first, so a failed run never leaves yesterday's zips looking current.
for (const file of ['netral-scorm12.zip', 'netral-scorm2004.zip']) rmSync(join(outRoot, file), { force: true });
if (!process.argv.includes('--no-build')) {
  rmSync(siteDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NETRAL_SCORM: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
if (!existsSync(join(siteDir, 'lms/index.html'))) {
  console.error('dist-scorm/site/ has no lms/index.html: run npm run scorm (without --no-build) first.');
  process.exit(1);
}

// 2. Relative addresses. Files the LMS has no use for are left out: the host headers file for Netlify-like
// hosts, and source maps.
for (const name of ['_headers']) rmSync(join(siteDir, name), { force: true });
const files = listFiles(siteDir).filter((file) => !file.endsWith('.map'));
const textKinds = { '.html': 'markup', '.css': 'markup', '.json': 'markup', '.webmanifest': 'markup', '.js': 'script', '.mjs': 'script' };
const problems = [];
for (const file of files) {
  const ext = file.slice(file.lastIndexOf('.'));
  const kind = textKinds[ext];
  if (!kind) continue;
  const path = join(siteDir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(LMS_PLACEHOLDER_BASE)) continue;
  const fileDir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  try {
    const rewritten = relativizeUrls(text, kind, {
      fileDir,
      base: LMS_PLACEHOLDER_BASE,
      hasIndex: (folder) => existsSync(join(siteDir, folder, 'index.html')),
    });
    writeFileSync(path, rewritten);
  } catch (error) {
    problems.push(`${file}: ${error.message}`);
  }
}
// Checked: every course file but Pagefind's own scripts, whose "/pagefind/" is only a fallback (they find their
// folder from their own address).
for (const file of files.filter((f) => /\.(html|css|js|mjs|json|webmanifest)$/.test(f) && !f.startsWith('pagefind/'))) {
  const text = readFileSync(join(siteDir, file), 'utf8');
  if (text.includes(LMS_PLACEHOLDER_BASE)) problems.push(`${file}: the placeholder base is still there`);
  const absolute = /(?:\b(?:href|src|action|poster|srcset)=["']|url\(["']?|&quot;)\/(?!\/)[^"'&)\s]+/.exec(text);
  if (absolute) problems.push(`${file}: root-absolute address ${absolute[0]}`);
}
if (problems.length) {
  console.error(`The LMS build still has addresses that only work at the site root:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

// 3. Packages.
const courseVersion = /"courseVersion":"([^"]+)"/.exec(readFileSync(join(siteDir, 'lms/index.html'), 'utf8').replace(/&quot;/g, '"'))?.[1];
const packages = [
  { version: '1.2', file: 'netral-scorm12.zip', xsd: 'scorm12' },
  { version: '2004', file: 'netral-scorm2004.zip', xsd: 'scorm2004' },
];
mkdirSync(outRoot, { recursive: true });
for (const pkg of packages) {
  const schemas = schemaFiles[pkg.version];
  const manifest = buildManifest({
    version: pkg.version,
    identifier: `netral-${courseVersion ?? 'course'}`,
    title: site.title,
    launch: `lms/index.html?scorm=${pkg.version}`,
    passMark: Object.keys(site.postTest.mix).length ? site.passMark : null,
    files,
    schemas,
  });
  const entries = { 'imsmanifest.xml': new TextEncoder().encode(manifest) };
  for (const schema of schemas) entries[schema] = readFileSync(join(xsdDir, pkg.xsd, schema));
  for (const file of files) {
    if (entries[file]) throw new Error(`${file} is both a course file and a schema file`);
    entries[file] = readFileSync(join(siteDir, file));
  }
  // Already-compressed files (images, fonts, Pagefind's index) are stored; text is deflated.
  const zip = zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([name, data]) => [name, [data, { level: /\.(png|jpe?g|webp|woff2?|pf_[a-z]+|wasm|gz)$/.test(name) ? 0 : 9 }]]),
    ),
    { mtime: new Date('2026-01-01T00:00:00Z') },
  );
  writeFileSync(join(outRoot, pkg.file), zip);
  console.log(`${relative(root, join(outRoot, pkg.file))}: SCORM ${pkg.version}, ${Object.keys(entries).length} files, ${(zip.length / 1024 / 1024).toFixed(1)} MB`);
}

// A test LMS for the SCORM packages: serves the unpacked zips under a sub-path, as an LMS does (files only,
// no folder index, like Moodle's pluginfile.php), and a runtime page that creates scorm-again's SCORM 1.2 or
// 2004 API object and records every call the course makes. Used by scorm.spec.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { unzipSync } from 'fflate';

const root = join(import.meta.dirname, '../..');
export const packages = { '1.2': join(root, 'dist-scorm/netral-scorm12.zip'), '2004': join(root, 'dist-scorm/netral-scorm2004.zip') } as const;

/** Builds the packages with npm run scorm unless scripts/test.mjs already did. */
export function ensurePackages(): void {
  if (Object.values(packages).every((file) => existsSync(file))) return;
  const result = spawnSync(process.execPath, [join(root, 'scripts/scorm.mjs')], { cwd: root, stdio: 'inherit', env: { ...process.env, NETRAL_TRUST_DEMO_KEY: '1' } });
  if (result.status !== 0) throw new Error('npm run scorm failed');
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

// The LMS side: scorm-again's API in the page that holds the SCO's frame. Every call is recorded with its
// result and the error code the API reports right after it.
const runtimePage = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>LMS uji</title><script src="scorm-again.js"></script></head>
<body>
<iframe id="sco" title="Kursus" width="1100" height="800"></iframe>
<script>
window.calls = [];
window.launch = function (version, cmi, href) {
  var real = version === '1.2' ? new Scorm12API({ autocommit: false, logLevel: 5 }) : new Scorm2004API({ autocommit: false, logLevel: 5 });
  real.loadFromJSON(cmi, '');
  var names = version === '1.2'
    ? ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish']
    : ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'];
  var wrapper = {};
  ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic', 'GetLastError', 'GetErrorString', 'GetDiagnostic'].forEach(function (name) {
    if (real[name]) wrapper[name] = function () { return real[name].apply(real, arguments); };
  });
  names.forEach(function (name) {
    wrapper[name] = function () {
      var args = Array.prototype.slice.call(arguments);
      var result = real[name].apply(real, args);
      var error = version === '1.2' ? real.LMSGetLastError() : real.GetLastError();
      window.calls.push({ method: name, args: args, result: String(result), error: String(error) });
      return result;
    };
  });
  delete window.API; delete window.API_1484_11;
  window[version === '1.2' ? 'API' : 'API_1484_11'] = wrapper;
  window.calls = [];
  document.getElementById('sco').src = href;
};
window.exit = function () { document.getElementById('sco').src = 'about:blank'; };
</script>
</body></html>`;

/** A running test LMS. */
export interface TestLms {
  /** Address of the runtime page. */
  runtime: string;
  /** Launch address of each package, relative to the runtime page (from its manifest). */
  launch: Record<'1.2' | '2004', string>;
  close(): Promise<void>;
}

/** Serves the runtime page at /lms/ and each unpacked package under /lms/kursus/<version>/. */
export async function startTestLms(): Promise<TestLms> {
  const files = new Map<string, Uint8Array>();
  files.set('/lms/index.html', new TextEncoder().encode(runtimePage));
  files.set('/lms/scorm-again.js', readFileSync(join(root, 'node_modules/scorm-again/dist/scorm-again.js')));
  const launch = {} as Record<'1.2' | '2004', string>;
  for (const [version, zip] of Object.entries(packages) as ['1.2' | '2004', string][]) {
    const folder = version === '1.2' ? 'scorm12' : 'scorm2004';
    for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) files.set(`/lms/kursus/${folder}/${name}`, data);
    const manifest = new TextDecoder().decode(files.get(`/lms/kursus/${folder}/imsmanifest.xml`));
    const href = /scorm[tT]ype="sco" href="([^"]+)"/.exec(manifest)?.[1] ?? '';
    launch[version] = `kursus/${folder}/${href.replace(/&amp;/g, '&')}`;
  }
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const body = files.get(path);
    if (!body) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    runtime: `http://127.0.0.1:${port}/lms/index.html`,
    launch,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** One recorded API call. */
export interface ApiCall {
  method: string;
  args: string[];
  result: string;
  error: string;
}

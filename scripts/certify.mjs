// `npm run certify`: signs completion requests offline with a private key from `npm run keys`, or checks
// signed certificates the way the verification page does.
//
//   npm run certify -- NR1.xxxx                       one request code
//   npm run certify -- permintaan-budi.json           a request file (any file holding request codes)
//   npm run certify -- kelas-a.csv                    a CSV of a whole class (codes in any column)
//   npm run certify -- folder-kelas-a/                every .json, .txt and .csv file in a folder
//   options: --key keys/ID.private.json (default: the only key in keys/), --out hasil.csv,
//            --site dist (the built site: its list of published course versions and revocations)
//   npm run certify -- --verify sertifikat-….csv      SAH / TIDAK SAH for every certificate code in the input
//
// Signing prints each certificate's number, learner and verification link, and writes every row (signed or
// refused, with the reason) to a CSV. Exits 1 when any request was refused or any certificate is TIDAK SAH.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import './ts-resolve.mjs';

const { loadSigner } = await import('../src/lib/cert/keys.ts');
const { isDemoKey } = await import('../src/lib/cert/demo.ts');
const { findCertificateCodes, findRequestCodes, verificationLink } = await import('../src/lib/cert/links.ts');
const { batchCsv, signBatch } = await import('../src/lib/cert/batch.ts');
const { verifyCertificate } = await import('../src/lib/cert/certificate.ts');
const { parseRevocations } = await import('../src/schemas/revocation.ts');
const { formatNip } = await import('../src/lib/nip.ts');
const { invalidReason } = await import('../src/lib/cert/reasons.ts');
const { describe } = await import('../src/lib/problem.ts');
const { t } = await import('../src/i18n/index.ts');
const site = (await import('../src/site.config.ts')).default;

const usage = `Pakai: npm run certify -- [--key keys/ID.private.json] [--out hasil.csv] MASUKAN...
       npm run certify -- --verify MASUKAN...
MASUKAN: kode (NR1.... untuk ditandatangani, NC1.... untuk diperiksa), berkas permintaan, CSV satu kelas,
atau folder berisi berkas .json, .txt dan .csv.`;

function fail(message) {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      key: { type: 'string' },
      site: { type: 'string', default: 'dist' },
      out: { type: 'string' },
      verify: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(error.message);
}
if (args.values.help) {
  console.log(usage);
  process.exit(0);
}
if (args.positionals.length === 0) fail('Tidak ada masukan.');

const warnings = [];

const explain = (reason) => describe(reason, (key) => t(key));
const { attemptWarnings, parseAttemptFacts } = await import('../src/lib/cert/attempt-facts.ts');
/** What request files recorded of each attempt ("percobaan"), by request code. */
const facts = new Map();

/** Every code of one kind in the inputs (literal codes, files, or folders of files), with where it came from. */
function collectFrom(find, label) {
  const codes = [];
  const fromFile = (path) => {
    const text = readFileSync(path, 'utf8');
    try {
      const file = JSON.parse(text);
      const recorded = parseAttemptFacts(file?.percobaan);
      if (typeof file?.code === 'string' && recorded) facts.set(file.code, recorded);
    } catch {
      // Not a request file (a CSV or text): codes only.
    }
    const found = find(text);
    if (found.length === 0) warnings.push(`Tidak ada ${label} di ${path}.`);
    codes.push(...found.map((code) => ({ code, source: relative('.', path) || path })));
  };
  for (const input of args.positionals) {
    if (/^N[CR]\d+\./.test(input)) codes.push(...(find(input).length ? find(input) : [input]).map((code) => ({ code, source: 'argumen' })));
    else if (!existsSync(input)) fail(`${input} tidak ditemukan.`);
    else if (statSync(input).isDirectory()) {
      const files = readdirSync(input)
        .filter((name) => ['.json', '.txt', '.csv'].includes(extname(name).toLowerCase()))
        .sort((a, b) => a.localeCompare(b, 'id'));
      if (files.length === 0) warnings.push(`Folder ${input} tidak berisi berkas .json, .txt atau .csv.`);
      for (const name of files) fromFile(join(input, name));
    } else fromFile(input);
  }
  const seen = new Set();
  return codes.filter(({ code }) => !seen.has(code) && seen.add(code));
}

const collect = (find, label) => collectFrom(find, label).map(({ code }) => code);

const who = (request) => `${request.identity.name} (NIP ${formatNip(request.identity.nip)})`;

if (args.values.verify) {
  // The keys and revocation list of this checkout: what the site says once it is built from it.
  // The content directory is content/ unless NETRAL_CONTENT_DIR names another (src/data/content-dir.ts).
  const { contentPath } = await import('../src/data/content-dir.ts');
  const revocationsPath = contentPath('revocations.yaml');
  const revocations = existsSync(revocationsPath) ? parseRevocations(readFileSync(revocationsPath, 'utf8'), revocationsPath) : [];
  // As the build: the public demo key counts only when asked for (NETRAL_TRUST_DEMO_KEY=1).
  const { demoHolder, demoKeyId, demoPublicKey } = await import('../src/lib/cert/demo.ts');
  const trusted = site.certificate.publicKeys.filter((key) => !isDemoKey(key));
  if (process.env.NETRAL_TRUST_DEMO_KEY === '1') trusted.push({ id: demoKeyId, key: demoPublicKey, holder: demoHolder });
  const codes = collect(findCertificateCodes, 'kode sertifikat (NC1....)');
  for (const warning of warnings) console.warn(`PERHATIAN: ${warning}`);
  if (codes.length === 0) fail('Tidak ada kode sertifikat untuk diperiksa.');
  let valid = 0;
  for (const [index, code] of codes.entries()) {
    const result = await verifyCertificate(code, { keys: trusted, revocations });
    if (result.status === 'valid') {
      valid += 1;
      const demo = isDemoKey(result.key) ? '  [KUNCI DEMO: tidak membuktikan apa pun]' : '';
      console.log(`${index + 1}. SAH        ${result.certificate.number}  ${who(result.certificate.request)}  oleh ${result.key.holder}${demo}`);
    } else {
      const reason = explain(invalidReason(result, site.title));
      const label = result.certificate ? `${result.certificate.number}  ${who(result.certificate.request)}` : `${code.slice(0, 24)}…`;
      console.log(`${index + 1}. TIDAK SAH  ${label}\n   ${reason}`);
    }
  }
  console.log(`\n${valid} SAH, ${codes.length - valid} TIDAK SAH.`);
  process.exit(valid === codes.length ? 0 : 1);
}

// Signing. The key: --key, or the only private key in keys/.
let keyPath = args.values.key;
if (!keyPath) {
  const found = existsSync('keys') ? readdirSync('keys').filter((name) => name.endsWith('.private.json')) : [];
  if (found.length !== 1)
    fail(found.length === 0 ? 'Tidak ada kunci di keys/. Buat dengan npm run keys, atau sebutkan --key.' : `Ada ${found.length} kunci di keys/; pilih satu dengan --key.`);
  keyPath = join('keys', found[0]);
}
let keyText;
try {
  keyText = readFileSync(keyPath, 'utf8');
} catch {
  fail(`Berkas kunci ${keyPath} tidak dapat dibaca.`);
}
const loaded = await loadSigner(keyText);
if (!loaded.ok) fail(`${keyPath} bukan kunci privat yang utuh (buat dengan npm run keys).`);
const { signer } = loaded;

const configured = site.certificate.publicKeys.find((key) => key.id === signer.keyId);
if (!configured)
  warnings.push(`Kunci "${signer.keyId}" belum ada di certificate.publicKeys (src/site.config.ts): sertifikat akan TIDAK SAH sampai kunci publiknya ditambahkan dan situs dibangun ulang.`);
else if (configured.key !== signer.publicKey)
  warnings.push(`src/site.config.ts memuat kunci publik LAIN untuk id "${signer.keyId}": sertifikat akan TIDAK SAH. Periksa baris kuncinya.`);
if (isDemoKey({ key: signer.publicKey })) warnings.push('Ini kunci DEMO yang terbuka untuk umum: sertifikatnya hanya contoh dan tidak membuktikan apa pun.');
if (!site.siteUrl) warnings.push('siteUrl belum diisi di src/site.config.ts: tautan hanya berisi path, tanpa alamat situs.');

// The course versions this site published, from the build (what the trainer page checks against).
const versionsPath = join(args.values.site, 'versi-materi.json');
let versions;
try {
  versions = JSON.parse(readFileSync(versionsPath, 'utf8'));
} catch {
  fail(`${versionsPath} tidak ditemukan: bangun situs dulu (npm run build), atau sebutkan folder hasil build dengan --site.`);
}

const inputs = collectFrom(findRequestCodes, 'kode permintaan (NR1....)');
for (const warning of warnings) console.warn(`PERHATIAN: ${warning}`);
if (inputs.length === 0) fail('Tidak ada kode permintaan untuk ditandatangani.');

const rows = await signBatch(inputs, signer, {
  passMark: site.passMark,
  versions,
  link: (code) => verificationLink(code, site),
});

const { certificateView } = await import('../src/lib/cert/view.ts');
console.log('\nData yang ditandatangani, per peserta:');
rows.forEach((row, index) => {
  const learner = row.request ? who(row.request) : `${row.requestCode.slice(0, 24)}…`;
  if (row.request) {
    const view = certificateView(row.request);
    const { identity } = row.request;
    console.log(`\n${index + 1}. ${view.name}\n   NIP ${view.nip} · ${view.position} · ${identity.unit ? `${identity.unit}, ` : ''}${identity.agency}`);
    console.log(`   Nilai ${view.score} (batas lulus ${view.passMark}) · tanggal ${row.request.date} · versi materi ${view.courseVersion} · nomor ${view.number}`);
    console.log(`   Topik: ${view.topics.map((topic) => `${topic.title} ${topic.points}`).join('; ')}`);
    console.log(`   Asal: ${row.source}`);
    for (const warning of attemptWarnings(row.request, facts.get(row.requestCode))) console.log(`   PERHATIKAN: ${explain(warning)}`);
  }
  if (row.status === 'signed') console.log(`${index + 1}. DITANDATANGANI  ${row.number}  ${learner}\n   ${row.link}`);
  else console.log(`${index + 1}. DITOLAK  ${learner}  [${row.source}]\n   ${explain(row.reason)}`);
});

const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
const out = args.values.out ?? `sertifikat-${stamp}.csv`;
try {
  writeFileSync(out, batchCsv(rows, explain), { flag: 'wx' });
} catch (error) {
  if (error.code === 'EEXIST') fail(`${out} sudah ada dan tidak ditimpa; pilih --out lain.`);
  throw error;
}
const signed = rows.filter((row) => row.status === 'signed').length;
console.log(`\n${signed} sertifikat ditandatangani, ${rows.length - signed} ditolak. Hasil lengkap: ${relative('.', out) || out}`);
console.log('Berkas hasil memuat nama dan NIP peserta: simpan seperlunya dan jangan masukkan ke repositori.');
process.exit(signed === rows.length ? 0 : 1);

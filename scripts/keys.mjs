// `npm run keys`: creates an Ed25519 key pair for signing certificates. The private key goes to keys/
// (git-ignored; never overwritten), the public key and key id are printed ready to paste into
// src/site.config.ts.
//
//   npm run keys                                    holder defaults to the agency in src/site.config.ts
//   npm run keys -- --holder "Tim Pelatih BKPSDM" --id bkpsdm-2026
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import './ts-resolve.mjs';

const { generateKeyFile, publicEntry } = await import('../src/lib/cert/keys.ts');
const site = (await import('../src/site.config.ts')).default;

let options;
try {
  ({ values: options } = parseArgs({
    options: { holder: { type: 'string' }, id: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }));
} catch (error) {
  console.error(`${error.message}\nPakai: npm run keys -- [--holder "Nama pemegang kunci"] [--id id-kunci]`);
  process.exit(1);
}
if (options.help) {
  console.log('Pakai: npm run keys -- [--holder "Nama pemegang kunci"] [--id id-kunci]');
  process.exit(0);
}

const holder = (options.holder ?? `${site.agency.unit} ${site.agency.city}`).trim();
if (!holder) {
  console.error('--holder tidak boleh kosong.');
  process.exit(1);
}

let file;
try {
  file = await generateKeyFile(holder, options.id);
} catch (error) {
  console.error(`Kunci tidak dapat dibuat: ${error.message}`);
  process.exit(1);
}
if (site.certificate.publicKeys.some((key) => key.id === file.id)) {
  console.error(`ID kunci "${file.id}" sudah ada di src/site.config.ts. Pilih --id lain.`);
  process.exit(1);
}

const dir = resolve('keys');
const path = resolve(dir, `${file.id}.private.json`);
mkdirSync(dir, { recursive: true, mode: 0o700 });
try {
  // "wx": refuse to overwrite an existing key; losing a private key would strand every certificate it signed.
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
} catch (error) {
  if (error.code === 'EEXIST') {
    console.error(`keys/${file.id}.private.json sudah ada dan tidak ditimpa. Pilih --id lain atau pindahkan berkas lama.`);
    process.exit(1);
  }
  throw error;
}

let ignored = false;
try {
  execFileSync('git', ['check-ignore', '-q', path], { stdio: 'ignore' });
  ignored = true;
} catch {
  // Not a git checkout, or the path is not ignored: the warning below says what to do.
}

const entry = publicEntry(file);
// Single-quoted like the rest of src/site.config.ts.
const quote = (text) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const line = `{ id: ${quote(entry.id)}, key: ${quote(entry.key)}, holder: ${quote(entry.holder)} },`;
console.log(`
Kunci baru dibuat untuk "${holder}".

  Kunci privat: keys/${file.id}.private.json
  ID kunci:     ${file.id}
  Kunci publik: ${file.publicKey}

1. Tempelkan baris ini ke dalam certificate.publicKeys di src/site.config.ts, lalu bangun ulang situs
   (npm run build). Hapus baris kunci 'demo' bila masih ada.

    ${line}

2. PERINGATAN: kunci privat adalah RAHASIA. Siapa pun yang memegangnya dapat membuat sertifikat yang SAH.
   - Jangan pernah memasukkannya ke repositori git, ke folder public/ atau dist/, atau mengunggahnya ke situs.
   - Jangan kirim lewat surel atau aplikasi pesan. Simpan salinan cadangan di media yang terkunci.
   - Bila bocor: hapus kunci publiknya dari src/site.config.ts, buat kunci baru, dan tandatangani ulang
     sertifikat yang masih berlaku.${ignored ? '' : '\n   - keys/ TIDAK diabaikan git di sini: tambahkan "keys/" ke .gitignore sebelum commit apa pun.'}
`);

// npm run keys and npm run certify run the shared TypeScript logic under plain Node (no bundler).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { verifyCertificate } from '../../src/lib/cert/certificate';
import { loadSigner, publicEntry, type PrivateKeyFile } from '../../src/lib/cert/keys';
import { encodeRequestCode, type CompletionRequest } from '../../src/lib/cert/request';
import site from '../../src/site.config';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'netral-keys-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { cwd: scratch, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, out: `${result.stdout}\n${result.stderr}` };
}

const request: CompletionRequest = {
  identity: { name: 'Budi Santoso, S.E.', nip: '198503122010011003', agency: 'Pemerintah Kota Contoh', unit: '', position: 'Analis Kebijakan' },
  score: 87.5,
  passMark: 80,
  topics: [
    { module: 'netralitas-asn', points: 4, max: 4 },
    { module: 'berakhlak', points: 3, max: 4 },
  ],
  date: '2026-11-23',
  courseVersion: '2026.11.01-1a2b3c4d',
  digest: '0123456789abcdef0123456789abcdef',
};

// What the build publishes (dist/versi-materi.json): the course versions certify checks requests against.
mkdirSync(join(scratch, 'dist'));
writeFileSync(join(scratch, 'dist', 'versi-materi.json'), JSON.stringify([{ version: request.courseVersion, mix: { 'netralitas-asn': 4, berakhlak: 4 } }]));

describe('npm run keys', () => {
  test('writes a private key only its owner can read and prints the entry to paste into the configuration', async () => {
    const { status, out } = run('keys.mjs', ['--holder', "Tim Pelatih O'Brien", '--id', 'uji-2026']);
    expect(status).toBe(0);
    const path = join(scratch, 'keys', 'uji-2026.private.json');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const file = JSON.parse(readFileSync(path, 'utf8')) as PrivateKeyFile;
    expect((await loadSigner(JSON.stringify(file))).ok).toBe(true);
    expect(out).toContain(`{ id: 'uji-2026', key: '${file.publicKey}', holder: 'Tim Pelatih O\\'Brien' },`);
    expect(out).toMatch(/RAHASIA/);
    expect(out).not.toContain(file.privateKey);
  });

  test('refuses to overwrite an existing key', () => {
    const before = readFileSync(join(scratch, 'keys', 'uji-2026.private.json'), 'utf8');
    const { status, out } = run('keys.mjs', ['--id', 'uji-2026']);
    expect(status).toBe(1);
    expect(out).toContain('sudah ada dan tidak ditimpa');
    expect(readFileSync(join(scratch, 'keys', 'uji-2026.private.json'), 'utf8')).toBe(before);
  });
});

describe('npm run certify', () => {
  test('signs a class CSV, prints the links and writes a results CSV; refused rows make it exit 1', async () => {
    const csv = join(scratch, 'kelas.csv');
    const inconsistent = { ...request, score: 100, digest: 'f'.repeat(32) };
    writeFileSync(csv, `nama,kode\nBudi,${encodeRequestCode(request)}\nCurang,${encodeRequestCode(inconsistent)}\n`);
    const key = join(scratch, 'keys', 'uji-2026.private.json');
    const { status, out } = run('certify.mjs', ['--key', key, '--out', 'hasil.csv', csv]);
    expect(status).toBe(1);
    expect(out).toContain('belum ada di certificate.publicKeys');
    expect(out).toContain('1 sertifikat ditandatangani, 1 ditolak.');
    // Every field to be signed is shown, and the refusal names its reason and file.
    expect(out).toContain('NIP 19850312 201001 1 003 · Analis Kebijakan · Pemerintah Kota Contoh');
    expect(out).toContain('versi materi 2026.11.01-1a2b3c4d');
    expect(out).toMatch(/DITOLAK .*\[kelas\.csv\][\s\S]*Nilai 100 tidak sesuai jumlah nilai per topik/);
    const link = /https:\/\/\S+verifikasi\/#(NC1\.\S+)/.exec(out);
    expect(link?.[0]).toContain(`${site.siteUrl}${site.basePath}verifikasi/#`);
    const keyFile = JSON.parse(readFileSync(key, 'utf8')) as PrivateKeyFile;
    const verified = await verifyCertificate(link![1], { keys: [publicEntry(keyFile)], revocations: [] });
    expect(verified.status).toBe('valid');
    const results = readFileSync(join(scratch, 'hasil.csv'), 'utf8');
    expect(results).toContain('ditolak');
    expect(results).toContain(link![1]);
  });

  test('signs every request file in a folder with the only key in keys/', () => {
    const folder = join(scratch, 'permintaan');
    mkdirSync(folder);
    writeFileSync(join(folder, 'budi.json'), JSON.stringify({ code: encodeRequestCode(request) }));
    writeFileSync(join(folder, 'catatan.md'), 'ignored');
    const { status, out } = run('certify.mjs', ['--out', 'folder.csv', folder]);
    expect(status).toBe(0);
    expect(out).toContain('1 sertifikat ditandatangani, 0 ditolak.');
    // The file carries no record of the attempt: the trainer is told so before relying on it.
    expect(out).toContain('PERHATIKAN: Tanpa catatan percobaan');
  });

  test('--verify checks every certificate in a results CSV like the verification page', async () => {
    const demo = readFileSync(join(root, 'tests/fixtures/demo-signing-key.json'), 'utf8');
    const signed = run('certify.mjs', ['--key', join(root, 'tests/fixtures/demo-signing-key.json'), '--out', 'demo.csv', encodeRequestCode(request)]);
    expect(signed.status).toBe(0);
    expect(signed.out).toContain('kunci DEMO');
    const code = /NC1\.[A-Za-z0-9_-]+/.exec(readFileSync(join(scratch, 'demo.csv'), 'utf8'))![0];
    // A character inside the signature: the code still reads, but no longer matches.
    const at = code.length - 10;
    const altered = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    // Like `npm run build`, --verify trusts the public demo key only when asked to.
    expect(run('certify.mjs', ['--verify', 'demo.csv']).out).toContain('tidak terdaftar');
    const { status, out } = run('certify.mjs', ['--verify', 'demo.csv', altered], { NETRAL_TRUST_DEMO_KEY: '1' });
    expect(status).toBe(1);
    expect(out).toMatch(/1\. SAH .*Budi Santoso, S\.E\..*KUNCI DEMO/);
    expect(out).toMatch(/2\. TIDAK SAH[\s\S]*Tanda tangan tidak cocok/);
    expect(out).toContain('1 SAH, 1 TIDAK SAH.');
    expect(JSON.parse(demo).id).toBe('demo');
  }, 60_000); // Three runs of the script, each starting Node: allow for a machine shared with other work.

  test('refuses to sign without the built site\'s list of course versions', () => {
    const { status, out } = run('certify.mjs', ['--key', join(root, 'tests/fixtures/demo-signing-key.json'), '--site', 'tidak-ada', encodeRequestCode(request)]);
    expect(status).toBe(1);
    expect(out).toContain('tidak-ada/versi-materi.json tidak ditemukan');
  });

  test('explains what to do without input', () => {
    const { status, out } = run('certify.mjs', []);
    expect(status).toBe(1);
    expect(out).toContain('Pakai: npm run certify');
  });
});

// The SCORM packages in a real SCORM run-time (scorm-again) on the LMS side: the unpacked zip served from
// a sub-path, the calls a learner's journey produces, resume from suspend data, a second learner on the same
// browser, and the zips' manifests. The packages are built by scripts/test.mjs (npm run scorm) or, when
// missing, here.
import { expect, test, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Attempt } from '../../src/lib/quiz/attempt';
import { progressRecord } from '../../src/lib/progress';
import { attemptsRecord, checksRecord } from '../../src/lib/quiz/records';
import type { Reveal } from '../../src/lib/quiz/reveal';
import type { LmsCourse } from '../../src/lib/scorm/course';
import { manifestFiles } from '../../src/lib/scorm/manifest';
import { decodeSuspendData } from '../../src/lib/scorm/suspend';
import { encodeStored } from '../../src/lib/storage';
import { manifestErrors } from '../unit/scorm-schema';
import { expectNoAxeViolations, ready } from './fixtures';
import { answer } from './quiz-helpers';
import { ensurePackages, packages, startTestLms, type ApiCall, type TestLms } from './scorm-lms';

const lesson = { title: 'Apa itu netralitas ASN', id: 'netralitas-asn/01-apa-itu-netralitas' };

test.describe.configure({ mode: 'serial', timeout: 60_000 });
test.use({ reducedMotion: 'reduce' });

let lms: TestLms;
test.beforeAll(async () => {
  ensurePackages();
  lms = await startTestLms();
});
test.afterAll(async () => lms?.close());

type Version = '1.2' | '2004';
const learner = (version: Version, id: string, name: string, suspend = '') =>
  version === '1.2'
    ? { core: { student_id: id, student_name: name, ...(suspend && { entry: 'resume' }) }, suspend_data: suspend }
    : { learner_id: id, learner_name: name, ...(suspend && { entry: 'resume' }), suspend_data: suspend };

/** Opens the runtime page and launches the package as the given learner; resolves once the SCO has started. */
async function launch(page: Page, version: Version, cmi: object): Promise<{ sco: FrameLocator; course: FrameLocator }> {
  if (page.url() !== lms.runtime) await page.goto(lms.runtime);
  await page.evaluate(([v, c, href]) => (window as unknown as { launch: (...a: unknown[]) => void }).launch(v, c, href), [version, cmi, lms.launch[version]] as const);
  const sco = page.frameLocator('#sco');
  await expect(sco.locator(`netral-lms[data-lms="${version}"]`)).toBeAttached();
  return { sco, course: sco.frameLocator('iframe[title="Materi pelatihan"]') };
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { calls: ApiCall[] }).calls);
/** The last value the course set for a data-model element. */
const lastSet = (list: ApiCall[], element: string) => list.filter((c) => /SetValue$/.test(c.method) && c.args[0] === element).at(-1)?.args[1];

/** The launch page's frame (to seed records the way a course page writes them). */
function scoFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/lms/index.html?scorm'));
  if (!frame) throw new Error('no SCO frame');
  return frame;
}

/** The course the launch page was built with. */
async function courseOf(page: Page): Promise<LmsCourse> {
  return scoFrame(page).evaluate(() => JSON.parse(document.querySelector<HTMLElement>('netral-lms')!.dataset['config']!).course as LmsCourse);
}

/** A submitted post-test with `score`, as the exam stores it (src/lib/quiz/records.ts). */
function postTest(course: LmsCourse, score: number): Attempt {
  const id = `0b7c2f1e-4d3a-4c5b-9e8f-${String(score).padStart(12, '0')}`;
  const finishedAt = '2026-12-02T03:00:00.000Z';
  const topics = course.modules.map((module) => ({ module, points: (score / 100) * 3, max: 3 }));
  return {
    id, kind: 'post', number: 1, status: 'submitted', startedAt: finishedAt, limitMs: null, elapsedMs: 0,
    questions: [{ id: 'q1', module: course.modules[0]!, layout: [] }], answers: {}, current: 0,
    result: { kind: 'post', attemptId: id, attemptNumber: 1, finishedAt, score, passed: score >= course.passMark, topics, digest: 'ab'.repeat(32) },
  };
}

/** Writes a record into the session's storage, as a course page does (the post-test page on submitting...). */
async function seedRecord(page: Page, key: string, text: string): Promise<void> {
  await scoFrame(page).evaluate(([k, value]) => window.netralLms!.storage.setItem(k, value), [key, text] as const);
}

/** Writes attempts into the session's storage, as the post-test page does when an attempt is submitted. */
async function seedAttempts(page: Page, attempts: Attempt[]): Promise<void> {
  await seedRecord(page, attemptsRecord.key, encodeStored(attemptsRecord, { attempts }));
}

/** Opens a page of the package (relative to its root) in the course frame, as a link in the course does. */
async function openInCourse(page: Page, path: string): Promise<void> {
  await scoFrame(page).evaluate((href) => {
    document.querySelector<HTMLIFrameElement>('[data-lms-frame]')!.src = `../${href}`;
  }, path);
}

/** Completes the lesson on screen: its knowledge check, then reading to its end. */
async function completeLesson(course: FrameLocator): Promise<void> {
  const quiz = course.locator('netral-quiz');
  await ready(quiz);
  const revealsUrl = await quiz.evaluate((el) => new URL((el as HTMLElement).dataset['reveals'] ?? '', location.href).href);
  const { decodeBlob } = await import('../../src/lib/quiz/reveal');
  const keys = decodeBlob(((await (await fetch(revealsUrl)).json()) as { reveals: string }).reveals) as Record<string, Reveal>;
  const questions = quiz.locator('.question');
  for (let index = 0; index < (await questions.count()); index++) {
    const question = questions.nth(index);
    await answer(question, (keys[(await question.getAttribute('data-question')) ?? ''] as Reveal).key, 'right');
    await quiz.getByRole('button', { name: 'Periksa jawaban' }).first().click();
  }
  await expect(quiz.getByText(/^Skor Anda:/)).toBeVisible();
  await ready(course.locator('netral-lesson-progress'));
  await course.locator('body').press('End');
  await expect(course.getByRole('status').filter({ hasText: 'Pelajaran ini selesai.' })).toBeVisible();
}

/** Leaves the course as the LMS does when the learner exits: the SCO's page goes away. */
async function exit(page: Page, finish: string): Promise<ApiCall[]> {
  await page.evaluate(() => (window as unknown as { exit: () => void }).exit());
  await expect.poll(async () => (await calls(page)).some((c) => c.method === finish)).toBe(true);
  return calls(page);
}

test('SCORM 1.2: one session, incomplete after a lesson, passed with the score, LMS name on the record, resumed on the next launch', async ({ page }) => {
  // 1. First launch: the course opens at its home page.
  const { course } = await launch(page, '1.2', learner('1.2', 'asn-001', 'Santoso, Budi'));
  await course.getByRole('link', { name: lesson.title }).first().click();
  await expect(course.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
  await completeLesson(course);
  let list = await calls(page);
  expect(list.filter((c) => c.method === 'LMSInitialize')).toHaveLength(1);
  expect(lastSet(list, 'cmi.core.lesson_status')).toBe('incomplete');
  const courseShape = await courseOf(page);
  const saved = decodeSuspendData(courseShape, lastSet(list, 'cmi.suspend_data') ?? '');
  expect(Object.keys(saved?.progress.lessons ?? {})).toEqual([lesson.id]);
  expect(Object.keys(saved?.checks.lessons ?? {})).toEqual([lesson.id]);

  // 2. A passing post-test: passed, with its score.
  await seedAttempts(page, [postTest(courseShape, 85)]);
  list = await calls(page);
  expect(lastSet(list, 'cmi.core.lesson_status')).toBe('passed');
  expect([lastSet(list, 'cmi.core.score.raw'), lastSet(list, 'cmi.core.score.min'), lastSet(list, 'cmi.core.score.max')]).toEqual(['85', '0', '100']);

  // The self-study record carries the name and id the LMS gave (1.2 names read "Family, Given").
  await openInCourse(page, 'sertifikat/index.html');
  const name = course.getByRole('textbox', { name: 'Nama lengkap', exact: true });
  await expect(name).toHaveValue('Budi Santoso');
  await expect(name).not.toBeEditable();
  await course.getByRole('textbox', { name: 'NIP', exact: true }).fill('198503122010012003');
  await course.getByRole('textbox', { name: 'Instansi', exact: true }).fill('Pemerintah Kota Contoh');
  await course.getByRole('textbox', { name: 'Jabatan', exact: true }).fill('Analis Kebijakan');
  await course.getByRole('button', { name: 'Simpan data diri' }).click();
  const record = course.getByRole('article', { name: 'Keterangan Belajar Mandiri' });
  await expect(record.getByText('Budi Santoso', { exact: true })).toBeVisible();
  await expect(record.getByText('ID peserta LMS: asn-001')).toBeVisible();

  // 3. Exit: session time, suspend, commit, finish; nothing after finish, and no call reported an error.
  list = await exit(page, 'LMSFinish');
  const tail = list.slice(-4).map((c) => `${c.method} ${c.args[0] ?? ''}`.trim());
  expect(tail).toEqual(['LMSSetValue cmi.core.session_time', 'LMSSetValue cmi.core.exit', 'LMSCommit', 'LMSFinish']);
  expect(lastSet(list, 'cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  expect(lastSet(list, 'cmi.core.exit')).toBe('suspend');
  expect(list.filter((c) => c.error !== '0')).toEqual([]);
  const suspend = lastSet(list, 'cmi.suspend_data') ?? '';

  // 4. Second launch with what the LMS kept: the learner continues at the lesson they stopped in, completed.
  const again = await launch(page, '1.2', learner('1.2', 'asn-001', 'Santoso, Budi', suspend));
  await expect(again.course.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
  await expect(again.course.getByRole('status').filter({ hasText: 'Pelajaran ini selesai.' })).toBeVisible();
  list = await calls(page);
  expect(list.filter((c) => c.method === 'LMSInitialize')).toHaveLength(1);
  expect(lastSet(list, 'cmi.core.lesson_status')).toBe('passed');
  list = await exit(page, 'LMSFinish');
  expect(list.filter((c) => c.error !== '0')).toEqual([]);
});

test('a second learner on the same browser starts empty, and standalone progress is not mixed in', async ({ page }) => {
  await page.goto(lms.runtime);
  // Standalone-site progress on this browser (same origin as the package).
  await page.evaluate((id) => localStorage.setItem('netral:progress', JSON.stringify({ v: 1, data: { lessons: { [id]: { reachedEnd: '2026-12-01T00:00:00.000Z' } }, last: { lesson: id, at: '2026-12-01T00:00:00.000Z' } } })), lesson.id);

  // The first learner completed a lesson (seeded as its pages write it) and typed an identity.
  const first = await launch(page, '1.2', learner('1.2', 'asn-001', 'Santoso, Budi'));
  const done = '2026-12-02T01:00:00.000Z';
  await seedRecord(page, progressRecord.key, encodeStored(progressRecord, { lessons: { [lesson.id]: { reachedEnd: done } }, last: { lesson: lesson.id, at: done } }));
  const check = { bank: (await courseOf(page)).lessons.find((l) => l.id === lesson.id)!.bank!, points: 3, max: 3, score: 100, at: done, best: 100, tries: 1 };
  await seedRecord(page, checksRecord.key, encodeStored(checksRecord, { lessons: { [lesson.id]: check } }));
  await first.course.getByRole('link', { name: lesson.title }).first().click();
  await expect(first.course.getByRole('status').filter({ hasText: 'Pelajaran ini selesai.' })).toBeVisible();
  await openInCourse(page, 'sertifikat/index.html');
  await first.course.getByRole('textbox', { name: 'NIP', exact: true }).fill('198503122010012003');
  await first.course.getByRole('textbox', { name: 'Instansi', exact: true }).fill('Pemerintah Kota Contoh');
  await first.course.getByRole('textbox', { name: 'Jabatan', exact: true }).fill('Analis Kebijakan');
  await first.course.getByRole('button', { name: 'Simpan data diri' }).click();
  await expect(first.course.getByText('Data diri tersimpan selama sesi ini.', { exact: false })).toBeVisible();
  await exit(page, 'LMSFinish');

  const second = await launch(page, '1.2', learner('1.2', 'asn-002', 'Wulandari, Sri'));
  // Opens at the home page (no lesson to continue), and the lesson reads as not completed.
  await expect(second.course.getByRole('link', { name: 'Lanjutkan belajar' })).toHaveCount(0);
  await second.course.getByRole('link', { name: lesson.title }).first().click();
  await expect(second.course.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
  await expect(second.course.getByRole('status').filter({ hasText: 'Pelajaran ini selesai.' })).toHaveCount(0);
  const list = await calls(page);
  expect(lastSet(list, 'cmi.core.lesson_status')).toBe('incomplete');
  expect(decodeSuspendData(await courseOf(page), lastSet(list, 'cmi.suspend_data') ?? '')?.progress.lessons).toEqual({});
  // The record page names the second learner, with nothing of the first.
  await openInCourse(page, 'sertifikat/index.html');
  await expect(second.course.getByRole('textbox', { name: 'Nama lengkap', exact: true })).toHaveValue('Sri Wulandari');
  await expect(second.course.getByRole('textbox', { name: 'NIP', exact: true })).toHaveValue('');
  // Nothing of either learner was written to the browser's storage.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('netral:')))).toEqual(['netral:progress']);
  await exit(page, 'LMSFinish');
});

test.describe('with service workers allowed', () => {
  // The suite blocks service workers (playwright.config.ts); this test asserts that none registers inside
  // the LMS, which would pass trivially if the browser blocked them.
  test.use({ serviceWorkers: 'allow' });

  test('SCORM 2004: a failing post-test is completed and failed with its scaled score, search works, Terminate on exit', async ({ page }) => {
    const { course } = await launch(page, '2004', learner('2004', 'asn-003', 'Pratama, Agus'));
    let list = await calls(page);
    expect(list.filter((c) => c.method === 'Initialize')).toHaveLength(1);
    expect(lastSet(list, 'cmi.completion_status')).toBe('incomplete');
    await seedAttempts(page, [postTest(await courseOf(page), 50)]);
    list = await calls(page);
    expect(lastSet(list, 'cmi.completion_status')).toBe('completed');
    expect(lastSet(list, 'cmi.success_status')).toBe('failed');
    expect(lastSet(list, 'cmi.score.scaled')).toBe('0.5');
    expect(lastSet(list, 'cmi.score.raw')).toBe('50');

    // Search works from the package's sub-path and opens the lesson it finds in the course frame.
    await course.getByRole('button', { name: 'Cari' }).click();
    const dialog = course.getByRole('dialog', { name: 'Cari materi' });
    await dialog.getByRole('searchbox', { name: 'Kata kunci' }).fill('netralitas');
    await expect(dialog.getByRole('status')).toHaveText(/\d+ hasil/);
    await dialog.getByRole('link', { name: lesson.title }).click();
    await expect(course.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
    // The about page tells the learner where their data is inside the LMS, and offers no offline copy.
    await openInCourse(page, 'tentang/index.html');
    await expect(course.getByRole('heading', { level: 2, name: 'Data Anda di dalam LMS' })).toBeVisible();
    await expect(course.getByRole('heading', { name: 'Simpan untuk offline' })).toHaveCount(0);
    await openInCourse(page, 'materi/netralitas-asn/apa-itu-netralitas/index.html');
    await expect(course.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
    // No service worker took over the LMS's paths.
    const lessonFrame = page.frames().find((f) => f.url().includes('/materi/'));
    expect(await lessonFrame?.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    list = await exit(page, 'Terminate');
    expect(list.at(-1)?.method).toBe('Terminate');
    expect(lastSet(list, 'cmi.session_time')).toMatch(/^PT\d+H\d+M[\d.]+S$/);
    expect(lastSet(list, 'cmi.exit')).toBe('suspend');
    expect(list.filter((c) => c.error !== '0')).toEqual([]);
  });
});

test('opened outside an LMS, the launch page says what to do instead of starting the course', async ({ page }) => {
  await page.goto(new URL(lms.launch['1.2'], lms.runtime).href);
  await expect(page.locator('netral-lms[data-lms="failed"]')).toBeAttached();
  await expect(page.getByRole('alert')).toHaveText(/harus dibuka dari LMS instansi Anda/);
  await expect(page.locator('iframe')).toBeHidden();
  await expectNoAxeViolations(page);
});

for (const version of ['1.2', '2004'] as const) {
  test(`the SCORM ${version} zip: manifest at the root and valid, relative paths, every file listed and present`, async () => {
    const entries = unzipSync(readFileSync(packages[version]));
    const names = Object.keys(entries);
    expect(names).toContain('imsmanifest.xml');
    expect(names.filter((name) => name.startsWith('/') || name.includes('\\') || name.split('/').includes('..'))).toEqual([]);
    const manifest = new TextDecoder().decode(entries['imsmanifest.xml']);
    expect(await manifestErrors(version, manifest)).toEqual([]);
    expect([...manifestFiles(manifest)].sort()).toEqual(names.filter((name) => name !== 'imsmanifest.xml').sort());
    // No service worker inside the LMS.
    expect(names.filter((name) => /(^|\/)sw\.js$/.test(name))).toEqual([]);
  });
}

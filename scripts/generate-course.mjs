// Writes a copy of this project whose course has N lessons (default 1,000), for build-time benchmarks
// (`npm run bench`). The real content stays as it is; extra modules "gen-01", "gen-02"... are filled with
// copies of the real lessons (same components, quizzes and scenarios), so the copy builds like the course.
// It never writes into this project: the target must be a new or empty folder outside it.
//
//   node scripts/generate-course.mjs <target-dir> [lessons]
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const skip = new Set(['node_modules', 'dist', '.astro', 'dist-fixture', '.astro-fixture', 'dist-scorm', '.git', '.test-results', 'test-results', 'playwright-report']);
const lessonsPerModule = 50;

/** The real lessons as [path relative to content/lessons, text], in a stable order. */
export function realLessons(contentDir) {
  const lessonsDir = join(contentDir, 'lessons');
  const found = [];
  for (const module of readdirSync(lessonsDir, { withFileTypes: true })) {
    if (!module.isDirectory()) continue;
    for (const file of readdirSync(join(lessonsDir, module.name)).sort()) {
      if (file.endsWith('.mdx') && !file.startsWith('_')) found.push([`${module.name}/${file}`, readFileSync(join(lessonsDir, module.name, file), 'utf8')]);
    }
  }
  return found.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** A lesson's text with its frontmatter fields replaced. */
function withFrontmatter(text, fields) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('lesson without frontmatter');
  const doc = parseDocument(match[1] ?? '');
  for (const [key, value] of Object.entries(fields)) doc.set(key, value);
  return `---\n${doc.toString().trimEnd()}\n---\n${text.slice(match[0].length)}`;
}

/**
 * The lessons a course of `total` lessons adds to the real ones: modules "gen-01", "gen-02"… of 50 lessons,
 * each a copy of a real lesson taken in turn. Shared with scripts/starlight-baseline.mjs, so Starlight is
 * given the same text.
 * @param {[string, string][]} lessons the real lessons, from realLessons()
 * @returns {{ module: string, moduleNumber: number, order: number, slug: string, source: string, text: string }[]}
 */
export function generatedLessons(lessons, total) {
  const count = Math.max(0, total - lessons.length);
  const found = [];
  for (let i = 0; i < count; i++) {
    const m = Math.floor(i / lessonsPerModule);
    const [source, text] = lessons[i % lessons.length] ?? ['', ''];
    const slug = source.split('/').pop()?.replace(/^\d+-/, '').replace(/\.mdx$/, '') ?? 'pelajaran';
    found.push({ module: `gen-${String(m + 1).padStart(2, '0')}`, moduleNumber: m + 1, order: (i % lessonsPerModule) + 1, slug, source, text });
  }
  return found;
}

/** The title in a lesson's frontmatter. */
export function lessonTitle(text) {
  return /^title:\s*(.*)$/m.exec(text)?.[1]?.replace(/^["']|["']$/g, '') ?? 'Pelajaran';
}

/**
 * Copies the project to `target` and adds generated lessons until the course has `total` lessons.
 * @returns {{ real: number, generated: number, modules: number }}
 */
export function generateCourse(target, total = 1000) {
  const dest = resolve(target);
  const inside = relative(root, dest);
  if (!inside.startsWith('..') && !inside.startsWith('/')) throw new Error(`${dest} is inside the project; choose a folder outside it.`);
  if (existsSync(dest) && readdirSync(dest).length) throw new Error(`${dest} is not empty.`);
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (!skip.has(entry)) cpSync(join(root, entry), join(dest, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dest, 'node_modules'), 'dir');

  const contentDir = join(dest, 'content');
  const lessons = realLessons(contentDir);
  const extra = generatedLessons(lessons, total);
  const template = readFileSync(join(contentDir, 'modules', readdirSync(join(contentDir, 'modules')).sort()[0] ?? ''), 'utf8');
  // Every module has a summary page (content/summaries/<module>.yaml): a generated module gets a copy of the first.
  const summariesDir = join(contentDir, 'summaries');
  const summaryTemplate = existsSync(summariesDir) ? readdirSync(summariesDir).filter((f) => f.endsWith('.yaml')).sort()[0] : undefined;
  const modules = new Set();
  for (const { module: id, moduleNumber, order, slug, text } of extra) {
    if (!modules.has(id)) {
      modules.add(id);
      const module = parseDocument(template);
      module.set('title', `Modul uji ${moduleNumber}`);
      module.set('order', 100 + moduleNumber - 1);
      writeFileSync(join(contentDir, 'modules', `${id}.yaml`), module.toString());
      if (summaryTemplate) {
        const summary = parseDocument(readFileSync(join(summariesDir, summaryTemplate), 'utf8'));
        summary.set('module', id);
        writeFileSync(join(summariesDir, `${id}.yaml`), summary.toString());
      }
      mkdirSync(join(contentDir, 'lessons', id), { recursive: true });
    }
    const file = `${String(order).padStart(3, '0')}-${slug}-${moduleNumber}-${order}.mdx`;
    const title = `${lessonTitle(text)} (uji ${moduleNumber}.${order})`;
    writeFileSync(join(contentDir, 'lessons', id, file), withFrontmatter(text, { title, module: id, order }));
  }
  return { real: lessons.length, generated: extra.length, modules: modules.size };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [target, lessons = '1000'] = process.argv.slice(2);
  if (!target) {
    console.error('Usage: node scripts/generate-course.mjs <target-dir> [lessons]');
    process.exit(2);
  }
  const made = generateCourse(target, Number(lessons));
  console.log(`${target}: ${made.real} real + ${made.generated} generated lessons in ${made.modules} extra modules.`);
}

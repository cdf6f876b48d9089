// Collection definitions only: loaders and schemas. Schemas live in src/schemas/.
import { readFile } from 'node:fs/promises';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { parse } from 'yaml';
import { moduleSchema } from './schemas/module';
import { lessonSchema } from './schemas/lesson';
import { glossarySchema } from './schemas/glossary';
import { regulationSchema } from './schemas/regulation';
import { bankSchema } from './schemas/question';
import { scenarioSchema } from './schemas/scenario';
import { checkRevocationKeys, revocationSchema } from './schemas/revocation';

const yaml = (base: string) => glob({ base: `./content/${base}`, pattern: '*.yaml' });

// The revocation list is one file keyed by certificate number. Astro's file() loader only logs a file it
// cannot parse, and a list that silently reads as empty would let revoked certificates verify, so this
// loader fails the build instead. A missing file means nothing is revoked.
async function loadRevocations(): Promise<Record<string, { id?: string }>> {
  const file = 'content/revocations.yaml';
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  return checkRevocationKeys(parse(text, { prettyErrors: true }), file);
}

export const collections = {
  modules: defineCollection({ loader: yaml('modules'), schema: moduleSchema }),
  lessons: defineCollection({
    loader: glob({ base: './content/lessons', pattern: '**/[^_]*.mdx' }),
    schema: lessonSchema(reference('modules'), reference('regulations')),
  }),
  glossary: defineCollection({ loader: yaml('glossary'), schema: glossarySchema(reference('glossary')) }),
  regulations: defineCollection({ loader: yaml('regulations'), schema: regulationSchema(reference('regulations')) }),
  questions: defineCollection({
    loader: yaml('questions'),
    schema: bankSchema(reference('modules'), reference('regulations')),
  }),
  scenarios: defineCollection({
    loader: yaml('scenarios'),
    schema: scenarioSchema(reference('modules'), reference('regulations')),
  }),
  revocations: defineCollection({ loader: loadRevocations, schema: revocationSchema }),
};

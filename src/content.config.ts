// Collection definitions only: loaders and schemas. Schemas live in src/schemas/.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleSchema } from './schemas/module';
import { lessonSchema } from './schemas/lesson';
import { glossarySchema } from './schemas/glossary';
import { regulationSchema } from './schemas/regulation';
import { bankSchema } from './schemas/question';
import { scenarioSchema } from './schemas/scenario';
import { sourceSchema } from './schemas/source';
import { summarySchema } from './schemas/summary';
import { contentDir } from './data/content-dir';

// The content directory is content/ unless NETRAL_CONTENT_DIR names another (the fixture course).
const yaml = (base: string) => glob({ base: `./${contentDir}/${base}`, pattern: '*.yaml' });

export const collections = {
  modules: defineCollection({ loader: yaml('modules'), schema: moduleSchema }),
  lessons: defineCollection({
    loader: glob({ base: `./${contentDir}/lessons`, pattern: '**/[^_]*.mdx' }),
    schema: lessonSchema(reference('modules'), reference('regulations')),
  }),
  glossary: defineCollection({ loader: yaml('glossary'), schema: glossarySchema(reference('glossary')) }),
  regulations: defineCollection({ loader: yaml('regulations'), schema: regulationSchema(reference('regulations')) }),
  sources: defineCollection({ loader: yaml('sources'), schema: sourceSchema }),
  questions: defineCollection({
    loader: yaml('questions'),
    schema: bankSchema(reference('modules'), reference('regulations'), reference('sources')),
  }),
  summaries: defineCollection({ loader: yaml('summaries'), schema: summarySchema(reference('modules'), reference('regulations')) }),
  scenarios: defineCollection({
    loader: yaml('scenarios'),
    schema: scenarioSchema(reference('modules'), reference('regulations'), reference('sources')),
  }),
};

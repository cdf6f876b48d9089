// The question pool the pre-test and post-test share: each question's HTML (QuestionView.astro) and the
// encoded answers, as in the knowledge checks' files, and the strings <netral-exam> writes. <netral-exam> fetches it when it starts, so neither
// test page carries every question of every bank; the service worker keeps it for offline use.
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ExamPool from '../../../components/quiz/ExamPool.astro';
import { revealsOf, sharedExamPool } from '../../../data/quiz';
import type { PoolFile } from '../../../data/pages/exam';
import { groupStrings } from '../../../i18n';
import { encodeBlob } from '../../../lib/quiz/reveal';
import site from '../../../site.config';

export const GET: APIRoute = async () => {
  const questions = await sharedExamPool([
    { mix: site.preTestMix, setting: 'preTestMix' },
    { mix: site.postTest.mix, setting: 'postTest.mix' },
  ]);
  const container = await AstroContainer.create();
  const file: PoolFile = {
    html: await container.renderToString(ExamPool, { props: { questions } }),
    reveals: encodeBlob(await revealsOf(questions)),
    strings: groupStrings('exam'),
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};

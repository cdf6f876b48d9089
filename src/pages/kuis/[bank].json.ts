// The answers of each lesson's knowledge check (keys, explanations, citations), encoded as in the exam
// pages, with the strings <netral-quiz> writes (feedback, score): { strings, reveals }. <netral-quiz> fetches
// its file when it starts, so the lesson page itself carries none of it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { checkRevealFiles } from '../../data/quiz';
import { groupStrings } from '../../i18n';

export const getStaticPaths = (async () =>
  (await checkRevealFiles()).map(({ bank, blob }) => ({ params: { bank }, props: { blob } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify({ strings: groupStrings('quiz'), reveals: props['blob'] }), { headers: { 'Content-Type': 'application/json' } });

// The answers of each lesson's knowledge check (keys, explanations, citations), encoded as in the exam
// pages. <netral-quiz> fetches its file when it starts, so the lesson page itself carries none of it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { checkRevealFiles } from '../../data/quiz';

export const getStaticPaths = (async () =>
  (await checkRevealFiles()).map(({ bank, blob }) => ({ params: { bank }, props: { blob } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['blob']), { headers: { 'Content-Type': 'application/json' } });

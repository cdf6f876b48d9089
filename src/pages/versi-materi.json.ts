// The course versions this site has published, with each version's post-test mix: `npm run certify` reads
// this file from the build (dist/) so the command line checks requests exactly as the trainer page does.
import type { APIRoute } from 'astro';
import { getPublishedVersions } from '../data/course-version';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getPublishedVersions()), { headers: { 'Content-Type': 'application/json' } });

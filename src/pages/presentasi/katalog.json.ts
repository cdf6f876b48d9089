// The lessons a session can join (titles, durations, deck and handout addresses), for the session
// deck, the session handout and the planner.
import type { APIRoute } from 'astro';
import { sessionCatalog } from '../../data/sessions';

export const GET: APIRoute = async () => new Response(JSON.stringify(await sessionCatalog()), { headers: { 'Content-Type': 'application/json' } });

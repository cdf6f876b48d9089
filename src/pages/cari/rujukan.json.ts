// /cari/rujukan.json: search synonyms and every glossary term and regulation in short (src/data/search.ts),
// fetched by <netral-search> when search opens and by <netral-definition> on the first tapped term.
import type { APIRoute } from 'astro';
import { getSearchData } from '../../data/search';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

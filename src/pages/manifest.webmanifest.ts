// The web app manifest, rendered at build time so start_url, scope and icons follow the base path.
import type { APIRoute } from 'astro';
import site from '../site.config';
import { webManifest } from '../lib/offline/manifest';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(site, import.meta.env.BASE_URL), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });

// Served as /sw.js by `astro dev` only (see offline.ts): a service worker that clears the site's caches,
// unregisters itself and reloads open pages, so a worker installed by a preview build stops serving
// stale pages to the dev server.
import type { APIRoute } from 'astro';

const script = `
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('netral-')) await caches.delete(key);
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`;

export const GET: APIRoute = () => new Response(script, { headers: { 'Content-Type': 'text/javascript' } });

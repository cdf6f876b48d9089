// The revocation list as a small separate file: /verifikasi/ fetches it from the network before answering,
// so a device with an older offline copy of the site still sees new revocations once online. The service
// worker does not precache it (src/integrations/offline.ts), so the fetch always reaches the server.
import type { APIRoute } from 'astro';
import { getRevocationList } from '../data/certificates';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(getRevocationList()), { headers: { 'Content-Type': 'application/json' } });

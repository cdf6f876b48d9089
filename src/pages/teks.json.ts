// The UI strings of the elements whose sentences show only after something happens (src/i18n/groups.ts,
// lateStringGroups): the search dialog, a term's definition, a storage problem, the end of a lesson, the
// post-test suggestion, the offline panel. One file
// for the whole site, fetched by such an element when it first needs it (lateStrings() in src/elements/kit.ts)
// rather than sent in every page's HTML; the service worker precaches it with the learner core.
import type { APIRoute } from 'astro';
import { groupStrings } from '../i18n';
import { lateStringGroups, type LateStrings } from '../i18n/groups';

export const GET: APIRoute = () => {
  const file = Object.fromEntries(lateStringGroups.map((group) => [group, groupStrings(group)])) as LateStrings;
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};

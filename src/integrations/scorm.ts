// Astro integration for the LMS build (npm run scorm, see scripts/scorm.mjs): adds the SCORM launch page
// at lms/index.html. The regular site has no such page.
import type { AstroIntegration } from 'astro';

/** Adds the launch page route (src/integrations/lms-launch.astro) to the build. */
export function scormLaunchPage(): AstroIntegration {
  return {
    name: 'netral:scorm',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/lms', entrypoint: new URL('./lms-launch.astro', import.meta.url) });
      },
    },
  };
}

// Whether this build is the course package for an LMS (npm run scorm sets NETRAL_SCORM=1), and the
// placeholder base path it is built under. Server only; read by astro.config.mjs, the components that
// leave out what has no place inside an LMS (service worker, "save for offline"), and scripts/scorm.mjs,
// which turns every URL under the placeholder into a relative one.

/** True while building the SCORM packages' copy of the site. */
export const lmsBuild = process.env['NETRAL_SCORM'] === '1';

/** Base path of the LMS build; scripts/scorm.mjs replaces it with relative paths in every file. */
export const LMS_PLACEHOLDER_BASE = '/__netral_package__/';

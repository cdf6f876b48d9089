// The web app manifest that makes the site installable. Pure; the base path and site settings are passed in.
import { joinBase } from '../paths';

/** Colours of the installed app; they mirror tokens in src/styles/global.css (a unit test checks). */
export const appColors = {
  /** --netral-accent (light theme): the title bar of the installed app. */
  theme: '#0b5c7a',
  /** --netral-surface (dark theme): the browser bar in dark mode. */
  themeDark: '#171e27',
  /** --netral-bg (light theme): the splash screen behind the icon. */
  background: '#f7f8fa',
} as const;

/** Icons in public/icons/ (the PNGs are made from the SVGs by `npm run icons`). */
export const appIcons = [
  { file: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  { file: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { file: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { file: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

/** The icon iOS puts on the home screen (it ignores the manifest's icons). */
export const appleTouchIcon = 'icons/apple-touch-icon.png';

/** A short name for the home screen: the title, or its first word when the title is longer than 12 characters. */
export function shortName(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length <= 12) return trimmed;
  return (trimmed.split(/\s+/)[0] ?? trimmed).slice(0, 12);
}

/** The manifest for a site served under `base` ("/" or "/netral/"). */
export function webManifest(site: { title: string; description: string }, base: string): Record<string, unknown> {
  const start = joinBase(base);
  return {
    id: start,
    name: site.title,
    short_name: shortName(site.title),
    description: site.description,
    lang: 'id',
    dir: 'ltr',
    start_url: start,
    scope: start,
    display: 'standalone',
    theme_color: appColors.theme,
    background_color: appColors.background,
    categories: ['education'],
    icons: appIcons.map(({ file, ...icon }) => ({ src: joinBase(base, file), ...icon })),
  };
}
